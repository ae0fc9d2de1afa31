/**
 * Coreference for names: which mentions are the same person. The fullest form an article gives
 * ("Rustem Umerov") makes the person; later forms join it ("Umerov", "Mr. Umerov", "Umerov’s",
 * "Bin Laden" for "Osama bin Laden", "Donald Trump" for "Donald J. Trump"). A bare surname that
 * two people share ("Berg" with "Anna Berg" and "Lars Berg" in the article) joins neither:
 * attaching it to the wrong one would put words in someone's mouth. A given name alone never
 * makes a person, and names seen only in headline-case headings only join people the prose names.
 * Organisations and places are grouped by their folded name.
 */
import { foldText } from '../matching/text-fold';
import { NAME_PARTICLES } from './lexicon';
import type { Mention, NameKind } from './mention';

export interface EntityCluster {
  kind: NameKind;
  /** The fullest form: most words, first printed. */
  name: string;
  mentions: Mention[];
}

/** Folded for comparison: the project's text fold, trimmed, without a possessive ending. */
export function foldName(name: string): string {
  return foldText(name).text.trim().replace(/'s$/, '');
}

/** The folded words of a person's name without initials ("Donald J. Trump" → donald, trump). */
function nameKey(words: readonly string[]): string[] {
  return words.map(foldName).filter((w) => !/^\p{L}\.?$/u.test(w));
}

/** "al-Bashir" → "bashir": the surname as a bare mention may print it. */
function withoutParticle(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(word.slice(0, dash)) ? word.slice(dash + 1) : word;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * "Anna Berg" is "Anna Maria Berg" printed short, but "Anna Lisa Berg" is someone else: two full
 * names with the same given name and surname are one person unless both print a middle name and
 * the middle names differ.
 */
function sameMiddle(a: readonly string[], b: readonly string[]): boolean {
  if (a.length <= 2 || b.length <= 2) return true;
  return a.slice(1, -1).join(' ') === b.slice(1, -1).join(' ');
}

/** Groups person mentions (and unknown names that turn out to be people) into people. */
export function resolvePeople(mentions: readonly Mention[]): EntityCluster[] {
  const people: { key: string[]; cluster: EntityCluster }[] = [];
  familyNames(mentions);
  const full = mentions
    .filter((m) => m.kind === 'person' && !m.weak && nameKey(m.words).length >= 2)
    .sort((a, b) => nameKey(b.words).length - nameKey(a.words).length || a.start - b.start);
  for (const mention of full) {
    const key = nameKey(mention.words);
    const same = people.filter(
      (p) =>
        (p.key[0] === key[0] && p.key[p.key.length - 1] === key[key.length - 1] && sameMiddle(p.key, key)) ||
        endsWith(p.key, key),
    );
    if (same.length === 1) (same[0] as (typeof people)[number]).cluster.mentions.push(mention);
    else if (same.length === 0)
      people.push({ key, cluster: { kind: 'person', name: mention.name, mentions: [mention] } });
  }
  const singles = mentions.filter((m) => !full.includes(m)).sort((a, b) => a.start - b.start);
  for (const mention of singles) {
    const key = nameKey(mention.words);
    if (key.length === 0) continue;
    const word = key[key.length - 1] as string;
    const sameName = people.filter((p) => {
      if (key.length > 1) return endsWith(p.key, key);
      const surname = p.key[p.key.length - 1] as string;
      return surname === word || withoutParticle(surname) === word;
    });
    // "Mrs Mugabe" is not Robert Mugabe, and is nobody new either: unresolved.
    const genderOf = (p: (typeof people)[number]) => p.cluster.mentions.find((m) => m.gender)?.gender;
    // Two people share the surname: "Mr. Berg" goes to Lars Berg only if his name is known as a man's.
    const bySurname = sameName.filter((p) =>
      sameName.length > 1
        ? mention.gender !== undefined && genderOf(p) === mention.gender
        : !(mention.gender && genderOf(p) && genderOf(p) !== mention.gender),
    );
    if (bySurname.length === 1) {
      (bySurname[0] as (typeof people)[number]).cluster.mentions.push(mention);
      continue;
    }
    // A surname two people share, or "Mrs Mugabe" beside Robert Mugabe: unresolved, nobody new.
    if (sameName.length > 0) continue;
    // "Kit says", "his own father, Walter": a given name alone is the one person who has it. With
    // an honorific, it may be any word before the last: "Mr Faizal" is Muhammad Faizal Ibrahim,
    // as Malay, Tamil and Singapore usage writes the honorific before a given name.
    if (key.length === 1 && (mention.kind === 'person' || mention.kind === 'unknown')) {
      // A one-word person's only word is their surname, which `sameName` found already.
      const byGivenName = people.filter(
        (p) => p.key[0] === word || (mention.honorific !== undefined && p.key.slice(1, -1).includes(word)),
      );
      if (byGivenName.length === 1) {
        (byGivenName[0] as (typeof people)[number]).cluster.mentions.push(mention);
        continue;
      }
      if (byGivenName.length > 1) continue;
    }
    // One word: a person's fuller names are all in `full` already.
    if (mention.kind === 'person' && !mention.weak && !isGivenNameOnly(mention)) {
      people.push({ key, cluster: { kind: 'person', name: mention.name, mentions: [mention] } });
    }
  }
  return people.map((p) => p.cluster);
}

/**
 * "Kit Penrose" beside Michael Penrose, "Rolfe McCartney" beside "Mr. McCartney": an unknown name
 * of two or three words whose last word is the surname of a person the article names (in full, or
 * with an honorific or title) is a person too, even when compromise does not know its given name.
 * A name whose given name states a gender ("Ben Lee", left of no kind beside "Acme Corp") is one
 * also when its surname alone is read as a person's ("Lee said").
 */
function familyNames(mentions: readonly Mention[]): void {
  const people = mentions.filter((m) => m.kind === 'person' && !m.weak);
  const surnames = new Set(
    people.filter((m) => nameKey(m.words).length >= 2 || m.personEvidence).map((m) => nameKey(m.words).pop() as string),
  );
  const bareSurnames = new Set(people.filter((m) => nameKey(m.words).length === 1).map((m) => nameKey(m.words)[0]));
  for (const m of mentions) {
    const key = nameKey(m.words);
    const surname = key[key.length - 1] as string;
    if (
      m.kind === 'unknown' &&
      !m.weak &&
      key.length >= 2 &&
      key.length <= 3 &&
      (surnames.has(surname) || (m.gender !== undefined && bareSurnames.has(surname)))
    )
      m.kind = 'person';
  }
}

/** A lone given name ("Hakan") with no title or honorific: never a person by itself. */
function isGivenNameOnly(mention: Mention): boolean {
  return mention.givenName && !mention.personEvidence;
}

/** Groups organisation or place mentions by folded name, leaving out words that name a person. */
export function groupNames(
  mentions: readonly Mention[],
  kind: NameKind,
  people: readonly EntityCluster[],
): EntityCluster[] {
  const personWords = new Set(people.flatMap((p) => p.mentions.map((m) => foldName(m.words.join(' ')))));
  const groups = new Map<string, EntityCluster>();
  for (const mention of mentions) {
    if (mention.kind !== kind || mention.weak) continue;
    const key = foldName(mention.words.join(' '));
    if (personWords.has(key)) continue;
    const group = groups.get(key);
    if (group) group.mentions.push(mention);
    else groups.set(key, { kind, name: mention.name, mentions: [mention] });
  }
  // A heading's names count when the prose names them too; so does a name of unknown kind that
  // is printed elsewhere as one ("Brightwater" after "Brightwater, the … grocery chain,").
  for (const mention of mentions) {
    if (!((mention.kind === kind && mention.weak) || mention.kind === 'unknown')) continue;
    const key = foldName(mention.words.join(' '));
    groups.get(key)?.mentions.push(mention);
  }
  return [...groups.values()];
}
