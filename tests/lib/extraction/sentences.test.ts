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
