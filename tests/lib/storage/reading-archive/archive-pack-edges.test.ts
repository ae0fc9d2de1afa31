/**
 * Export and import at their edges (archive-packs.ts): a stored article that no longer passes the
 * pack checks is left out of an export rather than written broken; an import as long as any export
 * is read; a date that names no day dates the article now; each save refusal says why.
 */
import { type IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_DB_NAME } from '../../../../lib/storage/reading-archive/archive-schema';
import { inEnglish } from '../../../helpers/messages';
import { articleStory, DAY, freshArchive, names, read, T0 } from './archive-test-stories';

afterEach(() => {
  vi.restoreAllMocks();
});

const fidan = (url: string, date = '2025-05-16') =>
  articleStory({ url, date, entities: [{ name: 'Hakan Fidan', role: 'Minister', says: ['We want peace'] }] });

async function rawDatabase(factory: IDBFactory) {
  const db = await wrap(factory.open(ARCHIVE_DB_NAME));
  if (!db) throw new Error('no database');
  return db;
}

describe('an export of an archive with damaged articles', () => {
  it('leaves out an article whose story no longer passes the pack checks, and one that is not a story, keeping the rest in order', async () => {
    const { archive, factory } = await freshArchive();
    for (const n of [1, 2, 3, 4])
      await read(
        archive,
        { url: `https://news.example/${n}`, entities: [{ name: 'Hakan Fidan', says: ['Peace'] }] },
        T0 + n * DAY,
      );
    const raw = await rawDatabase(factory);
    const second = await raw.get('articles', 'https://news.example/2');
    // Still a story in shape, but its quote is no longer in its sentence.
    const unverbatim = { ...second.story, quotes: [{ ...second.story.quotes[0], text: 'Words never said' }] };
    await raw.put('articles', { ...second, story: unverbatim });
    await raw.put('articles', { ...(await raw.get('articles', 'https://news.example/3')), story: { id: 'broken' } });
    raw.close();
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual([
      'https://news.example/1',
      'https://news.example/4',
    ]);
  });
});

describe('an import at its edges', () => {
  it('reads a list exactly as long as the longest export, story by story', async () => {
    const { archive } = await freshArchive();
    const outcome = await archive.importPacks(new Array(20_000).fill(null));
    expect(outcome.imported).toBe(0);
    expect(outcome.refused).toHaveLength(20_000);
    expect(inEnglish(outcome.refused.slice(-1))).toEqual([
      'Story 20000: A story pack must be a JSON object ({ … }), one story per file.',
    ]);
  });

  it('dates an article whose date names no real day by when it is imported', async () => {
    const now = T0 + 30 * DAY;
    const { archive } = await freshArchive({ now: () => now });
    expect(await archive.importPacks([fidan('https://news.example/odd', '2025-13-45')])).toEqual({
      imported: 1,
      refused: [],
    });
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 });
    expect(earlier?.articles.map((a) => a.readAt)).toEqual([now]);
  });

  it('dates an article given only a year or a month by its first day', async () => {
    const { archive } = await freshArchive({ now: () => Date.UTC(2030, 0, 1) });
    await archive.importPacks([
      fidan('https://news.example/year', '2024'),
      fidan('https://news.example/month', '2025-03'),
    ]);
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 });
    expect(earlier?.articles.map((a) => [a.url, a.readAt])).toEqual([
      ['https://news.example/month', Date.UTC(2025, 2, 1)],
      ['https://news.example/year', Date.UTC(2024, 0, 1)],
    ]);
  });

  it('says which story was not saved because the archive could not be written, and imports the others', async () => {
    const { archive } = await freshArchive();
    const put = IDBObjectStore.prototype.put;
    let failing = true;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (failing && this.name === 'articles') {
        failing = false;
        throw new DOMException('disk', 'UnknownError');
      }
      return put.apply(this, args);
    });
    const outcome = await archive.importPacks([fidan('https://news.example/a'), fidan('https://news.example/b')]);
    expect(inEnglish(outcome)).toEqual({
      imported: 1,
      refused: ['Story 1: not saved (the archive could not be written).'],
    });
  });

  it('names only the first problem of a story with just one', async () => {
    const { archive } = await freshArchive();
    const story = fidan('https://news.example/a');
    const outcome = await archive.importPacks([{ ...story, title: '' }]);
    expect(outcome.refused).toHaveLength(1);
    expect(inEnglish(outcome.refused)[0]).toMatch(/^Story 1: \$\.title: /);
    expect(inEnglish(outcome.refused)[0]).not.toMatch(/more\)/);
  });
});
