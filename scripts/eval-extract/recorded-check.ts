/**
 * `--check`: which figures fell below the recorded ones. A figure the record does not hold (a page
 * or a language added since it was written) is not a failure; a recorded total is compared on the
 * pages it was recorded on, so adding pages to a split does not stop its recorded pages being guarded.
 */
import { addCounts, type Counts, type Figures, figuresOf, noCounts, pct } from './figures';

/** Figures may differ by floating-point noise between runs. */
const EPSILON = 0.005;

export interface Recorded {
  pages: Record<string, Figures>;
  splits: Record<string, Figures & { pages: string[] }>;
}

export function droppedFigure(label: string, now: Figures, was: Figures): string[] {
  const problems: string[] = [];
  for (const key of ['precision', 'recall', 'roles', 'quotes'] as const) {
    const before = was[key];
    const after = now[key];
    if (before !== null && (after === null || after < before - EPSILON))
      problems.push(`${label}: ${key} fell from ${pct(before)} to ${pct(after)}`);
  }
  if (now.misattributed > was.misattributed)
    problems.push(`${label}: misattributed quotes rose from ${was.misattributed} to ${now.misattributed}`);
  return problems;
}

/**
 * Every drop below the record among the pages scored now (`page → counts`) and the recorded totals
 * whose pages were all scored now (not with the corpus absent, nor on a run of one split or page).
 */
export function droppedFigures(scored: ReadonlyMap<string, Counts>, was: Recorded): string[] {
  const problems: string[] = [];
  for (const [page, counts] of scored) {
    const before = was.pages[page];
    if (before) problems.push(...droppedFigure(page, figuresOf(counts), before));
  }
  for (const [key, before] of Object.entries(was.splits)) {
    if (before.pages.length === 0 || !before.pages.every((page) => scored.has(page))) continue;
    const counts = before.pages.reduce((sum, page) => addCounts(sum, scored.get(page) ?? noCounts()), noCounts());
    problems.push(...droppedFigure(key, figuresOf(counts), before));
  }
  return problems;
}
