/**
 * `npm run release -- <patch|minor|major> [--dry-run] [--skip-tests]`: bumps package.json's
 * version, writes the CHANGELOG.md entry, builds the Chrome, Firefox and sources zips from a copy
 * of the committed tree, rebuilds them from the sources zip alone and requires the same bytes,
 * lints the Firefox zip with addons-linter, runs `npm test` in the checkout, then commits and
 * tags vX.Y.Z. With --dry-run it stops before changing anything in the working tree; the zips are left
 * in .output/release/ either way. The README's Release section says how to use it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changelogEntry, releaseDate, withChangelogEntry } from './release/changelog';
import {
  commitAndTag,
  commitSubjects,
  committedFile,
  exportHead,
  lastReleaseTag,
  tagExists,
  uncleanFiles,
  worktreeRoot,
} from './release/git';
import { buildPackages, linkNodeModules, type Packages } from './release/packages';
import { parseReleaseArgs } from './release/release-args';
import { runTests } from './release/run-tests';
import { unpackZip } from './release/unpack-zip';
import { nextVersion, packageVersion, withLockVersion, withPackageVersion } from './release/version-bump';
import { zipDifference } from './release/zip-difference';
import { runBin } from './run-bin';

const RELEASE_FILES = ['package.json', 'package-lock.json', 'CHANGELOG.md'];

/** A reason to stop, printed as it is: one line. */
class Refusal extends Error {}

function release(): void {
  const options = parseReleaseArgs(process.argv.slice(2));
  if ('error' in options) throw new Refusal(options.error);
  // The checkout the command runs in (npm runs scripts at the project's root).
  const root = worktreeRoot(process.cwd());
  if (!root) throw new Refusal('release: not inside a git checkout of the project');

  if (!options.dryRun) {
    const unclean = uncleanFiles(root);
    if (unclean.length > 0) {
      throw new Refusal(
        `release: the working tree is not clean (${unclean.slice(0, 3).join(', ')}${unclean.length > 3 ? ', …' : ''}); commit or stash first, or use --dry-run`,
      );
    }
  }
  // Read from HEAD: a dry run on a changed tree still packages the commit.
  const committed = (name: string) => committedFile(root, name) ?? '';
  const current = packageVersion(committed('package.json'));
  let version: string;
  try {
    version = nextVersion(current, options.kind);
  } catch (error) {
    throw new Refusal(`release: ${(error as Error).message}`);
  }
  if (tagExists(root, `v${version}`)) throw new Refusal(`release: tag v${version} already exists`);

  const previousTag = lastReleaseTag(root);
  const entry = changelogEntry({
    version,
    date: releaseDate(process.env, new Date()),
    previousTag,
    subjects: commitSubjects(root, previousTag),
  });
  const files = {
    'package.json': withPackageVersion(committed('package.json'), version),
    'package-lock.json': withLockVersion(committed('package-lock.json'), version),
    'CHANGELOG.md': withChangelogEntry(committedFile(root, 'CHANGELOG.md'), entry),
  };
  console.log(`Backstory ${current} → ${version}${options.dryRun ? ' (dry run)' : ''}`);

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'backstory-release-'));
  try {
    const packages = step('build the Chrome, Firefox and sources zips from HEAD', () => {
      const stage = path.join(scratch, 'stage');
      mkdirSync(stage);
      exportHead(root, stage);
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(stage, name), text);
      linkNodeModules(root, stage);
      return { stage, ...buildPackages(root, stage) };
    });
    step('rebuild from the sources zip alone and compare bytes', () => {
      const rebuild = path.join(scratch, 'from-sources');
      unpackZip(readFileSync(packages.sources), rebuild);
      linkNodeModules(root, rebuild);
      assertSamePackages(packages, buildPackages(root, rebuild));
    });
    const shipped = keep(packages, path.join(root, '.output', 'release'));
    step('addons-linter on the Firefox zip', () => {
      runBin(root, 'addons-linter', [shipped.firefox], { cwd: root, stdio: 'inherit' });
    });
    if (options.skipTests) console.log('- npm test: skipped (--skip-tests)');
    else step('npm test', () => runTests(root));

    console.log(`\n${entry}`);
    console.log(
      `Packages:\n${Object.values(shipped)
        .map((file) => `  ${path.relative(process.cwd(), file)}`)
        .join('\n')}`,
    );
    if (options.dryRun) {
      console.log(
        `Dry run: nothing committed or tagged; a release would commit ${RELEASE_FILES.join(', ')} and tag v${version}.`,
      );
      return;
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
    commitAndTag(root, RELEASE_FILES, version);
    console.log(`Committed and tagged v${version}. Publish with: git push --follow-tags`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function assertSamePackages(first: Packages, second: Packages): void {
  for (const kind of ['chrome', 'firefox', 'sources'] as const) {
    const difference = zipDifference(readFileSync(first[kind]), readFileSync(second[kind]));
    if (difference) throw new Error(`${path.basename(first[kind])} is not reproducible: ${difference}`);
  }
}

/** Copies the packages out of the scratch folder into the project's .output/release/. */
function keep(packages: Packages, dir: string): Packages {
  mkdirSync(dir, { recursive: true });
  const copy = (file: string) => {
    const target = path.join(dir, path.basename(file));
    copyFileSync(file, target);
    return target;
  };
  return { chrome: copy(packages.chrome), firefox: copy(packages.firefox), sources: copy(packages.sources) };
}

function step<T>(what: string, run: () => T): T {
  const start = performance.now();
  try {
    const result = run();
    console.log(`✓ ${what} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new Refusal(`release: ${what} failed: ${why}`);
  }
}

try {
  release();
} catch (error) {
  console.error(error instanceof Refusal ? error.message : error);
  process.exitCode = 1;
}
