import { IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openReadingArchive } from '../../../../lib/storage/reading-archive/open-archive';
import { syntheticReading } from '../../../../scripts/reading-archive-synthetic';
import { articleStory, DAY, freshArchive, names, read, T0, visitOf } from './archive-test-stories';

const person = (n: number) => ({ name: `Person Number${String.fromCharCode(65 + (n % 26))}${n}`, role: 'Envoy' });
const article = (n: number, people = [person(n)]) => ({ url: `https://news.example/${n}`, entities: people });

describe('the caps: the oldest articles are forgotten first', () => {
  it('keeps at most maxArticles, forgetting by when they were read, not by when they were saved', async () => {
    const { archive } = await freshArchive({ maxArticles: 3 });
    // Saved out of order: article 0 was read last.
    await read(archive, article(0), T0 + 10 * DAY);
    for (const n of [1, 2, 3]) await read(archive, article(n), T0 + n * DAY);
    const outcome = await archive.save(articleStory(article(4)), visitOf(articleStory(article(4)), T0 + 11 * DAY));
    expect(outcome).toEqual({ saved: true, forgotten: 1 });
    const kept = (await archive.exportPacks()).map((story) => story.article.url);
    expect(kept).toEqual(['https://news.example/3', 'https://news.example/0', 'https://news.example/4']);
    expect((await archive.usage()).articles).toBe(3);
  });

  it('keeps within maxBytes, and the usage it reports falls with what it forgets', async () => {
    const probe = await freshArchive();
    await read(probe.archive, article(0), T0);
    const one = (await probe.archive.usage()).bytes;
    const { archive } = await freshArchive({ maxBytes: Math.floor(one * 2.5) });
    for (const n of [0, 1, 2, 3, 4]) await read(archive, article(n), T0 + n * DAY);
    const usage = await archive.usage();
    expect(usage.articles).toBe(2);
    expect(usage.bytes).toBeLessThanOrEqual(one * 2.5);
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual([
      'https://news.example/3',
      'https://news.example/4',
    ]);
  });

  it('forgets a forgotten article’s people too, when no kept article names them', async () => {
    const { archive } = await freshArchive({ maxArticles: 1 });
    await read(archive, article(0), T0);
    await read(archive, article(1), T0 + DAY);
    expect(await archive.earlier(names(person(0).name), { exceptUrl: '', limit: 3 })).toBeNull();
    expect((await archive.people('', 10)).map((p) => p.name)).toEqual([person(1).name]);
  });

  it('refuses, as a quota error, one article larger than the whole archive may be', async () => {
    const { archive } = await freshArchive({ maxBytes: 100 });
    const story = articleStory(article(0));
    expect(await archive.save(story, visitOf(story, T0))).toEqual({ saved: false, reason: 'quota' });
  });
});

describe('a quota error on a write', () => {
  it('says quota, keeps what was stored, and the next save works', async () => {
    const { archive } = await freshArchive();
    await read(archive, article(0), T0);
    const before = await archive.usage();
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'articles') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const story = articleStory(article(1, [person(1), person(0)]));
    expect(await archive.save(story, visitOf(story, T0 + DAY))).toEqual({ saved: false, reason: 'quota' });
    spy.mockRestore();
    expect(await archive.usage()).toEqual(before);
    // Nothing of the refused save was left half-written: person 1 is unknown, person 0 has one article.
    expect(await archive.earlier(names(person(1).name), { exceptUrl: '', limit: 3 })).toBeNull();
    expect((await archive.earlier(names(person(0).name), { exceptUrl: '', limit: 3 }))?.articles).toHaveLength(1);
    expect((await archive.save(story, visitOf(story, T0 + DAY))).saved).toBe(true);
  });

  it('says damaged, not quota, for any other write failure', async () => {
    const { archive } = await freshArchive();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk', 'UnknownError');
    });
    const story = articleStory(article(0));
    expect(await archive.save(story, visitOf(story, T0))).toEqual({ saved: false, reason: 'damaged' });
  });
});

describe('several tabs saving at once', () => {
  it('loses nothing: every article, every mention, one identity per person', async () => {
    const { archive, factory } = await freshArchive();
    // A second connection, as another extension context would have.
    const other = await openReadingArchive(factory);
    const shared = { name: 'Rustem Umerov', aliases: ['Rustem Umerov', 'Umerov'], role: 'Defence Minister' };
    const stories = Array.from({ length: 60 }, (_, n) => articleStory(article(n, [shared, person(n % 7)])));
    const outcomes = await Promise.all(
      stories.map((story, n) => (n % 2 ? archive : other).save(story, visitOf(story, T0 + n * 1000))),
    );
    expect(outcomes.every((outcome) => outcome.saved)).toBe(true);
    // The same saves one after another: the running byte total must come out the same.
    const oneByOne = (await freshArchive()).archive;
    for (const [n, story] of stories.entries()) await oneByOne.save(story, visitOf(story, T0 + n * 1000));
    expect(await archive.usage()).toEqual(await oneByOne.usage());
    expect((await archive.usage()).articles).toBe(60);
    expect((await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 1 }))?.articleCount).toBe(60);
    const everyone = await other.people('', 100);
    expect(everyone).toHaveLength(8);
    expect(everyone.find((p) => p.name === 'Rustem Umerov')?.articleCount).toBe(60);
    other.close();
  });

  it('keeps the caps when saves that each pass them race', async () => {
    const { archive, factory } = await freshArchive({ maxArticles: 25 });
    const other = await openReadingArchive(factory, { maxArticles: 25 });
    const reading = syntheticReading({ count: 80, seed: 3 });
    await Promise.all(reading.map(({ story, visit }, n) => (n % 2 ? archive : other).save(story, visit)));
    const kept = await archive.exportPacks();
    expect(kept.map((story) => story.article.url)).toEqual(reading.slice(55).map(({ visit }) => visit.url));
    other.close();
  });
});
