/**
 * The languages read by rule table, and a guess of one of them from a text's common words.
 */
import { FRENCH } from './french';
import { GERMAN } from './german';
import type { LanguageRules } from './rule-table';

export type { LanguageRules } from './rule-table';

const TABLES: ReadonlyMap<string, LanguageRules> = new Map([
  ['fr', FRENCH],
  ['de', GERMAN],
]);

/** The rules of a language (a BCP 47 primary subtag); undefined for a language not handled. */
export function rulesFor(language: string): LanguageRules | undefined {
  return TABLES.get(language);
}

/** Guesses French or German from the share of each one's common words; undefined for neither. */
export function guessLanguage(words: readonly string[]): string | undefined {
  let best: { code: string; share: number } | undefined;
  for (const rules of TABLES.values()) {
    const share = words.filter((w) => rules.functionWords.has(w)).length / Math.max(1, words.length);
    // A higher bar than English's: Spanish or Italian share "la", "que", "in" with these lists.
    if (share >= 0.25 && (!best || share > best.share)) best = { code: rules.code, share };
  }
  return best?.code;
}
