/**
 * What kind of name a mention is (person, organisation, place or unknown) and a person's gender
 * when a given name or an honorific states it. compromise's tags (its lists of given names, places
 * and organisations) are weighed against the name's own words (a place's or organisation's suffix,
 * a surname's shape) and the evidence names.ts gathers from the sentence (role-nouns.ts,
 * role-phrases.ts, person-clauses.ts, place-evidence.ts). Kept apart from finding the names so each
 * rule can be read, and tested, on its own.
 */

import { COLLECTIVE_PREFIXES, NAMED_THING_PREFIXES, ORG_SUFFIXES, ROLE_HEADS } from './lexicon';
import type { Mention, NameKind } from './mention';
import { PLACE_PREFIXES, PLACE_SUFFIXES } from './place-evidence';
import type { Token } from './tokens';

export function genderOf(honorific: string | undefined, first: Token, words: number): 'male' | 'female' | undefined {
  const h = honorific?.replace(/\.$/, '').toLowerCase();
  if (h === 'mr' || h === 'sir' || h === 'lord') return 'male';
  if (h === 'mrs' || h === 'ms' || h === 'miss' || h === 'dame' || h === 'lady' || h === 'madam') return 'female';
  if (words < 2) return undefined;
  if (first.tags.has('MaleName') && !first.tags.has('FemaleName')) return 'male';
  if (first.tags.has('FemaleName') && !first.tags.has('MaleName')) return 'female';
  return undefined;
}
export function classify(mention: Mention, run: readonly Token[]): NameKind | 'unknown' {
  const lastWord = (mention.words[mention.words.length - 1] as string).toLowerCase();
  if (ORG_SUFFIXES.has(lastWord) && mention.words.length > 1) return 'organisation';
  // "Port Wenlock", "Fort Maddox", "Saint Ambrose", "Mount Carver": a place word opens the name.
  const firstWord = (mention.words[0] as string).toLowerCase();
  if (PLACE_PREFIXES.has(firstWord) && mention.words.length > 1 && !mention.honorific) return 'place';
  if (COLLECTIVE_PREFIXES.has(firstWord) && mention.words.length > 1) return 'organisation';
  // "Hurricane Delia", "MV Flora MacDonald": a storm or a ship, whatever the rest of it says.
  if (NAMED_THING_PREFIXES.has(firstWord) && mention.words.length > 1) return 'unknown';
  // "King’s College London", "Imperial College London": an institution's word inside the name,
  // whatever a "who" after it seemed to say.
  if (mention.words.slice(1, -1).some((w) => INSTITUTION_WORDS.has(w.toLowerCase()))) return 'organisation';
  if (mention.personEvidence) return 'person';
  // "Mozilla Reps", "Mozilla CEO": a name does not end on a title.
  const lastToken = run[run.length - 1];
  if (ROLE_HEADS.has(lastWord.replace(/s$/, '')) && !lastToken?.tags.has('LastName')) return 'unknown';
  // "Putin-Zelensky", "Russia-Ukraine": a compound of names, not a name.
  if (mention.words.length === 1 && /\p{Lu}[^-]*-\p{Lu}/u.test(mention.words[0] as string)) return 'unknown';
  if (PLACE_SUFFIXES.has(lastWord) && mention.words.length > 1) return 'place';
  // "Xbox One X": a name does not end on an initial, and an initial is not evidence of a person.
  if (/^\p{Lu}$/u.test(mention.words[mention.words.length - 1] as string)) return 'unknown';
  // Title words ("Rep", "Minister") and initials are not evidence of a person.
  const count = (tag: string) =>
    run.filter((t) => t.text.length > 1 && !ROLE_HEADS.has(t.text.toLowerCase()) && t.tags.has(tag)).length;
  const people = count('Person') + count('FirstName');
  const places = count('Place');
  const orgs = count('Organization');
  if (mention.words.length > 1 && run[0]?.tags.has('FirstName') && orgs === 0 && places === 0) return 'person';
  // "Rolfe McCartney", "Lars Eriksson": a surname's shape ends the name.
  const surname = mention.words[mention.words.length - 1] as string;
  if (mention.words.length > 1 && mention.words.length <= 3 && orgs === 0 && places === 0 && looksLikeSurname(surname))
    return 'person';
  if (orgs > 0 && orgs >= people && orgs >= places) return 'organisation';
  if (places > 0 && places >= people) return 'place';
  if (people > 0) return 'person';
  return 'unknown';
}

/** Words that name an institution wherever they stand in a name; no surname is one of them. */
const INSTITUTION_WORDS = new Set(['university', 'college', 'institute', 'academy', 'school', 'hospital', 'museum']);

/**
 * Shapes of surnames across the languages of news copy: Mc/Mac/O’ before a capital, and endings
 * that are (almost) only surnames (-son, -sen, -ski, -wicz, -enko, -ov, -ez, -poulos, …).
 */
const SURNAME_ENDINGS =
  /(?:sson|son|sen|ski|ska|sky|wicz|vich|vić|ović|enko|ov|ova|ev|eva|ez|yan|poulos|akis|idis|escu|stein|berg)$/u;

function looksLikeSurname(word: string): boolean {
  return /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u.test(word) || (word.length >= 5 && SURNAME_ENDINGS.test(word));
}
