/**
 * How a save files an article's people under identities that outlive any one article
 * (archive-writes.ts): the names and ids an identity gathers are kept as it grows, a given name is
 * never taken for a surname, a role is kept only with the sentence that states it, and what an
 * article adds is counted in the archive's bytes exactly.
 */
import type { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../data/schema';
import { ARCHIVE_DB_NAME } from '../../../../lib/storage/reading-archive/archive-schema';
import { articleStory, DAY, freshArchive, names, read, T0, visitOf } from './archive-test-stories';

async function rawDatabase(factory: IDBFactory) {
  const db = await wrap(factory.open(ARCHIVE_DB_NAME));
  if (!db) throw new Error('no database');
  return db;
}

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('the bytes an article adds', () => {
  it('are those of its record and of each of its mention rows, as UTF-8 JSON', async () => {
    const { archive, factory } = await freshArchive();
    await read(
      archive,
      {
        url: 'https://news.example/ü',
        entities: [
          { name: 'Hakan Fidan', role: 'Außenminister', says: ['Barış istiyoruz'] },
          { name: 'Marco Rubio', role: 'Secretary of State' },
        ],
      },
      T0,
    );
    const raw = await rawDatabase(factory);
    const record = await raw.get('articles', 'https://news.example/ü');
    const rows = await raw.getAllFromIndex('mentions', 'url', 'https://news.example/ü');
    raw.close();
    expect(rows).toHaveLength(2);
    const expected = utf8({ ...record, bytes: 0 }) + rows.reduce((sum, row) => sum + utf8(row), 0);
    expect(record.bytes).toBe(expected);
    expect((await archive.usage()).bytes).toBe(expected);
  });
});

describe('an identity as it grows', () => {
  it('keeps every full name it was given, so any of them finds the person later', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: 'https://a.example/1', entities: [{ name: 'Recep Tayyip Erdoğan' }] }, T0);
    await read(archive, { url: 'https://a.example/2', entities: [{ name: 'Tayyip Erdoğan' }] }, T0 + DAY);
    await read(archive, { url: 'https://a.example/3', entities: [{ name: 'Recep Tayyip Erdoğan' }] }, T0 + 2 * DAY);
    expect((await archive.people('recep', 10)).map((p) => [p.name, p.articleCount])).toEqual([
      ['Recep Tayyip Erdoğan', 3],
    ]);
  });

  it('keeps a curated id it was filed under after an article that gave another, so the id still joins spellings', async () => {
    const { archive } = await freshArchive();
    const spelled = (name: string, id: string) => ({ name, id, aliases: [name] });
    await read(
      archive,
      { url: 'https://a.example/1', entities: [spelled('Volodymyr Zelenskyy', 'volodymyr-zelensky')] },
      T0,
    );
    await read(
      archive,
      { url: 'https://a.example/2', entities: [spelled('Volodymyr Zelenskyy', 'volodymyr-zelenskyy')] },
      T0 + DAY,
    );
    await read(
      archive,
      { url: 'https://a.example/3', entities: [spelled('Wolodymyr Selenskyj', 'volodymyr-zelensky')] },
      T0 + 2 * DAY,
    );
    expect((await archive.people('', 10)).map((p) => [p.name, p.articleCount])).toEqual([['Volodymyr Zelenskyy', 3]]);
  });

  it('never takes a given name for a surname: an article naming only that name is filed under no one', async () => {
    const { archive } = await freshArchive();
    const erdogan = {
      name: 'Recep Tayyip Erdoğan',
      givenNames: ['Recep', 'Tayyip'],
      aliases: ['Recep Tayyip Erdoğan', 'Tayyip'],
    };
    await read(archive, { url: 'https://a.example/1', entities: [erdogan] }, T0);
    await read(archive, { url: 'https://a.example/2', entities: [{ name: 'Tayyip', aliases: ['Tayyip'] }] }, T0 + DAY);
    const earlier = await archive.earlier(names('Recep Tayyip Erdoğan'), { exceptUrl: '', limit: 1 });
    expect(earlier?.articles.map((a) => a.url)).toEqual(['https://a.example/1']);
  });
});

describe('a role without the sentence that states it', () => {
  it('is not kept, and the person and their article are, readable', async () => {
    const story = articleStory({
      url: 'https://news.example/unsourced',
      entities: [{ name: 'Hakan Fidan', role: 'Foreign Minister', facts: ['Fidan flew to Istanbul.'] }],
    });
    const unsourced: Story = {
      ...story,
      entities: story.entities.map((entity) => ({ ...entity, role: { text: 'Foreign Minister' } })),
    };
    const { archive } = await freshArchive();
    expect((await archive.save(unsourced, visitOf(unsourced, T0))).saved).toBe(true);
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 5 });
    expect(earlier?.articles.map((a) => a.url)).toEqual(['https://news.example/unsourced']);
    expect(earlier?.roles).toEqual([]);
    expect((await archive.people('', 5)).map((p) => [p.name, p.role])).toEqual([['Hakan Fidan', undefined]]);
  });
});
