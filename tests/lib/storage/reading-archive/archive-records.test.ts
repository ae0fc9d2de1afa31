import { describe, expect, it } from 'vitest';
import { openArchiveDatabase } from '../../../../lib/storage/reading-archive/archive-connection';
import { readIdentityRecord, readMentionRecord } from '../../../../lib/storage/reading-archive/archive-records';
import { DAY, freshArchive, names, read, T0 } from './archive-test-stories';

const umerov = { name: 'Rustem Umerov', aliases: ['Rustem Umerov', 'Umerov'], role: 'Defence Minister' };

/** An archive of two good articles, and damaged records written beside them as a broken disk or old code might. */
async function archiveWithDamage(options = {}) {
  const { archive, factory } = await freshArchive(options);
  await read(archive, { url: 'https://news.example/1', entities: [umerov] }, T0);
  await read(archive, { url: 'https://news.example/2', entities: [umerov] }, T0 + 2 * DAY);
  const db = await openArchiveDatabase(factory);
  await db.put('articles', { url: 'https://bad.example/1', site: 'bad.example', readAt: T0 + DAY, story: 'lost' });
  await db.put('mentions', { identity: 'p:rustem umerov', url: 'https://bad.example/1', readAt: T0 + DAY });
  // Indexed like a sound row (identity and order), wrong inside.
  await db.put('mentions', {
    identity: 'p:rustem umerov',
    url: 'https://bad.example/2',
    readAt: T0 + 3 * DAY,
    order: -(T0 + 3 * DAY),
    name: 42,
    article: 'lost',
  });
  await db.put('identities', { key: 'p:junk', keys: ['p:rustem umerov'], surnames: 'umerov', lastReadAt: 'soon' });
  db.close();
  return archive;
}

describe('damaged records in the archive', () => {
  it('are skipped by the card: the good articles still answer', async () => {
    const archive = await archiveWithDamage();
    const earlier = await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 5 });
    expect(earlier?.articles.map((a) => a.url)).toEqual(['https://news.example/2', 'https://news.example/1']);
    expect(earlier?.statements.length).toBeGreaterThan(0);
  });

  it('are skipped by the briefing, the people list and the export', async () => {
    const archive = await archiveWithDamage();
    const soFar = await archive.storySoFar([names('Rustem Umerov')], { exceptUrl: '', limit: 5 });
    expect(soFar.map((entry) => entry.article.url)).toEqual(['https://news.example/2', 'https://news.example/1']);
    expect((await archive.people('', 10)).map((p) => [p.name, p.articleCount])).toEqual([['Rustem Umerov', 2]]);
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual([
      'https://news.example/1',
      'https://news.example/2',
    ]);
  });

  it('are forgotten by the caps like any other, oldest first, without failing the save', async () => {
    const archive = await archiveWithDamage({ maxArticles: 2 });
    await read(archive, { url: 'https://news.example/3', entities: [umerov] }, T0 + 4 * DAY);
    expect((await archive.exportPacks()).map((story) => story.article.url)).toEqual([
      'https://news.example/2',
      'https://news.example/3',
    ]);
    await archive.forgetAll();
    expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
  });
});

describe('the check of a row read back', () => {
  const mention = {
    identity: 'p:rustem umerov',
    url: 'https://news.example/1',
    readAt: 1000,
    order: -1000,
    entityIds: ['rustem-umerov'],
    name: 'Rustem Umerov',
    type: 'person',
    role: { text: 'Defence Minister', sentence: 's1' },
    article: { headline: 'Talks', outlet: 'News', date: '2025-05-16' },
  };
  const identity = {
    key: 'p:rustem umerov',
    kind: 'person',
    type: 'person',
    name: 'Rustem Umerov',
    keys: ['p:rustem umerov'],
    full: ['rustem umerov'],
    surnames: ['umerov'],
    words: ['rustem', 'umerov'],
    lastReadAt: 1000,
    articleCount: 1,
  };

  it('keeps a sound mention row, with or without a role', () => {
    expect(readMentionRecord(mention)).toBe(mention);
    const { role: _, ...noRole } = mention;
    expect(readMentionRecord(noRole)).toBe(noRole);
  });

  it('skips a mention row with any field missing or of the wrong type', () => {
    const damaged: unknown[] = [
      null,
      [mention],
      'row',
      { ...mention, identity: 1 },
      { ...mention, url: undefined },
      { ...mention, readAt: '1000' },
      { ...mention, order: 1000 },
      { ...mention, entityIds: 'rustem-umerov' },
      { ...mention, entityIds: ['rustem-umerov', 2] },
      { ...mention, name: 42 },
      { ...mention, type: 'alien' },
      { ...mention, role: 'Defence Minister' },
      { ...mention, role: null },
      { ...mention, role: { text: 1, sentence: 's1' } },
      { ...mention, role: { text: 'Defence Minister' } },
      { ...mention, article: 'lost' },
      { ...mention, article: null },
      { ...mention, article: { ...mention.article, headline: 1 } },
      { ...mention, article: { ...mention.article, outlet: null } },
      { ...mention, article: { ...mention.article, date: 20250516 } },
    ];
    for (const row of damaged) expect(readMentionRecord(row), JSON.stringify(row)).toBeUndefined();
  });

  it('keeps a sound identity row of either kind, and skips one with any field missing or of the wrong type', () => {
    expect(readIdentityRecord(identity)).toBe(identity);
    const other = { ...identity, key: 'o:nato', kind: 'other', type: 'organisation' };
    expect(readIdentityRecord(other)).toBe(other);
    const damaged: unknown[] = [
      null,
      [identity],
      { ...identity, key: 7 },
      { ...identity, kind: 'thing' },
      { ...identity, type: 'alien' },
      { ...identity, name: undefined },
      { ...identity, lastReadAt: 'soon' },
      { ...identity, articleCount: '1' },
      { ...identity, keys: 'p:rustem umerov' },
      { ...identity, full: [1] },
      { ...identity, surnames: 'umerov' },
      { ...identity, words: ['rustem', null] },
    ];
    for (const row of damaged) expect(readIdentityRecord(row), JSON.stringify(row)).toBeUndefined();
  });
});
