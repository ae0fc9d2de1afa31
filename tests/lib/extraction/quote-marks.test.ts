import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../lib/extraction/quote-marks';

const quoted = (text: string) =>
  findQuoteSpans(text, [{ start: 0, end: text.length, paragraph: 0 }]).map((s) => text.slice(s.start, s.end));

describe('finding quotes', () => {
  it('finds curly and straight double quotes', () => {
    expect(quoted('He said “we are ready to talk” and "we will stay here".')).toEqual([
      'we are ready to talk',
      'we will stay here',
    ]);
  });

  it('tells British single quotes from apostrophes', () => {
    expect(quoted('Umerov’s aide said ‘it’s not over, the leaders’ plan stands’, and left.')).toEqual([
      'it’s not over, the leaders’ plan stands',
    ]);
    expect(quoted('It’s Umerov’s team, and the leaders’ choice.')).toEqual([]);
  });

  it('keeps a quote inside a quote part of the outer one', () => {
    expect(quoted('“He told me ‘never again’ and walked out,” she said.')).toEqual([
      'He told me ‘never again’ and walked out,',
    ]);
  });

  it('runs a quote left open to the end of its paragraph', () => {
    expect(quoted('“This goes on and on across paragraphs')).toEqual(['This goes on and on across paragraphs']);
  });
});

describe('a British single quote that goes on in the next paragraph', () => {
  it('runs a single quote that opens a paragraph to its end when the next paragraph reopens it', () => {
    const text = '‘Ask anybody on the street where to get bread.\n‘Ask the grandmothers. Ask the police, even.’';
    const spans = findQuoteSpans(text, [
      { start: 0, end: 46, paragraph: 0 },
      { start: 47, end: text.length, paragraph: 1 },
    ]).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'Ask anybody on the street where to get bread.',
      'Ask the grandmothers. Ask the police, even.',
    ]);
  });

  it('does not run a single quote to the end of its paragraph when the next does not reopen it', () => {
    const text = '‘Ask anybody on the street where to get bread.\nThe shop closes on Friday.';
    const spans = findQuoteSpans(text, [
      { start: 0, end: 46, paragraph: 0 },
      { start: 47, end: text.length, paragraph: 1 },
    ]);
    expect(spans).toEqual([]);
  });
});
