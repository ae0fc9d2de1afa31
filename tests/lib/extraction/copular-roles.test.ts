import { describe, expect, it } from 'vitest';
import { copularRoleStart, namesAPerson } from '../../../lib/extraction/copular-roles';
import { entity, extract, kindOf, people, roleOf, speakerOf } from '../../helpers/extraction';
import { wordsOf } from '../../helpers/tokens';

/** The first word of the role phrase stated of `name` (and its owner's word), or null. */
function roleStart(sentence: string, name: string): { from: string; owner?: string } | null {
  const w = wordsOf(sentence);
  const start = copularRoleStart(w.text, w.tokens, w.at(name));
  if (!start) return null;
  const from = w.tokens[start.from]?.text ?? '';
  return start.owner === undefined ? { from } : { from, owner: w.tokens[start.owner]?.text };
}

describe('where a role stated with "is" or "was" starts', () => {
  it('starts after "is the", "was a" and "is now a"', () => {
    expect(roleStart('Szabo is the police chief.', 'Szabo')).toEqual({ from: 'police' });
    expect(roleStart('Szabo was a police chief.', 'Szabo')).toEqual({ from: 'police' });
    expect(roleStart('Szabo is now a police chief.', 'Szabo')).toEqual({ from: 'police' });
  });

  it('starts after an owner’s possessive, which it keeps ("is Ofwat’s", "is still the county’s")', () => {
    expect(roleStart('Szabo is Ofwat’s chief.', 'Szabo')).toEqual({ from: 'chief', owner: 'Ofwat’s' });
    expect(roleStart('Szabo is still the county’s health officer.', 'Szabo')).toEqual({
      from: 'health',
      owner: 'county’s',
    });
  });

  it('reads past an age set off by commas, and only by commas', () => {
    expect(roleStart('Rhys-Pritchard, 38, is the MP for Ceredigion North.', 'Rhys-Pritchard')).toEqual({ from: 'MP' });
    expect(roleStart('Rhys-Pritchard, 38 is the MP for Ceredigion North.', 'Rhys-Pritchard')).toBeNull();
    expect(roleStart('Rhys-Pritchard, 1234, is the MP for Ceredigion North.', 'Rhys-Pritchard')).toBeNull();
  });

  it('needs the name right before "is" or "was", and a determiner or owner after it', () => {
    expect(roleStart('Szabo, is the police chief.', 'Szabo')).toBeNull();
    expect(roleStart('Szabo seems the police chief.', 'Szabo')).toBeNull();
    expect(roleStart('Szabo is police chief.', 'Szabo')).toBeNull();
    expect(roleStart('It was Szabo.', 'Szabo')).toBeNull();
  });

  it('reads only the words "is", "was", "now", "also", "still" and a determiner as such', () => {
    expect(roleStart('Szabo issued a warning.', 'Szabo')).toBeNull();
    expect(roleStart('Szabo is nowadays the police chief.', 'Szabo')).toBeNull();
    expect(roleStart('Szabo is Cuban by birth.', 'Szabo')).toBeNull();
    expect(roleStart('Szabo is angry about the result.', 'Szabo')).toBeNull();
  });

  it('reads no role when a paragraph ends on "is"', () => {
    const w = wordsOf('That is just how Szabo is', 'Then he left.');
    expect(copularRoleStart(w.text, w.tokens, w.at('Szabo'))).toBeNull();
  });

  it('reads no role, and does not fail, when the text ends on "is" or "is the"', () => {
    expect(roleStart('That is just how Szabo is', 'Szabo')).toBeNull();
    expect(roleStart('Szabo is the', 'Szabo')).toBeNull();
    expect(people(extract('He spoke on Monday.', 'That is just how Szabo is.'))).toEqual(['Szabo']);
  });

  it('leaves a capitalised word alone after "is a" to the role shapes ("X is a Conservative")', () => {
    expect(roleStart('Szabo is a Conservative.', 'Szabo')).toBeNull();
    expect(roleStart('Szabo is a Conservative member.', 'Szabo')).toEqual({ from: 'Conservative' });
  });

  it('knows the heads bodies take as readily as people', () => {
    expect(namesAPerson('Leader')).toBe(false);
    expect(namesAPerson('host')).toBe(false);
    expect(namesAPerson('chief')).toBe(true);
  });
});

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
