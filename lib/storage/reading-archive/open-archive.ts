/**
 * The reading archive (issue 22): what the reader learned in earlier articles, kept in the
 * extension's own IndexedDB (`backstory-reading`), never in extension storage, so a fault here
 * loses at most the archive. The background service worker (Firefox: background page) opens it
 * with its `indexedDB` and is its only writer; the surfaces ask through messages.
 *
 * Faults: `openReadingArchive` rejects with `ArchiveDamagedError` when the database cannot be
 * used, and the questions reject with it when a read fails; a save answers an outcome instead
 * (`quota`, `damaged`) and leaves the archive as it was. `deleteReadingArchive` resets it.
 */

import { ArchiveConnection, damaged } from './archive-connection';
import type { ReadingArchive } from './archive-contract';
import { exportPacks, importPacks } from './archive-packs';
import { earlier, people, storySoFar } from './archive-queries';
import { ARCHIVE_MIGRATIONS, ARTICLES, type ArchiveDatabase, type ArchiveMigration, META } from './archive-schema';
import { type ArchiveLimits, forgetAll, forgetSite, readUsage, saveArticle } from './archive-writes';

export { ArchiveDamagedError, ArchiveFromNewerVersionError, deleteReadingArchive } from './archive-connection';

/** Issue 22's caps: whichever comes first, the oldest articles (by when they were read) go first. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxArticles: 5_000, maxBytes: 50 * 1024 * 1024 };

export interface ArchiveOptions {
  maxArticles?: number;
  maxBytes?: number;
  now?: () => number;
  /** The schema's migrations; tests pass their own to exercise an upgrade. */
  migrations?: readonly ArchiveMigration[];
}

export async function openReadingArchive(factory: IDBFactory, options: ArchiveOptions = {}): Promise<ReadingArchive> {
  const limits: ArchiveLimits = {
    maxArticles: options.maxArticles ?? DEFAULT_ARCHIVE_LIMITS.maxArticles,
    maxBytes: options.maxBytes ?? DEFAULT_ARCHIVE_LIMITS.maxBytes,
  };
  const now = options.now ?? Date.now;
  const connection = new ArchiveConnection(factory, options.migrations ?? ARCHIVE_MIGRATIONS);
  await connection.database();

  /** A question's failure, as the one error the surfaces check for. */
  const ask = async <T>(doing: string, question: (db: ArchiveDatabase) => Promise<T>): Promise<T> => {
    try {
      return await question(await connection.database());
    } catch (error) {
      throw damaged(error, doing);
    }
  };

  const archive: ReadingArchive = {
    async save(story, visit) {
      let db: ArchiveDatabase;
      try {
        db = await connection.database();
      } catch {
        return { saved: false, reason: 'damaged' };
      }
      return saveArticle(db, story, visit, limits);
    },
    earlier: (entity, query) => ask('read', (db) => earlier(db, entity, query)),
    storySoFar: (entities, query) => ask('read', (db) => storySoFar(db, entities, query)),
    people: (query, limit) => ask('read', (db) => people(db, query, limit)),
    forgetSite: (site) => ask('changed', (db) => forgetSite(db, site)),
    forgetAll: () => ask('cleared', (db) => forgetAll(db)),
    exportPacks: () => ask('read', (db) => exportPacks(db)),
    importPacks: (data) => importPacks(data, (story, visit) => archive.save(story, visit), now),
    usage: () =>
      ask('read', async (db) => {
        const tx = db.transaction([ARTICLES, META], 'readonly');
        const [articles, usage] = await Promise.all([tx.objectStore(ARTICLES).count(), readUsage(tx)]);
        return { articles, bytes: usage.bytes };
      }),
    close: () => connection.close(),
  };
  return archive;
}
