// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type Counts, noCounts } from '../../../scripts/eval-extract/figures';
import { isOverall, languageOf, type ScoredPage, totalsOf } from '../../../scripts/eval-extract/totals';

const counts = (truePositives: number, falseNegatives = 0): Counts => ({
  ...noCounts(),
  truePositives,
  falseNegatives,
});

const page = (name: string, split: ScoredPage['split'], language: string | undefined, c: Counts): ScoredPage => ({
  page: name,
  split,
  ...(language ? { language } : {}),
  counts: c,
});

describe('the eval totals', () => {
  it('reads a language tag by its primary subtag, English when absent', () => {
    expect(languageOf('de-AT')).toBe('de');
    expect(languageOf('FR')).toBe('fr');
    expect(languageOf(undefined)).toBe('en');
  });

  it('adds a line per language only inside a split that mixes languages, English first', () => {
    const totals = totalsOf([
      page('bbc-1', 'tuning', 'en', counts(2)),
      page('guardian-1', 'held-back', 'en', counts(3)),
      page('lemonde-1', 'held-back', 'fr', counts(0, 9)),
      page('heise', 'held-back', 'de', counts(0)),
      page('seed', 'tuning', undefined, counts(13)),
    ]);
    expect(totals.map((t) => t.key)).toEqual([
      'tuning',
      'held-back',
      'held-back en',
      'held-back de',
      'held-back fr',
      'overall',
      'overall en',
      'overall de',
      'overall fr',
    ]);
    const byKey = new Map(totals.map((t) => [t.key, t]));
    expect(byKey.get('tuning')).toMatchObject({ pages: ['bbc-1', 'seed'], counts: { truePositives: 15 } });
    expect(byKey.get('held-back')?.counts).toMatchObject({ truePositives: 3, falseNegatives: 9 });
    expect(byKey.get('held-back en')).toMatchObject({ pages: ['guardian-1'], counts: { falseNegatives: 0 } });
    expect(byKey.get('held-back fr')).toMatchObject({ pages: ['lemonde-1'], counts: { falseNegatives: 9 } });
    expect(byKey.get('overall en')?.pages).toEqual(['bbc-1', 'guardian-1', 'seed']);
  });

  it('gives an English-only run the totals it always had', () => {
    const totals = totalsOf([page('bbc-1', 'tuning', 'en', counts(2)), page('capitol-wire', 'dev', 'en', counts(5))]);
    expect(totals.map((t) => t.key)).toEqual(['tuning', 'dev', 'overall']);
  });

  it('knows the whole-run totals', () => {
    expect(isOverall('overall')).toBe(true);
    expect(isOverall('overall fr')).toBe(true);
    expect(isOverall('held-back')).toBe(false);
  });
});
