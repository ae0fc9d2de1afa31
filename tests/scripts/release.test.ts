// @vitest-environment node
/**
 * The release command's refusals, each in a throwaway clone. They stop before any build; the
 * full runs (build, rebuild from sources, commit, tag) are in tests/release/ (`npm run test:release`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ReleaseClone, releaseClone } from '../helpers/release-clone';

// Each test starts a real `tsx` process: seconds each on a busy two-core machine.
describe('npm run release refuses', { timeout: 60_000 }, () => {
  let clone: ReleaseClone;
  let head: string;
  beforeEach(() => {
    clone = releaseClone();
    head = clone.git('rev-parse', 'HEAD');
  });
  afterEach(() => clone.remove());

  /** Nothing committed, tagged or rewritten. */
  function expectUntouched(status = '') {
    expect(clone.git('rev-parse', 'HEAD')).toBe(head);
    expect(clone.git('tag', '--list')).toBe('');
    expect(clone.git('status', '--porcelain')).toBe(status);
  }

  it('an unknown bump kind, in one line', () => {
    const run = clone.release('pach');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('release: unknown bump kind "pach": use patch, minor or major\n');
    expectUntouched();
  });

  it('a working tree with a changed file, in one line naming it', () => {
    writeFileSync(path.join(clone.dir, 'README.md'), 'changed\n');
    const run = clone.release('patch');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^release: the working tree is not clean \(README\.md\); commit or stash first, or use --dry-run\n$/,
    );
    expectUntouched(' M README.md\n');
  });

  it('a working tree with a new file not yet committed', () => {
    writeFileSync(path.join(clone.dir, 'notes.txt'), 'draft\n');
    const run = clone.release('minor');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not clean (notes.txt)');
    expectUntouched('?? notes.txt\n');
  });

  it('a version whose tag already exists', () => {
    const version = JSON.parse(clone.git('show', 'HEAD:package.json')).version as string;
    const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
    const next = `v${major}.${minor}.${patch + 1}`;
    clone.git('tag', next);
    const run = clone.release('patch');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`release: tag ${next} already exists\n`);
  });
});
