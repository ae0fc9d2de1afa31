import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../../helpers/extraction';
import { extractDe, extractFr } from '../../helpers/extraction-languages';

describe('a quote after a paragraph naming two people (round 6 refusals)', () => {
  it('gives no speaker to a paragraph of quotation after a paragraph naming two people', () => {
    const article = extract(
      'Clare Ellery watched from the gallery as Nadia Brook said the vote had been rushed.',
      '“We were handed the figures on Friday night and asked to vote on Monday.”',
    );
    expect(speakerOf(article, 'We were handed')).toBeUndefined();
  });

  it('gives no speaker to "she said" after a paragraph naming two women, one reported speaking', () => {
    const article = extract(
      'Clare Ellery watched from the gallery as Nadia Brook said the vote had been rushed.',
      '“We were handed the figures on Friday night,” she said.',
    );
    expect(speakerOf(article, 'We were handed')).toBeUndefined();
  });

  it('still gives a paragraph of quotation to the one person the paragraph before names', () => {
    const article = extract(
      'Nadia Brook said the vote had been rushed.',
      '“We were handed the figures on Friday night and asked to vote on Monday.”',
    );
    expect(speakerOf(article, 'We were handed')).toBe('Nadia Brook');
  });

  it('does not let a German description choose by gender between two people of the paragraph before', () => {
    const article = extractDe(
      'Die Schauspielerin Carla Wendt und ihr Kollege Jonas Reuter standen am Abend noch auf der Bühne.',
      '„Wir spielen weiter, solange das Haus offen ist“, sagte die 34-Jährige.',
    );
    expect(speakerOf(article, 'Wir spielen')).toBeUndefined();
  });

  it('does not let a French pronoun choose by gender between two people of the paragraph before', () => {
    const article = extractFr(
      'La conseillère Inès Morel et son collègue Paul Garnier ont quitté la séance avant le vote.',
      '« Nous ne siégerons plus dans ces conditions », a-t-elle déclaré.',
    );
    expect(speakerOf(article, 'Nous ne')).toBeUndefined();
  });

  it('lets a description choose the one person of the paragraph before it was given to', () => {
    const article = extractFr(
      'La directrice, Anne Varlet, a remis le tableau peint par le peintre vaudois Louis Ruchet.',
      '« Quand les preuves sont là, un musée rend ce qu’il doit », a expliqué la directrice.',
    );
    expect(speakerOf(article, 'Quand les')).toBe('Anne Varlet');
  });

  it('does not check "sie" against a person of the paragraph before whose gender nobody stated', () => {
    const article = extractDe(
      'Sasha Okoro (41) plant den Umbau seit zwei Jahren.',
      '„Wir brauchen mehr Zeit für die Planung“, sagte sie.',
    );
    expect(speakerOf(article, 'Wir brauchen')).toBeUndefined();
  });

  it('still gives "sagte sie" to the one woman the paragraph before names', () => {
    const article = extractDe(
      'Die Architektin Noor Haddad plant den Umbau seit zwei Jahren.',
      '„Wir brauchen mehr Zeit für die Planung“, sagte sie.',
    );
    expect(speakerOf(article, 'Wir brauchen')).toBe('Noor Haddad');
  });
});
