import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../helpers/extraction';
import { extractDe } from '../../../helpers/extraction-languages';

describe('a quote after a sentence that reports one person’s speech', () => {
  it('gives the quote to the subject of "sagte der <Titel> der …, X," in the sentence before', () => {
    const article = extractDe(
      'Die Kommune ist verärgert. Das Land habe zu spät gehandelt, sagte der Vorsitzende des Städtetags, Martin Oberdieck, am Freitag. „Wir haben seit Jahren gewarnt.“',
    );
    expect(speakerOf(article, 'Wir haben seit')).toBe('Martin Oberdieck');
  });

  it('gives the quote to "sagt Dr. X, Partner der …" even when the paragraph named someone before', () => {
    const article = extractDe(
      'Chefin Julia Hessler will umbauen. Ohne Streit gehe das nicht, sagt Dr. Jonas Pfleiderer, Partner der Kanzlei. „Jede Übergabe hat ihren Preis.“',
    );
    expect(speakerOf(article, 'Jede Übergabe hat')).toBe('Jonas Pfleiderer');
  });

  it('gives no speaker when the sentence before names two people', () => {
    const article = extractDe(
      'Chefin Julia Hessler will umbauen. Ohne Streit gehe das nicht, sagte Dr. Jonas Pfleiderer über Sabine Dörrich. „Jede Übergabe hat ihren Preis.“',
    );
    expect(speakerOf(article, 'Jede Übergabe hat')).toBeUndefined();
  });

  it('gives no speaker when the person of the sentence before is not the subject of its verb of speech', () => {
    const article = extractDe(
      'Chefin Julia Hessler will umbauen. Die Belegschaft sagte Jonas Pfleiderer ihre Meinung. „Jede Übergabe hat ihren Preis.“',
    );
    expect(speakerOf(article, 'Jede Übergabe hat')).toBeUndefined();
  });
});

describe('a quote after a sentence whose subject is a description ("Die 74-Jährige schüttelte den Kopf.")', () => {
  it('gives the quote to the one person of that gender the paragraph names', () => {
    const article = extractDe(
      'Betriebsrätin Sevgi Kaplan sitzt im Pausenraum. Ob Stellen wegfallen? Die 45-Jährige schüttelt den Kopf. »Das hat man uns zugesagt.«',
    );
    expect(speakerOf(article, 'Das hat man uns')).toBe('Sevgi Kaplan');
  });

  it('gives the quote to the person the article gave that age, not to the one the paragraph names', () => {
    const article = extractDe(
      'Helga Brünninghaus, 74, hatte alles angelegt.',
      'Ob sie verzeihen könne, wollte Richter Henning Loxtermann wissen. Die 74-Jährige schüttelte den Kopf. „Nicht, solange er schweigt.“',
    );
    expect(speakerOf(article, 'Nicht, solange er')).toBe('Helga Brünninghaus');
  });

  it('gives no speaker to a person the article gave another age', () => {
    const article = extractDe(
      'Richter Henning Loxtermann, 58, fragte nach. Die 74-Jährige schüttelte den Kopf. „Nicht, solange er schweigt.“',
    );
    expect(speakerOf(article, 'Nicht, solange er')).toBeUndefined();
  });

  it('gives no speaker after a sentence that names someone beside the description', () => {
    const article = extractDe(
      'Betriebsrätin Sevgi Kaplan sitzt im Pausenraum. Die 45-Jährige sieht Julia Hessler an. »Das hat man uns zugesagt.«',
    );
    expect(speakerOf(article, 'Das hat man uns')).toBeUndefined();
  });
});

describe('a quote after a sentence with a number written with a thousands point', () => {
  it('reads "86.000 Euro" as inside the sentence, whose subject speaks next', () => {
    const article = extractDe(
      'Als Zeugin sagte eine Anlegerin aus. Helga Brünninghaus hatte 86.000 Euro in den Fonds gesteckt. „Er saß bei mir in der Küche.“',
    );
    expect(speakerOf(article, 'Er saß bei mir')).toBe('Helga Brünninghaus');
  });
});
