import { describe, expect, it } from 'vitest';
import { extract, kindOf, people } from '../../helpers/extraction';

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
