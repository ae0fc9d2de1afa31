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

/** The quote spans of `text` read as two paragraphs, split at its line break. */
function twoParagraphSpans(text: string) {
  const lineBreak = text.indexOf('\n');
  return findQuoteSpans(text, [
    { start: 0, end: lineBreak, paragraph: 0 },
    { start: lineBreak + 1, end: text.length, paragraph: 1 },
  ]);
}

describe('a British single quote that goes on in the next paragraph', () => {
  it('runs a single quote that opens a paragraph to its end when the next paragraph reopens it', () => {
    const text = '‘Ask anybody on the street where to get bread.\n‘Ask the grandmothers. Ask the police, even.’';
    const spans = twoParagraphSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'Ask anybody on the street where to get bread.',
      'Ask the grandmothers. Ask the police, even.',
    ]);
  });

  it('does not run a single quote to the end of its paragraph when the next does not reopen it', () => {
    const text = '‘Ask anybody on the street where to get bread.\nThe shop closes on Friday.';
    const spans = twoParagraphSpans(text);
    expect(spans).toEqual([]);
  });
});

describe('quote marks that mix, and a single quote after a letter', () => {
  it('closes a straight double quote with a curly one', () => {
    expect(quoted('He said "we are ready to talk” and left.')).toEqual(['we are ready to talk']);
  });

  it('ignores a closing double quote that nothing opened, and one after a single quote', () => {
    expect(quoted('The mark ” stands alone in this line.')).toEqual([]);
    expect(quoted('He said ‘it is over” and left.')).toEqual([]);
  });

  it('does not open a quote at a single mark after a letter ("rock‘n roll")', () => {
    expect(quoted('She sang rock‘n roll all night’ and left.')).toEqual([]);
  });

  it('runs a straight single quote that opens a paragraph on when the next paragraph reopens it', () => {
    const text = "'Ask anybody on the street where to get bread.\n'Ask the grandmothers. Ask the police, even.'";
    const spans = twoParagraphSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'Ask anybody on the street where to get bread.',
      'Ask the grandmothers. Ask the police, even.',
    ]);
  });

  it('does not take a straight apostrophe opening the next paragraph for a reopened quote', () => {
    const text = "'Ask anybody on the street where to get bread.\n' tis the season, said the baker.";
    const spans = twoParagraphSpans(text);
    expect(spans).toEqual([]);
  });
});

describe('a paragraph read on its own', () => {
  it('gives each quote the offsets of its words and of its marks', () => {
    const text = 'Intro.\nHe said “we are ready to talk” today.';
    expect(
      findQuoteSpans(text, [
        { start: 0, end: 6, paragraph: 0 },
        { start: 7, end: text.length, paragraph: 1 },
      ]),
    ).toEqual([{ start: 16, end: 36, open: 15, close: 37, paragraph: 1 }]);
  });

  it('reads no mark past the paragraph’s end, nor the letters either side of it', () => {
    const text = 'xx"we are ready to talk"ing';
    expect(findQuoteSpans(text, [{ start: 2, end: 24, paragraph: 0 }]).map((s) => text.slice(s.start, s.end))).toEqual([
      'we are ready to talk',
    ]);
    const open = '“we are ready to talk”';
    expect(findQuoteSpans(open, [{ start: 0, end: 21, paragraph: 0 }])).toEqual([
      { start: 1, end: 21, open: 0, close: 21, paragraph: 0 },
    ]);
  });

  it('drops a quote that ends where a quote left open ends', () => {
    expect(quoted('“He told me ‘never again’')).toEqual(['He told me ‘never again’']);
  });

  it('takes a straight double quote after a digit for an inch mark, not an opening quote', () => {
    expect(quoted('A 12" screen, she said "we will buy it" today.')).toEqual(['we will buy it']);
  });

  it('does not close a straight double quote at one that a letter follows', () => {
    expect(quoted('He yelled "stop "Bob" right now" and left.')).toEqual(['stop "Bob" right now']);
  });

  it('opens a quote at a German low mark', () => {
    expect(quoted('Er sagte „wir sind bereit zu reden” und ging.')).toEqual(['wir sind bereit zu reden']);
  });
});

describe('a closing single quote told from a plural possessive', () => {
  it('closes a single quote after a word that does not end in s', () => {
    expect(quoted('He said ‘the plan is off’ and left.')).toEqual(['the plan is off']);
  });

  it('keeps a plural possessive inside the quote, however many spaces follow it', () => {
    expect(quoted('He said ‘the leaders’  plan is good’ today.')).toEqual(['the leaders’  plan is good']);
    expect(quoted('‘the leaders’ view he held’ matters.')).toEqual(['the leaders’ view he held']);
  });

  it('closes the quote at a plural word followed by "said", "he" or "they"', () => {
    expect(quoted('‘we speak for the workers’ said Tom Reed.')).toEqual(['we speak for the workers']);
    expect(quoted('‘we speak for the workers’  said Tom Reed.')).toEqual(['we speak for the workers']);
  });

  it('reads no letter past the paragraph’s end after a closing single quote', () => {
    const text = 'xx‘we are ready to talk’ing';
    expect(findQuoteSpans(text, [{ start: 2, end: 24, paragraph: 0 }]).map((s) => text.slice(s.start, s.end))).toEqual([
      'we are ready to talk',
    ]);
  });

  it('runs on only a single quote that opens its paragraph', () => {
    const text = 'He said ‘ask anybody on the street.\n‘Ask the grandmothers. Ask the police, even.’';
    const spans = findQuoteSpans(text, [
      { start: 0, end: 35, paragraph: 0 },
      { start: 36, end: text.length, paragraph: 1 },
    ]).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Ask the grandmothers. Ask the police, even.']);
  });
});
