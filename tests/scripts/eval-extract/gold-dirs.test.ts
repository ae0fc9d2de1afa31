// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dirsToRead, goldDirs } from '../../../scripts/eval-extract/gold-dirs';

const dirs = goldDirs('/repo');
const read = (options: { split?: string; hideHeldBack: boolean }) =>
  dirsToRead(dirs, options).map((d) => d.path.replace('/repo/tests/fixtures/', ''));

describe('which gold directories an eval run reads', () => {
  it('reads the gold set, the dev fixtures and the held-back fixtures by default', () => {
    expect(read({ hideHeldBack: false })).toEqual(['extraction-gold', 'extraction-dev', 'extraction-held-back']);
  });

  it('never opens the held-back fixtures when held-back pages are hidden', () => {
    expect(read({ hideHeldBack: true })).toEqual(['extraction-gold', 'extraction-dev']);
    expect(read({ split: 'dev', hideHeldBack: true })).toEqual(['extraction-gold', 'extraction-dev']);
  });

  it('leaves out a directory whose split was not asked for', () => {
    expect(read({ split: 'tuning', hideHeldBack: false })).toEqual(['extraction-gold']);
    expect(read({ split: 'held-back', hideHeldBack: false })).toEqual(['extraction-gold', 'extraction-held-back']);
  });
});
