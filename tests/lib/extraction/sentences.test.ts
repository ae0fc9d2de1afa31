import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extraction/sentences';

const texts = (paragraphs: string[]) => splitSentences(paragraphs).map((s) => s.text);

describe('splitSentences', () => {
  it('numbers sentences s1…sN in reading order across paragraphs', () => {
    const sentences = splitSentences(['One here. Two here.', 'Three here.']);
    expect(sentences).toEqual([
      { id: 's1', text: 'One here.', paragraph: 0 },
      { id: 's2', text: 'Two here.', paragraph: 0 },
      { id: 's3', text: 'Three here.', paragraph: 1 },
    ]);
  });

  it('does not end a sentence after Mr., Mrs., Dr. or St.', () => {
    expect(texts(['Mr. Umerov met Mrs. Berg and Dr. Iyer at St. Paul’s. They talked.'])).toEqual([
      'Mr. Umerov met Mrs. Berg and Dr. Iyer at St. Paul’s.',
      'They talked.',
    ]);
  });

  it('keeps initials and dotted acronyms inside the sentence', () => {
    expect(texts(['Donald J. Trump met J. K. Rowling in the U.S. Senate on Friday.'])).toHaveLength(1);
    expect(texts(['He lives in the U.K. The rest of his family does not.'])).toEqual([
      'He lives in the U.K.',
      'The rest of his family does not.',
    ]);
  });

  it('keeps decimals and list numbers whole', () => {
    expect(texts(['Prices rose 3.5 percent. The rankings: 1. Finland 2. Norway'])).toEqual([
      'Prices rose 3.5 percent.',
      'The rankings: 1. Finland 2. Norway',
    ]);
  });

  it('ends a sentence after a closing quote that follows the full stop', () => {
    expect(texts(['“We are ready.” He said it twice.'])).toEqual(['“We are ready.”', 'He said it twice.']);
  });

  it('does not end a sentence at a question mark inside a quote followed by "she asked"', () => {
    expect(texts(['“Is it over?” she asked.'])).toEqual(['“Is it over?” she asked.']);
  });

  it('ends a sentence after an ellipsis before a capital', () => {
    expect(texts(['Whole paycheck… They charge more.'])).toEqual(['Whole paycheck…', 'They charge more.']);
  });

  it('keeps a heading without a full stop as one sentence', () => {
    expect(texts(['‘Points of contact’', 'Medinsky spoke.'])).toEqual(['‘Points of contact’', 'Medinsky spoke.']);
  });
});

describe('plural titles', () => {
  it('does not end a sentence after "Reps." or "Sens." before a list of names', () => {
    expect(texts(['Reps. Brandon Cole and Terri Holt voted against. Sens. Ann Lee and Bo Park did too.'])).toEqual([
      'Reps. Brandon Cole and Terri Holt voted against.',
      'Sens. Ann Lee and Bo Park did too.',
    ]);
  });
});

describe('where a sentence ends, at the edges of the rules', () => {
  it('reads a paragraph with spaces at its edges or between sentences, and none of white space only', () => {
    expect(splitSentences(['   ', '  One here.   Two here.  '])).toEqual([
      { id: 's1', text: 'One here.', paragraph: 1 },
      { id: 's2', text: 'Two here.', paragraph: 1 },
    ]);
  });

  it('ends a sentence at "!" or "?" even after a word a full stop would not end it at', () => {
    expect(texts(['Her answer was no! Then she left. Was it St? Nobody knew.'])).toEqual([
      'Her answer was no!',
      'Then she left.',
      'Was it St?',
      'Nobody knew.',
    ]);
  });

  it('ends a sentence at a full stop inside closing quotes, whatever word comes before it', () => {
    expect(texts(['He said “no.” Then he left.'])).toEqual(['He said “no.”', 'Then he left.']);
  });

  it('reads a title after an opening bracket or quote as a title', () => {
    expect(texts(['Both came (Dr. Iyer too). They talked of “Mr. Umerov” all day.'])).toEqual([
      'Both came (Dr. Iyer too).',
      'They talked of “Mr. Umerov” all day.',
    ]);
  });

  it('ends a sentence after a capital that is a model’s letter, not an initial', () => {
    expect(texts(['He bought the Xbox One S. That was his last.'])).toEqual([
      'He bought the Xbox One S.',
      'That was his last.',
    ]);
  });

  it('keeps an initial before a quoted nickname in the sentence', () => {
    expect(texts(['Donald J. “DJ” Trump spoke.'])).toEqual(['Donald J. “DJ” Trump spoke.']);
  });

  it('keeps list numbers of one or two digits whole, at the paragraph’s start too, but not longer numbers', () => {
    expect(texts(['1. Finland tops the list.'])).toEqual(['1. Finland tops the list.']);
    expect(texts(['The rankings: 9. Finland 10. Norway 11. Iceland'])).toEqual([
      'The rankings: 9. Finland 10. Norway 11. Iceland',
    ]);
    expect(texts(['The score was 101. Then it rained.'])).toEqual(['The score was 101.', 'Then it rained.']);
  });

  it('does not end a sentence before a lower-case word, whatever capitals come later', () => {
    expect(texts(['“Is it over?” she asked Mr. Umerov.'])).toEqual(['“Is it over?” she asked Mr. Umerov.']);
  });

  it('ends a sentence after a word that is not an initial, though it starts or ends with a capital', () => {
    expect(texts(['They met the PM. Umerov spoke first.'])).toEqual(['They met the PM.', 'Umerov spoke first.']);
    expect(texts(['They flew to Paris. Umerov spoke first.'])).toEqual(['They flew to Paris.', 'Umerov spoke first.']);
  });

  it('ends a sentence after a score or a quoted number, which is no list number', () => {
    expect(texts(['The score was 10:5. Then it rained.'])).toEqual(['The score was 10:5.', 'Then it rained.']);
    expect(texts(['After 12 rounds the board showed “7. Then the lights went out.'])).toEqual([
      'After 12 rounds the board showed “7.',
      'Then the lights went out.',
    ]);
  });

  it('reads a dotted acronym only when the whole word is one', () => {
    expect(texts(['He lives in the U.S.A. Senate staff say so.'])).toEqual([
      'He lives in the U.S.A. Senate staff say so.',
    ]);
    expect(texts(['The talks ended at 11p.m. Umerov left first.'])).toEqual([
      'The talks ended at 11p.m.',
      'Umerov left first.',
    ]);
    expect(texts(['He flew to N.Korea. Umerov stayed.'])).toEqual(['He flew to N.Korea.', 'Umerov stayed.']);
  });

  it('keeps an initial before a quoted nickname that opens with a common first word', () => {
    expect(texts(['Donald J. “The Donald” Trump spoke.'])).toEqual(['Donald J. “The Donald” Trump spoke.']);
  });

  it('reads a title after both a quote and a bracket as a title', () => {
    expect(texts(['The note read “(Dr. Iyer, room 4)” in pencil. Nobody knew.'])).toEqual([
      'The note read “(Dr. Iyer, room 4)” in pencil.',
      'Nobody knew.',
    ]);
  });

  it('reads a title far into a long paragraph as a title', () => {
    const long = `${'The delegations met again in the old palace on the Bosphorus shore, '.repeat(3)}with Mr. Umerov there. They talked.`;
    expect(texts([long])).toHaveLength(2);
  });
});
