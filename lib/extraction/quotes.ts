/**
 * Who said each quotation (the quote marks themselves are paired in quote-marks.ts).
 * Attribution follows how news copy states it, nearest first:
 * 1. the quote's own sentence names the speaker, after the quote or before it (quote-attribution.ts);
 * 2. "he/she said" → the last named speaker, when nobody else was named in between; else the one
 *    person this paragraph reports speaking ("X said …. “…,” he said."); else the one person of
 *    the right gender named in this paragraph and the one before (a possessive, as in "Holloway's
 *    barrister", is not who "he" is);
 * 3. "the company said" → the one organisation named in this paragraph and the two before;
 * 4. an unattributed quote next to one attributed in the same paragraph, or a paragraph that is all
 *    quote right after a speaker's quote, with no other name in between;
 * 5. a block quotation → the one person named in the paragraph that introduces it (or whom its
 *    "he"/"she" stands for).
 * Anything else gets no speaker: a wrong speaker is worse than none.
 */
import { isRoleWord, SPEAKER_PRONOUNS } from './lexicon';
import { isOrganisationNoun } from './organisation-evidence';
import { paragraphSubjectBefore, reportingPronounBefore, unnamedPersonBefore } from './pronoun-referents';
import {
  afterQuote,
  beforeQuote,
  isSpokesperson,
  reportingNames,
  type SpeakerMention,
  wordsIn,
} from './quote-attribution';
import type { QuoteSpan, Range } from './quote-marks';
import { speakerIntroducedAfter } from './speaker-after-quote';

/** Fewer words than this is a term or scare quote ("root causes"), not a quotation. */
export const MIN_QUOTE_WORDS = 4;

export interface AttributedQuote extends QuoteSpan {
  text: string;
  speaker?: string;
}

type Working = AttributedQuote & { pronounAt?: number; nounAt?: number; speakerAt?: number; speakerEnd?: number };

/** Attributes each quote of at least MIN_QUOTE_WORDS words to a speaker when the text says who. */
export function attributeQuotes(
  text: string,
  spans: readonly QuoteSpan[],
  sentences: readonly Range[],
  mentions: readonly SpeakerMention[],
  /** Each person's stated role, by entity id: "the judge said" is the one judge's. */
  roles: ReadonlyMap<string, string> = new Map(),
): AttributedQuote[] {
  const insideQuote = (pos: number) => spans.some((s) => pos >= s.open && pos < s.close);
  const names = mentions.filter((m) => !insideQuote(m.start)).sort((a, b) => a.start - b.start);
  const sentenceAt = (pos: number) =>
    sentences.find((s) => pos >= s.start && pos < s.end) ?? sentences[sentences.length - 1];
  const paragraphOf = (pos: number) => sentenceParagraph(sentences, pos);
  const quotes: Working[] = spans
    .map((s) => ({ ...s, text: cleanQuote(text.slice(s.start, s.end)) }))
    .filter((q) => wordsIn(q.text, 0, q.text.length).length >= MIN_QUOTE_WORDS);

  // 1: a name stated with the quote.
  for (const q of quotes) {
    if (q.block) {
      attributeBlock(text, q, sentences, names);
      continue;
    }
    const found = afterQuote(text, q, spans, names) ?? beforeQuote(text, q, sentenceAt(q.open), names, insideQuote);
    if (!found) continue;
    if ('pronoun' in found) q.pronounAt = found.pronoun;
    else if ('organisationNoun' in found) q.nounAt = found.organisationNoun;
    else if (found.mention.entity) {
      q.speaker = found.mention.entity;
      q.speakerAt = found.mention.start;
      q.speakerEnd = found.mention.end;
    }
  }
  // The one name of a kind before `at`, in its paragraph and the `back` before it, that `fits`.
  const onlyOne = (at: number, kind: SpeakerMention['kind'], back: number, fits: (m: SpeakerMention) => boolean) => {
    const window = names.filter(
      (m) =>
        m.kind === kind && m.start < at && !m.possessive && paragraphOf(m.start) >= paragraphOf(at) - back && fits(m),
    );
    const entities = new Set(window.map((m) => m.entity));
    return entities.size === 1 ? window[0]?.entity : undefined;
  };
  // "the board said", pages after "the Ghana Cocoa Marketing Board": the one organisation named
  // so far whose name ends in the noun.
  const namedByItsNoun = (at: number) => {
    const noun = /^\p{L}+/u.exec(text.slice(at))?.[0]?.toLowerCase();
    if (!noun) return undefined;
    const named = new Set(
      names
        .filter((m) => m.kind === 'organisation' && m.end <= at)
        .filter((m) => text.slice(m.start, m.end).toLowerCase().endsWith(` ${noun}`))
        .map((m) => m.entity),
    );
    return named.size === 1 ? [...named][0] : undefined;
  };
  // "Northway Nutrition said in a statement that …. / “…,” the company said.": the one organisation
  // the paragraph before (or this one, before the noun) reports speaking, unless its name ends in
  // another organisation's noun ("the company" is not the "… Inspection Agency").
  const organisationReportedBefore = (paragraph: number, at: number) => {
    const noun = (wordsIn(text, at, at + 30)[0]?.text ?? '').toLowerCase();
    const around = sentences.filter(
      (s) => s.paragraph === paragraph - 1 || (s.paragraph === paragraph && s.start < at),
    );
    const voices = reportingNames(text, around, at, names, insideQuote).filter(
      (m) => m.kind === 'organisation' && m.entity !== undefined,
    );
    const entity = voices[0]?.entity;
    if (!entity || voices.some((m) => m.entity !== entity)) return undefined;
    const head = (
      wordsIn(text, (voices[0] as SpeakerMention).start, (voices[0] as SpeakerMention).end).pop()?.text ?? ''
    ).toLowerCase();
    return isOrganisationNoun(head) && head !== noun ? undefined : entity;
  };
  // "Asked about Carvalho, who only joined in January, she said: “…”": whom a fronted question was
  // about is not who answers it.
  const askedAbout = (m: SpeakerMention, at: number) => {
    const own = sentenceAt(at);
    return (
      own !== undefined && m.start >= own.start && /^\W*Asked\s+about\b[^.;:]*$/.test(text.slice(own.start, m.start))
    );
  };
  const addressed = (m: SpeakerMention) =>
    /\b(?:told|tells|telling|asked|asks)\s+$/i.test(text.slice(Math.max(0, m.start - 9), m.start));
  // "Ms Pavlovic, 28, woke …" / "…, she said she had moved …" / "“…,” she wrote.": when the
  // paragraph and the one before name nobody, the one person of the paragraph before them, if
  // the pronoun's gender is known to be theirs.
  const onlyPersonTwoBack = (at: number, gender: 'male' | 'female' | undefined) => {
    const paragraph = paragraphOf(at);
    const window = names.filter(
      (m) => m.kind === 'person' && m.start < at && paragraphOf(m.start) >= paragraph - 2 && !m.possessive,
    );
    if (!gender || window.some((m) => paragraphOf(m.start) >= paragraph - 1)) return undefined;
    const entities = new Set(window.map((m) => m.entity));
    const entity = entities.size === 1 ? window[0]?.entity : undefined;
    return entity && genderOf(entity) === gender ? entity : undefined;
  };
  const genderOf = (entity: string | undefined) => names.find((m) => m.entity === entity && m.gender)?.gender;
  // "Pham's wife, Linh, says …" / "“…,” she says.": the one person the paragraph before reports
  // speaking, when no other person is named after that report and before the quote.
  // `until`: a "he said" does not reach past a person its own paragraph names before it.
  const reporterBefore = (paragraph: number, fits: (m: SpeakerMention) => boolean, until?: number) => {
    const before = sentences.filter((s) => s.paragraph === paragraph - 1);
    const last = before[before.length - 1];
    if (!last) return undefined;
    const reported = reportingNames(text, before, last.end, names, insideQuote).filter(
      (m) => m.kind === 'person' && !m.possessive && m.entity !== undefined && fits(m),
    );
    const entity = reported[0]?.entity;
    if (!entity || reported.some((m) => m.entity !== entity)) return undefined;
    const latest = reported[reported.length - 1] as SpeakerMention;
    const quoteStart = until ?? sentences.find((s) => s.paragraph === paragraph)?.start ?? last.end;
    const others = names.some(
      (m) => m.kind === 'person' && m.start > latest.end && m.start < quoteStart && m.entity !== entity,
    );
    return others ? undefined : entity;
  };
  // "“…,” Delacroix said. Hodge said she supported more beds. “…,” she said.": of two people this
  // paragraph reports speaking, the one reported in the quote's sentence or the one before it,
  // when nobody else is named since.
  const nearestReporter = (
    at: number,
    open: number,
    paragraph: readonly Range[],
    fits: (entity: string | undefined) => boolean,
  ) => {
    const own = paragraph.findIndex((s) => open >= s.start && open < s.end);
    const from = paragraph[Math.max(0, own - 1)]?.start ?? at;
    const last = reportingNames(text, paragraph, at, names, insideQuote)
      .filter((m) => m.kind === 'person' && !m.possessive && fits(m.entity))
      .pop();
    if (!last?.entity || last.start < from) return undefined;
    const since = names.some(
      (m) => m.kind === 'person' && m.start > last.end && m.start < at && m.entity !== last.entity,
    );
    return since ? undefined : last.entity;
  };
  const opensSentence = (q: QuoteSpan) => sentences.some((s) => s.start === q.open);
  const speakerEarlierInParagraph = (q: QuoteSpan): string | undefined => {
    const before = sentences.filter((s) => s.paragraph === q.paragraph && s.end <= q.open);
    // The quote fills its sentence: "“Justice at last,” read a sign." says something else spoke it.
    const own = sentenceAt(q.open);
    if (before.length === 0 || !own || /[\p{L}\p{N}]/u.test(text.slice(q.close, own.end))) return undefined;
    const from = (before[0] as Range).start;
    const people = names.filter((m) => m.kind === 'person' && m.start >= from && m.end <= q.open);
    const entity = people[0]?.entity;
    if (!entity || people.some((m) => m.entity !== entity)) return undefined;
    if (reportingNames(text, before, q.open, names, insideQuote).some((m) => m.entity === entity)) return entity;
    // The name is the subject: it opens its sentence (an honorific or a title before it at most).
    const subject = people.some(
      (m) => !m.possessive && before.some((s) => wordsIn(text, s.start, m.start).length <= 1 && m.start >= s.start),
    );
    return subject ? entity : undefined;
  };
  // 2–4: pronouns, "the company" and continuations, in reading order so that each can lean on the last.
  quotes.forEach((q, index) => {
    if (q.speaker) return;
    const earlier = quotes
      .slice(0, index)
      .reverse()
      .find((e) => e.speaker);
    // "“…,” Judge O’Sullivan told Kerr. “…”": whom the speaker told is not another speaker.
    const onlyNameSince = (from: number, to: number, entity: string) =>
      !names.some(
        (m) =>
          m.kind === 'person' &&
          m.start >= from &&
          m.start < to &&
          m.entity !== entity &&
          !addressed(m) &&
          !askedAbout(m, to),
      );
    // "She said the tanker had not come. “They told us …”": the quote goes on with her words.
    if (q.pronounAt === undefined && q.nounAt === undefined && !wholeParagraph(q, sentences) && opensSentence(q)) {
      const own = sentenceAt(q.open);
      if (own && !/[\p{L}\p{N}]/u.test(text.slice(q.close, own.end)))
        q.pronounAt = reportingPronounBefore(text, sentences, q.open, names);
    }
    const pronounAt = q.pronounAt;
    if (pronounAt !== undefined) {
      // "My daughter is nine. Last month she asked me, “…”": she is nobody the article names.
      if (unnamedPersonBefore(text, sentences, pronounAt, names, insideQuote)) return;
      const pronoun = text.slice(pronounAt, pronounAt + 4).toLowerCase();
      const pronounGender = /^she\b/.test(pronoun) ? 'female' : /^he\b/.test(pronoun) ? 'male' : undefined;
      const fits = (entity: string | undefined) => {
        const gender = genderOf(entity);
        return gender === undefined || pronounGender === undefined || gender === pronounGender;
      };
      const since = Math.max(earlier?.close ?? 0, earlier?.speakerEnd ?? 0);
      if (
        earlier?.speaker &&
        fits(earlier.speaker) &&
        q.paragraph - earlier.paragraph <= 3 &&
        onlyNameSince(since, pronounAt, earlier.speaker)
      ) {
        q.speaker = earlier.speaker;
        return;
      }
      // "Tom Nguyen, who runs a cafe …, said local traders …. “…,” he said.": the one person this
      // paragraph reports speaking; else the one person of the pronoun's gender named around it.
      const paragraph = sentences.filter((s) => s.paragraph === q.paragraph);
      const reporting = new Set(
        reportingNames(text, paragraph, pronounAt, names, insideQuote)
          .filter((m) => m.kind === 'person' && !m.possessive && fits(m.entity))
          .map((m) => m.entity),
      );
      const reporter = reporting.size === 1 ? [...reporting][0] : nearestReporter(pronounAt, q.open, paragraph, fits);
      // "“…,” said Andriy Yermak. / Vladimir Putin did not attend. “…,” he said.": with a person
      // quoted just before, the paragraph's subject is as likely to be spoken of as speaking.
      const lastVoiceWasPerson =
        earlier?.speaker !== undefined &&
        q.paragraph - earlier.paragraph <= 3 &&
        names.some((m) => m.entity === earlier.speaker && m.kind === 'person');
      const speaker =
        reporter ??
        (reporting.size === 0 ? reporterBefore(q.paragraph, (m) => fits(m.entity), pronounAt) : undefined) ??
        (lastVoiceWasPerson
          ? undefined
          : paragraphSubjectBefore(text, sentences, names, pronounAt, (m) => fits(m.entity))) ??
        onlyOne(pronounAt, 'person', 1, (m) => fits(m.entity)) ??
        onlyPersonTwoBack(pronounAt, pronounGender);
      if (speaker) q.speaker = speaker;
      return;
    }
    const noun = q.nounAt === undefined ? '' : (wordsIn(text, q.nounAt, q.nounAt + 30)[0]?.text ?? '');
    if (q.nounAt !== undefined && isRoleWord(noun) && !isSpokesperson(noun)) {
      // "But the judge said …": the one person named so far whose stated role ends in that noun.
      const holders = new Set(
        names
          .filter((m) => m.kind === 'person' && m.entity !== undefined && m.start < (q.nounAt as number))
          .map((m) => m.entity as string)
          .filter((entity) => new RegExp(`(?:^|\\s)${noun}$`, 'i').test(roles.get(entity) ?? '')),
      );
      if (holders.size === 1) q.speaker = [...holders][0];
      return;
    }
    if (q.nounAt !== undefined) {
      // "the spokesperson" speaks for the one organisation whose spokesperson this paragraph or
      // the one before introduced ("A Fellside Water spokesperson said"), and for no one else.
      const spokesperson = isSpokesperson(wordsIn(text, q.nounAt, q.nounAt + 20)[0]?.text ?? '');
      const voiced = (m: SpeakerMention) => /^\s+spokes(?:man|woman|person)\b/.test(text.slice(m.end, m.end + 20));
      // "the company" reaches further back than "she": an article names its company less often.
      const speaker = spokesperson
        ? onlyOne(q.nounAt, 'organisation', 1, voiced)
        : (onlyOne(q.nounAt, 'organisation', 2, () => true) ??
          namedByItsNoun(q.nounAt) ??
          organisationReportedBefore(q.paragraph, q.nounAt));
      if (speaker) q.speaker = speaker;
      return;
    }
    // A heading that is a quote ("‘Should have been retired’") continues nobody's words.
    if (isHeading(text, q, sentences)) return;
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
    } else if (wholeParagraph(q, sentences) && !continuesOpenQuote(q, quotes[index - 1])) {
      // A new person introduced right after the quote spoke it, or at least the last speaker did not.
      const introduced = speakerIntroducedAfter(text, q, sentences, names);
      if (introduced) {
        if ('speaker' in introduced) q.speaker = introduced.speaker;
      } else if (
        earlier?.speaker &&
        q.paragraph - earlier.paragraph <= 2 &&
        onlyNameSince(earlier.close, q.open, earlier.speaker)
      )
        q.speaker = earlier.speaker;
      else {
        // "Pōmare-Reihana … says he won't stop coming …" / "“She's just a baby. …”": a paragraph
        // of quotation goes to the one person the paragraph before reports speaking.
        const reporter = reporterBefore(q.paragraph, () => true);
        if (reporter) q.speaker = reporter;
      }
    } else if (!wholeParagraph(q, sentences) && opensSentence(q)) {
      // "Mayor Ani Te Whata said people should stay away. “The best thing …”", "Mr Leota was
      // unmoved. “We have heard that before.”": the one person the sentences before it in its
      // paragraph report speaking, else the one person they name, who opens one of them.
      const speaker = speakerEarlierInParagraph(q);
      if (speaker) q.speaker = speaker;
    } else if (
      earlier?.speaker &&
      wholeParagraph(q, sentences) &&
      q.paragraph - earlier.paragraph <= 2 &&
      onlyNameSince(earlier.close, q.open, earlier.speaker)
    ) {
      q.speaker = earlier.speaker;
    }
  });
  // A headline or heading that repeats words the body quotes ("‘They want us gone by Christmas’")
  // is the speaker of those words.
  for (const q of quotes) {
    if (q.speaker || !isHeading(text, q, sentences)) continue;
    const words = foldQuote(q.text);
    const echoed = quotes.filter((o) => o !== q && o.speaker && foldQuote(o.text).includes(words));
    const speakers = new Set(echoed.map((o) => o.speaker));
    if (speakers.size === 1) q.speaker = echoed[0]?.speaker;
  }
  return quotes.map(({ pronounAt: _p, nounAt: _n, speakerAt: _s, speakerEnd: _e, ...q }) => q);
}

/**
 * A block quotation is introduced by the paragraph before it ("Here's how it works."): the one
 * person it names, or, when it names nobody, what its "he"/"she" stands for ("Here is what she
 * told the forum:").
 */
function attributeBlock(text: string, q: Working, sentences: readonly Range[], names: readonly SpeakerMention[]): void {
  const intro = sentences.filter((s) => s.paragraph === q.paragraph - 1);
  const inIntro = names.filter((m) => m.kind === 'person' && sentenceParagraph(sentences, m.start) === q.paragraph - 1);
  const people = new Set(inIntro.map((m) => m.entity));
  if (people.size === 1 && inIntro[0]?.entity) q.speaker = inIntro[0].entity;
  if (inIntro.length > 0 || intro.length === 0) return;
  const words = wordsIn(text, (intro[0] as Range).start, (intro[intro.length - 1] as Range).end);
  const pronoun = words.find((w) => /^(?:he|she)$/i.test(w.text) && SPEAKER_PRONOUNS.has(w.text.toLowerCase()));
  if (pronoun) q.pronounAt = pronoun.start;
}

function sentenceParagraph(sentences: readonly Range[], pos: number): number {
  return (sentences.find((s) => pos >= s.start && pos < s.end) ?? { paragraph: -1 }).paragraph;
}

function cleanQuote(quote: string): string {
  return quote.replace(/^[\s…]+|[\s,;:—–-]+$/g, '');
}

/** The quote reopens one left open at the end of the paragraph before (the same speaker goes on). */
function continuesOpenQuote(q: QuoteSpan, previous: QuoteSpan | undefined): boolean {
  return previous !== undefined && previous.paragraph === q.paragraph - 1 && previous.end === previous.close;
}

/** A quote's words, lower-case, without punctuation: to find the same words quoted twice. */
function foldQuote(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * A headline or subheading that is, or holds, a quotation: a paragraph of one sentence without a
 * full stop, question or exclamation mark at its end ("‘Should have been retired’", "'Is this the
 * end?': villagers fear …").
 */
function isHeading(text: string, q: QuoteSpan, sentences: readonly Range[]): boolean {
  const inParagraph = sentences.filter((s) => s.paragraph === q.paragraph);
  const only = inParagraph[0];
  if (!only || inParagraph.length !== 1) return false;
  return !/[.!?…]["'”’)\]]*$/u.test(text.slice(only.start, only.end).trim());
}

/** A quote that opens its paragraph and fills most of it. */
function wholeParagraph(q: QuoteSpan, sentences: readonly Range[]): boolean {
  const inParagraph = sentences.filter((s) => s.paragraph === q.paragraph);
  const start = inParagraph[0]?.start ?? q.open;
  const end = inParagraph[inParagraph.length - 1]?.end ?? q.close;
  return q.open === start && q.close - q.open >= 0.8 * (end - start);
}
