/**
 * Who said each quotation (the quote marks themselves are paired in quote-marks.ts).
 * Attribution follows how news copy states it, nearest first:
 * 1. right after the quote: "“…,” Peskov told journalists", "“…,” said Mr. Reeves, a fellow…";
 * 2. before it, in its sentence: "Obama said it was “…”", "Medinsky …, stating that … “…”",
 *    "according to X", "X …: “…”";
 * 3. "he/she said" → the last named speaker, only when nobody else was named in between;
 * 4. an unattributed quote next to one attributed in the same paragraph, or a paragraph that is all
 *    quote right after a speaker's quote, with no other name in between.
 * Anything else gets no speaker: a wrong speaker is worse than none.
 */
import { HONORIFICS, isParticiple, SPEAKER_PRONOUNS, SPEECH_VERBS } from './lexicon';
import type { QuoteSpan, Range } from './quote-marks';

/** Fewer words than this is a term or scare quote ("root causes"), not a quotation. */
export const MIN_QUOTE_WORDS = 4;

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

export interface AttributedQuote extends QuoteSpan {
  text: string;
  speaker?: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  // Inner full stops stay ("U.S"), a final one does not ("Mr", "chanted").
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    words.push({ text: m[0].replace(/[.’']+$/, ''), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** Attributes each quote of at least MIN_QUOTE_WORDS words to a speaker when the text says who. */
export function attributeQuotes(
  text: string,
  spans: readonly QuoteSpan[],
  sentences: readonly Range[],
  mentions: readonly SpeakerMention[],
): AttributedQuote[] {
  const insideQuote = (pos: number) => spans.some((s) => pos >= s.open && pos < s.close);
  const names = mentions.filter((m) => !insideQuote(m.start)).sort((a, b) => a.start - b.start);
  const sentenceAt = (pos: number) =>
    sentences.find((s) => pos >= s.start && pos < s.end) ?? sentences[sentences.length - 1];
  const quotes: (AttributedQuote & { pronounAt?: number; speakerAt?: number; speakerEnd?: number })[] = spans
    .map((s) => ({ ...s, text: cleanQuote(text.slice(s.start, s.end)) }))
    .filter((q) => wordsIn(q.text, 0, q.text.length).length >= MIN_QUOTE_WORDS);

  // 1–2: a name stated with the quote.
  for (const q of quotes) {
    if (q.block) {
      // A block quotation is introduced by the paragraph before it ("Here's how it works.").
      const before = names.filter(
        (m) => m.kind === 'person' && sentenceParagraph(sentences, m.start) === q.paragraph - 1,
      );
      const people = new Set(before.map((m) => m.entity));
      if (people.size === 1 && before[0]?.entity) q.speaker = before[0].entity;
      continue;
    }
    const found = afterQuote(text, q, spans, names) ?? beforeQuote(text, q, sentenceAt(q.open), names, insideQuote);
    if (!found) continue;
    if ('pronoun' in found) q.pronounAt = found.pronoun;
    else if (found.mention.entity) {
      q.speaker = found.mention.entity;
      q.speakerAt = found.mention.start;
      q.speakerEnd = found.mention.end;
    }
  }
  // 3–4: pronouns and continuations, in reading order so that each can lean on the last.
  quotes.forEach((q, index) => {
    if (q.speaker) return;
    const earlier = quotes
      .slice(0, index)
      .reverse()
      .find((e) => e.speaker);
    const onlyNameSince = (from: number, to: number, entity: string) =>
      !names.some((m) => m.kind === 'person' && m.start >= from && m.start < to && m.entity !== entity);
    const pronounAt = q.pronounAt;
    if (pronounAt !== undefined) {
      const pronounGender = /^she\b/i.test(text.slice(pronounAt, pronounAt + 4)) ? 'female' : 'male';
      const fits = (entity: string | undefined) => {
        const gender = names.find((m) => m.entity === entity && m.gender)?.gender;
        return gender === undefined || gender === pronounGender;
      };
      if (earlier?.speaker && !fits(earlier.speaker)) return;
      const since = Math.max(earlier?.close ?? 0, earlier?.speakerEnd ?? 0);
      if (
        earlier?.speaker &&
        q.paragraph - earlier.paragraph <= 3 &&
        onlyNameSince(since, pronounAt, earlier.speaker)
      ) {
        q.speaker = earlier.speaker;
        return;
      }
      // No quote before: the one person named in this paragraph and the one before it.
      const window = names.filter(
        (m) => m.kind === 'person' && m.start < pronounAt && sentenceParagraph(sentences, m.start) >= q.paragraph - 1,
      );
      const people = new Set(window.map((m) => m.entity));
      if (people.size === 1 && window[0]?.entity && fits(window[0].entity)) q.speaker = window[0].entity;
      return;
    }
    // A neighbour in the same paragraph, with no other name between them.
    const later = quotes.slice(index + 1).find((l) => l.speaker && l.paragraph === q.paragraph);
    if (
      earlier?.speaker &&
      earlier.paragraph === q.paragraph &&
      onlyNameSince(earlier.close, q.open, earlier.speaker)
    ) {
      q.speaker = earlier.speaker;
    } else if (later?.speaker && onlyNameSince(q.close, later.speakerAt ?? later.open, later.speaker)) {
      q.speaker = later.speaker;
    } else if (
      earlier?.speaker &&
      wholeParagraph(q, sentences) &&
      q.paragraph - earlier.paragraph <= 2 &&
      onlyNameSince(earlier.close, q.open, earlier.speaker)
    ) {
      q.speaker = earlier.speaker;
    }
  });
  return quotes.map(({ pronounAt: _p, speakerAt: _s, speakerEnd: _e, ...q }) => q);
}

function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || HONORIFICS.has(word.toLowerCase());
}

function sentenceParagraph(sentences: readonly Range[], pos: number): number {
  return (sentences.find((s) => pos >= s.start && pos < s.end) ?? { paragraph: -1 }).paragraph;
}

function cleanQuote(quote: string): string {
  return quote.replace(/^[\s…]+|[\s,;:—–-]+$/g, '');
}

/** A quote that opens its paragraph and fills most of it. */
function wholeParagraph(q: QuoteSpan, sentences: readonly Range[]): boolean {
  const inParagraph = sentences.filter((s) => s.paragraph === q.paragraph);
  const start = inParagraph[0]?.start ?? q.open;
  const end = inParagraph[inParagraph.length - 1]?.end ?? q.close;
  return q.open === start && q.close - q.open >= 0.8 * (end - start);
}

type Found = { mention: SpeakerMention } | { pronoun: number };

/** The last name (not a possessive) in `[from, to)`: the head of a subject. */
function lastName(names: readonly SpeakerMention[], from: number, to: number): SpeakerMention | undefined {
  return names.filter((m) => m.start >= from && m.end <= to && !m.possessive).pop();
}

/** "“…,” Peskov told journalists", "“…,” said Mr. Reeves", "“…,” he added". */
function afterQuote(
  text: string,
  q: QuoteSpan,
  spans: readonly QuoteSpan[],
  names: readonly SpeakerMention[],
): Found | null {
  const next = spans.find((s) => s.open >= q.close);
  const paragraphEnd = text.indexOf('\n', q.close);
  const limit = Math.min(next?.open ?? text.length, paragraphEnd < 0 ? text.length : paragraphEnd);
  const words = wordsIn(text, q.close, limit).slice(0, 10);
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
    return mention && wordsIn(text, verbWord.end, mention.start).length <= 6 ? { mention } : null;
  }
  const subject = words.slice(0, verb);
  if (subject.length === 1 && SPEAKER_PRONOUNS.has((subject[0] as Word).text.toLowerCase()))
    return { pronoun: (subject[0] as Word).start };
  const mention = lastName(names, q.close, verbWord.start);
  return mention ? { mention } : null;
}

/** "X said it was “…”", "X, who …, said “…”", "…, stating that … “…”", "according to X", "X …: “…”". */
function beforeQuote(
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
    if (isParticiple(lower)) {
      const mention = names.find((m) => m.start >= from && m.end <= w.start && !m.possessive);
      if (mention) return { mention };
      const first = words[0];
      return first && SPEAKER_PRONOUNS.has(first.text.toLowerCase()) ? { pronoun: first.start } : null;
    }
    return subjectBefore(text, from, w, words.slice(0, i), names);
  }
  // "Alverson summed up the journey …: “…”": the sentence's opening name.
  if (/:\s*$/.test(text.slice(from, q.open))) {
    const opening = words.slice(0, 3);
    const mention = names.find((m) => m.start >= from && opening.some((w) => w.start === m.start) && !m.possessive);
    if (mention) return { mention };
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
  // "Eric Reeves, one of the leading American academic voices on Sudan, said": skip the appositive.
  const clause = text.slice(from, end);
  if (/,\s*$/.test(clause)) {
    const segment = clause.replace(/,\s*$/, '');
    const previousComma = segment.lastIndexOf(',');
    // "her brother, the shipping executive Lars Berg, called it …": a segment that ends with a
    // name is the subject itself, not an appositive to skip.
    const named = lastName(names, from + Math.max(0, previousComma), from + segment.length);
    const endsWithName = named !== undefined && text.slice(named.end, from + segment.length).trim() === '';
    if (previousComma > 0 && !endsWithName) end = from + previousComma;
  }
  const candidates: { at: number; found: Found }[] = [];
  const mention = lastName(names, from, end);
  if (mention) candidates.push({ at: mention.end, found: { mention } });
  const pronoun = [...before].reverse().find((w) => w.end <= end && SPEAKER_PRONOUNS.has(w.text.toLowerCase()));
  if (pronoun) candidates.push({ at: pronoun.end, found: { pronoun: pronoun.start } });
  const nearest = candidates.sort((a, b) => b.at - a.at)[0];
  if (!nearest) return null;
  // Too far from the verb to be its subject.
  if (wordsIn(text, nearest.at, end).length > 6) return null;
  return nearest.found;
}
