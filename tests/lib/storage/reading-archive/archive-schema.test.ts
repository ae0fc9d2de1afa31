import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { ArchiveDamagedError, openArchiveDatabase } from '../../../../lib/storage/reading-archive/archive-connection';
import {
  ARCHIVE_DB_NAME,
  ARCHIVE_MIGRATIONS,
  type ArchiveMigration,
  EXPECTED_INDEXES,
} from '../../../../lib/storage/reading-archive/archive-schema';
import { openReadingArchive } from '../../../../lib/storage/reading-archive/open-archive';
import { articleStory, names, T0, visitOf } from './archive-test-stories';

const version1 = ARCHIVE_MIGRATIONS[0] as ArchiveMigration;
const story = articleStory({ url: 'https://news.example/1', entities: [{ name: 'Hakan Fidan', role: 'Minister' }] });

/** A made-up version 2 as a real one would be written: a new index, and every article record rewritten. */
const fakeVersion2: ArchiveMigration = async (_db, tx) => {
  const articles = tx.objectStore('articles');
  articles.createIndex('outlet', 'story.article.source');
  let cursor = await articles.openCursor();
  while (cursor) {
    await cursor.update({ ...cursor.value, outlet: cursor.value.story.article.source });
    cursor = await cursor.continue();
  }
};

describe('the archive database’s versions', () => {
  it('version 1 creates every store and index the archive reads, and starts its usage at 0', async () => {
    const factory = new IDBFactory();
    const db = await openArchiveDatabase(factory);
    expect(db.version).toBe(ARCHIVE_MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(EXPECTED_INDEXES).sort());
    for (const [store, indexes] of Object.entries(EXPECTED_INDEXES)) {
      expect([...db.transaction(store).store.indexNames].sort()).toEqual([...indexes].sort());
    }
    expect(await db.get('meta', 'usage')).toEqual({ key: 'usage', bytes: 0 });
    db.close();
  });

  it('upgrades a version 1 archive to version 2 one step at a time, keeping what was read', async () => {
    const factory = new IDBFactory();
    const v1 = await openReadingArchive(factory, { migrations: [version1] });
    await v1.save(story, visitOf(story, T0));
    v1.close();
    const v2 = await openReadingArchive(factory, { migrations: [version1, fakeVersion2] });
    expect((await v2.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 3 }))?.roles[0]?.text).toBe('Minister');
    v2.close();
    const db = await openArchiveDatabase(factory, [version1, fakeVersion2]);
    expect(db.version).toBe(2);
    expect(await db.getAllFromIndex('articles', 'outlet', 'Example News')).toEqual([
      expect.objectContaining({ url: 'https://news.example/1', outlet: 'Example News' }),
    ]);
    db.close();
  });

  it('a migration that fails leaves the archive at the version before, with its records, and says damaged', async () => {
    const factory = new IDBFactory();
    const v1 = await openReadingArchive(factory, { migrations: [version1] });
    await v1.save(story, visitOf(story, T0));
    v1.close();
    const broken: ArchiveMigration = async (_db, tx) => {
      await tx.objectStore('articles').clear();
      throw new Error('the new format cannot read this');
    };
    await expect(openReadingArchive(factory, { migrations: [version1, broken] })).rejects.toThrow(
      /could not be opened \(Error: the new format cannot read this\)/,
    );
    const again = await openReadingArchive(factory, { migrations: [version1] });
    expect((await again.usage()).articles).toBe(1);
    again.close();
  });

  it('an archive written by a newer Backstory is not half-read: opening it says damaged', async () => {
    const factory = new IDBFactory();
    (await wrap(factory.open(ARCHIVE_DB_NAME, 7)))?.close();
    await expect(openReadingArchive(factory)).rejects.toBeInstanceOf(ArchiveDamagedError);
  });
});
