import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStories } from '../../../../data/validate';
import { readArticle } from '../../../../lib/extraction/read-article';

const devPage = (name: string) =>
  readFileSync(join(__dirname, '../../../fixtures/extraction-dev', `${name}.html`), 'utf8').replace(
    /^[\s\S]*<body>|<\/body>[\s\S]*$/g,
    '',
  );

describe('a French or German article as a story', () => {
  for (const [name, language, person, role] of [
    ['fr-budget-assemblee', 'fr', 'Étienne Daubigny', "ministre de l'Économie"],
    ['de-haushalt-bundestag', 'de', 'Friedrich Albers', 'Bundeskanzler'],
  ] as const) {
    it(`is a valid story with roles and attributed quotes (${language})`, () => {
      const story = readArticle(
        { url: `https://news.example/${name}`, html: devPage(name), language },
        new Map(),
        '2026-12-06',
      );
      expect(story).toBeDefined();
      expect(validateStories([{ file: 'article', data: story }]).problems).toEqual([]);
      const entity = story?.entities.find((e) => e.name === person);
      expect(JSON.stringify(entity)).toContain(role);
      expect(story?.quotes?.some((q) => q.speaker === entity?.id)).toBe(true);
    });
  }
});

describe('bylines', () => {
  it('reads a short line of names, cities and commas as a byline, not a sentence or a titled name', async () => {
    const { isByline } = await import('../../../../lib/extraction/languages/read-with-rules');
    const { GERMAN } = await import('../../../../lib/extraction/languages/german');
    expect(isByline('Kathrin Vogelsang, Jan-Hendrik Brauer Düsseldorf, Frankfurt', GERMAN)).toBe(true);
    expect(isByline('Fabian Reusser, Bern', GERMAN)).toBe(true);
    expect(isByline('Bundeskanzler Friedrich Albers, Berlin', GERMAN)).toBe(false);
    expect(isByline('Merz, Söder und die Union', GERMAN)).toBe(false);
  });
});

describe('bylines after the fourth round of pages', () => {
  it('reads a correspondent’s line as a byline, not a headline that opens with "Von der"', async () => {
    const { isByline } = await import('../../../../lib/extraction/languages/read-with-rules');
    const { FRENCH } = await import('../../../../lib/extraction/languages/french');
    const { GERMAN } = await import('../../../../lib/extraction/languages/german');
    expect(isByline('De notre envoyée spéciale à Dakar, Hélène Béraud', FRENCH)).toBe(true);
    expect(isByline('Von unserem Korrespondenten Jakob Hellwig, Warschau', GERMAN)).toBe(true);
    expect(isByline('Von der Leyen warnt vor einem Handelskrieg', GERMAN)).toBe(false);
    expect(isByline('De notre point de vue, rien ne change.', FRENCH)).toBe(false);
  });
});

describe('credit lines at the foot, in unseen beats', () => {
  it('reads a correspondent’s or a comment’s credit that ends with a full stop as a credit, not a sentence with "von"', async () => {
    const { isCreditLine } = await import('../../../../lib/extraction/languages/read-with-rules');
    const { FRENCH } = await import('../../../../lib/extraction/languages/french');
    const { GERMAN } = await import('../../../../lib/extraction/languages/german');
    expect(isCreditLine('Avec notre correspondant à Troyes, Mathis Le Goff.', FRENCH)).toBe(true);
    expect(isCreditLine('Lesen Sie dazu auch den Kommentar von Jonte Albers auf Seite 3.', GERMAN)).toBe(true);
    expect(isCreditLine('Das sagte der Anwalt von Petra Lindner.', GERMAN)).toBe(false);
  });
});
