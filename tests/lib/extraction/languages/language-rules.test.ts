import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../lib/extraction/extract-article';
import { FRENCH } from '../../../../lib/extraction/languages/french';
import { GERMAN } from '../../../../lib/extraction/languages/german';
import { guessLanguage, rulesFor } from '../../../../lib/extraction/languages/language-rules';

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

describe('the languages read by rule table', () => {
  it('has tables for French and German only', () => {
    expect(rulesFor('fr')?.code).toBe('fr');
    expect(rulesFor('de')?.code).toBe('de');
    expect(rulesFor('es')).toBeUndefined();
  });

  it('guesses French and German from their common words', () => {
    expect(guessLanguage(words('Le ministre a défendu un texte devant les députés, qui ne sont pas convaincus.'))).toBe(
      'fr',
    );
    expect(
      guessLanguage(words('Die Koalition hat sich in der Nacht auf einen Haushalt für das kommende Jahr geeinigt.')),
    ).toBe('de');
    expect(guessLanguage(words('El ministro defendió el presupuesto ante los diputados.'))).toBeUndefined();
  });

  it('reads a French page that declares no language', () => {
    const article = extractArticle({
      paragraphs: [
        '« Nous ne pouvions pas laisser le pays sans budget », a déclaré le ministre, Étienne Daubigny, devant les députés.',
      ],
    });
    expect(article.language).toBe('fr');
    expect(article.entities.map((e) => e.name)).toContain('Étienne Daubigny');
  });

  it('gives a page in a language it does not read no entities and no quotes', () => {
    const article = extractArticle({
      paragraphs: ['«No vamos a ceder», dijo el ministro de Economía, Carlos Pérez, ante los diputados.'],
      language: 'es',
    });
    expect(article.sentences).toHaveLength(1);
    expect(article.entities).toEqual([]);
    expect(article.quotes).toEqual([]);
  });
});

describe('role words', () => {
  it('reads German compound and declined titles', () => {
    for (const w of [
      'bundeskanzler',
      'außenministerin',
      'bundeskanzlers',
      'sprecherin',
      'ministerpräsidentin',
      'schalke-trainerin',
      'spd-politikerin',
    ])
      expect(GERMAN.isRoleWord(w), w).toBe(true);
  });

  it('does not read German nouns as titles', () => {
    for (const w of ['kanzleramt', 'haushalt', 'regierung', 'bürgerinitiative', 'lokführergewerkschaft'])
      expect(GERMAN.isRoleWord(w), w).toBe(false);
  });

  it('reads the gender a title states, and none where it states none', () => {
    expect(GERMAN.roleGender('außenministerin')).toBe('female');
    expect(GERMAN.roleGender('bundeskanzler')).toBeUndefined();
    expect(FRENCH.roleGender('présidente')).toBe('female');
    expect(FRENCH.roleGender('capitaine')).toBeUndefined();
    expect(FRENCH.roleGender('directrice')).toBe('female');
  });

  it('reads French speech verbs in every tense news copy uses, and inverted pronouns', () => {
    for (const w of ['déclaré', 'déclare', 'déclarait', 'ajouté', 'confiait', 'souri', 'témoigne'])
      expect(FRENCH.isSpeechVerb(w), w).toBe(true);
    expect(FRENCH.invertedPronoun('a-t-il')).toEqual({ verb: 'a', pronoun: 'il' });
    expect(FRENCH.invertedPronoun('souligne-t-elle')).toEqual({ verb: 'souligne', pronoun: 'elle' });
    expect(FRENCH.invertedPronoun('Saint-Nazaire')).toBeUndefined();
  });
});

describe('the share of common words a guess needs', () => {
  it('guesses at one common word in four, not at one in five, and takes the larger share', () => {
    expect(guessLanguage(['der', 'Haushalt', 'Koalition', 'Streit'])).toBe('de');
    expect(guessLanguage(['der', 'Haushalt', 'Koalition', 'Streit', 'Berlin'])).toBeUndefined();
    expect(guessLanguage(['le', 'la', 'les', 'der', 'die', 'Paris'])).toBe('fr');
  });
});
