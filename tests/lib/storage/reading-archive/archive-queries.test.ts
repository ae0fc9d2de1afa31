/**
 * The archive's questions at their bounds (archive-queries.ts): how many rows each reads, the page
 * the reader is on left out without costing an answer, limits that are not whole numbers, and
 * records damaged on disk skipped rather than trusted.
 */
import type { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { EARLIER_ARTICLES_READ } from '../../../../lib/storage/reading-archive/archive-contract';
import { ARCHIVE_DB_NAME } from '../../../../lib/storage/reading-archive/archive-schema';
import { DAY, freshArchive, names, read, T0 } from './archive-test-stories';

const fidan = (role?: string, says: string[] = []) => ({ name: 'Hakan Fidan', ...(role ? { role } : {}), says });
const url = (n: number) => `https://news.example/${n}`;

async function rawDatabase(factory: IDBFactory) {
  const db = await wrap(factory.open(ARCHIVE_DB_NAME));
  if (!db) throw new Error('no database');
  return db;
}

describe('earlier: how far back it reads', () => {
  // Article 0 has the oldest title, article 1 the old one, every later one the new one.
  async function longReading() {
    const { archive } = await freshArchive();
    const count = EARLIER_ARTICLES_READ + 2;
    for (let n = 0; n < count; n++) {
      const role = n === 0 ? 'Oldest title' : n === 1 ? 'Old title' : 'New title';
      await read(archive, { url: url(n), entities: [fidan(role)] }, T0 + n * DAY);
    }
    return { archive, newest: url(count - 1) };
  }

  it('reads the newest hundred earlier articles, whether or not the page is among the newest', async () => {
    const { archive, newest } = await longReading();
    const onNewest = await archive.earlier(names('Hakan Fidan'), { exceptUrl: newest, limit: 1 });
    expect(onNewest?.roles.map((role) => role.text)).toEqual(['New title', 'Old title']);
    expect(onNewest?.articleCount).toBe(EARLIER_ARTICLES_READ + 1);
    const elsewhere = await archive.earlier(names('Hakan Fidan'), { exceptUrl: 'https://page.example/', limit: 1 });
    // The page is not among them: the newest hundred are all it reads, and article 1 is the 101st.
    expect(elsewhere?.roles.map((role) => role.text)).toEqual(['New title']);
    expect(elsewhere?.articleCount).toBe(EARLIER_ARTICLES_READ + 2);
  }, 60_000);
});

describe('earlier: the statements it lists', () => {
  it('lists none for a limit of 0 or less, and as many as the whole part of a fractional one', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Minister', ['One', 'Two', 'Three'])] }, T0);
    const ask = (limit: number) => archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit });
    expect((await ask(0))?.statements).toEqual([]);
    expect((await ask(-3))?.statements).toEqual([]);
    expect((await ask(0))?.roles.map((role) => role.text)).toEqual(['Minister']);
    expect((await ask(2.9))?.statements).toHaveLength(2);
    expect((await ask(10))?.statements).toHaveLength(4);
  });

  it('takes statements from older articles once the newest has given all it has', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan(undefined, ['Older words'])] }, T0);
    await read(archive, { url: url(2), entities: [fidan(undefined, ['Newer words'])] }, T0 + DAY);
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 5 });
    expect(earlier?.statements.map((s) => [s.text, s.article.url])).toEqual([
      ['Newer words', url(2)],
      ['Older words', url(1)],
    ]);
  });

  it('skips an article whose record is damaged, and still lists what the others said', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Minister', ['Older words'])] }, T0);
    await read(archive, { url: url(2), entities: [fidan('Minister', ['Newer words'])] }, T0 + DAY);
    const raw = await rawDatabase(factory);
    await raw.put('articles', { ...(await raw.get('articles', url(2))), story: { broken: true } });
    raw.close();
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 5 });
    expect(earlier?.statements.map((s) => s.text)).toEqual(['Older words', 'Minister']);
    expect(earlier?.articles.map((a) => a.url)).toEqual([url(2), url(1)]);
  });

  it('reads an article once when the entity’s names lead to two people named in it', async () => {
    const { archive } = await freshArchive();
    await read(
      archive,
      {
        url: url(1),
        entities: [
          { name: 'Rustem Umerov', says: ['Rustem spoke'] },
          { name: 'Timur Umerov', says: ['Timur spoke'] },
        ],
      },
      T0,
    );
    const both = names('Rustem Umerov', ['Rustem Umerov', 'Timur Umerov']);
    const earlier = await archive.earlier(both, { exceptUrl: '', limit: 10 });
    expect(earlier?.statements.map((s) => s.text).sort()).toEqual(['Rustem spoke', 'Timur spoke']);
    expect(earlier?.articles.map((a) => a.url)).toEqual([url(1)]);
  });
});

describe('storySoFar at its bounds', () => {
  async function threeArticles() {
    const { archive } = await freshArchive();
    for (const n of [1, 2, 3]) await read(archive, { url: url(n), entities: [fidan('Minister')] }, T0 + n * DAY);
    return archive;
  }

  it('gives as many earlier articles as asked even when the page is the newest of them', async () => {
    const archive = await threeArticles();
    const entries = await archive.storySoFar([names('Hakan Fidan')], { exceptUrl: url(3), limit: 2 });
    expect(entries.map((entry) => entry.article.url)).toEqual([url(2), url(1)]);
  });

  it('gives none for a limit of 0 or less, and the whole part of a fractional one', async () => {
    const archive = await threeArticles();
    const ask = (limit: number) => archive.storySoFar([names('Hakan Fidan')], { exceptUrl: '', limit });
    expect(await ask(0)).toEqual([]);
    expect(await ask(-1)).toEqual([]);
    expect((await ask(2.5)).map((entry) => entry.article.url)).toEqual([url(3), url(2)]);
  });

  it('names each person an earlier article shares with the page once', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Minister'), { name: 'Marco Rubio' }] }, T0);
    const page = [names('Hakan Fidan'), names('Hakan Fidan', ['Hakan Fidan', 'Fidan']), names('Marco Rubio')];
    const entries = await archive.storySoFar(page, { exceptUrl: '', limit: 5 });
    expect(entries.map((entry) => entry.shared.sort())).toEqual([['Hakan Fidan', 'Marco Rubio']]);
  });
});

describe('people at its bounds', () => {
  it('lists a person once however many of their words the query starts', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: url(1), entities: [{ name: 'Umar Umerov' }] }, T0);
    expect((await archive.people('um', 10)).map((p) => p.name)).toEqual(['Umar Umerov']);
  });

  it('finds a person by a one-word spelling of their surname that no full name has', async () => {
    const { archive } = await freshArchive();
    await read(
      archive,
      { url: url(1), entities: [{ name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelensky', 'Zelenskyy'] }] },
      T0,
    );
    expect((await archive.people('zelenskyy', 10)).map((p) => p.name)).toEqual(['Volodymyr Zelensky']);
  });

  it('lists matches most recently read first, no more than asked', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: url(1), entities: [{ name: 'Anna Kovalenko' }] }, T0);
    await read(archive, { url: url(2), entities: [{ name: 'Anton Kovalenko' }] }, T0 + 2 * DAY);
    await read(archive, { url: url(3), entities: [{ name: 'Andriy Kovalenko' }] }, T0 + DAY);
    expect((await archive.people('kovalenko', 10)).map((p) => p.name)).toEqual([
      'Anton Kovalenko',
      'Andriy Kovalenko',
      'Anna Kovalenko',
    ]);
    expect((await archive.people('an', 2)).map((p) => p.name)).toEqual(['Anton Kovalenko', 'Andriy Kovalenko']);
    expect(await archive.people('an', 0)).toEqual([]);
    expect(await archive.people('', -1)).toEqual([]);
    expect(await archive.people('an', 1.9)).toHaveLength(1);
  });

  it('gives the newest role a person’s articles state, and no role when none does', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Foreign Minister')] }, T0);
    await read(archive, { url: url(2), entities: [fidan()] }, T0 + DAY);
    await read(archive, { url: url(3), entities: [{ name: 'Marco Rubio' }] }, T0 + 2 * DAY);
    const [rubio, hakan] = await archive.people('', 10);
    expect(hakan).toMatchObject({ name: 'Hakan Fidan', role: 'Foreign Minister', articleCount: 2 });
    expect(hakan?.lastRead.url).toBe(url(2));
    expect(rubio).not.toHaveProperty('role');
  });

  it('skips an identity damaged on disk, and one no article names any more, in either listing', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Minister')] }, T0);
    await read(archive, { url: url(2), entities: [{ name: 'Marco Rubio' }] }, T0 + DAY);
    const raw = await rawDatabase(factory);
    const rubio = (await raw.getAll('identities')).find((identity) => identity.name === 'Marco Rubio');
    await raw.put('identities', { ...rubio, kind: 'robot' });
    const orphan = { ...rubio, key: 'p:hakan orphan', name: 'Hakan Orphan', keys: [], words: ['hakan', 'orphan'] };
    await raw.put('identities', { ...orphan, lastReadAt: T0 + 5 * DAY });
    raw.close();
    expect((await archive.people('', 10)).map((p) => p.name)).toEqual(['Hakan Fidan']);
    expect((await archive.people('marco', 10)).map((p) => p.name)).toEqual([]);
    expect((await archive.people('hakan', 10)).map((p) => p.name)).toEqual(['Hakan Fidan']);
  });

  it('keeps listing past a damaged identity until it has as many as asked', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Minister')] }, T0);
    await read(archive, { url: url(2), entities: [{ name: 'Marco Rubio' }] }, T0 + DAY);
    const raw = await rawDatabase(factory);
    const rubio = (await raw.getAll('identities')).find((identity) => identity.name === 'Marco Rubio');
    await raw.put('identities', { ...rubio, kind: 'robot' });
    raw.close();
    expect((await archive.people('', 1)).map((p) => p.name)).toEqual(['Hakan Fidan']);
  });
});

describe('rows damaged on disk, and names two entities share', () => {
  it('skips a mention row damaged on disk, and still tells the rest', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, { url: url(1), entities: [fidan('Minister')] }, T0);
    await read(archive, { url: url(2), entities: [fidan('Minister')] }, T0 + DAY);
    const raw = await rawDatabase(factory);
    const [row] = await raw.getAllFromIndex('mentions', 'url', url(2));
    await raw.put('mentions', { ...row, name: 42 });
    raw.close();
    const earlier = await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 5 });
    expect(earlier?.articles.map((a) => a.url)).toEqual([url(1)]);
    const entries = await archive.storySoFar([names('Hakan Fidan')], { exceptUrl: '', limit: 5 });
    expect(entries.map((entry) => entry.article.url)).toEqual([url(1)]);
  });

  it('names a shared name once when two of the page’s entities bear it', async () => {
    const { archive } = await freshArchive();
    const person = { name: 'George Washington' };
    const place = { name: 'George Washington', id: 'george-washington-bridge', type: 'place' as const };
    await read(archive, { url: url(1), entities: [person, place] }, T0);
    const page = [names('George Washington'), names('George Washington', ['George Washington'], 'place')];
    const entries = await archive.storySoFar(page, { exceptUrl: '', limit: 5 });
    expect(entries.map((entry) => entry.shared)).toEqual([['George Washington']]);
  });
});
