import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Story } from '../../../data/schema';
import { readPackDetailsChunk } from '../../../lib/storage/pack-details';
import { MAX_PACK_BYTES, type PackFile } from '../../../lib/storage/pack-file';
import { olderPackPageKeys, packDetailsKey } from '../../../lib/storage/pack-keys';
import { readPackPagePart } from '../../../lib/storage/pack-page';
import { readPackPanelPart } from '../../../lib/storage/pack-panel';
import { readEnabledPacks } from '../../../lib/storage/pack-reading';
import * as packStorage from '../../../lib/storage/pack-storage';
import {
  deletePack,
  exportPack,
  importPack,
  isPackChange,
  listPacks,
  PACK_INDEX_KEY,
  packKey,
  packPageKey,
  packPanelKey,
  setPackEnabled,
} from '../../../lib/storage/pack-storage';
import { SETTINGS_KEY } from '../../../lib/storage/settings';
import type { StorageAreaLike } from '../../../lib/storage/storage-area';
import { fullStorage, storageFullAfter } from '../../helpers/full-storage';
import { inEnglish, say } from '../../helpers/messages';

const FIXTURES = path.resolve(__dirname, '../../fixtures/packs');
const fixture = (name: string): PackFile => {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8');
  return { name, size: Buffer.byteLength(text), text };
};
const fromObject = (name: string, data: unknown): PackFile => {
  const text = JSON.stringify(data);
  return { name, size: text.length, text };
};
/** A missing comma on line 5 (kept inline: a broken .json file would trip the repository's JSON linter). */
const BROKEN_JSON = '{\n  "schemaVersion": 1,\n  "id": "broken",\n  "title": "Missing comma"\n  "entities": []\n}\n';
const validData = () => JSON.parse(fixture('valid-pack.json').text) as Record<string, unknown>;

const area = () => fakeBrowser.storage.local;
const bundled: Story[] = [];

/** Everything stored, to compare before and after a failed operation. */
const snapshot = async () => JSON.stringify(await area().get(null));

async function importValid() {
  const result = await importPack(area(), fixture('valid-pack.json'), {
    bundled,
    now: new Date('2026-01-02T03:04:05Z'),
  });
  expect(result.ok).toBe(true);
  return result;
}

describe('importing a story pack', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid pack and lists it with title, date, entity count, switched on', async () => {
    await importValid();
    const { packs, problems } = await listPacks(area());
    expect(problems).toEqual([]);
    expect(packs).toEqual([
      {
        id: 'artemis-ii-crew-2023',
        title: 'NASA names the Artemis II crew',
        date: '2023-04-03',
        entityCount: 4,
        enabled: true,
        importedAt: '2026-01-02T03:04:05.000Z',
        fileName: 'valid-pack.json',
      },
    ]);
    const stored = await area().get(packKey('artemis-ii-crew-2023'));
    expect(stored[packKey('artemis-ii-crew-2023')]).toMatchObject({ id: 'artemis-ii-crew-2023', schemaVersion: 1 });
  });

  it('stores the pack’s page, panel and details parts in the same write, and deleting the pack removes them', async () => {
    await importValid();
    const id = 'artemis-ii-crew-2023';
    const stored = await area().get(packPageKey(id));
    expect(readPackPagePart(stored[packPageKey(id)], id)?.outline.id).toBe(id);
    const panel = readPackPanelPart((await area().get(packPanelKey(id)))[packPanelKey(id)], id);
    expect(panel?.entities.map((entity) => entity.name)).toContain('Reid Wiseman');
    const details = readPackDetailsChunk((await area().get(packDetailsKey(id, 0)))[packDetailsKey(id, 0)], id);
    const story = (await area().get(packKey(id)))[packKey(id)] as Story;
    expect(details).toEqual(
      story.entities.map(({ id, description, facts, relations }) => ({ id, description, facts, relations })),
    );
    // A page part an earlier version left under its own key (the refresh had not run yet) goes too.
    await area().set(Object.fromEntries(olderPackPageKeys(id).map((key) => [key, 'an earlier part'])));
    expect(await deletePack(area(), id)).toEqual({ ok: true });
    expect(await area().get(null)).toEqual({ [PACK_INDEX_KEY]: [] });
  });

  it('stores a pack that fits only without its page part, which pages then read whole', async () => {
    const id = 'artemis-ii-crew-2023';
    let refused = 0;
    const tight: StorageAreaLike = {
      get: (keys) => area().get(keys),
      remove: (keys) => area().remove(keys),
      set: (items) => {
        if (packPageKey(id) in items) {
          refused++;
          return Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'));
        }
        return area().set(items);
      },
    };
    const result = await importPack(tight, fixture('valid-pack.json'), { bundled });
    expect(result.ok).toBe(true);
    expect(refused).toBe(2);
    expect(Object.keys(await area().get(null)).sort()).toEqual([PACK_INDEX_KEY, packKey(id), packPanelKey(id)].sort());
  });

  it('removes the details parts of a pack whose list entry no longer counts its entities', async () => {
    await importValid();
    const id = 'artemis-ii-crew-2023';
    const index = (await area().get(PACK_INDEX_KEY))[PACK_INDEX_KEY] as packStorage.PackMeta[];
    await area().set({ [PACK_INDEX_KEY]: index.map((meta) => ({ ...meta, entityCount: 0 })) });
    expect(await deletePack(area(), id)).toEqual({ ok: true });
    expect(await area().get(null)).toEqual({ [PACK_INDEX_KEY]: [] });
  });

  it('stores a pack that fits only without its details parts, whose entries then read it whole', async () => {
    const id = 'artemis-ii-crew-2023';
    const tight: StorageAreaLike = {
      get: (keys) => area().get(keys),
      remove: (keys) => area().remove(keys),
      set: (items) =>
        packDetailsKey(id, 0) in items
          ? Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'))
          : area().set(items),
    };
    expect((await importPack(tight, fixture('valid-pack.json'), { bundled })).ok).toBe(true);
    expect(Object.keys(await area().get(null)).sort()).toEqual(
      [PACK_INDEX_KEY, packKey(id), packPanelKey(id), packPageKey(id)].sort(),
    );
  });

  it('stores a pack that fits only without its parts, which pages and panels then read whole', async () => {
    const id = 'artemis-ii-crew-2023';
    const tight: StorageAreaLike = {
      get: (keys) => area().get(keys),
      remove: (keys) => area().remove(keys),
      set: (items) =>
        packPageKey(id) in items || packPanelKey(id) in items
          ? Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'))
          : area().set(items),
    };
    expect((await importPack(tight, fixture('valid-pack.json'), { bundled })).ok).toBe(true);
    expect(Object.keys(await area().get(null)).sort()).toEqual([PACK_INDEX_KEY, packKey(id)].sort());
  });

  it('refuses a file over the size limit with a message that gives both sizes', async () => {
    const before = await snapshot();
    const result = await importPack(area(), { name: 'huge.json', size: MAX_PACK_BYTES + 1, text: '{}' }, { bundled });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'The file is 2.0 MB; a story pack can be at most 2.0 MB.' }],
    });
    const bigger = await importPack(area(), { name: 'huge.json', size: 5 * 1024 * 1024, text: '{}' }, { bundled });
    expect(inEnglish(bigger.ok ? '' : bigger.problems[0]?.message)).toMatch(
      /5\.0 MB; a story pack can be at most 2\.0 MB/,
    );
    expect(await snapshot()).toBe(before);
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const result = await importPack(
      area(),
      { name: 'bad-json.json', size: BROKEN_JSON.length, text: BROKEN_JSON },
      { bundled },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(inEnglish(result.problems[0]?.message)).toMatch(/^The file is not valid JSON at line 5, column 3: .+\.$/);
    }
  });

  it('rejects __proto__, constructor and prototype keys anywhere in the file, naming each path', async () => {
    const result = await importPack(area(), fixture('bad-proto.json'), { bundled });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [
        { path: '$.constructor', message: 'The key "constructor" is not allowed in a story pack.' },
        { path: '$.entities[3].__proto__', message: 'The key "__proto__" is not allowed in a story pack.' },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every schema problem with its JSON path', async () => {
    const result = await importPack(area(), fixture('bad-schema.json'), { bundled });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual([
        '$.title',
        '$.entities[0].type',
        '$.entities[2].description',
      ]);
      expect(result.problems[1]?.message).toMatch(/type must be person, place, organisation or country/);
    }
  });

  it('lists every broken cross-reference with its JSON path', async () => {
    const result = await importPack(area(), fixture('bad-references.json'), { bundled });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '$.entities[0].relations[0].target',
      '$.entities[1].role.sources[0]',
      '$.figures[0].sources[1]',
    ]);
  });

  it('refuses a pack made by a newer Backstory', async () => {
    const result = await importPack(area(), fixture('bad-newer-version.json'), { bundled });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [{ path: '$.schemaVersion', message: expect.stringMatching(/made by a newer Backstory/) }],
    });
  });

  it('refuses a pack from an unknown older format, saying why', async () => {
    const result = await importPack(area(), fixture('bad-old-version.json'), { bundled });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [{ path: '$.schemaVersion', message: expect.stringMatching(/format 0 is too old/) }],
    });
  });

  it('refuses a file that is empty or not an object', async () => {
    const empty = await importPack(area(), { name: 'e.json', size: 0, text: '  ' }, { bundled });
    expect(inEnglish(empty.ok ? '' : empty.problems[0]?.message)).toBe('The file is empty.');
    const list = await importPack(area(), fromObject('l.json', [validData()]), { bundled });
    expect(inEnglish(list.ok ? '' : list.problems[0]?.message)).toMatch(/must be a JSON object/);
  });

  it('refuses a second pack with the same id and keeps the first', async () => {
    await importValid();
    const before = await snapshot();
    const again = await importPack(area(), fixture('valid-pack.json'), { bundled });
    expect(inEnglish(again)).toEqual({
      ok: false,
      problems: [
        { path: '$.id', message: expect.stringMatching(/already imported \(NASA names the Artemis II crew\)/) },
      ],
    });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a pack that reuses the id of a bundled story', async () => {
    const story = JSON.parse(fixture('valid-pack.json').text) as Story;
    const result = await importPack(area(), fixture('valid-pack.json'), { bundled: [story] });
    expect(inEnglish(result.ok ? '' : result.problems[0]?.message)).toMatch(/comes with Backstory/);
    expect(result.ok ? '' : result.problems[0]?.path).toBe('$.id');
  });

  it('checks aliases against the bundled stories and the packs already stored', async () => {
    await importValid();
    const clash = validData();
    clash.id = 'another-story';
    const entities = clash.entities as { id: string; relations: unknown[] }[];
    // Same alias "Jeremy Hansen" claimed by a different entity id: the validator must catch it.
    (entities[2] as { id: string }).id = 'jeremy-hansen-2';
    (entities[0] as { relations: unknown[] }).relations = [];
    const result = await importPack(area(), fromObject('clash.json', clash), { bundled });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => /Jeremy Hansen/.test(say(p.message)))).toBe(true);
  });

  it('reports a quota error and leaves the packs stored earlier intact', async () => {
    await importValid();
    await area().set({ [SETTINGS_KEY]: { enabled: false } });
    const before = await snapshot();
    const full = fullStorage(area());
    const other = validData();
    other.id = 'second-pack';
    other.entities = [(validData().entities as unknown[])[3]];
    (other as { timeline: unknown[] }).timeline = [];
    const result = await importPack(full, fromObject('second.json', other), { bundled });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/not enough room left/) }],
    });
    expect(await snapshot()).toBe(before);
  });

  it('stores a pack whole or not at all when the storage fills up after its first write', async () => {
    const result = await importPack(storageFullAfter(area(), 1), fixture('valid-pack.json'), { bundled });
    const id = (validData() as { id: string }).id;
    const listed = (await listPacks(area())).packs.some((pack) => pack.id === id);
    const stored = Object.hasOwn(await area().get([packKey(id)]), packKey(id));
    // Half a pack (its story without its place in the list, or the reverse) is worse than either.
    expect({ listed, stored }).toEqual({ listed: result.ok, stored: result.ok });
  });
});

describe('managing stored packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches a pack off and on, and loads only the packs that are on', async () => {
    await importValid();
    expect((await readEnabledPacks(area())).stories.map((s) => s.id)).toEqual(['artemis-ii-crew-2023']);
    expect(await setPackEnabled(area(), 'artemis-ii-crew-2023', false)).toEqual({ ok: true });
    expect((await listPacks(area())).packs[0]?.enabled).toBe(false);
    expect((await readEnabledPacks(area())).stories).toEqual([]);
    await setPackEnabled(area(), 'artemis-ii-crew-2023', true);
    expect((await readEnabledPacks(area())).stories).toHaveLength(1);
  });

  it('keeps what a newer Backstory added to a pack’s entry when it switches the pack off', async () => {
    await importValid();
    const [entry] = (await area().get(PACK_INDEX_KEY))[PACK_INDEX_KEY] as Record<string, unknown>[];
    await area().set({ [PACK_INDEX_KEY]: [{ ...entry, pinned: true }] });
    expect(await setPackEnabled(area(), 'artemis-ii-crew-2023', false)).toEqual({ ok: true });
    expect((await area().get(PACK_INDEX_KEY))[PACK_INDEX_KEY]).toEqual([{ ...entry, pinned: true, enabled: false }]);
  });

  it('exports a pack as JSON that imports again', async () => {
    await importValid();
    const exported = await exportPack(area(), 'artemis-ii-crew-2023');
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.fileName).toBe('artemis-ii-crew-2023.backstory.json');
    await deletePack(area(), 'artemis-ii-crew-2023');
    const again = await importPack(
      area(),
      { name: exported.fileName, size: exported.json.length, text: exported.json },
      { bundled },
    );
    expect(again.ok).toBe(true);
  });

  it('deletes a pack and its stored story, leaving settings alone', async () => {
    await importValid();
    await area().set({ [SETTINGS_KEY]: { enabled: false } });
    expect(await deletePack(area(), 'artemis-ii-crew-2023')).toEqual({ ok: true });
    const everything = await area().get(null);
    expect(everything[PACK_INDEX_KEY]).toEqual([]);
    expect(everything[packKey('artemis-ii-crew-2023')]).toBeUndefined();
    expect(everything[SETTINGS_KEY]).toEqual({ enabled: false });
  });

  it('says so when asked to change a pack that is not there', async () => {
    expect(inEnglish(await deletePack(area(), 'nope'))).toEqual({
      ok: false,
      message: 'No story pack "nope" is imported.',
    });
    expect(await setPackEnabled(area(), 'nope', true)).toMatchObject({ ok: false });
    expect(await exportPack(area(), 'nope')).toMatchObject({ ok: false });
  });

  it('keeps the pack when a delete cannot be saved', async () => {
    await importValid();
    const before = await snapshot();
    const failing: StorageAreaLike = {
      get: (keys) => area().get(keys),
      remove: () => Promise.reject(new Error('should not be reached')),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    expect(inEnglish(await deletePack(failing, 'artemis-ii-crew-2023'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not enough room/),
    });
    expect(await snapshot()).toBe(before);
  });

  it('rebuilds a damaged pack list from the stored packs instead of losing them, and reports it', async () => {
    await importValid();
    await area().set({ [PACK_INDEX_KEY]: 'garbage' });
    const { packs, problems } = await listPacks(area());
    expect(packs.map((p) => p.id)).toEqual(['artemis-ii-crew-2023']);
    expect(inEnglish(problems[0])).toMatch(/damaged/);
    // A new import must not overwrite the pack the damaged list forgot.
    const dup = await importPack(area(), fixture('valid-pack.json'), { bundled });
    expect(dup.ok).toBe(false);
  });

  it('skips a damaged stored story and reports it, still loading the others', async () => {
    await importValid();
    await area().set({ [packKey('artemis-ii-crew-2023')]: { schemaVersion: 1, id: 'artemis-ii-crew-2023' } });
    const { stories, problems } = await readEnabledPacks(area());
    expect(stories).toEqual([]);
    expect(inEnglish(problems[0])).toMatch(/could not be read/);
  });

  it('renders nothing from the hostile pack as markup: it is stored as plain strings', async () => {
    const result = await importPack(area(), fixture('hostile-pack.json'), { bundled });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.title).toContain('<img src=x onerror=');
  });

  it('checks a file only on import and keeps its key layout to itself', () => {
    // Callers go through importPack (which checks) and isPackChange (which knows the keys).
    expect(packStorage).not.toHaveProperty('checkPackFile');
    expect(packStorage).not.toHaveProperty('PACK_KEY_PREFIX');
  });

  it('recognises storage changes that concern packs', () => {
    expect(isPackChange({ [PACK_INDEX_KEY]: {} })).toBe(true);
    expect(isPackChange({ [packKey('x')]: {} })).toBe(true);
    expect(isPackChange({ [SETTINGS_KEY]: {} })).toBe(false);
  });

  it('names each pack of a rebuilt list from its story, switched on, and a damaged one by its id, switched off', async () => {
    await importValid();
    await area().set({ [PACK_INDEX_KEY]: { not: 'a list' }, [packKey('broken-one')]: { schemaVersion: 1 } });
    expect((await listPacks(area())).packs).toEqual([
      {
        id: 'artemis-ii-crew-2023',
        title: 'NASA names the Artemis II crew',
        date: '2023-04-03',
        entityCount: 4,
        enabled: true,
        importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        fileName: 'artemis-ii-crew-2023.json',
      },
      {
        id: 'broken-one',
        title: 'broken-one',
        date: '',
        entityCount: 0,
        enabled: false,
        importedAt: '',
        fileName: '',
      },
    ]);
  });

  it('reads a list stored as null as no packs, with nothing to report', async () => {
    await area().set({ [PACK_INDEX_KEY]: null });
    expect(await listPacks(area())).toEqual({ packs: [], problems: [] });
  });

  it('switches only the pack it is asked to, and says so when the switch cannot be saved', async () => {
    await importValid();
    const other = validData();
    other.id = 'second-pack';
    other.entities = [(validData().entities as unknown[])[3]];
    (other as { timeline: unknown[] }).timeline = [];
    expect((await importPack(area(), fromObject('second.json', other), { bundled })).ok).toBe(true);
    await setPackEnabled(area(), 'second-pack', false);
    expect((await listPacks(area())).packs.map((p) => [p.id, p.enabled])).toEqual([
      ['artemis-ii-crew-2023', true],
      ['second-pack', false],
    ]);
    const before = await snapshot();
    expect(inEnglish(await setPackEnabled(fullStorage(area()), 'second-pack', true))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not enough room/),
    });
    expect(await snapshot()).toBe(before);
    // A pack that is not there is not there, whatever else is stored.
    expect(inEnglish(await setPackEnabled(area(), 'nope', true))).toEqual({
      ok: false,
      message: 'No story pack "nope" is imported.',
    });
    expect(inEnglish(await deletePack(area(), 'nope'))).toMatchObject({ ok: false });
    expect(await snapshot()).toBe(before);
    expect(await deletePack(area(), 'artemis-ii-crew-2023')).toEqual({ ok: true });
    expect((await listPacks(area())).packs.map((p) => p.id)).toEqual(['second-pack']);
  });

  it('deletes a pack from the list even when its stored story cannot be cleaned up', async () => {
    await importValid();
    const id = 'artemis-ii-crew-2023';
    const stuck: StorageAreaLike = {
      get: (keys) => area().get(keys),
      set: (items) => area().set(items),
      remove: () => Promise.reject(new Error('cannot remove')),
    };
    expect(await deletePack(stuck, id)).toEqual({ ok: true });
    expect((await listPacks(area())).packs).toEqual([]);
  });

  it('exports a pack pretty-printed, ending with a new line, and says so when it is not stored', async () => {
    await importValid();
    const exported = await exportPack(area(), 'artemis-ii-crew-2023');
    if (!exported.ok) throw new Error('not exported');
    expect(exported.json).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
    expect(exported.json.endsWith('}\n')).toBe(true);
    expect(inEnglish(await exportPack(area(), 'nope'))).toEqual({
      ok: false,
      message: expect.stringMatching(/nope/),
    });
  });

  it('reads a stored pack list of null as empty, and a stored story with no format version as damaged for that reason', () => {
    expect(packStorage.parsePackIndex(null)).toEqual([]);
    expect(packStorage.parsePackIndex(undefined)).toEqual([]);
    const read = packStorage.readStoredStory({ id: 'x', title: 'No version' });
    expect(inEnglish(read)).toEqual({ ok: false, reason: expect.stringMatching(/no "schemaVersion"/) });
  });
});
