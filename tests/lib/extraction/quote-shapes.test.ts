import { describe, expect, it } from 'vitest';
import type { QuoteSpan } from '../../../lib/extraction/quote-marks';
import {
  cleanQuote,
  continuesOpenQuote,
  foldQuote,
  isHeading,
  opensSentence,
  wholeParagraph,
} from '../../../lib/extraction/quote-shapes';
import { documentOf } from '../../helpers/attribution';

/** The paragraphs laid out, and the quote that opens with `opening`. */
function quoteIn(paragraphs: readonly string[], opening: string) {
  const doc = documentOf(paragraphs, []);
  const q = doc.spans.find((s) => doc.text.startsWith(opening, s.start));
  if (!q) throw new Error(`no quote "${opening}"`);
  return { ...doc, q };
}

describe('a quote’s words, cleaned and folded', () => {
  it('drops the ellipsis and spaces before a quote and the punctuation after it', () => {
    expect(cleanQuote(' … and then it went in, ')).toBe('and then it went in');
    expect(cleanQuote('we stay here;')).toBe('we stay here');
    expect(cleanQuote('we stay here: ')).toBe('we stay here');
    expect(cleanQuote('we stay here —')).toBe('we stay here');
    expect(cleanQuote('we stay here –')).toBe('we stay here');
    expect(cleanQuote('we stay here -')).toBe('we stay here');
  });

  it('keeps what ends a sentence, and the punctuation inside', () => {
    expect(cleanQuote('Why not? We stay, here.')).toBe('Why not? We stay, here.');
    expect(cleanQuote('We stay…')).toBe('We stay…');
  });

  it('folds case and punctuation away, so the same words quoted twice compare equal', () => {
    expect(foldQuote('‘They want us gone by Christmas’')).toBe('they want us gone by christmas');
    expect(foldQuote('They want us — gone, by Christmas 2026!')).toBe('they want us gone by christmas 2026');
    expect(foldQuote('…')).toBe('');
  });
});

describe('where a quote sits in its paragraph', () => {
  it('reads a paragraph of one sentence without a full stop as a heading', () => {
    const heading = quoteIn(['‘Should have been retired’', 'The plane was forty years old.'], 'Should');
    expect(isHeading(heading.text, heading.q, heading.sentences)).toBe(true);
    const question = quoteIn(["'Is this the end?': villagers fear the quarry", 'It opens in May.'], 'Is this');
    expect(isHeading(question.text, question.q, question.sentences)).toBe(true);
  });

  it('does not read a sentence that ends in a full stop, a question or an exclamation as a heading', () => {
    for (const line of [
      '“It should have been retired.”',
      '“Should it have been retired?”',
      '“It should have been retired!”',
      '“It should have been retired…”',
      '“It should have been retired” (he said).',
    ]) {
      const { text, q, sentences } = quoteIn([line], '');
      expect(isHeading(text, q, sentences), line).toBe(false);
    }
  });

  it('does not read a paragraph of two sentences as a heading', () => {
    const { text, q, sentences } = quoteIn(['‘Should have been retired.’ Then it crashed into the sea'], 'Should');
    expect(isHeading(text, q, sentences)).toBe(false);
  });

  it('counts a quote that opens its paragraph and fills most of it as the whole paragraph', () => {
    const whole = quoteIn(['“We never gave up, not even at two down,” she said.'], 'We never');
    expect(wholeParagraph(whole.q, whole.sentences)).toBe(true);
    const late = quoteIn(['She said: “We never gave up, not even at two down.”'], 'We never');
    expect(wholeParagraph(late.q, late.sentences)).toBe(false);
    const short = quoteIn(['“We never gave up,” said the captain of the under-twelves side.'], 'We never');
    expect(wholeParagraph(short.q, short.sentences)).toBe(false);
  });

  it('counts a quote of exactly four fifths of its paragraph as the whole paragraph', () => {
    // The quote marks and the 38 characters between them are 40 of the paragraph's 50.
    const paragraph = `“${'a'.repeat(38)}” ${'b'.repeat(9)}`;
    const { q, sentences } = quoteIn([paragraph], 'a');
    expect(paragraph.length).toBe(50);
    expect(wholeParagraph(q, sentences)).toBe(true);
    const { q: shorter, sentences: s2 } = quoteIn([`“${'a'.repeat(37)}” ${'b'.repeat(10)}`], 'a');
    expect(wholeParagraph(shorter, s2)).toBe(false);
  });

  it('tells a quote that opens its sentence from one inside it', () => {
    const opens = quoteIn(['The floods came. “We lost everything in one night,” she said.'], 'We lost');
    expect(opensSentence(opens.q, opens.sentences)).toBe(true);
    const inside = quoteIn(['The floods came. She said “we lost everything in one night”.'], 'we lost');
    expect(opensSentence(inside.q, inside.sentences)).toBe(false);
  });

  it('reads a quote as going on from one the paragraph before left open', () => {
    const paragraphs = ['“We lost everything in one night.', '“Then the water came back.”', '“It never ends.”'];
    const doc = documentOf(paragraphs, []);
    const [first, second, third] = doc.spans as [QuoteSpan, QuoteSpan, QuoteSpan];
    expect(continuesOpenQuote(second, first)).toBe(true);
    expect(continuesOpenQuote(third, second)).toBe(false);
    expect(continuesOpenQuote(third, first)).toBe(false);
    expect(continuesOpenQuote(first, undefined)).toBe(false);
  });
});
