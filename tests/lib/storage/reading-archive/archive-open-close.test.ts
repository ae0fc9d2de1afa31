/**
 * Opening and closing the archive at its edges (archive-connection.ts, open-archive.ts): a database
 * with no stores or a missing index is told as damaged, not half-used; a failed open is tried again;
 * a closed archive answers "damaged" and holds no connection that would keep a reset waiting; and
 * each fault says what could not be done.
 */
import { forceCloseDatabase, IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { unwrap, wrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ArchiveConnection,
  ArchiveDamagedError,
  ArchiveFromNewerVersionError,
  damaged,
} from '../../../../lib/storage/reading-archive/archive-connection';
import { ARCHIVE_DB_NAME, ARCHIVE_MIGRATIONS } from '../../../../lib/storage/reading-archive/archive-schema';
import { deleteReadingArchive, openReadingArchive } from '../../../../lib/storage/reading-archive/open-archive';
import { articleStory, freshArchive, names, T0, visitOf } from './archive-test-stories';

const story = articleStory({ url: 'https://news.example/1', entities: [{ name: 'Hakan Fidan', role: 'Minister' }] });

afterEach(() => {
  vi.restoreAllMocks();
});

/** A database under the archive's name made by `build` at version 1, as another program might leave it. */
async function foreignDatabase(factory: IDBFactory, build: (db: IDBDatabase) => void): Promise<void> {
  const request = factory.open(ARCHIVE_DB_NAME, 1);
  request.addEventListener('upgradeneeded', () => build(request.result));
  (await wrap(request))?.close();
}

describe('a database that is not a sound archive', () => {
  it('with no stores at all is damaged, and every store is named as missing', async () => {
    const factory = new IDBFactory();
    await foreignDatabase(factory, () => undefined);
    const opening = openReadingArchive(factory);
    await expect(opening).rejects.toBeInstanceOf(ArchiveDamagedError);
    await expect(opening).rejects.toThrow(
      'The reading archive is damaged: it lacks the store "articles", the store "identities", the store "mentions", the store "meta".',
    );
  });

  it('with every store but one index missing is damaged, and names that index', async () => {
    const factory = new IDBFactory();
    await foreignDatabase(factory, (db) => {
      const articles = db.createObjectStore('articles', { keyPath: 'url' });
      articles.createIndex('site', 'site');
      const identities = db.createObjectStore('identities', { keyPath: 'key' });
      for (const index of ['keys', 'surnames', 'words', 'lastReadAt']) identities.createIndex(index, index);
      const mentions = db.createObjectStore('mentions', { keyPath: ['identity', 'url'] });
      mentions.createIndex('identity', ['identity', 'order']);
      mentions.createIndex('url', 'url');
      db.createObjectStore('meta', { keyPath: 'key' });
    });
    await expect(openReadingArchive(factory)).rejects.toThrow(
      'The reading archive is damaged: it lacks the index "articles.readAt".',
    );
  });

  it('is left closed when refused, so a reset is not kept waiting on it', async () => {
    const factory = new IDBFactory();
    await foreignDatabase(factory, () => undefined);
    const blocked = vi.fn();
    await expect(openReadingArchive(factory)).rejects.toBeInstanceOf(ArchiveDamagedError);
    const deleting = factory.deleteDatabase(ARCHIVE_DB_NAME);
    deleting.addEventListener('blocked', blocked);
    await wrap(deleting);
    expect(blocked).not.toHaveBeenCalled();
  });
});

describe('the connection', () => {
  it('tries again on the next question after an open that failed', async () => {
    const factory = new IDBFactory();
    let refusals = 1;
    const flaky = {
      open: (...args: Parameters<IDBFactory['open']>) => {
        if (refusals-- > 0) throw new DOMException('busy', 'UnknownError');
        return factory.open(...args);
      },
    } as unknown as IDBFactory;
    const connection = new ArchiveConnection(flaky, ARCHIVE_MIGRATIONS);
    await expect(connection.database()).rejects.toBeInstanceOf(ArchiveDamagedError);
    const db = await connection.database();
    expect(db.version).toBe(ARCHIVE_MIGRATIONS.length);
    connection.close();
  });

  it('opens the database once for questions asked together', async () => {
    const factory = new IDBFactory();
    const open = vi.spyOn(factory, 'open');
    const connection = new ArchiveConnection(factory, ARCHIVE_MIGRATIONS);
    const [a, b] = await Promise.all([connection.database(), connection.database()]);
    expect(a).toBe(b);
    expect(await connection.database()).toBe(a);
    expect(open).toHaveBeenCalledTimes(1);
    connection.close();
  });

  it('closes its database when closed, and opens none after', async () => {
    const factory = new IDBFactory();
    const connection = new ArchiveConnection(factory, ARCHIVE_MIGRATIONS);
    const db = await connection.database();
    connection.close();
    await expect(connection.database()).rejects.toThrow('The reading archive was closed.');
    await vi.waitFor(() => expect(() => db.transaction('meta')).toThrow());
  });
});

describe('a closed archive', () => {
  it('saves nothing and answers every question with ArchiveDamagedError saying it was closed', async () => {
    const { archive, factory } = await freshArchive();
    await archive.save(story, visitOf(story, T0));
    archive.close();
    expect(await archive.save(story, visitOf(story, T0 + 1))).toEqual({ saved: false, reason: 'damaged' });
    const usage = archive.usage();
    await expect(usage).rejects.toBeInstanceOf(ArchiveDamagedError);
    await expect(usage).rejects.toThrow(/^The reading archive was closed\.$/);
    await expect(archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 })).rejects.toThrow(/was closed/);
    // What it had kept is still there for the next archive opened on it.
    const again = await openReadingArchive(factory);
    expect((await again.usage()).articles).toBe(1);
    again.close();
  });
});

describe('what a fault says', () => {
  it('names what could not be done, and why', async () => {
    const { archive } = await freshArchive();
    vi.spyOn(IDBObjectStore.prototype, 'count').mockImplementation(() => {
      throw new DOMException('disk', 'UnknownError');
    });
    await expect(archive.usage()).rejects.toThrow('The reading archive could not be read (UnknownError: disk).');
    vi.restoreAllMocks();
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(() => {
      throw new DOMException('disk', 'UnknownError');
    });
    await expect(archive.forgetAll()).rejects.toThrow('The reading archive could not be cleared (UnknownError: disk).');
    vi.restoreAllMocks();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk', 'UnknownError');
    });
    await expect(archive.forgetSite('news.example')).rejects.toThrow(
      'The reading archive could not be changed (UnknownError: disk).',
    );
  });

  it('keeps a fault already told as it is, tells a newer version apart, and says what any other thrown value was', () => {
    const told = new ArchiveDamagedError('already told');
    expect(damaged(told, 'read')).toBe(told);
    const version = Object.assign(new Error('version 1 is less than 7'), { name: 'VersionError' });
    const newer = damaged(version, 'opened');
    expect(newer).toBeInstanceOf(ArchiveFromNewerVersionError);
    expect(newer.name).toBe('ArchiveFromNewerVersionError');
    expect(newer.cause).toBe(version);
    const other = damaged('a string', 'read');
    expect(other).not.toBeInstanceOf(ArchiveFromNewerVersionError);
    expect(other.message).toBe('The reading archive could not be read (a string).');
    expect(other.name).toBe('ArchiveDamagedError');
    expect(damaged(new TypeError('bad'), 'opened').cause).toBeInstanceOf(TypeError);
  });

  it('resets an archive whose database is gone without complaint', async () => {
    await expect(deleteReadingArchive(new IDBFactory())).resolves.toBeUndefined();
  });
});

describe('the connection after the browser or another context let go of it', () => {
  it('opens the database again after the browser closed it (storage cleared, a disk error)', async () => {
    const connection = new ArchiveConnection(new IDBFactory(), ARCHIVE_MIGRATIONS);
    const first = await connection.database();
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await vi.waitFor(async () => expect(await connection.database()).not.toBe(first));
    const again = await connection.database();
    expect(await again.count('articles')).toBe(0);
    connection.close();
  });

  it('closes without complaint after a reset from another context, and when closed twice', async () => {
    const { archive, factory } = await freshArchive();
    await deleteReadingArchive(factory);
    expect(() => archive.close()).not.toThrow();
    expect(() => archive.close()).not.toThrow();
    await expect(archive.usage()).rejects.toThrow('The reading archive was closed.');
  });

  it('answers a save on a closed archive as damaged before looking at the story, even one that names no one', async () => {
    const { archive } = await freshArchive();
    archive.close();
    const nobody = articleStory({ url: 'https://news.example/empty', entities: [] });
    expect(await archive.save(nobody, visitOf(nobody, T0))).toEqual({ saved: false, reason: 'damaged' });
  });
});

describe('what a failed read says, whichever question asked', () => {
  it('says the archive could not be read, and why, for every question', async () => {
    const { archive } = await freshArchive();
    await archive.save(story, visitOf(story, T0));
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('disk', 'UnknownError');
    });
    const unreadable = 'The reading archive could not be read (UnknownError: disk).';
    await expect(archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 })).rejects.toThrow(unreadable);
    await expect(archive.storySoFar([names('Hakan Fidan')], { exceptUrl: '', limit: 1 })).rejects.toThrow(unreadable);
    await expect(archive.people('', 5)).rejects.toThrow(unreadable);
    await expect(archive.exportPacks()).rejects.toThrow(unreadable);
    await expect(archive.usage()).rejects.toThrow(unreadable);
  });

  it('tells the reader an archive from a newer Backstory is kept for when they update', () => {
    const version = Object.assign(new Error('version 1 is less than 7'), { name: 'VersionError' });
    expect(damaged(version, 'opened').message).toBe('The reading archive was written by a newer version of Backstory.');
  });
});
