/**
 * The version lives in one place, package.json (WXT writes it into each manifest); the release
 * bumps it there and keeps package-lock.json's copy of it in step, as `npm version` does. Pure.
 */
import type { BumpKind } from './release-args';

const PLAIN_VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** The next version; a store manifest takes only dotted numbers, so nothing else is accepted. */
export function nextVersion(current: string, kind: BumpKind): string {
  const match = PLAIN_VERSION.exec(current);
  if (!match) throw new Error(`package.json's version "${current}" is not MAJOR.MINOR.PATCH`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export function packageVersion(packageJson: string): string {
  const { version } = JSON.parse(packageJson) as { version?: unknown };
  if (typeof version !== 'string') throw new Error('package.json has no version');
  return version;
}

/** package.json with its top-level version changed and every other byte kept. */
export function withPackageVersion(packageJson: string, version: string): string {
  const current = packageVersion(packageJson);
  // The first "version" key is the top-level one: npm writes name, description, version first.
  const pattern = new RegExp(`^(\\s*"version":\\s*")${current.replaceAll('.', '\\.')}(")`, 'm');
  if (!pattern.test(packageJson)) throw new Error('package.json: cannot find its version line');
  return packageJson.replace(pattern, `$1${version}$2`);
}

/** package-lock.json with the root package's two copies of the version changed (npm's own layout). */
export function withLockVersion(lock: string, version: string): string {
  const data = JSON.parse(lock) as { version?: string; packages?: Record<string, { version?: string }> };
  data.version = version;
  const root = data.packages?.[''];
  if (root) root.version = version;
  return `${JSON.stringify(data, null, 2)}\n`;
}
