/**
 * Capitalised runs that name things, not people, though a title word or a given name may open
 * them: a title-case name with a preposition inside ("Doctors Without Borders"), a venue named by
 * its common noun ("the Anchor Diner"), a union's numbered local or a numbered district
 * ("Machinists Local 751", "Fire District 5", whose number ends the name), a plural title before one name word ("Doctors Manitoba"). Read by names.ts before it cuts titles off a run.
 */
import { ROLE_HEADS, VENUE_NOUNS } from './lexicon';
import { gapBetween, type Token } from './tokens';

/** Prepositions that title case capitalises inside the name of a thing ("Doctors Without Borders"). */
const INNER_PREPOSITIONS = new Set(['without', 'within', 'beyond', 'against', 'across', 'under', 'between', 'into']);

/** A preposition after the run's first word: "Doctors Without Borders". `run` holds token indexes. */
export function hasInnerPreposition(tokens: readonly Token[], run: readonly number[]): boolean {
  return run.slice(1).some((i) => INNER_PREPOSITIONS.has(lowerAt(tokens, i)));
}

/**
 * "Doctors Manitoba", "Nurses United": a plural title before one name word, with no list of names
 * going on after it ("Commissioners Delacroix and Hodge", "Analysts Lee, Ames and Ko"), is a
 * body's name; the title of a list reads as the people's.
 */
export function isPluralTitleName(text: string, tokens: readonly Token[], run: readonly number[]): boolean {
  const first = lowerAt(tokens, run[0]);
  const singular = first.replace(/men$/, 'man').replace(/s$/, '');
  if (run.length !== 2 || singular === first || !ROLE_HEADS.has(singular)) return false;
  const last = run[1] as number;
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]?.sentence) return true;
  const gap = gapBetween(text, tokens[last] as Token, next);
  return !(next.text.toLowerCase() === 'and' || (/^,\s+$/.test(gap) && /^\p{Lu}/u.test(next.text)));
}

/** A run of two words or more that ends on a venue's common noun: "Anchor Diner", "Grand Hotel". */
export function isVenueName(tokens: readonly Token[], run: readonly number[]): boolean {
  return run.length >= 2 && VENUE_NOUNS.has(lowerAt(tokens, run[run.length - 1]));
}

/** Last words of bodies numbered by their name: "Teamsters Local 174", "Fire District 5". */
const NUMBERED_BODIES = new Set(['local', 'district']);

/** The number after a run that ends on "Local" or "District" ("Teamsters Local 174"), or undefined. */
export function unionLocalNumber(text: string, tokens: readonly Token[], run: readonly number[]): Token | undefined {
  const last = run[run.length - 1] as number;
  const number = tokens[last + 1];
  if (run.length < 2 || !NUMBERED_BODIES.has(lowerAt(tokens, last)) || !number) return undefined;
  const joined =
    number.sentence === (tokens[last] as Token).sentence &&
    /^\s+$/.test(gapBetween(text, tokens[last] as Token, number));
  return joined && /^\d{1,5}$/.test(number.text) ? number : undefined;
}

function lowerAt(tokens: readonly Token[], index: number | undefined): string {
  return (tokens[index ?? -1]?.text ?? '').toLowerCase();
}
