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
