/**
 * What quote attribution reads: the article's text and sentences, the names outside quotation
 * marks in reading order, and each quote as it is being attributed (with where its own sentence
 * put a pronoun, a common noun or a name). Made once per article by quotes.ts and passed to the
 * files that weigh who is in reach (speakers-in-reach.ts, reported-speakers.ts, block-quotes.ts).
 */
import type { SpeakerMention } from './quote-attribution';
import type { QuoteSpan, Range } from './quote-marks';

export interface AttributedQuote extends QuoteSpan {
  text: string;
  speaker?: string;
  /** The rule that gave the speaker, or looked for one and refused (extracted-article.ts `rule`). */
  rule?: string;
  /** The role the quote's own "the analyst said" first states for its speaker. */
  statedRole?: string;
}

/** A quote while it is attributed: the offsets of what its own sentence states as its speaker. */
export type WorkingQuote = AttributedQuote & {
  pronounAt?: number;
  nounAt?: number;
  speakerAt?: number;
  speakerEnd?: number;
};

export interface QuoteScene {
  text: string;
  sentences: readonly Range[];
  /** Names outside every quote, in reading order. */
  names: readonly SpeakerMention[];
  insideQuote: (pos: number) => boolean;
  sentenceAt: (pos: number) => Range | undefined;
  paragraphOf: (pos: number) => number;
}

export function quoteScene(
  text: string,
  spans: readonly QuoteSpan[],
  sentences: readonly Range[],
  mentions: readonly SpeakerMention[],
): QuoteScene {
  const insideQuote = (pos: number) => spans.some((s) => pos >= s.open && pos < s.close);
  return {
    text,
    sentences,
    names: mentions.filter((m) => !insideQuote(m.start)).sort((a, b) => a.start - b.start),
    insideQuote,
    sentenceAt: (pos) => sentences.find((s) => pos >= s.start && pos < s.end) ?? sentences[sentences.length - 1],
    paragraphOf: (pos) => sentenceParagraph(sentences, pos),
  };
}

export function sentenceParagraph(sentences: readonly Range[], pos: number): number {
  return (sentences.find((s) => pos >= s.start && pos < s.end) ?? { paragraph: -1 }).paragraph;
}
