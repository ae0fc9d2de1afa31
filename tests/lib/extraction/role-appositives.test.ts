import { describe, expect, it } from 'vitest';
import { extract, roleOf } from '../../helpers/extraction';

describe('roles stated beside the name', () => {
  it('reads a role noun of the lexicon (", a forester, Roger Blight,")', () => {
    const article = extract('She walks the estates with a forester, Roger Blight, every winter.');
    expect(roleOf(article, 'Roger Blight')).toBe('forester');
  });

  it('reads a role noun compromise knows as an actor (", a beekeeper, Ivo Marsh,")', () => {
    const article = extract('The hives belong to a beekeeper, Ivo Marsh, who sells honey.');
    expect(roleOf(article, 'Ivo Marsh')).toBe('beekeeper');
  });

  it('reads a sports position in an appositive', () => {
    expect(roleOf(extract('Maya Ellison, a junior guard from Lake Tiller, scored 24.'), 'Maya Ellison')).toMatch(
      /^junior guard/,
    );
  });

  it('reads a role before a name with its age ("One resident, 91-year-old Edith Carne")', () => {
    expect(roleOf(extract('One resident, 91-year-old Edith Carne, lost almost £60,000.'), 'Edith Carne')).toBe(
      'resident',
    );
  });

  it('reads a role through an organisation’s name ("a former Bank of England economist")', () => {
    const article = extract('Tom Bexley, a former Bank of England economist who now runs a thinktank, disagreed.');
    expect(roleOf(article, 'Tom Bexley')).toBe('former Bank of England economist');
  });

  it('reads "X, 19, who joined as an apprentice", ending the role at a time', () => {
    const article = extract('The only employee is Jamal Hussain, 19, who joined as an apprentice two years ago.');
    expect(roleOf(article, 'Jamal Hussain')).toBe('apprentice');
  });

  it('reads the role before "named X"', () => {
    const article = extract('The boat was commissioned by a retired surgeon from Bergen named Ingrid Solberg.');
    expect(roleOf(article, 'Ingrid Solberg')).toBe('retired surgeon from Bergen');
  });

  it('does not read "a man called X" as a role', () => {
    expect(roleOf(extract('He met a man called John Ashdown at the quay.'), 'John Ashdown')).toBeUndefined();
  });
});
