/**
 * Who a quotation's own sentence says spoke it: the name (or "he"/"she", or "the company") stated
 * right after the quote ("“…,” Peskov told journalists", "“…,” said Mr. Reeves", "“…,” she said")
 * or before it in its sentence ("Obama said it was “…”", "Medinsky …, stating that … “…”",
 * "according to X", "X …: “…”"). What a pronoun or a common noun stands for is decided from the
 * text around it, in quotes.ts.
 */
import {
  HONORIFICS,
  isOccupationNoun,
  isParticiple,
  isRoleWord,
  SPEAKER_PRONOUNS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
} from './lexicon';
import { isOrganisationNoun } from './organisation-evidence';
import type { QuoteSpan, Range } from './quote-marks';

/** A name the attribution may point at: a person or an organisation, resolved or not. */
export interface SpeakerMention {
  start: number;
  end: number;
  /** Entity id; undefined for a name that stayed unresolved (a shared surname). */
  entity?: string;
  kind: 'person' | 'organisation';
  possessive: boolean;
  /** The entity's gender when a given name or honorific states it: "she" is never Mr. Reeves. */
  gender?: 'male' | 'female';
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  // Inner full stops stay ("U.S"), a final one does not ("Mr", "chanted").
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    words.push({ text: m[0].replace(/[.’']+$/, ''), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** "“… into force.”": the quoted words end with a full stop (not an ellipsis, not "U.S."). */
export function endsWithFullStop(text: string, q: QuoteSpan): boolean {
  const quoted = text.slice(q.start, q.end).trimEnd();
  return /[^.\s]\.$/u.test(quoted) && !/(?:^|[\s.])\p{Lu}\.$/u.test(quoted);
}

function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || HONORIFICS.has(word.toLowerCase());
}

/** A stated speaker: a name, a pronoun (its offset) or "the company" (the noun's offset). */
export type Found = { mention: SpeakerMention } | { pronoun: number } | { organisationNoun: number };

/** The last name (not a possessive) in `[from, to)`: the head of a subject. */
function lastName(names: readonly SpeakerMention[], from: number, to: number): SpeakerMention | undefined {
  return names.filter((m) => m.start >= from && m.end <= to && !m.possessive).pop();
}

/** "“…,” Peskov told journalists", "“…,” said Mr. Reeves", "“…,” he added". */
export function afterQuote(
  text: string,
  q: QuoteSpan,
  spans: readonly QuoteSpan[],
  names: readonly SpeakerMention[],
): Found | null {
  const next = spans.find((s) => s.open >= q.close);
  const paragraphEnd = text.indexOf('\n', q.close);
  const limit = Math.min(next?.open ?? text.length, paragraphEnd < 0 ? text.length : paragraphEnd);
  const words = wordsIn(text, q.close, limit).slice(0, 10);
  // "… that the rules would be published “well before the bill comes into force.” Ms. Wiebe said
  // …": a full stop inside the closing mark ends the sentence, and a name after it opens the next.
  if (endsWithFullStop(text, q) && words[0] && /^\p{Lu}/u.test(words[0].text)) {
    if (!SPEAKER_PRONOUNS.has(words[0].text.toLowerCase())) return null;
  }
  let verb = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const previous = words[i - 1];
    const gap = text.slice(previous ? previous.end : q.close, w.start);
    // A sentence ends between them, unless the full stop is an honorific's or an initial's ("Mr. Reeves").
    if (/[!?;]/.test(gap) || (gap.includes('.') && !(previous && isAbbreviation(previous.text)))) break;
    if (w.text.toLowerCase() === 'according' && words[i + 1]?.text.toLowerCase() === 'to') {
      const mention = names.find((m) => m.start > w.end && m.end <= limit && !m.possessive);
      return mention && wordsIn(text, w.end, mention.start).length <= 4 ? { mention } : null;
    }
    if (SPEECH_VERBS.has(w.text.toLowerCase()) && !isParticiple(w.text.toLowerCase())) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  const verbWord = words[verb] as Word;
  if (verb === 0) {
    // Verb first: the speaker is the first name after it, before any comma.
    const stop = text.slice(verbWord.end, limit).search(/[,;:!?]/);
    const to = stop < 0 ? limit : verbWord.end + stop;
    const mention = names.find((m) => m.start >= verbWord.end && m.end <= to && !m.possessive);
    if (mention) return wordsIn(text, verbWord.end, mention.start).length <= 6 ? { mention } : null;
    // "“…,” said the health-policy analyst, who works for …": the noun after the verb, as before it.
    const after = wordsIn(text, verbWord.end, to).slice(0, 4);
    for (let n = 2; n <= after.length; n++) {
      const noun = organisationNounSubject(after.slice(0, n));
      if (noun) return { organisationNoun: noun.start };
    }
    return null;
  }
  const subject = words.slice(0, verb);
  if (subject.length === 1 && SPEAKER_PRONOUNS.has((subject[0] as Word).text.toLowerCase()))
    return { pronoun: (subject[0] as Word).start };
  const noun = organisationNounSubject(subject);
  if (noun) return { organisationNoun: noun.start };
  // "“…,” it said": only a body says "it", and it stands for one as "the company" does.
  if (subject.length === 1 && (subject[0] as Word).text === 'it')
    return { organisationNoun: (subject[0] as Word).start };
  // "“…,” Tom Hale, a friend of Anna Reid, said": a name after a preposition is not the subject.
  const subjects = names.filter((m) => !afterPreposition(text, q.close, m));
  const mention = lastName(subjects, q.close, verbWord.start);
  return mention ? { mention } : null;
}

/** "X said it was “…”", "X, who …, said “…”", "…, stating that … “…”", "according to X", "X …: “…”". */
export function beforeQuote(
  text: string,
  q: QuoteSpan,
  sentence: Range | undefined,
  names: readonly SpeakerMention[],
  insideQuote: (pos: number) => boolean,
): Found | null {
  if (!sentence) return null;
  const from = sentence.start;
  // Words inside an earlier quote of the sentence are not the writer's: "said" there is quoted.
  const words = wordsIn(text, from, q.open).filter((w) => !insideQuote(w.start));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    const lower = w.text.toLowerCase();
    if (lower === 'according' && words[i + 1]?.text.toLowerCase() === 'to') {
      const mention = names.find((m) => m.start > w.end && m.end <= q.open && !m.possessive);
      return mention ? { mention } : null;
    }
    if (!SPEECH_VERBS.has(lower)) continue;
    // "… that the state had asked for federal help and that crews were “…”": a request ("asked
    // for", "called for") is not the verb that reports the quote.
    if (words[i + 1]?.text.toLowerCase() === 'for') continue;
    if (isParticiple(lower)) {
      // "…, with a judge describing the attack as “…”": a participle with its own subject (a noun
      // phrase since the last comma) does not take the sentence's.
      const clause = words.slice(0, i).filter((v) => !/,/.test(text.slice(v.end, w.start)));
      if (clause.some((v) => /^(?:a|an|the|his|her|their|its)$/i.test(v.text))) return null;
      const mention = names.find((m) => m.start >= from && m.end <= w.start && !m.possessive);
      if (mention) return { mention };
      const first = words[0];
      return first && SPEAKER_PRONOUNS.has(first.text.toLowerCase()) ? { pronoun: first.start } : null;
    }
    return subjectBefore(text, from, w, words.slice(0, i), names);
  }
  // "Alverson summed up the journey …: “…”": the sentence's opening name, after its title at most
  // ("Former England goalkeeper Jo Attwood, on co-commentary: “…”").
  if (/:\s*$/.test(text.slice(from, q.open))) {
    const opening = words.slice(0, 5);
    const mention = names.find((m) => m.start >= from && opening.some((w) => w.start === m.start) && !m.possessive);
    const titled = (w: Word) => /^\p{Lu}/u.test(w.text) || isRoleWord(w.text.toLowerCase());
    const before = mention ? opening.filter((w) => w.start < mention.start) : [];
    if (mention && (before.length < 3 || before.every(titled))) return { mention };
  }
  return null;
}

/** The subject of a speech verb: the nearest name or he/she before it, past an appositive. */
function subjectBefore(
  text: string,
  from: number,
  verb: Word,
  before: readonly Word[],
  names: readonly SpeakerMention[],
): Found | null {
  let end = verb.start;
  // "Dr Priya Venkataraman, director of the Ian Potter Gallery, who said": "who" is the person
  // the relative clause hangs on, the last person named before it, even after a preposition.
  const relative = before[before.length - 1];
  if (relative?.text.toLowerCase() === 'who' && /,\s*$/.test(text.slice(from, relative.start))) {
    const person = names
      .filter((m) => m.kind === 'person' && !m.possessive && m.start >= from && m.end <= relative.start)
      .pop();
    return person ? { mention: person } : null;
  }
  // "Eric Reeves, one of the leading American academic voices on Sudan, said": skip the appositive.
  const clause = text.slice(from, end);
  const opening = openingNameBeforeAppositive(text, from, end, names);
  if (opening) return { mention: opening };
  if (/,\s*$/.test(clause)) {
    const segment = clause.replace(/,\s*$/, '');
    const previousComma = segment.lastIndexOf(',');
    // "her brother, the shipping executive Lars Berg, called it …": a segment that ends with a
    // person's name is the subject itself, not an appositive to skip; so is one that opens with a
    // name ("The Senate majority leader, Thomas Reinholt of Kansas, said", "Its new owners, Kernow
    // Living, said"). An organisation ending the segment is an affiliation (", a lobbyist for the
    // … Association,").
    const segmentStart = from + Math.max(0, previousComma + 1);
    const named = lastName(names, segmentStart, from + segment.length);
    const endsWithName = named?.kind === 'person' && text.slice(named.end, from + segment.length).trim() === '';
    const opening = names.find((m) => m.start >= segmentStart && m.end <= from + segment.length);
    // The name fills the segment (with its abbreviation's full stop: "Kernow Living Ltd.,"), or a
    // place of origin follows it ("… of Kansas"); not "Harvard University fellow", an affiliation
    // before a role.
    const opensWithName =
      opening !== undefined &&
      text.slice(segmentStart, opening.start).trim() === '' &&
      /^\.?(?:\s+of\s+\p{Lu}[\p{L}\s.'’-]*)?\s*$/u.test(text.slice(opening.end, from + segment.length));
    if (previousComma > 0 && !endsWithName && !opensWithName) end = from + previousComma;
  }
  // "He questioned the card shown to Walsh and said …": a verb after "and" shares the subject
  // that opens the clause, however long the first verb's phrase.
  if (before[before.length - 1]?.text.toLowerCase() === 'and') {
    const opening = before.slice(0, 3);
    const pronoun = opening.find((w) => SPEAKER_PRONOUNS.has(w.text.toLowerCase()));
    const named = names.find((m) => !m.possessive && opening.some((w) => w.start === m.start));
    if (named && (!pronoun || named.start < pronoun.start)) return { mention: named };
    if (pronoun) return { pronoun: pronoun.start };
  }
  const candidates: { at: number; found: Found }[] = [];
  // A name after a preposition ("shown to Walsh", "the daughter of John Smith") is not the subject.
  // "Pacific leaders tell …": a name qualifying the plural noun before the verb is not its subject.
  const mention = lastName(
    names.filter(
      (m) =>
        !afterPreposition(text, from, m) &&
        !/^\s+(?!(?:has|was|does|goes)\s)\p{Ll}{2,}[^s\W]s\s+$/u.test(text.slice(m.end, verb.start)),
    ),
    from,
    end,
  );
  if (mention) candidates.push({ at: mention.end, found: { mention } });
  const pronoun = [...before].reverse().find((w) => w.end <= end && SPEAKER_PRONOUNS.has(w.text.toLowerCase()));
  if (pronoun) candidates.push({ at: pronoun.end, found: { pronoun: pronoun.start } });
  const noun = organisationNounSubject(before.filter((w) => w.end <= end));
  if (noun) candidates.push({ at: noun.end, found: { organisationNoun: noun.start } });
  const nearest = candidates.sort((a, b) => b.at - a.at)[0];
  if (!nearest) return null;
  // Too far from the verb to be its subject.
  if (wordsIn(text, nearest.at, end).length > 6) return null;
  return nearest.found;
}

/**
 * "shown to Walsh", "the daughter of John Smith", "A pal of singer Kayleigh Munro": a name after a
 * preposition, its title words between them, is not a subject.
 */
function afterPreposition(text: string, from: number, m: SpeakerMention): boolean {
  let before = text.slice(from, m.start);
  for (let title = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(before); title; ) {
    if (!isRoleWord(title[1] as string)) break;
    before = before.slice(0, title.index + 1);
    title = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(before);
  }
  return /\b(?:to|with|at|by|for|from|of|on|against|about|into)\s+$/i.test(before);
}

/**
 * "Wendell Pryor, a soybean grower from Carroll County, Iowa, and president of the Iowa Soybean
 * Growers, said": a person who opens the sentence, with a comma after the name and before the
 * verb, is its subject however many commas the appositive holds, when no other person is named
 * in it except after a preposition.
 */
function openingNameBeforeAppositive(
  text: string,
  from: number,
  end: number,
  names: readonly SpeakerMention[],
): SpeakerMention | undefined {
  if (!/,\s*$/.test(text.slice(from, end))) return undefined;
  const opening = names.find((m) => m.start >= from && m.end < end && !m.possessive);
  if (
    opening?.kind !== 'person' ||
    wordsIn(text, from, opening.start).length > 1 ||
    !/^,/.test(text.slice(opening.end, end))
  )
    return undefined;
  // "Margaret Dunmore, whose mother, Iris, took the drug …, said": the clause after "who",
  // "whose" or "whom" hangs on the opening name, whoever it names; the verb after it is hers,
  // unless ", and" joins a second subject to her ("X, whose brother …, and her cousin Y, said").
  const appositive = text.slice(opening.end, end);
  if (/^,\s*(?:who|whose|whom)\b/i.test(appositive) && !/,\s*and\s/i.test(appositive)) return opening;
  const others = names.filter(
    (m) => m.kind === 'person' && m.start > opening.end && m.end <= end && !afterPreposition(text, from, m),
  );
  return others.length === 0 ? opening : undefined;
}

/**
 * The names that report speech in a stretch of sentences ("Tom Nguyen, who runs a cafe …, said
 * local traders …"): the subjects of its speech verbs, words inside quotations aside.
 */
export function reportingNames(
  text: string,
  sentences: readonly Range[],
  to: number,
  names: readonly SpeakerMention[],
  insideQuote: (pos: number) => boolean,
): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  for (const sentence of sentences) {
    if (sentence.start >= to) break;
    const words = wordsIn(text, sentence.start, Math.min(sentence.end, to)).filter((w) => !insideQuote(w.start));
    words.forEach((w, i) => {
      const lower = w.text.toLowerCase();
      // "But according to Fenella Dorrington, a former party chair, …": she reports it.
      if (lower === 'according' && words[i + 1]?.text.toLowerCase() === 'to') {
        const mention = names.find((m) => m.start > w.end && m.start < to && !m.possessive);
        if (mention && wordsIn(text, w.end, mention.start).length <= 3) found.push(mention);
        return;
      }
      if (!SPEECH_VERBS.has(lower) || isParticiple(lower)) return;
      const subject = subjectBefore(text, sentence.start, w, words.slice(0, i), names);
      if (subject && 'mention' in subject) found.push(subject.mention);
    });
  }
  return found;
}

/** "spokesperson", "spokesman", "spokeswoman": the voice of an organisation. */
export function isSpokesperson(word: string): boolean {
  return /^spokes(?:man|woman|person)$/i.test(word);
}

/**
 * "the company", "The charity", "the spokesperson": a determiner and an organisation noun (or an
 * organisation's voice) ending the subject; or "the judge", a role noun in lower case, which
 * quotes.ts gives to the one person that role was stated for.
 */
function organisationNounSubject(subject: readonly Word[]): Word | undefined {
  const noun = subject[subject.length - 1];
  const determiner = subject[subject.length - 2];
  if (!noun || !determiner) return undefined;
  if (/^(?:the|its)$/i.test(determiner.text) && (isOrganisationNoun(noun.text) || isSpokesperson(noun.text)))
    return noun;
  if (!isOccupationNoun(noun.text.toLowerCase())) return undefined;
  // "the chief executive said", "the health minister said": up to two lower-case title words
  // between "the" and the role noun.
  let at = subject.length - 2;
  while (at > 0 && at > subject.length - 4 && isTitleWord(subject[at] as Word)) at--;
  return /^the$/i.test(subject[at]?.text ?? '') ? noun : undefined;
}

/** "chief", "health", "lead": a lower-case word of a title before its role noun. */
function isTitleWord(w: Word): boolean {
  const lower = w.text.toLowerCase();
  // "the health-policy analyst": a hyphenated compound in lower case qualifies the noun as one word.
  return w.text === lower && (TITLE_MODIFIERS.has(lower) || isRoleWord(lower) || /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(lower));
}
