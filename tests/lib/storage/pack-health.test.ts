import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packDetailsFit } from '../../../lib/storage/pack-details';
import { inspectPacks } from '../../../lib/storage/pack-health';
import { packDetailsKey } from '../../../lib/storage/pack-keys';
import { readPackPanelPart } from '../../../lib/storage/pack-panel';
import { readEnabledPacks } from '../../../lib/storage/pack-reading';
import {
  exportPack,
  importPack,
  listPacks,
  PACK_INDEX_KEY,
  type PackMeta,
  packKey,
  packPanelKey,
} from '../../../lib/storage/pack-storage';
import { fullStorage } from '../../helpers/full-storage';
import { inEnglish } from '../../helpers/messages';

const area = () => fakeBrowser.storage.local;
const packText = readFileSync(path.resolve(__dirname, '../../fixtures/packs/valid-pack.json'), 'utf8');
const ID = 'artemis-ii-crew-2023';

async function importValid() {
  const result = await importPack(
    area(),
    { name: 'valid-pack.json', size: packText.length, text: packText },
    { bundled: [] },
  );
  expect(result.ok).toBe(true);
}
const storedIndex = async () => (await area().get(PACK_INDEX_KEY))[PACK_INDEX_KEY] as PackMeta[];
const damagedStory = { schemaVersion: 1, id: ID, title: 'Half a story' };

describe('damage in the stored packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports a healthy store as it is, without writing anything', async () => {
    await importValid();
    const before = JSON.stringify(await area().get(null));
    const { packs, notices } = await inspectPacks(area());
    expect(packs.map((p) => [p.meta.id, p.damage])).toEqual([[ID, undefined]]);
    expect(inEnglish(notices)).toEqual([]);
    expect(JSON.stringify(await area().get(null))).toBe(before);
  });

  it('lists a pack whose stored story cannot be read as damaged, with the reason, and keeps it stored', async () => {
    await importValid();
    await area().set({ [packKey(ID)]: damagedStory });
    const { packs, notices } = await inspectPacks(area());
    expect(packs).toHaveLength(1);
    expect(packs[0]?.meta).toMatchObject({ id: ID, title: 'NASA names the Artemis II crew', enabled: false });
    expect(packs[0]?.damage).toMatch(/.+/);
    expect(inEnglish(notices)).toEqual([]);
    expect((await area().get(packKey(ID)))[packKey(ID)]).toEqual(damagedStory);
    expect((await storedIndex()).map((m) => m.id)).toEqual([ID]);
  });

  it('exports a damaged pack as it is stored, so the reader can keep it before removing it', async () => {
    await importValid();
    await area().set({ [packKey(ID)]: damagedStory });
    const exported = await exportPack(area(), ID);
    expect(exported).toMatchObject({ ok: true, fileName: `${ID}.damaged.json` });
    if (exported.ok) expect(JSON.parse(exported.json)).toEqual(damagedStory);
  });

  it('takes a pack whose story is missing off the list, and says so', async () => {
    await importValid();
    await area().remove(packKey(ID));
    const { packs, notices } = await inspectPacks(area());
    expect(packs).toEqual([]);
    expect(inEnglish(notices)).toEqual([
      expect.stringMatching(/“NASA names the Artemis II crew” was listed, but its story is missing/),
    ]);
    expect(await storedIndex()).toEqual([]);
    // Repaired: the next look finds nothing to say.
    expect(inEnglish((await inspectPacks(area())).notices)).toEqual([]);
  });

  it('lists a pack listed twice once, repairs the list and says so', async () => {
    await importValid();
    const [meta] = await storedIndex();
    await area().set({ [PACK_INDEX_KEY]: [meta, { ...meta, enabled: false }] });
    const { packs, notices } = await inspectPacks(area());
    expect(packs.map((p) => p.meta.id)).toEqual([ID]);
    expect(packs[0]?.meta.enabled).toBe(true);
    expect(inEnglish(notices)).toEqual([expect.stringMatching(/listed twice/)]);
    expect(await storedIndex()).toHaveLength(1);
  });

  it('shows and loads a pack listed twice once, even before the list is repaired', async () => {
    await importValid();
    const [meta] = await storedIndex();
    await area().set({ [PACK_INDEX_KEY]: [meta, meta] });
    expect((await listPacks(area())).packs).toHaveLength(1);
    expect((await readEnabledPacks(area())).stories).toHaveLength(1);
  });

  it('rebuilds a damaged list with every stored pack, the damaged ones too', async () => {
    await importValid();
    await area().set({ [PACK_INDEX_KEY]: 'garbage', [packKey('broken-one')]: { schemaVersion: 1 } });
    const { packs, notices } = await inspectPacks(area());
    expect(packs.map((p) => [p.meta.id, p.damage !== undefined])).toEqual([
      [ID, false],
      ['broken-one', true],
    ]);
    expect(inEnglish(notices)).toEqual([expect.stringMatching(/rebuilt/)]);
    expect((await storedIndex()).map((m) => m.id)).toEqual([ID, 'broken-one']);
    expect((await area().get(packKey('broken-one')))[packKey('broken-one')]).toEqual({ schemaVersion: 1 });
  });

  it('still lists the packs, and says the repair was not saved, when storage is full', async () => {
    await importValid();
    const [meta] = await storedIndex();
    await area().set({ [PACK_INDEX_KEY]: [meta, meta] });
    const { packs, notices } = await inspectPacks(fullStorage(area()));
    expect(packs).toHaveLength(1);
    expect(inEnglish(notices[1])).toMatch(/could not be saved/);
  });

  it('writes nothing for a healthy store, so that full storage has nothing to refuse', async () => {
    await importValid();
    const { packs, notices } = await inspectPacks(fullStorage(area()));
    expect(packs).toHaveLength(1);
    expect(inEnglish(notices)).toEqual([]);
  });

  it('makes a missing or damaged panel part again from the pack, quietly: it is a copy the reader cannot act on', async () => {
    await importValid();
    for (const damage of [undefined, '{"id": "artemis', JSON.stringify({ id: ID, title: 'no entities' })]) {
      if (damage === undefined) await area().remove(packPanelKey(ID));
      else await area().set({ [packPanelKey(ID)]: damage });
      const { packs, notices } = await inspectPacks(area());
      expect(packs.map((p) => [p.meta.id, p.damage])).toEqual([[ID, undefined]]);
      expect(inEnglish(notices)).toEqual([]);
      const made = (await area().get(packPanelKey(ID)))[packPanelKey(ID)];
      expect(readPackPanelPart(made, ID)?.entities.map((entity) => entity.id)).toContain('reid-wiseman');
    }
    expect(inEnglish((await inspectPacks(area())).notices)).toEqual([]);
  });

  it('makes missing or damaged details parts again from the pack, quietly', async () => {
    await importValid();
    const ids = async () => ((await area().get(packKey(ID)))[packKey(ID)] as { entities: { id: string }[] }).entities;
    const entityIds = (await ids()).map((entity) => entity.id);
    for (const damage of [undefined, '{"id": "artemis', JSON.stringify({ id: ID, entities: [] })]) {
      if (damage === undefined) await area().remove(packDetailsKey(ID, 0));
      else await area().set({ [packDetailsKey(ID, 0)]: damage });
      const { packs, notices } = await inspectPacks(area());
      expect(packs.map((p) => [p.meta.id, p.damage])).toEqual([[ID, undefined]]);
      expect(inEnglish(notices)).toEqual([]);
      expect(packDetailsFit(await area().get(null), ID, entityIds)).toBe(true);
    }
    expect(inEnglish((await inspectPacks(area())).notices)).toEqual([]);
  });

  it('says damaged details parts could not be made again when storage is full: an entry reads the pack whole', async () => {
    await importValid();
    await area().set({ [packDetailsKey(ID, 0)]: 'damaged' });
    const { notices } = await inspectPacks(fullStorage(area()));
    expect(inEnglish(notices)).toEqual([expect.stringMatching(/details .*could not be made again.*whole pack/)]);
  });

  it('says a damaged panel part could not be made again when storage is full: the panels read the pack whole', async () => {
    await importValid();
    await area().set({ [packPanelKey(ID)]: 'damaged' });
    const { packs, notices } = await inspectPacks(fullStorage(area()));
    expect(packs.map((p) => p.damage)).toEqual([undefined]);
    expect(inEnglish(notices)).toEqual([expect.stringMatching(/could not be made again.*whole pack/)]);
  });
});
