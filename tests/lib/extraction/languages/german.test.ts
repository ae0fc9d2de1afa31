import { describe, expect, it } from 'vitest';
import { kindOf, people, roleOf } from '../../../helpers/extraction';
import { extractDe } from '../../../helpers/extraction-languages';

describe('German role words', () => {
  it('reads a district treasurer, a firm’s partner and a district councillor as titles', () => {
    const article = extractDe(
      'Kreiskämmerer Bernd Oltmanns legte die Zahlen vor.',
      'Die Analyse stammt von Partnerin Sabine Dörrich, die das Haus berät.',
      'Kreisrat Jonas Pfleiderer stimmte dagegen.',
    );
    expect(people(article)).toEqual(['Bernd Oltmanns', 'Sabine Dörrich', 'Jonas Pfleiderer']);
    expect(roleOf(article, 'Bernd Oltmanns')).toBe('Kreiskämmerer');
    expect(roleOf(article, 'Sabine Dörrich')).toBe('Partnerin');
    expect(roleOf(article, 'Jonas Pfleiderer')).toBe('Kreisrat');
  });
});

describe('German organisation words', () => {
  it('reads a regional authority, a court and a consumer office with a place for organisations', () => {
    const article = extractDe(
      'Das Regierungspräsidium Tübingen prüft den Haushalt.',
      'Vor dem Landgericht Osnabrück beginnt der Prozess. Die Verbraucherzentrale Niedersachsen warnt.',
    );
    expect(kindOf(article, 'Regierungspräsidium Tübingen')).toBe('organisation');
    expect(kindOf(article, 'Landgericht Osnabrück')).toBe('organisation');
    expect(kindOf(article, 'Verbraucherzentrale Niedersachsen')).toBe('organisation');
  });
});
