/**
 * Where a quote sits in its paragraph, which decides which attribution rules may read it: a
 * heading that is a quote, a quote that fills its paragraph, one that opens its sentence, one that
 * reopens a quote left open at the end of the paragraph before; and a quote's words cleaned and
 * folded for comparison.
 */
import type { QuoteSpan, Range } from './quote-marks';

export function cleanQuote(quote: string): string {
  return quote.replace(/^[\s…]+|[\s,;:—–-]+$/g, '');
}

/** The quote reopens one left open at the end of the paragraph before (the same speaker goes on). */
export function continuesOpenQuote(q: QuoteSpan, previous: QuoteSpan | undefined): boolean {
  return previous !== undefined && previous.paragraph === q.paragraph - 1 && previous.end === previous.close;
}

/** A quote's words, lower-case, without punctuation: to find the same words quoted twice. */
export function foldQuote(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * A headline or subheading that is, or holds, a quotation: a paragraph of one sentence without a
 * full stop, question or exclamation mark at its end ("‘Should have been retired’", "'Is this the
 * end?': villagers fear …").
 */
export function isHeading(text: string, q: QuoteSpan, sentences: readonly Range[]): boolean {
  const inParagraph = sentences.filter((s) => s.paragraph === q.paragraph);
  const only = inParagraph[0];
  if (!only || inParagraph.length !== 1) return false;
  return !/[.!?…]["'”’)\]]*$/u.test(text.slice(only.start, only.end).trim());
}

/** A quote that opens its paragraph and fills most of it. */
export function wholeParagraph(q: QuoteSpan, sentences: readonly Range[]): boolean {
  const inParagraph = sentences.filter((s) => s.paragraph === q.paragraph);
  const start = inParagraph[0]?.start ?? q.open;
  const end = inParagraph[inParagraph.length - 1]?.end ?? q.close;
  return q.open === start && q.close - q.open >= 0.8 * (end - start);
}

/** A quote whose opening mark opens its sentence. */
export function opensSentence(q: QuoteSpan, sentences: readonly Range[]): boolean {
  return sentences.some((s) => s.start === q.open);
}
