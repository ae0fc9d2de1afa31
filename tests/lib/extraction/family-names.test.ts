import { describe, expect, it } from 'vitest';
import { entity, extract, people, roleOf, speakerOf } from '../../helpers/extraction';

describe('relatives named by their given name alone', () => {
  it('finds "Mrs. Brandt" in "his wife, Carol" after Tom Brandt is named', () => {
    const article = extract(
      'Tom Brandt, 67, had a heart attack there in 2019. He remembers little of that night, but his wife, Carol, remembers all of it.',
      '“They had him stabilized in 20 minutes,” Mrs. Brandt said.',
    );
    expect(people(article)).toEqual(['Tom Brandt', 'Carol']);
    expect(roleOf(article, 'Carol')).toBe('wife');
    expect(entity(article, 'Carol').forms).toContain('Mrs. Brandt');
    expect(speakerOf(article, 'They had him')).toBe('Carol');
  });

  it('makes a person of the first of a couple who share a surname ("parents, Kwame and Efua Osei")', () => {
    const article = extract('Amara’s parents, Kwame and Efua Osei, said in a statement that she was brave.');
    expect(people(article)).toEqual(['Kwame', 'Efua Osei']);
  });

  it('does not join "Mrs. Brandt" to "his wife, Carol" when no Brandt is named just before', () => {
    const article = extract(
      'Tom Brandt lives here. The town is small. The hospital is far away.',
      'He said little, but his wife, Carol, remembers it.',
      '“It was the worst night of our lives,” Mrs. Brandt said.',
    );
    expect(speakerOf(article, 'It was the worst')).not.toBe('Carol');
  });

  it('takes the gender of a relative with no surname to give ("whose son, Eli,"), so "she" is his mother', () => {
    const article = extract(
      'Among those waiting was Brianna Kittredge, whose 7-year-old son, Eli, had not been vaccinated. She told KTVR 7 she had held off.',
      '“I was scared of the shot. Now I’m scared of the measles,” she said.',
    );
    expect(speakerOf(article, 'I was scared')).toBe('Brianna Kittredge');
  });
});
