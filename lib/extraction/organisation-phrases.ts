/**
 * Names that are one organisation's though split in two: "Stanford University's Center on Poverty
 * and Inequality", "University of Oxford", "Devon and Cornwall Police", "Friends of the Earth",
 * "Keefe, Bruyette & Woods".
 */

import { ORG_HEADS, ORG_SUFFIXES } from './lexicon';
import type { Mention } from './mention';

/** "Stanford University's Center on Poverty and Inequality", "University of Oxford": one name. */
export function mergeOrganisationPhrases(text: string, mentions: Mention[]): Mention[] {
  return withAcronyms(text, mergePhrases(text, mentions));
}

function mergePhrases(text: string, mentions: Mention[]): Mention[] {
  const merged: Mention[] = [];
  let extended: Mention | undefined;
  for (const found of partnerships(text, mentions)) {
    const mention = withPluralHead(text, found);
    let prev = merged[merged.length - 1];
    // "the charity Friends of the Earth": a capitalised "Friends" read as a name of its own is
    // the head of this one.
    if (mention !== found && prev && prev.start >= mention.start) {
      merged.pop();
      prev = merged[merged.length - 1];
    }
    if (prev && prev.sentence === mention.sentence && !prev.possessive && prev.kind !== 'person') {
      const between = text.slice(prev.end, mention.start);
      const lastWord = (prev.words[prev.words.length - 1] as string).toLowerCase();
      const orgEnding = ORG_SUFFIXES.has(lastWord) || ORG_HEADS.has(lastWord);
      // "Devon and Cornwall Police", "Avon and Somerset Constabulary": one word joined to an
      // organisation's name is the first half of the area it serves.
      const sharedName =
        prev.words.length === 1 &&
        mention.words.length >= 2 &&
        ORG_SUFFIXES.has((mention.words[mention.words.length - 1] as string).toLowerCase()) &&
        /^\s+(?:and|&)\s+$/.test(between);
      const joins =
        (orgEnding && /^\s+(?:of|for|on)(?:\s+the)?\s+$/.test(between)) ||
        (prev === extended && /^\s+and\s+$/.test(between)) ||
        sharedName;
      if (joins) {
        extended = {
          ...prev,
          kind: 'organisation',
          last: mention.last,
          end: mention.end,
          words: [...prev.words, ...between.trim().split(/\s+/), ...mention.words],
          name: text.slice(prev.start, mention.end),
          form: text.slice(prev.start, mention.end),
          possessive: mention.possessive,
        };
        merged[merged.length - 1] = extended;
        continue;
      }
    }
    merged.push(mention);
  }
  return merged;
}

/**
 * Plural nouns for people that open an organisation's name before "of" or "for": "Friends of the
 * Earth", "Veterans of Foreign Wars", "Sisters of Mercy", "Citizens for Fair Banking". Capitalised
 * before a capitalised name, they are its first word; the name they head is no person's or place's.
 */
const PLURAL_HEADS =
  /(?:^|[^\p{L}])((?:Friends|Sisters|Brothers|Daughters|Sons|Veterans|Knights|Mothers|Fathers|Citizens|Physicians|Engineers|Scientists|Lawyers|Reporters)\s+(?:of(?:\s+the)?|for)\s+)$/u;

function withPluralHead(text: string, mention: Mention): Mention {
  if (mention.personEvidence) return mention;
  const head = PLURAL_HEADS.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  if (!head) return mention;
  const start = mention.start - head.length;
  const words = head.trim().split(/\s+/);
  return {
    ...mention,
    kind: 'organisation',
    first: mention.first - words.length,
    runFirst: mention.runFirst - words.length,
    start,
    words: [...words, ...mention.words],
    name: text.slice(start, mention.end),
    form: text.slice(start, mention.end),
  };
}

/**
 * "Keefe, Bruyette & Woods", "Ernst & Young", "Marks & Spencer": single names joined by commas and
 * a last "&" are one firm's name, its partners' surnames; people are listed with "and". Each word
 * read alone would be a person's (the one after "analyst at Keefe," takes the analyst's role).
 */
function partnerships(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const single = (m: Mention) => m.words.length === 1 && m.honorific === undefined;
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i] as Mention;
    let j = i;
    let ampersand = -1;
    while (j + 1 < mentions.length && ampersand < 0) {
      const a = mentions[j] as Mention;
      const b = mentions[j + 1] as Mention;
      const between = text.slice(a.end, b.start);
      if (a.sentence !== b.sentence || a.possessive || !single(a) || !single(b) || !/^(?:,\s*|\s*&\s*)$/.test(between))
        break;
      j++;
      if (between.includes('&')) ampersand = j;
    }
    if (ampersand < 0) {
      out.push(first);
      continue;
    }
    const last = mentions[ampersand] as Mention;
    out.push({
      ...first,
      kind: 'organisation',
      personEvidence: false,
      last: last.last,
      end: last.end,
      words: text.slice(first.start, last.end).split(/\s+/),
      name: text.slice(first.start, last.end),
      form: text.slice(first.start, last.end),
      possessive: last.possessive,
    });
    i = ampersand;
  }
  return out;
}

/** Words an acronym leaves out: "National Environment Agency (NEA)", "Department of Health (DoH)". */
const ACRONYM_SKIPS = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);

/**
 * "the National Environment Agency (NEA) said …. The NEA said": an acronym in brackets right
 * after an organisation's name is that organisation wherever the article prints it, when its
 * letters are the name's initials. The acronym's mentions take the name's words (so they group
 * with it) and keep their own form.
 */
function withAcronyms(text: string, mentions: Mention[]): Mention[] {
  const named = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.words.length < 2 || m.kind === 'person' || m.kind === 'place') continue;
    const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 12))?.[1];
    const initials = m.words
      .filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()))
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (acronym && acronym === initials) named.set(acronym, m);
  }
  if (named.size === 0) return mentions;
  return mentions.map((m) => {
    const full = m.words.length === 1 ? named.get(m.words[0] as string) : undefined;
    return full && full !== m ? { ...m, kind: 'organisation', personEvidence: false, words: full.words } : m;
  });
}
