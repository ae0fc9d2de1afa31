/**
 * The eval's totals: per split, per language within a split that mixes languages (so that the
 * English figures stay readable beside pages in languages the rules do not handle yet), and overall.
 */
import { addCounts, type Counts, noCounts } from './figures';

export const SPLITS = ['tuning', 'dev', 'held-back'] as const;
export type Split = (typeof SPLITS)[number];

export interface ScoredPage {
  page: string;
  split: Split;
  /** The gold's language tag ("en", "fr", "de-AT"); absent means English. */
  language?: string;
  counts: Counts;
}

export interface Total {
  /** `held-back`, `held-back fr`, `overall`, `overall de`. */
  key: string;
  counts: Counts;
  pages: string[];
}

/** The primary language subtag, lowercased: "de-AT" and "de" are one language. */
export function languageOf(tag: string | undefined): string {
  return (tag ?? 'en').split('-')[0]?.toLowerCase() || 'en';
}

function totalOf(key: string, pages: readonly ScoredPage[]): Total {
  return {
    key,
    counts: pages.reduce((sum, p) => addCounts(sum, p.counts), noCounts()),
    pages: pages.map((p) => p.page),
  };
}

/** Totals of a group and, when it holds more than one language, of each language in it (English first). */
function withLanguages(key: string, pages: readonly ScoredPage[]): Total[] {
  const languages = [...new Set(pages.map((p) => languageOf(p.language)))].sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
  );
  const totals = [totalOf(key, pages)];
  if (languages.length > 1)
    for (const language of languages)
      totals.push(
        totalOf(
          `${key} ${language}`,
          pages.filter((p) => languageOf(p.language) === language),
        ),
      );
  return totals;
}

/** Every split scored (in SPLITS order), its languages, then `overall` and its languages. */
export function totalsOf(pages: readonly ScoredPage[]): Total[] {
  const totals: Total[] = [];
  for (const split of SPLITS) {
    const inSplit = pages.filter((p) => p.split === split);
    if (inSplit.length > 0) totals.push(...withLanguages(split, inSplit));
  }
  if (pages.length > 0) totals.push(...withLanguages('overall', pages));
  return totals;
}

/** `overall` and `overall xx`: figures of a whole run, recorded only from a run of every page. */
export const isOverall = (key: string) => key === 'overall' || key.startsWith('overall ');
