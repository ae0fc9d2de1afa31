import { describe, expect, it } from 'vitest';
import { hasInnerPreposition, isVenueName, unionLocalNumber } from '../../../lib/extraction/thing-names';
import type { Token } from '../../../lib/extraction/tokens';
import { extract, kindOf, people } from '../../helpers/extraction';
import { type Words, wordsOf } from '../../helpers/tokens';

describe('names of things that a title word or a given name opens', () => {
  it('makes no person of a venue’s name that opens with a title word ("the Anchor Diner")', () => {
    const article = extract('At the Anchor Diner across the street, welder Tom Reyes said he was leaving.');
    expect(people(article)).toEqual(['Tom Reyes']);
    expect(kindOf(article, 'Anchor Diner')).toBe('organisation');
  });

  it('keeps a plural compromise reads as an organisation’s word in its name ("United Auto Workers")', () => {
    const article = extract('The United Auto Workers union went on strike.');
    expect(kindOf(article, 'United Auto Workers')).toBe('organisation');
    expect(kindOf(article, 'United Auto')).toBeUndefined();
  });

  it('finds a union local with its number ("Machinists Local 751")', () => {
    const article = extract('Workers at Machinists Local 751 voted.', 'The Teamsters Local 174 struck.');
    expect(kindOf(article, 'Machinists Local 751')).toBe('organisation');
    expect(kindOf(article, 'Teamsters Local 174')).toBe('organisation');
    expect(article.entities).toHaveLength(2);
  });

  it('makes no person of a title-case name with a preposition inside ("Doctors Without Borders")', () => {
    const article = extract('Doctors Without Borders said the clinic was hit.');
    expect(people(article)).toEqual([]);
  });
});

describe('a plural title before one name word ("Doctors Manitoba")', () => {
  it('is a body’s name, an organisation, not a person "Manitoba"', () => {
    const article = extract('Doctors Manitoba, which represents the province’s physicians, said it had concerns.');
    expect(people(article)).toEqual([]);
    expect(kindOf(article, 'Doctors Manitoba')).toBe('organisation');
  });

  it('is still the title of a list of names joined by "and"', () => {
    expect(people(extract('Commissioners Delacroix and Hodge voted against the budget.'))).toEqual([
      'Delacroix',
      'Hodge',
    ]);
  });

  it('is still the title of a list of names joined by commas', () => {
    expect(people(extract('Commissioners Delacroix, Hodge and Abara voted against the budget.'))).toEqual([
      'Delacroix',
      'Hodge',
      'Abara',
    ]);
  });
});

describe('a numbered district', () => {
  it('is a body whose number ends its name ("Fire District 5"), not a person "Fire District"', () => {
    const article = extract('Marcus Ode, chief of Lincoln County Fire District 5, met evacuees at the gym.');
    expect(people(article)).toEqual(['Marcus Ode']);
    expect(kindOf(article, 'Fire District 5')).toBe('organisation');
  });
});

describe('the shapes of a thing’s name, word by word', () => {
  /** The token indexes of `name`'s words in `w`. */
  function runOf(w: Words, name: string): number[] {
    const first = w.at(name.split(' ')[0] as string);
    return name.split(' ').map((_, k) => first + k);
  }

  it('finds a preposition after a run’s first word, in any case, but not as its first word', () => {
    const w = wordsOf('Doctors Without Borders and DOCTORS WITHOUT BORDERS met Under Armour and Hull City.');
    expect(hasInnerPreposition(w.tokens, runOf(w, 'Doctors Without Borders'))).toBe(true);
    expect(hasInnerPreposition(w.tokens, runOf(w, 'DOCTORS WITHOUT BORDERS'))).toBe(true);
    expect(hasInnerPreposition(w.tokens, runOf(w, 'Under Armour'))).toBe(false);
    expect(hasInnerPreposition(w.tokens, runOf(w, 'Hull City'))).toBe(false);
  });

  it('reads a venue’s name from two words on, ending on its common noun in any case', () => {
    const w = wordsOf('The Anchor Diner, the ANCHOR DINER, the Diner Anchor and Diner staff met.');
    expect(isVenueName(w.tokens, runOf(w, 'Anchor Diner'))).toBe(true);
    expect(isVenueName(w.tokens, runOf(w, 'ANCHOR DINER'))).toBe(true);
    expect(isVenueName(w.tokens, runOf(w, 'Diner Anchor'))).toBe(false);
    expect(isVenueName(w.tokens, [w.at('Diner', 2)])).toBe(false);
  });

  it('takes the number of up to five digits right after "Local" as a union local’s', () => {
    const w = wordsOf('Machinists Local 751 voted.');
    expect(unionLocalNumber(w.text, w.tokens, runOf(w, 'Machinists Local'))?.text).toBe('751');
    const spaced = wordsOf('Machinists Local  751 voted.');
    expect(unionLocalNumber(spaced.text, spaced.tokens, runOf(spaced, 'Machinists Local'))?.text).toBe('751');
    const upper = wordsOf('Machinists LOCAL 751 voted.');
    expect(unionLocalNumber(upper.text, upper.tokens, runOf(upper, 'Machinists LOCAL'))?.text).toBe('751');
  });

  it('takes no number after "Local" alone, after another word, past punctuation, or of six digits', () => {
    const cases: [string, string][] = [
      ['Local 751 voted.', 'Local'],
      ['Machinists Union 751 voted.', 'Machinists Union'],
      ['Machinists Local, 751 members voted.', 'Machinists Local'],
      ['Machinists Local — 751 members voted.', 'Machinists Local'],
      ['Machinists Local 123456 voted.', 'Machinists Local'],
      ['Machinists Local Two voted.', 'Machinists Local'],
      ['They met Machinists Local', 'Machinists Local'],
    ];
    for (const [text, name] of cases) {
      const w = wordsOf(text);
      expect(unionLocalNumber(w.text, w.tokens, runOf(w, name)), text).toBeUndefined();
    }
  });

  it('takes no number from the next sentence', () => {
    const text = 'Machinists Local 751';
    const tokens = [
      { text: 'Machinists', start: 0, end: 10, sentence: 0, tags: new Set<string>() },
      { text: 'Local', start: 11, end: 16, sentence: 0, tags: new Set<string>() },
      { text: '751', start: 17, end: 20, sentence: 1, tags: new Set<string>() },
    ];
    expect(unionLocalNumber(text, tokens, [0, 1])).toBeUndefined();
    expect(
      unionLocalNumber(text, [...tokens.slice(0, 2), { ...(tokens[2] as Token), sentence: 0 }], [0, 1])?.text,
    ).toBe('751');
  });
});
