import { describe, expect, it } from 'vitest';
import { roleOf } from '../../../helpers/extraction';
import { extractDe } from '../../../helpers/extraction-languages';

describe('German roles stated by a copula', () => {
  it('reads "X ist Landrätin" and "X war bis 2023 Trainer beim …" as roles', () => {
    const article = extractDe(
      'Sabine Dörrich ist Landrätin. Sie will bleiben.',
      'Thomas Brügge war bis 2023 Trainer beim SV Kirchau, als der Abstieg kam.',
    );
    expect(roleOf(article, 'Sabine Dörrich')).toBe('Landrätin');
    expect(roleOf(article, 'Thomas Brügge')).toBe('Trainer beim SV Kirchau');
  });

  it('reads no role from a predicate that is not a role word ("ist seit Jahren Mitglied im Rat")', () => {
    const article = extractDe(
      'Sabine Dörrich ist seit Jahren Mitglied im Rat.',
      'Thomas Brügge war Gast beim Trainer des Vereins.',
    );
    expect(roleOf(article, 'Sabine Dörrich')).toBeUndefined();
    expect(roleOf(article, 'Thomas Brügge')).toBeUndefined();
  });

  it('reads the role of an age description opening the next sentence ("Der 61-Jährige war … Vertriebschef")', () => {
    const article = extractDe(
      '»Wir waren fair«, sagt Rüdiger Oberschelp. Der 61-Jährige war bis 2023 Vertriebschef der Nordzement AG, eines Herstellers.',
    );
    expect(roleOf(article, 'Rüdiger Oberschelp')).toBe('Vertriebschef der Nordzement AG');
  });

  it('reads no role from an age description of the other gender', () => {
    const article = extractDe(
      'Sabine Dörrich sprach zuerst. Der 61-Jährige war bis 2023 Vertriebschef der Nordzement AG.',
    );
    expect(roleOf(article, 'Sabine Dörrich')).toBeUndefined();
  });
});
