// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseReleaseArgs } from '../../../scripts/release/release-args';

describe('parseReleaseArgs', () => {
  it('takes a bump kind and the two flags in any order', () => {
    expect(parseReleaseArgs(['minor'])).toEqual({ kind: 'minor', dryRun: false, skipTests: false });
    expect(parseReleaseArgs(['--skip-tests', 'patch', '--dry-run'])).toEqual({
      kind: 'patch',
      dryRun: true,
      skipTests: true,
    });
  });

  it('refuses an unknown bump kind with a one-line message naming the three kinds', () => {
    const result = parseReleaseArgs(['pach']);
    expect(result).toEqual({ error: 'release: unknown bump kind "pach": use patch, minor or major' });
  });

  it('refuses no kind, two kinds and an unknown flag', () => {
    for (const argv of [[], ['patch', 'minor'], ['patch', '--dryrun']]) {
      const result = parseReleaseArgs(argv);
      expect(result).toHaveProperty('error');
      expect('error' in result && result.error).not.toContain('\n');
    }
  });
});
