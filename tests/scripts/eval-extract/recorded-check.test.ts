// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type Counts, figuresOf, noCounts } from '../../../scripts/eval-extract/figures';
import { droppedFigures, type Recorded } from '../../../scripts/eval-extract/recorded-check';

const counts = (truePositives: number, falsePositives: number, falseNegatives: number): Counts => ({
  ...noCounts(),
  truePositives,
  falsePositives,
  falseNegatives,
});

const guardian = counts(3, 3, 0);
const telegraph = counts(9, 0, 0);
/** What is on record today: English pages only. */
const recorded: Recorded = {
  pages: { 'guardian-1': figuresOf(guardian), telegraph: figuresOf(telegraph) },
  splits: {
    'held-back': { ...figuresOf(counts(12, 3, 0)), pages: ['guardian-1', 'telegraph'] },
  },
};

describe('--check against the recorded figures', () => {
  it('passes when nothing changed', () => {
    expect(
      droppedFigures(
        new Map([
          ['guardian-1', guardian],
          ['telegraph', telegraph],
        ]),
        recorded,
      ),
    ).toEqual([]);
  });

  it('does not fail on pages and totals with no recorded figure (a new language scored at zero)', () => {
    const scored = new Map([
      ['guardian-1', guardian],
      ['telegraph', telegraph],
      ['lemonde-1', counts(0, 0, 9)],
    ]);
    expect(droppedFigures(scored, recorded)).toEqual([]);
  });

  it('still guards a recorded split on its recorded pages when new pages joined it', () => {
    const scored = new Map([
      ['guardian-1', counts(3, 3, 0)],
      ['telegraph', counts(9, 0, 1)],
      ['lemonde-1', counts(0, 0, 9)],
    ]);
    expect(droppedFigures(scored, recorded)).toEqual([
      'telegraph: recall fell from 100.0% to  90.0%',
      'held-back: recall fell from 100.0% to  92.3%',
    ]);
  });

  it('skips a recorded split some of whose pages were not scored (corpus absent, one page asked for)', () => {
    const worse = counts(1, 5, 2);
    expect(droppedFigures(new Map([['telegraph', telegraph]]), recorded)).toEqual([]);
    expect(droppedFigures(new Map([['guardian-1', worse]]), recorded)).toEqual([
      'guardian-1: precision fell from  50.0% to  16.7%',
      'guardian-1: recall fell from 100.0% to  33.3%',
    ]);
  });

  it('fails when misattributed quotes rise', () => {
    const misattributing = { ...telegraph, misattributed: 1 };
    expect(droppedFigures(new Map([['telegraph', misattributing]]), recorded)).toEqual([
      'telegraph: misattributed quotes rose from 0 to 1',
    ]);
  });
});
