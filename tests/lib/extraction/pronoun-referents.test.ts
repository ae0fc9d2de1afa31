import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../../helpers/extraction';

describe('what a speaker’s "he" or "she" stands for', () => {
  it('gives no speaker to a quote by an unnamed daughter, though the paragraph is the interviewee’s', () => {
    const article = extract(
      'Ingrid Solberg, a professor at the University of Bergen, said the lakes were higher than ever. “We used to talk about metres,” she said.',
      'Solberg: It changes how I say it. My daughter is nine. Last month she asked me, “Will there be any ice left when I’m your age?” I had no answer.',
    );
    expect(speakerOf(article, 'We used to talk')).toBe('Ingrid Solberg');
    expect(speakerOf(article, 'Will there be any ice')).toBeUndefined();
  });

  it('still gives “…,” she said to the woman named before when the sentence before names her', () => {
    const article = extract(
      'Thembi Ngcobo, 63, said she had been carrying water up three flights of stairs.',
      'Ngcobo was tired. Last week she said, “I am too old for this, every single morning.”',
    );
    expect(speakerOf(article, 'I am too old')).toBe('Thembi Ngcobo');
  });

  it('gives a quote after "She said …." in its paragraph to the woman the paragraph before quoted', () => {
    const article = extract(
      'In Dobsonville, Thembi Ngcobo, 63, said she had been carrying water up three flights of stairs.',
      '“I am too old for this. Every morning I wake up at four,” she said.',
      'She said the tanker in her street had not come at all on Monday. “They told us it was coming at ten. We waited until dark.”',
    );
    expect(speakerOf(article, 'They told us')).toBe('Thembi Ngcobo');
  });

  it('reads a family noun inside the quote as the speaker’s words, not a new person', () => {
    const article = extract(
      'Pham’s wife, Linh, says she has already bought Bruno a steak.',
      '“My husband is stubborn. He loves that hat,” she says. “Now he has a new hat, and everybody is happy.”',
    );
    expect(speakerOf(article, 'My husband is stubborn')).toBe('Linh');
  });
});
