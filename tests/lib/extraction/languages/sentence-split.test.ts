import { describe, expect, it } from 'vitest';
import { FRENCH } from '../../../../lib/extraction/languages/french';
import { GERMAN } from '../../../../lib/extraction/languages/german';
import { splitWithRules } from '../../../../lib/extraction/languages/sentence-split';

const split = (text: string, rules = FRENCH) => splitWithRules(text, rules).map((s) => text.slice(s.start, s.end));

describe('sentence ends in French and German', () => {
  it('does not end a sentence after "M." or "Mme"', () => {
    expect(split('Selon M. Daubigny, le texte passera. Mme Kervella le conteste.')).toEqual([
      'Selon M. Daubigny, le texte passera.',
      'Mme Kervella le conteste.',
    ]);
  });

  it('ends a sentence after a closing « » quote', () => {
    expect(split('« Nous partons demain. » Il a ensuite quitté la salle.')).toEqual([
      '« Nous partons demain. »',
      'Il a ensuite quitté la salle.',
    ]);
  });

  it('begins the next sentence with a quote it opens after a full stop, in French and in German', () => {
    expect(split('Le maire a parlé. « Nous rouvrirons le pont », a-t-il dit.')).toEqual([
      'Le maire a parlé.',
      '« Nous rouvrirons le pont », a-t-il dit.',
    ]);
    expect(split('Sie zögerte. »Wir bleiben«, sagte sie. Dann ging sie.', GERMAN)).toEqual([
      'Sie zögerte.',
      '»Wir bleiben«, sagte sie.',
      'Dann ging sie.',
    ]);
    expect(split('»Wir bleiben hier.« Dann ging sie.', GERMAN)).toEqual(['»Wir bleiben hier.«', 'Dann ging sie.']);
    expect(split('« Fin du débat. » « Vraiment ? » demanda-t-il.')).toEqual([
      '« Fin du débat. »',
      '« Vraiment ? » demanda-t-il.',
    ]);
  });

  it('does not end a sentence after "z. B.", "Nr." or "Prof. Dr."', () => {
    expect(
      split('Genannt wurden z. B. Schichtdienste. Das Gesetz Nr. 3 kommt. Prof. Dr. Lamprecht sagte das.', GERMAN),
    ).toEqual(['Genannt wurden z. B. Schichtdienste.', 'Das Gesetz Nr. 3 kommt.', 'Prof. Dr. Lamprecht sagte das.']);
  });

  it('reads a German ordinal as part of the sentence, a year as its end', () => {
    expect(split('Er traf in der 34. Minute. Das war 2026. Danach nicht mehr.', GERMAN)).toEqual([
      'Er traf in der 34. Minute.',
      'Das war 2026.',
      'Danach nicht mehr.',
    ]);
  });

  it('ends a sentence after „…“ closed by the German closing mark', () => {
    expect(split('„Wir kommen wieder.“ Die Fans jubelten.', GERMAN)).toEqual([
      '„Wir kommen wieder.“',
      'Die Fans jubelten.',
    ]);
  });
});
