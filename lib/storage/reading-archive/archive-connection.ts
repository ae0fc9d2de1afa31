/**
 * Opening the archive's database on the IDBFactory the caller hands in (the background's
 * `indexedDB`; fake-indexeddb in tests), running its migrations, and telling a database that
 * cannot be used (fails to open, was written by a newer Backstory, lacks a store) with one typed
 * error, so the options page can offer to reset the archive. The archive lives in its own
 * database: nothing here can reach settings, packs or corrections, which are in extension storage.
 */
import { wrap } from 'idb';
import {
  ARCHIVE_DB_NAME,
  ARCHIVE_MIGRATIONS,
  type ArchiveDatabase,
  type ArchiveMigration,
  EXPECTED_INDEXES,
  type UpgradeTransaction,
} from './archive-schema';

/** The archive's database cannot be opened or read; resetting it (`deleteReadingArchive`) starts afresh. */
export class ArchiveDamagedError extends Error {
  override name = 'ArchiveDamagedError';
}

/**
 * The archive was written by a newer Backstory (the reader went back to an older one): it is
 * sound, and kept as it is for when they update; this version neither reads nor resets it.
 */
export class ArchiveFromNewerVersionError extends ArchiveDamagedError {
  override name = 'ArchiveFromNewerVersionError';
}

export function damaged(error: unknown, doing: string): ArchiveDamagedError {
  if (error instanceof ArchiveDamagedError) return error;
  if (error instanceof Error && error.name === 'VersionError') {
    return new ArchiveFromNewerVersionError('The reading archive was written by a newer version of Backstory.', {
      cause: error,
    });
  }
  const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new ArchiveDamagedError(`The reading archive could not be ${doing} (${why}).`, { cause: error });
}

/** Opens (creating or upgrading) the database; rejects with ArchiveDamagedError when it cannot be used. */
export async function openArchiveDatabase(
  factory: IDBFactory,
  migrations: readonly ArchiveMigration[] = ARCHIVE_MIGRATIONS,
): Promise<ArchiveDatabase> {
  let db: ArchiveDatabase;
  let migrationError: unknown;
  try {
    const request = factory.open(ARCHIVE_DB_NAME, migrations.length);
    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
      const upgrading = wrap(request.result) as ArchiveDatabase;
      // An aborted upgrade is reported by the open request; its own promise would go unhandled.
      tx.done.catch(() => undefined);
      migrate(upgrading, tx, event.oldVersion, migrations).catch((error: unknown) => {
        migrationError = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: the open request reports it.
        }
      });
    });
    db = (await wrap(request)) as ArchiveDatabase;
  } catch (error) {
    throw damaged(migrationError ?? error, 'opened');
  }
  const missing = missingParts(db);
  if (missing.length > 0) {
    db.close();
    throw new ArchiveDamagedError(`The reading archive is damaged: it lacks ${missing.join(', ')}.`);
  }
  return db;
}

async function migrate(
  db: ArchiveDatabase,
  tx: UpgradeTransaction,
  from: number,
  migrations: readonly ArchiveMigration[],
): Promise<void> {
  for (const step of migrations.slice(from)) await step(db, tx);
}

function missingParts(db: ArchiveDatabase): string[] {
  const missing: string[] = [];
  const stores = Object.keys(EXPECTED_INDEXES) as (keyof typeof EXPECTED_INDEXES)[];
  const present = stores.filter((store) => db.objectStoreNames.contains(store));
  for (const store of stores) if (!present.includes(store)) missing.push(`the store "${store}"`);
  if (present.length === 0) return missing;
  const tx = db.transaction(present, 'readonly');
  for (const store of present) {
    const indexes = tx.objectStore(store).indexNames;
    for (const index of EXPECTED_INDEXES[store])
      if (!indexes.contains(index)) missing.push(`the index "${store}.${index}"`);
  }
  return missing;
}

/**
 * Deletes the archive's database (the options page's reset). Other connections close when told
 * (`ArchiveConnection` does), so the deletion is not left waiting on them.
 */
export async function deleteReadingArchive(factory: IDBFactory): Promise<void> {
  await wrap(factory.deleteDatabase(ARCHIVE_DB_NAME));
}

/**
 * One connection, opened on first use and again after another context deleted or upgraded the
 * database (this one closes when asked, so that deletion and upgrade never wait on it).
 */
export class ArchiveConnection {
  private opening: Promise<ArchiveDatabase> | undefined;
  private closed = false;

  constructor(
    private readonly factory: IDBFactory,
    private readonly migrations: readonly ArchiveMigration[],
  ) {}

  database(): Promise<ArchiveDatabase> {
    if (this.closed) return Promise.reject(new ArchiveDamagedError('The reading archive was closed.'));
    if (this.opening) return this.opening;
    const opening = openArchiveDatabase(this.factory, this.migrations).then((db) => {
      const forget = () => {
        if (this.opening === opening) this.opening = undefined;
      };
      db.addEventListener('versionchange', () => {
        db.close();
        forget();
      });
      // The browser closed it (storage cleared, disk error): the next call opens it again.
      db.addEventListener('close', forget);
      return db;
    });
    this.opening = opening;
    opening.catch(() => {
      if (this.opening === opening) this.opening = undefined;
    });
    return opening;
  }

  close(): void {
    this.closed = true;
    this.opening?.then((db) => db.close()).catch(() => undefined);
    this.opening = undefined;
  }
}
