import { describe, expect, it } from 'vitest';
import { entity, extract, kindOf, people, roleOf, speakerOf } from '../../helpers/extraction';

describe('a role stated in a sentence of its own ("X is the …")', () => {
  it('reads the role after "is the" when no other shape states one', () => {
    const article = extract(
      'Seventeen of the cases are in children, according to Dr. Miguel Arrieta. Arrieta is the county’s health officer and has led the response.',
    );
    expect(roleOf(article, 'Miguel Arrieta')).toBe('health officer');
  });

  it('keeps an owner named before the role apart, as its affiliation', () => {
    const article = extract('Helen Marsh-Oduya gave evidence. Marsh-Oduya is Ofwat’s interim chief executive.');
    expect(roleOf(article, 'Helen Marsh-Oduya')).toBe('interim chief executive');
    expect(entity(article, 'Helen Marsh-Oduya').affiliation?.text).toBe('Ofwat');
  });

  it('reads the role after an age in commas and keeps its seat', () => {
    const article = extract(
      'Aled Rhys-Pritchard stayed out of it. Rhys-Pritchard, 38, is the MP for Ceredigion North.',
    );
    expect(roleOf(article, 'Aled Rhys-Pritchard')).toBe('MP for Ceredigion North');
  });

  it('makes a person of a surname only a copular role says is one', () => {
    const article = extract('The committee met at noon. Marsh-Oduya is the interim chief executive of the regulator.');
    expect(people(article)).toEqual(['Marsh-Oduya']);
    expect(roleOf(article, 'Marsh-Oduya')).toBe('interim chief executive of the regulator');
  });

  it('makes no person of a body "is the leader" or a thing "is the ultimate …"', () => {
    expect(people(extract('Acme is the leader in industrial glue.'))).toEqual([]);
    expect(people(extract('The Xbox One X is the ultimate video game system.'))).toEqual([]);
  });

  it('reads a regulator as a body, not a person\'s role ("Ofwat, the water regulator,")', () => {
    expect(people(extract('Ofwat, the water regulator, said it would open an investigation.'))).toEqual([]);
  });

  it('takes the last noun of the phrase as its head ("a special player" is a player, which bodies are too)', () => {
    expect(people(extract('Kestrel is a special player in the lager market.'))).toEqual([]);
  });

  it('gives the full name the kind its stated surname has, so the person is one and speaks', () => {
    const article = extract(
      'The committee also heard from Helen Marsh-Oduya. Marsh-Oduya is the interim chief executive of Ofwat, the water regulator.',
      '“We are, frankly, cleaning up their mess,” she said.',
    );
    expect(people(article)).toEqual(['Helen Marsh-Oduya']);
    expect(kindOf(article, 'Ofwat')).toBe('organisation');
    expect(speakerOf(article, 'We are, frankly')).toBe('Helen Marsh-Oduya');
  });
});
