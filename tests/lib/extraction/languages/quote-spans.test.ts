import { describe, expect, it } from 'vitest';
import { FRENCH } from '../../../../lib/extraction/languages/french';
import { GERMAN } from '../../../../lib/extraction/languages/german';
import { findQuotesWithRules } from '../../../../lib/extraction/languages/quote-spans';

const quotes = (text: string, rules = FRENCH) =>
  findQuotesWithRules(text, [{ start: 0, end: text.length, paragraph: 0 }], rules).map((s) =>
    text.slice(s.start, s.end),
  );

describe('quote marks in French and German', () => {
  it('pairs French guillemets and trims the spaces inside them', () => {
    expect(quotes('« Nous ne céderons pas », a déclaré M. Daubigny.')).toEqual(['Nous ne céderons pas']);
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    expect(quotes('« Il m’a dit “jamais” ce matin », raconte-t-elle.')).toEqual(['Il m’a dit “jamais” ce matin']);
  });

  it('pairs „…“ in German, where “ closes', () => {
    expect(quotes('„Wir haben einen Haushalt“, sagte Albers. „Und einen Plan“, fügte er hinzu.', GERMAN)).toEqual([
      'Wir haben einen Haushalt',
      'Und einen Plan',
    ]);
  });

  it('pairs »…« in German, where » opens', () => {
    expect(quotes('»Ohne Schlichtung wird das nichts«, sagte er.', GERMAN)).toEqual([
      'Ohne Schlichtung wird das nichts',
    ]);
  });

  it('pairs «…» in German, as the agencies’ wire copy prints it', () => {
    expect(
      quotes('Die Vorgaben seien «praxisfern und kaum wirksam», sagte er. »Das reicht«, sagte sie.', GERMAN),
    ).toEqual(['praxisfern und kaum wirksam', 'Das reicht']);
  });

  it('runs a quote left open to the paragraph’s end', () => {
    expect(quotes('« Nous irons jusqu’au bout, et nous gagnerons.')).toEqual([
      'Nous irons jusqu’au bout, et nous gagnerons.',
    ]);
  });
});
