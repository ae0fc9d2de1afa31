/**
 * The build an update comes from, for the upgrade and downgrade tests: the previous release,
 * exported from git (`git archive`, no worktree) and built into `.tmp/previous-release/<commit>/`
 * once, then reused. The previous release is the newest `v*` tag not on HEAD whose version is at
 * most package.json's; before the first tag, the commit recorded in `UNTAGGED_RELEASES`.
 * Why a build from git rather than a recorded storage snapshot: docs/decisions/0015.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export interface Release {
  version: string;
  commit: string;
}

/** Releases made before `npm run release` tagged them. v0.1.0: main when the upgrade tests were written. */
export const UNTAGGED_RELEASES: readonly Release[] = [
  { version: '0.1.0', commit: 'b53bb3b7859094c1866c1a13ba964f4c81ca5f15' },
];

export interface PreviousBuild extends Release {
  chrome: string;
  firefox: string;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** "0.10.2" → [0, 10, 2], for ordering. */
function versionParts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The newest release below or at `current` that is not HEAD itself (a release commit tests against the one before). */
export function choosePreviousRelease(
  releases: readonly Release[],
  head: string,
  current: string,
): Release | undefined {
  return releases
    .filter((release) => release.commit !== head && compareVersions(release.version, current) <= 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

export function findPreviousRelease(): Release {
  let head: string;
  let tagged: Release[];
  try {
    head = git('rev-parse', 'HEAD');
    tagged = git('tag', '--list', 'v*')
      .split('\n')
      .filter(Boolean)
      .map((tag) => ({ version: tag.slice(1), commit: git('rev-parse', `${tag}^{commit}`) }));
  } catch (error) {
    throw new Error(`The upgrade tests build the previous release from git, and git could not answer: ${error}`);
  }
  const { version: current } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const untagged = UNTAGGED_RELEASES.filter((release) => !tagged.some((tag) => tag.version === release.version));
  const release = choosePreviousRelease([...tagged, ...untagged], head, current);
  if (!release)
    throw new Error(`No release before ${current} to upgrade from: tag one, or record it in UNTAGGED_RELEASES.`);
  try {
    git('cat-file', '-e', `${release.commit}^{commit}`);
  } catch {
    throw new Error(
      `The previous release (${release.version}, ${release.commit}) is not in this clone: run \`git fetch --unshallow --tags\`.`,
    );
  }
  return release;
}

/**
 * Whether the release builds with this checkout's node_modules: every package its lock names is
 * installed at the same version here. Otherwise it gets its own `npm ci`.
 */
function sharesDependencies(commit: string): boolean {
  type Lock = { packages?: Record<string, { version?: string }> };
  const theirs = JSON.parse(git('show', `${commit}:package-lock.json`)) as Lock;
  const ours = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
  return Object.entries(theirs.packages ?? {}).every(
    ([name, entry]) => name === '' || ours.packages?.[name]?.version === entry.version,
  );
}

/**
 * How long a test file may wait for `previousBuild`: two production builds, and an `npm ci` when the
 * release's lock differs, take minutes on a busy two-core machine.
 */
export const PREVIOUS_BUILD_TIMEOUT = 600_000;

/** The previous release's Chrome and Firefox builds, made on first use. */
export function previousBuild(): PreviousBuild {
  const release = findPreviousRelease();
  const dir = path.join(ROOT, '.tmp/previous-release', release.commit);
  const ready = path.join(dir, '.built');
  const builds = { chrome: path.join(dir, '.output/chrome-mv3'), firefox: path.join(dir, '.output/firefox-mv3') };
  if (existsSync(ready)) return { ...release, ...builds };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${release.commit} | tar -x -C "${dir}"`], { cwd: ROOT });
  const quiet = { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] };
  if (sharesDependencies(release.commit)) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  else execFileSync('npm', ['ci', '--no-audit', '--no-fund'], quiet);
  // As global-setup builds the current one: production mode, into the release's own .output.
  const env = { ...process.env, NODE_ENV: 'production', BACKSTORY_OUT_DIR: '.output' };
  for (const args of [['build'], ['build', '-b', 'firefox']]) execFileSync('npx', ['wxt', ...args], { ...quiet, env });
  writeFileSync(ready, `${release.version}\n`);
  return { ...release, ...builds };
}
