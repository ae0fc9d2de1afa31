/**
 * A name is one kind throughout an article. compromise tags a word by its context, and the rules
 * read the sentence around each mention, so "Columbus" can be a place after "in" and a person
 * inside a quote, "Morgan Stanley" an organisation after "economist at" and a person at the head
 * of a sentence. Unless some mention states that the name is a person's (a title, a role, speech),
 * a mention read as an organisation or a place decides for the others; and a name listed beside
 * an organisation ("Morgan Stanley and Goldman Sachs each fell") is one too, unless it is shaped
 * like a person's full name (then it is left of no kind).
 */
import { foldName } from './coreference';
import type { Mention, NameKind } from './mention';
import { isPlaceShaped } from './place-evidence';

/** Settles each name's kind across its mentions (changed in place). */
export function agreeKinds(text: string, mentions: readonly Mention[]): void {
  coordinatedOrganisations(text, mentions);
  pairedWithNoPerson(text, mentions);
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = foldName(m.words.join(' '));
    const group = byName.get(key);
    if (group) group.push(m);
    else byName.set(key, [m]);
  }
  fullNamesOfStatedSurnames(text, mentions, byName);
  for (const group of byName.values()) {
    if (group.some((m) => m.personEvidence)) continue;
    const kind = majorityKind(group);
    if (!kind) continue;
    for (const m of group) if (m.kind === 'person' || m.kind === 'unknown') m.kind = kind;
  }
}

/**
 * "The committee heard from Helen Marsh-Oduya. Marsh-Oduya is the interim chief executive …":
 * when the surname alone is stated to be a person's (a title, a role, speech) and nothing states
 * otherwise of the full name, the full name ending in it is that person's, whatever compromise
 * guessed of its given name ("Helen" is also a place in its lexicon). A name shaped like a place
 * ("Calder Bridge"), one after a place's preposition ("in Helen Marsh") and an organisation's
 * name keep their kind. A title-case heading ("Better Student Journalism") states nothing.
 */
function fullNamesOfStatedSurnames(text: string, mentions: readonly Mention[], byName: Map<string, Mention[]>): void {
  const stated = new Set(
    mentions
      .filter((m) => m.personEvidence && !m.weak && m.words.length === 1)
      .map((m) => foldName(m.words[0] as string)),
  );
  for (const group of byName.values()) {
    const full = group[0] as Mention;
    const surname = foldName(full.words[full.words.length - 1] as string);
    if (full.words.length < 2 || full.words.length > 3 || !stated.has(surname) || isPlaceShaped(full.words)) continue;
    if (
      group.some((m) => m.kind === 'organisation' || PLACE_CONTEXT.test(text.slice(Math.max(0, m.start - 12), m.start)))
    )
      continue;
    for (const m of group) m.kind = 'person';
  }
}

/** The words before a name that make it a place (name-evidence.ts's place prepositions). */
const PLACE_CONTEXT = /\b(?:in|near|across|throughout|outside|inside)\s+$/i;

function majorityKind(mentions: readonly Mention[]): NameKind | undefined {
  const organisations = mentions.filter((m) => m.kind === 'organisation').length;
  const places = mentions.filter((m) => m.kind === 'place').length;
  if (organisations === 0 && places === 0) return undefined;
  return organisations >= places ? 'organisation' : 'place';
}

/** "Morgan Stanley and Goldman Sachs", "Barclays, Lloyds and NatWest": a list is of one kind. */
function coordinatedOrganisations(text: string, mentions: readonly Mention[]): void {
  const joined = (a: Mention, b: Mention) =>
    a.sentence === b.sentence && !a.possessive && /^(?:,\s*|,?\s+(?:and|or|&)\s+)$/.test(text.slice(a.end, b.start));
  const unsure = (m: Mention) => !m.personEvidence && (m.kind === 'person' || m.kind === 'unknown');
  // "Acme Corp and Ben Lee met", "John Lewis and Marks & Spencer": a given name that states a
  // gender before a surname is shaped like a person's name ("Morgan" states none), and the list
  // like an organisation's. Neither outweighs the other: the name is left of no kind, a person
  // only where the article reads its surname alone as one ("Lee said", coreference.ts).
  const personShaped = (m: Mention) => m.words.length >= 2 && m.gender !== undefined;
  // "the Board, Gordon Flett, visits": two names and a comma alone are a name and its appositive;
  // a list ends with "and" ("Barclays, Lloyds and NatWest").
  const listed = (i: number): boolean => {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (!joined(a, b)) return false;
    if (!/^,\s*$/.test(text.slice(a.end, b.start))) return true;
    return mentions[i + 2] !== undefined && listed(i + 1);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i] as Mention;
      const b = mentions[i + 1] as Mention;
      if (!listed(i)) continue;
      for (const [m, other] of [
        [a, b],
        [b, a],
      ] as const) {
        if (other.kind !== 'organisation' || !unsure(m)) continue;
        if (personShaped(m)) {
          m.kind = 'unknown';
        } else {
          m.kind = 'organisation';
          changed = true;
        }
      }
    }
  }
}

/**
 * "Charles Schwab and Fidelity cut their fees": a full name paired by "and" with one word that
 * is no given name and that nothing in the article states to be a person's is as likely a firm
 * named after its founder as a person. With no evidence of its own (a title, a role, speech), the
 * full name is left of no kind: better no entity than a firm shown as a person. "Anna Berg and
 * Okafor", where Okafor is stated a person elsewhere, is a pair of people.
 */
function pairedWithNoPerson(text: string, mentions: readonly Mention[]): void {
  const stated = new Set(mentions.filter((m) => m.personEvidence).flatMap((m) => m.words.map(foldName)));
  const thing = (m: Mention) =>
    m.words.length === 1 &&
    m.kind === 'unknown' &&
    !m.givenName &&
    !m.personEvidence &&
    !m.weak &&
    !stated.has(foldName(m.words[0] as string));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.sentence !== b.sentence || a.possessive || !/^\s+(?:and|&)\s+$/.test(text.slice(a.end, b.start))) continue;
    for (const [m, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (m.words.length >= 2 && m.kind === 'person' && !m.personEvidence && thing(other)) m.kind = 'unknown';
    }
  }
}
