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

describe('a “…,” he said in a paragraph that opens with a person', () => {
  it('is the person who opens its paragraph, not the one the paragraph before reported', () => {
    const article = extract(
      'Nthabiseng Khoza said the repairs had been more complicated than anyone thought.',
      'Ward councillor Sipho Dlamini, of the ANC, blamed years of underspending on maintenance. “We have been warning about this pipe since 2019,” he said.',
    );
    expect(speakerOf(article, 'We have been warning')).toBe('Sipho Dlamini');
  });

  it('is not a person named in the pronoun’s own sentence ("Lehtola, he later said, taught him “…”")', () => {
    const article = extract(
      'The architect Ruairi Fennelly, who has died aged 91, designed libraries. “Concrete is honest,” he told an interviewer in 1979.',
      'He spent two years in the office of the Finnish architect Aarne Lehtola. Lehtola, he later said, taught him “to draw the light first and the walls afterwards”.',
    );
    expect(speakerOf(article, 'to draw the light')).not.toBe('Aarne Lehtola');
  });
});

describe('a pronoun that goes on from an unnamed person', () => {
  it('follows sentences that open with the same pronoun back to the unnamed person they began with', () => {
    const article = extract(
      'Folasade Adebayo-Hart, a midwife, said she would retire this month.',
      'A midwife in Ibadan taught her the most. She had no training anyone here would recognise. She used to tell us, “Your hands are for the baby, your eyes are for the mother.”',
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });

  it('reads past an interview answer’s label to the unnamed person who opens the answer', () => {
    const article = extract(
      'Folasade Adebayo-Hart, a midwife, said she would retire this month.',
      'Adebayo-Hart: A midwife in Ibadan taught me the most. She used to tell us, “Your hands are for the baby, your eyes are for the mother.”',
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });
});

describe('an unnamed person before a pronoun: modifiers, long runs, other names, other paragraphs', () => {
  const adebayo = 'Folasade Adebayo-Hart, a midwife, said she would retire this month.';
  const hands = '“Your hands are for the baby, your eyes are for the mother.”';

  it('reads a person noun after one modifier ("My youngest daughter") as an unnamed person', () => {
    const article = extract(
      'Ingrid Solberg, a professor, said the lakes were higher than ever.',
      'Solberg: It changes how I say it. My youngest daughter is nine. Last month she asked me, “Will there be any ice left when I am your age?”',
    );
    expect(speakerOf(article, 'Will there be any ice')).toBeUndefined();
  });

  it('follows the same pronoun back through every sentence it opens, not only the one before', () => {
    const article = extract(
      adebayo,
      `A midwife in Ibadan taught her the most. She had no training anyone here would recognise. She never charged a single naira. She used to tell us, ${hands}`,
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });

  it('is still the unnamed person when the sentence before names a place or an organisation', () => {
    const article = extract(
      adebayo,
      `A nurse at Ibadan General Hospital taught her the most. She used to tell us, ${hands}`,
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });

  it('looks for the unnamed person in the pronoun’s own paragraph only', () => {
    const article = extract(`${adebayo} A nurse taught her the most.`, `She used to tell us, ${hands}`);
    expect(speakerOf(article, 'Your hands are')).toBe('Folasade Adebayo-Hart');
  });
});
