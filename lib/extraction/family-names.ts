/**
 * Relatives printed by their given name alone take the family's surname for coreference: "Tom
 * Brandt … his wife, Carol, …" and later "Mrs. Brandt said"; "Amara’s parents, Kwame and Efua
 * Osei". The name as printed stays the given name; only the words coreference compares gain the
 * surname, so that "Mrs. Brandt" can find Carol (the one Brandt who is a woman) and Kwame is a
 * person, not a lone given name.
 */
import type { Mention } from './mention';
import { gapBetween, isPossessive, stripPossessive, type Token } from './tokens';

/** Relatives who usually share a surname, with the gender the word states. */
const RELATIVES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['wife', 'female'],
  ['husband', 'male'],
  ['mother', 'female'],
  ['father', 'male'],
  ['daughter', 'female'],
  ['son', 'male'],
  ['sister', 'female'],
  ['brother', 'male'],
]);

const PLURAL_RELATIVES = new Set(['parents', 'sons', 'daughters', 'brothers', 'sisters', 'children', 'grandparents']);

/** Gives given-name-only relatives their family's surname (mentions changed in place). */
export function familyNames(text: string, tokens: readonly Token[], mentions: readonly Mention[]): void {
  mentions.forEach((m, index) => {
    if (m.words.length !== 1 || m.honorific || m.possessive || (m.kind !== 'person' && m.kind !== 'unknown')) return;
    const relative = tokens[m.runFirst - 1];
    if (
      !relative ||
      relative.sentence !== m.sentence ||
      !/^,\s*$/.test(gapBetween(text, relative, tokens[m.runFirst] as Token))
    )
      return;
    const noun = relative.text.toLowerCase();
    const gender = RELATIVES.get(noun);
    if (gender) {
      const surname = surnameOfOwner(tokens, mentions, index, m.runFirst - 2);
      if (surname) name(m, surname, gender);
      // "whose 7-year-old son, Eli,": no surname to give, but the word still says who "he" may be.
      else m.gender = gender;
      return;
    }
    // "parents, Kwame and Efua Osei": the surname after the last given name is the couple's.
    const next = mentions[index + 1];
    if (
      PLURAL_RELATIVES.has(noun) &&
      next?.sentence === m.sentence &&
      next.words.length === 2 &&
      /^\s+and\s+$/.test(text.slice(m.end, next.start))
    ) {
      name(m, next.words[1] as string);
      if (next.kind === 'unknown') next.kind = 'person';
      next.personEvidence = true;
    }
  });
}

function name(m: Mention, surname: string, gender?: 'male' | 'female'): void {
  m.words = [...m.words, surname];
  m.kind = 'person';
  m.personEvidence = true;
  m.givenName = false;
  if (gender) m.gender = gender;
}

/**
 * The surname of whom the relative belongs to: "Mark Holloway's son" → Holloway; "his wife" → the
 * last person named in full before it (in this sentence or the one before). An owner named by one
 * word ("Holloway's son") gives none: that word may be a given name, or a surname the relative
 * does not share.
 */
function surnameOfOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  ownerAt: number,
): string | undefined {
  const owner = tokens[ownerAt];
  if (!owner) return undefined;
  if (isPossessive(owner.text)) {
    const named = mentions.find((o) => o.last === ownerAt && o.kind === 'person');
    return named && named.words.length >= 2
      ? stripPossessive(named.words[named.words.length - 1] as string)
      : undefined;
  }
  if (!/^(?:his|her)$/i.test(owner.text)) return undefined;
  const m = mentions[index] as Mention;
  for (let k = index - 1; k >= 0; k--) {
    const o = mentions[k] as Mention;
    if (o.sentence < m.sentence - 1) return undefined;
    if (o.kind === 'person' && !o.possessive) return o.words.length >= 2 ? o.words[o.words.length - 1] : undefined;
  }
  return undefined;
}
