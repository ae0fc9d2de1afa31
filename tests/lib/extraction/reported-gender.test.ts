import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../../helpers/extraction';

describe('a gender stated by the pronoun after "X said"', () => {
  it('keeps a woman the copy reports as "she" out of a "he said" (Tamsin is a given name compromise does not know)', () => {
    const article = extract(
      'Commissioner Pete Szabo said he would fund the programme. Tamsin Hodge said she had proposed it.',
      '“Tamsin is right about pretrial,” he said.',
    );
    expect(speakerOf(article, 'Tamsin is right')).toBe('Pete Szabo');
  });

  it('reads no gender from a person whose reports disagree', () => {
    const article = extract(
      'Commissioner Pete Szabo said he would fund the programme. Tamsin Hodge said she had proposed it. Hodge said he was wrong.',
      '“Tamsin is right about pretrial,” he said.',
    );
    expect(speakerOf(article, 'Tamsin is right')).toBeUndefined();
  });
});
