/**
 * A throwaway clone of this repository to run `npm run release` in, so that no test bumps,
 * commits or tags anything here. The clone borrows this checkout's node_modules; the release
 * script run is this checkout's own (scripts/release.ts), working on the clone's commits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binScript } from '../../scripts/run-bin';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ReleaseClone {
  dir: string;
  git(...args: string[]): string;
  /** Runs this checkout's release script in the clone, always with --skip-tests. */
  release(...args: string[]): { code: number | null; stdout: string; stderr: string };
  remove(): void;
}

export function releaseClone(): ReleaseClone {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'backstory-release-test-'));
  const dir = path.join(parent, 'backstory');
  execFileSync('git', ['clone', '--quiet', REPO, dir]);
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  // CI machines may have no git identity; the release commit needs one.
  git('config', 'user.name', 'Release Test');
  git('config', 'user.email', 'release-test@backstory.example');
  return {
    dir,
    git,
    release(...args) {
      // Never `npm test` inside a test: it would run the whole suite, this test included, again.
      const script = [binScript(REPO, 'tsx'), path.join(REPO, 'scripts/release.ts'), ...args, '--skip-tests'];
      const run = spawnSync(process.execPath, script, {
        cwd: dir,
        encoding: 'utf8',
        // The same day in every run, so that two runs write the same changelog.
        env: { ...process.env, SOURCE_DATE_EPOCH: git('log', '-1', '--format=%ct').trim() },
        // A refusal that stopped refusing must not hang the suite with a whole release.
        timeout: 240_000,
      });
      return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    },
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
