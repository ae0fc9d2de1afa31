/**
 * Forgetting over records damaged on disk (archive-writes.ts): a missing identity, a mention row
 * without its read time, an article without its byte count, a usage record gone. Each must cost
 * no readable record, keep the counts true for what is kept, and keep the archive within its caps.
 */
import type { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DB_NAME } from '../../../../lib/storage/reading-archive/archive-schema';
import { DAY, freshArchive, names, read, T0 } from './archive-test-stories';

async function rawDatabase(factory: IDBFactory) {
  const db = await wrap(factory.open(ARCHIVE_DB_NAME));
  if (!db) throw new Error('no database');
  return db;
}

const fidan = { name: 'Hakan Fidan', role: 'Minister' };
const at = (site: string, n: number) => ({ url: `https://${site}/${n}`, entities: [fidan] });

describe('forgetting an article', () => {
  it('counts a person’s remaining articles down by one, however many they were in', async () => {
    const { archive } = await freshArchive();
    for (const [n, site] of ['a.example', 'b.example', 'c.example'].entries())
      await read(archive, at(site, n), T0 + n * DAY, site);
    await archive.forgetSite('c.example');
    expect((await archive.people('', 5)).map((p) => p.articleCount)).toEqual([2]);
    expect((await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 }))?.articleCount).toBe(2);
  });

  it('still forgets it when a person it names has lost their identity record', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, at('a.example', 1), T0, 'a.example');
    await read(archive, at('b.example', 2), T0 + DAY, 'b.example');
    const raw = await rawDatabase(factory);
    await raw.clear('identities');
    raw.close();
    expect(await archive.forgetSite('b.example')).toBe(1);
    expect((await archive.usage()).articles).toBe(1);
  });

  it('keeps a person listed when the row now newest for them is damaged', async () => {
    const { archive, factory } = await freshArchive();
    for (const [n, site] of ['a.example', 'b.example', 'c.example'].entries())
      await read(archive, at(site, n), T0 + n * DAY, site);
    const raw = await rawDatabase(factory);
    const [row] = await raw.getAllFromIndex('mentions', 'url', 'https://b.example/1');
    const { readAt: _readAt, ...withoutReadAt } = row;
    await raw.put('mentions', withoutReadAt);
    raw.close();
    await archive.forgetSite('c.example');
    const listed = await archive.people('', 5);
    expect(listed.map((p) => [p.name, p.lastRead.url])).toEqual([['Hakan Fidan', 'https://a.example/0']]);
  });

  it('without its byte count keeps the usage of what is kept', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, at('a.example', 1), T0, 'a.example');
    await read(archive, at('b.example', 2), T0 + DAY, 'b.example');
    const raw = await rawDatabase(factory);
    await raw.put('articles', { ...(await raw.get('articles', 'https://a.example/1')), bytes: 'many' });
    raw.close();
    const before = (await archive.usage()).bytes;
    await archive.forgetSite('a.example');
    expect((await archive.usage()).bytes).toBe(before);
  });
});

describe('the byte cap over an article without its byte count', () => {
  it('forgets past it until the archive is within the cap', async () => {
    const probe = (await freshArchive()).archive;
    await read(probe, at('x.example', 1), T0);
    const one = (await probe.usage()).bytes;
    const { archive, factory } = await freshArchive({ maxBytes: 2 * one });
    await read(archive, at('x.example', 0), T0);
    const raw = await rawDatabase(factory);
    await raw.put('articles', { ...(await raw.get('articles', 'https://x.example/0')), bytes: 'many' });
    raw.close();
    await read(archive, at('x.example', 1), T0 + DAY);
    await read(archive, at('x.example', 2), T0 + 2 * DAY);
    expect((await archive.usage()).bytes).toBeLessThanOrEqual(2 * one);
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual(['https://x.example/2']);
  });
});

describe('a usage record that is gone', () => {
  it('is read as an empty archive’s, and saving starts it again', async () => {
    const { archive, factory } = await freshArchive();
    const raw = await rawDatabase(factory);
    await raw.delete('meta', 'usage');
    raw.close();
    expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
    await read(archive, at('a.example', 1), T0);
    expect((await archive.usage()).bytes).toBeGreaterThan(0);
  });
});
