/**
 * A name whose clause says it is a person's: the subject of "said" ("said Andriy Yermak", "Kaja
 * Kallas told"), a full name followed by "who" ("Hamish Doull, who chairs …") and a name "for
 * his/her part".
 */

import { ORG_NOUNS, ORG_SUFFIXES, ROLE_HEADS } from './lexicon';
import { PLACE_SUFFIXES } from './place-evidence';
import { gapBetween, type Token } from './tokens';

/** The plainest speech verbs: only people (and a few organisations) "said" or "told". */
const SAYS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'wrote',
  'writes',
  'asked',
  'replied',
  'recalled',
]);

/**
 * Two or three plain capitalised words right before or after "said" ("said Andriy Yermak",
 * "Kaja Kallas told"): the subject of speech, a person unless a word says otherwise.
 */
export function speakerOfVerb(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const size = last - first + 1;
  if (size < 2 || size > 3) return false;
  const words = tokens.slice(first, last + 1);
  if (
    words.some((t) => ['Organization', 'Plural', 'Adjective', 'Value'].some((tag) => t.tags.has(tag)) || knownPlace(t))
  )
    return false;
  if (words.some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) return false;
  // "Downing Street said", "Network Rail said": a street's or a body's name speaks for an office.
  const lastWord = (words[words.length - 1] as Token).text.toLowerCase();
  if (PLACE_SUFFIXES.has(lastWord) || ORG_SUFFIXES.has(lastWord)) return false;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "Swiss group Lindqvist Chocolatiers said": the name an organisation's noun introduces.
  if (before && before.sentence === words[0]?.sentence && ORG_NOUNS.has(before.text)) return false;
  const isVerb = (t: Token | undefined) => t !== undefined && SAYS.has(t.text.toLowerCase());
  return (
    (isVerb(before) && /^\s+$/.test(gapBetween(text, before as Token, tokens[first] as Token))) ||
    (isVerb(after) && /^\s+$/.test(gapBetween(text, tokens[last] as Token, after as Token)))
  );
}

/**
 * A word compromise knows as a country, city or region ("South Korea said", "New Delhi said").
 * Its bare "Place" is often a guess from a name's last word ("Ivo Marsh", "Tom Marsh", "Ben
 * Field"), and speech outweighs a guess.
 */
function knownPlace(token: Token): boolean {
  return token.tags.has('Place') && ['Country', 'City', 'Region'].some((tag) => token.tags.has(tag));
}

/** "Hamish Doull, who chairs …": "who" after a full name; things and bodies take "which". */
export function whoAfter(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const size = last - first + 1;
  const name = tokens[last] as Token;
  const next = tokens[last + 1];
  if (size < 2 || size > 3 || name.tags.has('Plural') || !next || next.sentence !== name.sentence) return false;
  return next.text.toLowerCase() === 'who' && /^,\s*$/.test(gapBetween(text, name, next));
}

/** "Natarajan-Cole, for her part, …": only a person has a part that is "his" or "her". */
export function forOwnPart(text: string, tokens: readonly Token[], last: number): boolean {
  const name = tokens[last] as Token;
  return /^,\s+for\s+(?:his|her)\s+part\b/i.test(text.slice(name.end, name.end + 20));
}
