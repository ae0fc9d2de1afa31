import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ARCHIVE_DB_NAME } from '../../../../lib/storage/reading-archive/archive-schema';
import {
  ArchiveDamagedError,
  ArchiveFromNewerVersionError,
  deleteReadingArchive,
  openReadingArchive,
} from '../../../../lib/storage/reading-archive/open-archive';
import { articleStory, freshArchive, names, T0, visitOf } from './archive-test-stories';

const story = articleStory({ url: 'https://news.example/1', entities: [{ name: 'Hakan Fidan', role: 'Minister' }] });

/** A database under the archive's name that lacks its stores, as a damaged or foreign one would. */
async function damagedDatabase(factory: IDBFactory): Promise<void> {
  const request = factory.open(ARCHIVE_DB_NAME, 1);
  request.addEventListener('upgradeneeded', () => request.result.createObjectStore('articles', { keyPath: 'url' }));
  (await wrap(request))?.close();
}

describe('an archive that cannot be used', () => {
  it('rejects opening with ArchiveDamagedError naming what is missing, and resetting it starts afresh', async () => {
    const factory = new IDBFactory();
    await damagedDatabase(factory);
    const opening = openReadingArchive(factory);
    await expect(opening).rejects.toBeInstanceOf(ArchiveDamagedError);
    await expect(opening).rejects.toThrow(/lacks the store "identities"/);
    await deleteReadingArchive(factory);
    const archive = await openReadingArchive(factory);
    expect(await archive.save(story, visitOf(story, T0))).toEqual({ saved: true, forgotten: 0 });
  });

  it('rejects with ArchiveDamagedError when the browser refuses to open IndexedDB at all', async () => {
    const refusing = {
      open() {
        throw new DOMException('IndexedDB is not available here.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    await expect(openReadingArchive(refusing)).rejects.toThrow(
      /could not be opened \(InvalidStateError: IndexedDB is not available here\.\)/,
    );
  });

  it('tells an archive a newer Backstory wrote from a damaged one, and leaves it as it is', async () => {
    const factory = new IDBFactory();
    const newer = await openReadingArchive(factory);
    await newer.save(story, visitOf(story, T0));
    newer.close();
    // A later version of the schema, as the next release would leave after the reader went back.
    const upgrade = factory.open(ARCHIVE_DB_NAME, 1000);
    (await wrap(upgrade))?.close();
    await expect(openReadingArchive(factory)).rejects.toBeInstanceOf(ArchiveFromNewerVersionError);
    const request = factory.open(ARCHIVE_DB_NAME);
    const db = await wrap(request);
    expect(db?.version).toBe(1000);
    expect(await db?.count('articles')).toBe(1);
    db?.close();
  });

  it('never touches extension storage: settings and packs are there after the archive was damaged and reset', async () => {
    fakeBrowser.reset();
    const kept = { 'settings:v1': { enabled: true }, 'packs:v1:index': [], 'pack:v1:a': { id: 'a' } };
    await fakeBrowser.storage.local.set(kept);
    const factory = new IDBFactory();
    await damagedDatabase(factory);
    await expect(openReadingArchive(factory)).rejects.toBeInstanceOf(ArchiveDamagedError);
    await deleteReadingArchive(factory);
    await (await openReadingArchive(factory)).forgetAll();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(kept);
  });
});

describe('a reset from another context while the archive is open', () => {
  it('is not kept waiting, and the open archive carries on in the new, empty database', async () => {
    const { archive, factory } = await freshArchive();
    await archive.save(story, visitOf(story, T0));
    await deleteReadingArchive(factory);
    expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
    expect((await archive.save(story, visitOf(story, T0))).saved).toBe(true);
    expect((await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 }))?.name).toBe('Hakan Fidan');
  });

  it('turns the questions into ArchiveDamagedError and saves into "damaged" when the database comes back broken', async () => {
    const { archive, factory } = await freshArchive();
    await deleteReadingArchive(factory);
    await damagedDatabase(factory);
    await expect(archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 1 })).rejects.toBeInstanceOf(
      ArchiveDamagedError,
    );
    await expect(archive.usage()).rejects.toBeInstanceOf(ArchiveDamagedError);
    expect(await archive.save(story, visitOf(story, T0))).toEqual({ saved: false, reason: 'damaged' });
  });
});
