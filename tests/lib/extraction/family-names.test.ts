import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/extraction/names';
import { entity, extract, people, roleOf, speakerOf } from '../../helpers/extraction';
import { wordsOf } from '../../helpers/tokens';

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

describe('the surname and gender a relative’s noun gives a given name', () => {
  /** Each name the name finder gives, as "<name> = <words compared> (<gender>)". */
  function relatives(...paragraphs: string[]): string[] {
    const w = wordsOf(...paragraphs);
    const sentences = (w.tokens[w.tokens.length - 1]?.sentence ?? 0) + 1;
    return findMentions(w.text, w.tokens, sentences).map(
      (m) => `${m.name} = ${m.words.join(' ')}${m.gender ? ` (${m.gender})` : ''}`,
    );
  }

  it('gives "his son, Eli" the surname of the full name just before, and the gender the noun states', () => {
    expect(relatives('Tom Brandt came. Her son, Eli, said so.')).toContain('Eli = Eli Brandt (male)');
    expect(relatives('Tom Brandt came. His husband, Carol, remembers it.')).toContain('Carol = Carol Brandt (male)');
    expect(relatives('Tom Brandt’s wife, Carol, remembers it.')).toContain('Carol = Carol Brandt (female)');
  });

  it('gives only the gender when no full name stands close before, or the owner is one word', () => {
    expect(relatives('Tom Brandt came. The town is small. His wife, Carol, remembers it.')).toContain(
      'Carol = Carol (female)',
    );
    expect(relatives('Brandt’s wife, Carol, remembers it.')).toContain('Carol = Carol (female)');
  });

  it('gives nothing without the comma, or after a noun that is no relative', () => {
    expect(relatives('Tom Brandt came. His wife Carol remembers it.')).toContain('Carol = Carol');
    expect(relatives('Tom Brandt came. His friend, Carol, remembers it.')).toContain('Carol = Carol');
  });

  it('gives a couple’s first given name the surname after the second, and only then', () => {
    expect(relatives('Amara’s parents, Kwame and Efua Osei, said she was brave.')).toContain('Kwame = Kwame Osei');
    expect(relatives('Amara’s parents, Kwame and Efua, said she was brave.')).toContain('Kwame = Kwame');
  });
});

describe('whose relative a given name is', () => {
  /** The name finder's reading of the name `name` in `text`, as "<name> = <words compared> (<gender>)". */
  function relative(text: string, name: string): string | undefined {
    const w = wordsOf(text);
    const sentences = (w.tokens[w.tokens.length - 1]?.sentence ?? 0) + 1;
    const m = findMentions(w.text, w.tokens, sentences).find((n) => n.name === name);
    return m && `${m.name} = ${m.words.join(' ')}${m.gender ? ` (${m.gender})` : ''}`;
  }

  it('is no one named when the owner is "their" or "our": the noun gives only the gender', () => {
    expect(relative('Tom Brandt came. Their son, Eli, said so.', 'Eli')).toBe('Eli = Eli (male)');
    expect(relative('Tom Brandt came. Our daughter, Eli, said so.', 'Eli')).toBe('Eli = Eli (female)');
  });

  it('is the last person named before "his" or "her", passing over a possessive and an organisation', () => {
    expect(relative('Tom Brandt came with Anna Berg’s car. His wife, Carol, remembers it.', 'Carol')).toBe(
      'Carol = Carol Brandt (female)',
    );
    expect(relative('Tom Brandt left Acme Corp. His wife, Carol, remembers it.', 'Carol')).toBe(
      'Carol = Carol Brandt (female)',
    );
  });

  it('gives no surname when that last person is named by one word, though a full name comes before', () => {
    expect(relative('Tom Brandt met Smith. His wife, Carol, remembers it.', 'Carol')).toBe('Carol = Carol (female)');
  });

  it('gives a couple’s surname only from a second name of two words right after "and"', () => {
    expect(relative('Amara’s parents, Kwame and Efua Ama Osei, said she was brave.', 'Kwame')).toBe('Kwame = Kwame');
    expect(relative('Amara’s parents, Kwame, and Efua Osei, said she was brave.', 'Kwame')).toBe('Kwame = Kwame');
    expect(relative('Amara’s brothers, Kwame and Kofi Osei, said she was brave.', 'Kwame')).toBe('Kwame = Kwame Osei');
  });
});

describe('which given names a relative’s noun gives a surname', () => {
  /** The name finder's reading of `name`: "<name> = <words compared> (<gender>) <kind>[ stated][ given]". */
  function reading(text: string | string[], name: string): string | undefined {
    const w = wordsOf(...[text].flat());
    const sentences = (w.tokens[w.tokens.length - 1]?.sentence ?? 0) + 1;
    const m = findMentions(w.text, w.tokens, sentences).find((n) => n.name === name);
    return (
      m &&
      `${m.name} = ${m.words.join(' ')}${m.gender ? ` (${m.gender})` : ''} ${m.kind}` +
        `${m.personEvidence ? ' stated' : ''}${m.givenName ? ' given' : ''}`
    );
  }

  it('marks the name it gives a surname as a stated person, no longer a lone given name', () => {
    expect(reading('Tom Brandt came. His wife, Carol, remembers it.', 'Carol')).toBe(
      'Carol = Carol Brandt (female) person stated',
    );
  });

  it('leaves a name of two words, one with an honorific and a possessive one as they are', () => {
    expect(reading('Tom Brandt came. His wife, Carol Smith, remembers it.', 'Carol Smith')).toMatch(
      /^Carol Smith = Carol Smith [(a-z]/,
    );
    expect(reading('Tom Brandt came. His wife, Dr. Carol, remembers it.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
    expect(reading('Tom Brandt came. His wife, Carol’s sister, remembers it.', 'Carol')).toMatch(
      /^Carol = Carol [(a-z]/,
    );
  });

  it('needs a comma and spaces alone between the noun and the name', () => {
    expect(reading('Tom Brandt came. His wife , Carol, remembers it.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
    expect(reading('Tom Brandt came. His wife, — Carol, remembers it.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
    expect(reading('Tom Brandt came. His wife,  Carol, remembers it.', 'Carol')).toMatch(/^Carol = Carol Brandt /);
    expect(reading('Tom Brandt came. His “wife”, Carol, remembers it.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
  });

  it('reads a name at the article’s start, or one word in, as no one’s relative', () => {
    expect(reading('Carol said so.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
    expect(reading('Wife, Carol, said so.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
  });

  it('takes the surname of the possessive owner just before the noun, a person’s full name only', () => {
    expect(reading('Anna Berg met Tom Brandt’s wife, Carol, there.', 'Carol')).toMatch(/^Carol = Carol Brandt /);
    expect(reading('Acme Corp’s son, Eli, said so.', 'Eli')).toMatch(/^Eli = Eli [(a-z]/);
    expect(reading('Tom said so. Tom’s wife, Carol, remembers it.', 'Carol')).toMatch(/^Carol = Carol [(a-z]/);
  });

  it('reads "his" and "her" as owners, not words ending or beginning with them ("another", "heroic")', () => {
    expect(reading('Tom Brandt came. Another son, Eli, said so.', 'Eli')).toBe('Eli = Eli (male) person stated given');
    expect(reading('Tom Brandt came. Heroic son, Eli, said so.', 'Eli')).toBe('Eli = Eli (male) person stated given');
  });

  it('gives a couple’s surname only after a plural relative, to the names of one sentence joined by "and"', () => {
    expect(reading('Amara’s friends, Kwame and Efua Osei, said she was brave.', 'Kwame')).toMatch(
      /^Kwame = Kwame [(a-z]/,
    );
    expect(reading(['Amara’s parents, Kwame and', 'Efua Osei said she was brave.'], 'Kwame')).toMatch(
      /^Kwame = Kwame [(a-z]/,
    );
    expect(reading('Amara’s parents, Kwame and later Efua Osei, said she was brave.', 'Kwame')).toMatch(
      /^Kwame = Kwame [(a-z]/,
    );
    expect(reading('Amara’s parents, Kwame  and  Efua Osei, said she was brave.', 'Kwame')).toMatch(
      /^Kwame = Kwame Osei /,
    );
  });

  it('reads a plural relative followed by one name only as no couple', () => {
    expect(reading('Amara’s parents, Kwame, said she was brave.', 'Kwame')).toMatch(/^Kwame = Kwame [(a-z]/);
  });

  it('makes both of a couple stated people', () => {
    expect(reading('Amara’s parents, Kwame and Efua Osei, said she was brave.', 'Kwame')).toBe(
      'Kwame = Kwame Osei person stated',
    );
    expect(reading('Amara’s parents, Kwame and Efua Osei, said she was brave.', 'Efua Osei')).toMatch(/person stated$/);
  });
});
