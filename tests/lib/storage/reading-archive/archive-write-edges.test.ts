/**
 * Saving and forgetting at their edges (archive-writes.ts): the byte count the cap is kept by, the
 * caps exactly met, one person named twice in an article, and usage or article records damaged on
 * disk, which must cost no stored article and never leave the archive over its caps.
 */
import type { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DB_NAME } from '../../../../lib/storage/reading-archive/archive-schema';
import { isQuotaError, jsonBytes } from '../../../../lib/storage/reading-archive/archive-writes';
import { articleStory, DAY, freshArchive, names, read, T0, visitOf } from './archive-test-stories';

const person = (n: number) => ({ name: `Person Number${String.fromCharCode(65 + (n % 26))}${n}`, role: 'Envoy' });
const article = (n: number, people = [person(n)]) => ({ url: `https://news.example/${n}`, entities: people });

/** The archive's own database, opened beside the archive as another context would, to read or damage it. */
async function rawDatabase(factory: IDBFactory) {
  const db = await wrap(factory.open(ARCHIVE_DB_NAME));
  if (!db) throw new Error('no database');
  return db;
}

describe('the byte count the cap is kept by', () => {
  it('is the UTF-8 length of the value as JSON, for every width of character', () => {
    const values: unknown[] = [
      '',
      'plain',
      '\u007f\u0080',
      'é and ü',
      '\u07ff\u0800',
      '€ ₴ ₽',
      '\ud7ff\ue000\uffff',
      'Зеленський',
      '😀 emoji 🇺🇦',
      // The first and the last code points written as a surrogate pair.
      '\u{10000}\u{10ffff}',
      { url: 'https://news.example/ü', bytes: 12, list: ['a', 'ß', '中文'] },
    ];
    for (const value of values) expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
  });

  it('is 0 for what JSON cannot write', () => {
    expect(jsonBytes(undefined)).toBe(0);
  });
});

describe('what counts as the browser being out of room', () => {
  it('is a quota error by name or by message, from any engine', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('no room'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe(true);
    expect(isQuotaError(new Error('The Quota has been exceeded'))).toBe(true);
  });

  it('is nothing else: another failure, or a thrown value that is not an error', () => {
    expect(isQuotaError(new DOMException('disk', 'UnknownError'))).toBe(false);
    expect(isQuotaError(new Error('disk failure'))).toBe(false);
    expect(isQuotaError({ name: 'QuotaExceededError', message: 'quota' })).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('the caps at their edges', () => {
  const first = article(0);
  const second = article(1);

  async function bytesOf(...specs: ReturnType<typeof article>[]) {
    const { archive } = await freshArchive();
    for (const [n, spec] of specs.entries()) await read(archive, spec, T0 + n * DAY);
    return (await archive.usage()).bytes;
  }

  it('keeps an archive exactly at its byte cap whole, and forgets the oldest once it is one byte over', async () => {
    const both = await bytesOf(first, second);
    const atCap = (await freshArchive({ maxBytes: both })).archive;
    await read(atCap, first, T0);
    expect(await atCap.save(articleStory(second), visitOf(articleStory(second), T0 + DAY))).toEqual({
      saved: true,
      forgotten: 0,
    });
    expect((await atCap.usage()).articles).toBe(2);
    const over = (await freshArchive({ maxBytes: both - 1 })).archive;
    await read(over, first, T0);
    expect(await over.save(articleStory(second), visitOf(articleStory(second), T0 + DAY))).toEqual({
      saved: true,
      forgotten: 1,
    });
    expect((await over.exportPacks()).map((story) => story.article.url)).toEqual([second.url]);
  });

  it('takes one article exactly as big as the cap, and refuses it one byte smaller', async () => {
    const one = await bytesOf(first);
    const story = articleStory(first);
    expect(await (await freshArchive({ maxBytes: one })).archive.save(story, visitOf(story, T0))).toEqual({
      saved: true,
      forgotten: 0,
    });
    expect(await (await freshArchive({ maxBytes: one - 1 })).archive.save(story, visitOf(story, T0))).toEqual({
      saved: false,
      reason: 'quota',
    });
  });

  it('never forgets the article just saved, even when it was read before everything kept', async () => {
    const { archive } = await freshArchive({ maxArticles: 1 });
    await read(archive, second, T0 + DAY);
    expect(await archive.save(articleStory(first), visitOf(articleStory(first), T0))).toEqual({
      saved: true,
      forgotten: 1,
    });
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual([first.url]);
    expect((await archive.people('', 5)).map((p) => p.name)).toEqual([person(0).name]);
  });
});

describe('what a save keeps of the page', () => {
  it('keeps one article per page, whatever #fragment the reader was at', async () => {
    const { archive } = await freshArchive();
    const story = articleStory(article(0));
    await archive.save(story, { url: 'https://news.example/0#top', site: 'news.example', readAt: T0 });
    await archive.save(story, { url: 'https://news.example/0#comments', site: 'news.example', readAt: T0 + DAY });
    expect((await archive.exportPacks()).map((kept) => kept.article.url)).toEqual(['https://news.example/0']);
    expect((await archive.usage()).articles).toBe(1);
  });

  it('keeps nothing for a page without an address', async () => {
    const { archive } = await freshArchive();
    const story = articleStory(article(0));
    expect(await archive.save(story, { url: '#only-a-fragment', site: 'news.example', readAt: T0 })).toEqual({
      saved: false,
      reason: 'empty',
    });
    expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
  });

  it('files two entities of one article who are one person once: one article, both their statements, the role either gives', async () => {
    const { archive } = await freshArchive();
    await read(
      archive,
      {
        url: 'https://news.example/one',
        entities: [
          { name: 'Rustem Umerov', aliases: ['Rustem Umerov'], facts: ['Umerov flew to Istanbul.'] },
          { name: 'Umerov', id: 'umerov', aliases: ['Umerov'], role: 'Defence Minister', says: ['We came to talk'] },
        ],
      },
      T0,
    );
    const earlier = await archive.earlier(names('Rustem Umerov'), { exceptUrl: '', limit: 5 });
    expect(earlier?.articleCount).toBe(1);
    expect(earlier?.roles.map((role) => role.text)).toEqual(['Defence Minister']);
    expect(earlier?.statements.map((s) => s.text).sort()).toEqual(
      ['Defence Minister', 'Umerov flew to Istanbul.', 'We came to talk'].sort(),
    );
    expect((await archive.people('', 5)).map((p) => [p.name, p.articleCount])).toEqual([['Rustem Umerov', 1]]);
  });

  it('keeps the first role of one person named twice in an article, not the second', async () => {
    const { archive } = await freshArchive();
    await read(
      archive,
      {
        url: 'https://news.example/two-roles',
        entities: [
          { name: 'Rustem Umerov', aliases: ['Rustem Umerov'], role: 'Defence Minister' },
          { name: 'Umerov', id: 'umerov', aliases: ['Umerov'], role: 'Negotiator' },
        ],
      },
      T0,
    );
    const earlier = await archive.earlier(names('Rustem Umerov'), { exceptUrl: '', limit: 5 });
    expect(earlier?.roles.map((role) => role.text)).toEqual(['Defence Minister']);
  });

  it('files no one for a surname it cannot place, and keeps the article', async () => {
    const { archive } = await freshArchive();
    await read(
      archive,
      { url: 'https://news.example/bare', entities: [{ name: 'Umerov', facts: ['Umerov left.'] }] },
      T0,
    );
    expect(await archive.people('', 5)).toEqual([]);
    expect((await archive.usage()).articles).toBe(1);
  });

  it('gives a person the type and fullest name of their newest article, and counts each article once', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: 'https://news.example/a', entities: [{ name: 'Kyiv', type: 'place' }] }, T0 + DAY);
    await read(archive, { url: 'https://news.example/b', entities: [{ name: 'Kyiv', type: 'country' }] }, T0);
    expect((await archive.people('kyiv', 5)).map((p) => [p.type, p.articleCount])).toEqual([['place', 2]]);
    await read(archive, { url: 'https://news.example/c', entities: [{ name: 'Kyiv', type: 'country' }] }, T0 + 2 * DAY);
    expect((await archive.people('kyiv', 5)).map((p) => [p.type, p.articleCount])).toEqual([['country', 3]]);
  });
});

describe('forgetting keeps the people list true', () => {
  it('dates a person by their newest article still kept, and counts only the articles kept', async () => {
    const { archive } = await freshArchive();
    const fidan = { name: 'Hakan Fidan', role: 'Minister' };
    const rubio = { name: 'Marco Rubio', role: 'Secretary' };
    await read(archive, { url: 'https://a.example/1', entities: [fidan] }, T0, 'a.example');
    await read(archive, { url: 'https://b.example/2', entities: [rubio] }, T0 + DAY, 'b.example');
    await read(archive, { url: 'https://c.example/3', entities: [fidan] }, T0 + 2 * DAY, 'c.example');
    expect((await archive.people('', 5)).map((p) => [p.name, p.articleCount])).toEqual([
      ['Hakan Fidan', 2],
      ['Marco Rubio', 1],
    ]);
    expect(await archive.forgetSite('c.example')).toBe(1);
    expect((await archive.people('', 5)).map((p) => [p.name, p.articleCount])).toEqual([
      ['Marco Rubio', 1],
      ['Hakan Fidan', 1],
    ]);
    expect(await archive.forgetSite('nowhere.example')).toBe(0);
  });
});

describe('a damaged usage record', () => {
  for (const [what, bytes] of [
    ['negative', -500],
    ['not a number', 'lots'],
    ['not finite', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
  ] as const) {
    it(`(${what}) is read as an empty archive's, and the next save counts from there`, async () => {
      const { archive, factory } = await freshArchive();
      const raw = await rawDatabase(factory);
      await raw.put('meta', { key: 'usage', bytes });
      expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
      await read(archive, article(0), T0);
      const reference = (await freshArchive()).archive;
      await read(reference, article(0), T0);
      expect(await archive.usage()).toEqual(await reference.usage());
      raw.close();
    });
  }

  it('never goes below nothing when an article is forgotten', async () => {
    const { archive, factory } = await freshArchive();
    await read(archive, article(0), T0, 'a.example');
    const raw = await rawDatabase(factory);
    await raw.put('meta', { key: 'usage', bytes: 1 });
    expect(await archive.forgetSite('a.example')).toBe(1);
    expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
    raw.close();
  });
});

describe('a damaged article record', () => {
  it('without its byte count is still forgotten by the caps, and the archive stays within them', async () => {
    const { archive, factory } = await freshArchive({ maxArticles: 2 });
    await read(archive, article(0), T0);
    const raw = await rawDatabase(factory);
    const record = await raw.get('articles', article(0).url);
    await raw.put('articles', { ...record, bytes: 'many' });
    raw.close();
    await read(archive, article(1), T0 + DAY);
    await read(archive, article(2), T0 + 2 * DAY);
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual([article(1).url, article(2).url]);
    expect((await archive.usage()).articles).toBe(2);
  });
});
