import { describe, expect, it } from 'vitest';
import { entity, extract, people, roleOf, speakerOf } from '../../helpers/extraction';

describe('coreference', () => {
  it('merges the surname, Mr. + surname and the possessive into the full name', () => {
    const article = extract(
      'Defence Minister Rustem Umerov arrived early.',
      'Umerov spoke first. Mr. Umerov then left. Umerov’s team stayed.',
    );
    expect(people(article)).toEqual(['Rustem Umerov']);
    const umerov = entity(article, 'Rustem Umerov');
    expect(umerov.forms).toEqual(expect.arrayContaining(['Umerov', 'Mr. Umerov']));
    expect(umerov.introducedIn).toBe('s1');
    expect(umerov.sentences).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('resolves a surname used before the full name', () => {
    const article = extract('Umerov spoke first.', 'Defence Minister Rustem Umerov arrived early.');
    expect(people(article)).toEqual(['Rustem Umerov']);
    expect(entity(article, 'Rustem Umerov').introducedIn).toBe('s1');
  });

  it('keeps Anna Berg and Lars Berg apart', () => {
    const article = extract('Professor Anna Berg met her brother, Lars Berg, a lawyer.');
    expect(people(article).sort()).toEqual(['Anna Berg', 'Lars Berg']);
  });

  it('leaves a bare shared surname unresolved', () => {
    const article = extract(
      'Professor Anna Berg met her brother, Lars Berg, a lawyer.',
      'Berg said nothing. Berg left.',
    );
    for (const name of ['Anna Berg', 'Lars Berg']) {
      expect(entity(article, name).forms).toEqual([]);
      expect(entity(article, name).sentences).toEqual(['s1']);
    }
  });

  it('gives "Mr. Berg" to Lars Berg, not Anna Berg, when the honorific tells them apart', () => {
    const article = extract('Professor Anna Berg met her brother, Lars Berg, a lawyer.', 'Mr. Berg left early.');
    expect(entity(article, 'Lars Berg').forms).toContain('Mr. Berg');
    expect(entity(article, 'Anna Berg').forms).toEqual([]);
  });

  it('does not give "Mrs Mugabe" to Robert Mugabe', () => {
    const article = extract('Robert Mugabe stayed at home. Mrs Mugabe has not been seen since Tuesday.');
    expect(people(article)).toEqual(['Robert Mugabe']);
    expect(entity(article, 'Robert Mugabe').forms).toEqual([]);
  });

  it('joins a name with a middle initial and a name with a particle', () => {
    const article = extract(
      'President-elect Donald J. Trump said little. Donald Trump later spoke.',
      'Osama bin Laden lived in Khartoum. Bin Laden’s agents struck in 1998.',
    );
    expect(people(article)).toEqual(['Donald J. Trump', 'Osama bin Laden']);
    expect(entity(article, 'Osama bin Laden').forms).toContain('Bin Laden');
  });

  it('makes a person of a surname with an honorific when no full name is given', () => {
    const article = extract('Officials said Mr. Bashir must be held accountable.');
    expect(people(article)).toEqual(['Bashir']);
    expect(entity(article, 'Bashir').forms).toEqual(['Mr. Bashir']);
  });

  it('gives each entity a unique slug id', () => {
    const article = extract('Anna Berg, a lawyer, met Berg Holdings Inc and Anna-Berg Park.');
    const ids = article.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('coreference: people compromise does not know', () => {
  it('finds a relative by the surname of a person the article names', () => {
    const article = extract(
      'Kit Penrose lights the stove every morning.',
      'She took over the yard from her father, Michael Penrose, in 2021.',
    );
    expect(people(article).sort()).toEqual(['Kit Penrose', 'Michael Penrose']);
  });

  it('joins a given name alone to the one person who has it', () => {
    const article = extract(
      'Her father, Michael Penrose, still comes in.',
      '“When Dad ran it, you built one boat a year,” Kit Penrose says.',
      '“She is better than I was,” Michael says.',
    );
    expect(entity(article, 'Michael Penrose').forms).toContain('Michael');
    expect(speakerOf(article, 'She is better')).toBe('Michael Penrose');
  });

  it('does not join a given name two people share', () => {
    const article = extract(
      'Michael Penrose and Michael Tregear both came.',
      '“We will stay until the boat is finished,” Michael says.',
    );
    expect(speakerOf(article, 'We will stay')).toBeUndefined();
  });
});

describe('coreference: particles, names two people fit, given names compromise does not know', () => {
  it('joins a bare surname to a name that prints it after a particle ("Bashir" for Omar al-Bashir)', () => {
    const article = extract('Sudan’s former president Omar al-Bashir was arrested.', 'Bashir denies the charges.');
    expect(people(article)).toEqual(['Omar al-Bashir']);
    expect(entity(article, 'Omar al-Bashir').forms).toEqual(['Bashir']);
    expect(entity(article, 'Omar al-Bashir').sentences).toEqual(['s1', 's2']);
  });

  it('joins a shorter full name to neither of two fuller names it fits, and makes nobody new of it', () => {
    const article = extract('Lars Anna Berg and Anna Maria Berg both testified.', 'Anna Berg left first.');
    expect(people(article)).toEqual(['Lars Anna Berg', 'Anna Maria Berg']);
    for (const name of people(article)) expect(entity(article, name).sentences).toEqual(['s1']);
  });

  it('keeps apart two people who share a given name and a surname but not a middle name', () => {
    const article = extract(
      'Anna Maria Berg chairs the committee.',
      'Anna Lisa Berg, her cousin, runs the fund.',
      'Berg said nothing.',
    );
    expect(people(article)).toEqual(['Anna Maria Berg', 'Anna Lisa Berg']);
    expect(entity(article, 'Anna Maria Berg').sentences).toEqual(['s1']);
    expect(entity(article, 'Anna Maria Berg').role).toBeUndefined();
    expect(roleOf(article, 'Anna Lisa Berg')).toBe('cousin');
    expect(entity(article, 'Anna Lisa Berg').sentences).toEqual(['s2']);
  });

  it('still joins a full name with its middle name to the same name without it', () => {
    const article = extract('John Paul Stevens wrote the opinion.', 'John Stevens, a justice, said little.');
    expect(people(article)).toEqual(['John Paul Stevens']);
    expect(entity(article, 'John Paul Stevens').sentences).toEqual(['s1', 's2']);
  });

  it('joins a given name of unknown kind to the one person who has it, and gives them its quote', () => {
    const article = extract(
      'Rolfe McCartney, a farmer, sold the land.',
      '“We had no choice at all in the end,” Rolfe says.',
    );
    expect(article.entities.map((e) => e.name)).toEqual(['Rolfe McCartney']);
    expect(speakerOf(article, 'We had no choice')).toBe('Rolfe McCartney');
  });
});
