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
 * Anything else gets no speaker: a wrong speaker is worse than none. What each rule reads is in
 * quote-scene.ts; who is in reach, in speakers-in-reach.ts and reported-speakers.ts; pronouns and
 * common nouns, in pronoun-speakers.ts and noun-speakers.ts; block quotations, in block-quotes.ts.
 */
import { attributeBlock } from './block-quotes';
import { nounSpeaker, ROLE_FIRST_STATED, rolePhraseAt } from './noun-speakers';
import { reportingPronounBefore } from './pronoun-referents';
import { pronounSpeaker } from './pronoun-speakers';
import { afterQuote, beforeQuote, type SpeakerMention, wordsIn } from './quote-attribution';
import type { QuoteSpan, Range } from './quote-marks';
import { type AttributedQuote, quoteScene, type WorkingQuote } from './quote-scene';
import { cleanQuote, continuesOpenQuote, foldQuote, isHeading, opensSentence, wholeParagraph } from './quote-shapes';
import { reporterBefore, speakerEarlierInParagraph } from './reported-speakers';
import { speakerIntroducedAfter } from './speaker-after-quote';
import { onlyNameSince } from './speakers-in-reach';

/** Fewer words than this is a term or scare quote ("root causes"), not a quotation. */
export const MIN_QUOTE_WORDS = 4;

/** Attributes each quote of at least MIN_QUOTE_WORDS words to a speaker when the text says who. */
export function attributeQuotes(
  text: string,
  spans: readonly QuoteSpan[],
  sentences: readonly Range[],
  mentions: readonly SpeakerMention[],
  /** Each person's stated role, by entity id: "the judge said" is the one judge's. */
  roles: ReadonlyMap<string, string> = new Map(),
): AttributedQuote[] {
  const scene = quoteScene(text, spans, sentences, mentions);
  const known = new Map(roles);
  const { names, insideQuote, sentenceAt } = scene;
  const quotes: WorkingQuote[] = spans
    .map((s) => ({ ...s, text: cleanQuote(text.slice(s.start, s.end)) }))
    .filter((q) => wordsIn(q.text, 0, q.text.length).length >= MIN_QUOTE_WORDS);

  // 1: a name stated with the quote.
  for (const q of quotes) {
    if (q.block) {
      attributeBlock(text, q, sentences, names);
      continue;
    }
    const after = afterQuote(text, q, spans, names);
    const found = after ?? beforeQuote(text, q, sentenceAt(q.open), names, insideQuote);
    if (!found) continue;
    if ('pronoun' in found) q.pronounAt = found.pronoun;
    else if ('organisationNoun' in found) q.nounAt = found.organisationNoun;
    else {
      q.rule = after ? 'name after quote' : 'name before quote';
      if (!found.mention.entity) continue;
      q.speaker = found.mention.entity;
      q.speakerAt = found.mention.start;
      q.speakerEnd = found.mention.end;
    }
  }
  // 2–4: pronouns, "the company" and continuations, in reading order so that each can lean on the last.
  quotes.forEach((q, index) => {
    if (q.speaker) return;
    const earlier = quotes
      .slice(0, index)
      .reverse()
      .find((e) => e.speaker);
    // "She said the tanker had not come. “They told us …”": the quote goes on with her words.
    if (
      q.pronounAt === undefined &&
      q.nounAt === undefined &&
      !wholeParagraph(q, sentences) &&
      opensSentence(q, sentences)
    ) {
      const own = sentenceAt(q.open);
      if (own && !/[\p{L}\p{N}]/u.test(text.slice(q.close, own.end))) {
        q.pronounAt = reportingPronounBefore(text, sentences, q.open, names);
        if (q.pronounAt !== undefined) q.rule = 'sentence before';
      }
    }
    // "block quote → pronoun: last speaker": how the pronoun was reached, then what it stood for.
    const via = q.rule;
    const note = (rule: string) => {
      q.rule = via ? `${via} → ${rule}` : rule;
    };
    if (q.pronounAt !== undefined) {
      const speaker = pronounSpeaker(scene, q, q.pronounAt, earlier, note);
      if (speaker) q.speaker = speaker;
      return;
    }
    if (q.nounAt !== undefined) {
      const speaker = nounSpeaker(scene, q, q.nounAt, known, note);
      if (speaker) q.speaker = speaker;
      // "the analyst said" of someone introduced without a role states it: later quotes read it too.
      if (speaker && q.rule?.endsWith(ROLE_FIRST_STATED)) {
        q.statedRole = rolePhraseAt(text, q.nounAt);
        known.set(speaker, q.statedRole);
      }
      return;
    }
    // A heading that is a quote ("‘Should have been retired’") continues nobody's words.
    if (isHeading(text, q, sentences)) return;
    // A neighbour in the same paragraph, with no other name between them.
    const later = quotes.slice(index + 1).find((l) => l.speaker && l.paragraph === q.paragraph);
    if (
      earlier?.speaker &&
      earlier.paragraph === q.paragraph &&
      onlyNameSince(scene, earlier.close, q.open, earlier.speaker)
    ) {
      q.rule = 'neighbour before in paragraph';
      q.speaker = earlier.speaker;
    } else if (later?.speaker && onlyNameSince(scene, q.close, later.speakerAt ?? later.open, later.speaker)) {
      q.rule = 'neighbour after in paragraph';
      q.speaker = later.speaker;
    } else if (wholeParagraph(q, sentences) && !continuesOpenQuote(q, quotes[index - 1])) {
      // A new person introduced right after the quote spoke it, or at least the last speaker did not.
      const introduced = speakerIntroducedAfter(text, q, sentences, names);
      if (introduced) {
        q.rule = 'speaker introduced after';
        if ('speaker' in introduced) q.speaker = introduced.speaker;
      } else if (
        earlier?.speaker &&
        q.paragraph - earlier.paragraph <= 2 &&
        onlyNameSince(scene, earlier.close, q.open, earlier.speaker)
      ) {
        q.rule = 'paragraph carry';
        q.speaker = earlier.speaker;
      } else {
        // "Pōmare-Reihana … says he won't stop coming …" / "“She's just a baby. …”": a paragraph
        // of quotation goes to the one person the paragraph before reports speaking.
        q.rule = 'reporter in paragraph before';
        const reporter = reporterBefore(scene, q.paragraph, () => true);
        if (reporter) q.speaker = reporter;
      }
    } else if (!wholeParagraph(q, sentences) && opensSentence(q, sentences)) {
      // A quote sentence after sentences of its paragraph about one person (reported-speakers.ts).
      q.rule = 'subject earlier in paragraph';
      const speaker = speakerEarlierInParagraph(scene, q);
      if (speaker) q.speaker = speaker;
    } else if (
      earlier?.speaker &&
      wholeParagraph(q, sentences) &&
      q.paragraph - earlier.paragraph <= 2 &&
      onlyNameSince(scene, earlier.close, q.open, earlier.speaker)
    ) {
      q.rule = 'paragraph carry (open quote)';
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
    if (echoed.length > 0) q.rule = 'heading echoes body';
    if (speakers.size === 1) q.speaker = echoed[0]?.speaker;
  }
  return quotes.map(({ pronounAt: _p, nounAt: _n, speakerAt: _s, speakerEnd: _e, ...q }) => q);
}
