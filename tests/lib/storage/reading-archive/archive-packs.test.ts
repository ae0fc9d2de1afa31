import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../data/schema';
import { validateStories } from '../../../../data/validate';
import { syntheticReading } from '../../../../scripts/reading-archive-synthetic';
import { inEnglish, say, sayInUkrainian } from '../../../helpers/messages';
import { articleStory, freshArchive, names, T0 } from './archive-test-stories';

const valid = articleStory({
  url: 'https://news.example/ok',
  date: '2025-05-16',
  entities: [{ name: 'Hakan Fidan', role: 'Foreign Minister', says: ['We want the war to end'] }],
});

describe('export and import of the archive', () => {
  it('exports one valid story pack per article, oldest first, and imports them into another archive', async () => {
    const reading = syntheticReading({ count: 40, seed: 11 });
    const { archive } = await freshArchive();
    for (const { story, visit } of reading) await archive.save(story, visit);
    const packs = await archive.exportPacks();
    expect(packs.map((pack) => pack.article.url)).toEqual(reading.map(({ visit }) => visit.url));
    for (const pack of packs) expect(validateStories([{ file: pack.id, data: pack }]).problems).toEqual([]);

    const elsewhere = (await freshArchive()).archive;
    expect(await elsewhere.importPacks(JSON.parse(JSON.stringify(packs)))).toEqual({ imported: 40, refused: [] });
    // Read times are not in a pack: imported articles are dated by their day, so same-day ones may swap.
    const byId = (list: Story[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(await elsewhere.exportPacks())).toEqual(byId(packs));
    const someone = packs[0]?.entities[0];
    const ask = names(
      someone?.name ?? '',
      someone?.aliases.map((a) => a.text),
    );
    const here = await archive.earlier(ask, { exceptUrl: '', limit: 5 });
    const there = await elsewhere.earlier(ask, { exceptUrl: '', limit: 5 });
    const roles = (reading: typeof here) => reading?.roles.map((r) => `${r.article.url} ${r.text}`).sort();
    expect(roles(there)).toEqual(roles(here));
    expect(there?.articles.length).toBe(here?.articles.length);
    // Eighty article saves through fake-indexeddb: on a loaded machine more than vitest's default limit.
  }, 30_000);

  it('dates an imported article by the article’s date, never in the future', async () => {
    const { archive } = await freshArchive({ now: () => Date.UTC(2025, 5, 1) });
    const future = { ...valid, article: { ...valid.article, url: 'https://news.example/f', date: '2031-01-01' } };
    await archive.importPacks([valid, future]);
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 });
    expect(earlier?.articles.map((a) => [a.url, a.readAt])).toEqual([
      ['https://news.example/f', Date.UTC(2025, 5, 1)],
      ['https://news.example/ok', Date.UTC(2025, 4, 16)],
    ]);
  });
});

describe('importing what a hostile or broken file holds', () => {
  it('refuses anything but a list, in one line, without throwing', async () => {
    const { archive } = await freshArchive();
    for (const data of [null, undefined, 42, 'stories', { stories: [] }, valid]) {
      const outcome = await archive.importPacks(data);
      expect(outcome.imported).toBe(0);
      expect(inEnglish(outcome.refused)).toEqual([
        'The file is not a reading archive export: it must hold a list of stories ([ … ]).',
      ]);
    }
  });

  it('refuses each bad story with a line saying which and why, and imports the good ones', async () => {
    const { archive } = await freshArchive();
    const noUrl = { ...valid, article: { ...valid.article, url: undefined } };
    const notVerbatim = { ...valid, quotes: [{ ...valid.quotes[0], text: 'We never said this' }] };
    const throwing = {};
    Object.defineProperty(throwing, 'schemaVersion', {
      enumerable: true,
      get() {
        throw new Error('a getter that throws');
      },
    });
    const outcome = await archive.importPacks([
      null,
      [],
      { ...valid, schemaVersion: 99 },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      noUrl,
      { ...valid, article: { ...valid.article, url: 'javascript:alert(1)' } },
      notVerbatim,
      throwing,
      valid,
    ]);
    expect(outcome.imported).toBe(1);
    expect(inEnglish(outcome.refused)).toEqual([
      'Story 1: A story pack must be a JSON object ({ … }), one story per file.',
      'Story 2: A story pack must be a JSON object ({ … }), one story per file.',
      expect.stringMatching(/^Story 3: This pack was made by a newer Backstory \(story format 99/),
      'Story 4: $.__proto__: The key "__proto__" is not allowed in a story pack.',
      'Story 5: $.article.url: an archived article needs the web address it was read from.',
      'Story 6: $.article.url: an archived article needs the web address it was read from.',
      expect.stringMatching(/^Story 7: \$\.quotes\[0\]\.text: quote is not verbatim/),
      'Story 8: could not be read (a getter that throws).',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await archive.usage()).articles).toBe(1);
  });

  it('refuses a list longer than any export, before reading it', async () => {
    const { archive } = await freshArchive();
    const outcome = await archive.importPacks(new Array(20_001).fill(valid));
    expect(inEnglish(outcome)).toEqual({
      imported: 0,
      refused: ['The file holds 20,001 stories; an archive export holds at most 20,000.'],
    });
  });

  it('names a story’s first problem and how many more it has, in English and Ukrainian', async () => {
    const { archive } = await freshArchive();
    const broken = { schemaVersion: 1, id: 'half-a-story' };
    const { problems } = validateStories([{ file: '1', data: broken }]);
    expect(problems.length).toBeGreaterThan(2);
    const [first] = problems;
    const [refusal] = (await archive.importPacks([broken])).refused;
    expect(refusal && say(refusal)).toBe(
      `Story 1: ${first?.path}: ${first?.message} (and ${problems.length - 1} more)`,
    );
    expect(refusal && sayInUkrainian(refusal)).toMatch(
      new RegExp(`^Запис 1: .+ \\(і ще ${problems.length - 1} (проблема|проблеми|проблем)\\)$`),
    );
  });

  it('says why a valid story was not kept', async () => {
    const { archive } = await freshArchive({ maxBytes: 50, now: () => T0 });
    expect(inEnglish(await archive.importPacks([valid]))).toEqual({
      imported: 0,
      refused: ['Story 1: not saved (the browser has no room left for the archive).'],
    });
  });
});
