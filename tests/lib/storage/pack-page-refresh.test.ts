import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledStories } from '../../../data/stories';
import { makePackDetailsParts, packDetailsFit } from '../../../lib/storage/pack-details';
import {
  olderPackPageKeys,
  PACK_INDEX_KEY,
  packDetailsKey,
  packKey,
  packPageKey,
  packPanelKey,
} from '../../../lib/storage/pack-keys';
import { bundledKey, makePackPagePart, readPackPagePart } from '../../../lib/storage/pack-page';
import { refreshPackPages } from '../../../lib/storage/pack-page-refresh';
import { makePackPanelPart, readPackPanelPart } from '../../../lib/storage/pack-panel';
import { outlineOf } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';
import { fullStorage } from '../../helpers/full-storage';
import { olderPagePart, snapshotJson } from '../../helpers/older-page-part';
import { pagePartText, parsePagePart } from '../../helpers/page-part-text';

const area = () => fakeBrowser.storage.local;
const id = cardTestStory.id;
const meta = { id, title: cardTestStory.title, date: '', entityCount: 1, enabled: true, importedAt: '', fileName: '' };
const outlines = () => bundledStories.map(outlineOf);

describe('page parts made for packs stored without a usable one', () => {
  beforeEach(() => fakeBrowser.reset());

  it('makes the part of a pack an earlier version stored, and changes nothing that was stored', async () => {
    await area().set({ [PACK_INDEX_KEY]: [meta], [packKey(id)]: cardTestStory });
    const before = await area().get(null);
    expect(await refreshPackPages(area(), outlines())).toEqual([id]);
    const after = await area().get(null);
    expect(readPackPagePart(after[packPageKey(id)], id)?.bundled).toBe(bundledKey(outlines()));
    expect(readPackPanelPart(after[packPanelKey(id)], id)?.id).toBe(id);
    for (const [key, value] of Object.entries(before)) expect(after[key]).toEqual(value);
  });

  it('makes this version’s part for a pack stored with the versions before’s, removes those and keeps the pack', async () => {
    const made = makePackPagePart(cardTestStory, outlines());
    // The versions before stored their parts under their own keys: the tables a snapshot (v1),
    // then every slot of the edge table at 32 bits, with no count of slots (v2).
    const { tables, ...rest } = parsePagePart(made);
    const { slots: _slots, ...everySlot } = tables as Record<string, unknown>;
    const [v1, v2] = [
      pagePartText({ ...rest, matcher: snapshotJson(tables) }),
      pagePartText({ ...rest, tables: { ...everySlot, edges: 'AAAAAAAAAAAAAA==' } }),
    ];
    const [v1Key, v2Key] = olderPackPageKeys(id) as [string, string];
    await area().set({
      [PACK_INDEX_KEY]: [meta],
      [packKey(id)]: cardTestStory,
      [v1Key]: v1,
      [v2Key]: v2,
      [packPanelKey(id)]: makePackPanelPart(cardTestStory),
      ...makePackDetailsParts(cardTestStory),
    });
    expect(await refreshPackPages(area(), outlines())).toEqual([id]);
    const after = await area().get(null);
    expect(after[packPageKey(id)]).toBe(made);
    expect([after[v1Key], after[v2Key]]).toEqual([undefined, undefined]);
    expect(after[packKey(id)]).toEqual(cardTestStory);
    // The same parts under this version's key, as the versions before made them: not current, made again.
    for (const before of [v1, v2]) {
      await area().set({ [packPageKey(id)]: before });
      expect(await refreshPackPages(area(), outlines())).toEqual([id]);
      expect((await area().get(packPageKey(id)))[packPageKey(id)]).toBe(made);
    }
  });

  it('leaves parts made with these bundled stories as they are', async () => {
    const part = makePackPagePart(cardTestStory, outlines());
    await area().set({
      [PACK_INDEX_KEY]: [meta],
      [packKey(id)]: cardTestStory,
      [packPageKey(id)]: part,
      [packPanelKey(id)]: makePackPanelPart(cardTestStory),
      ...makePackDetailsParts(cardTestStory),
    });
    expect(await refreshPackPages(area(), outlines())).toEqual([]);
  });

  it('makes missing, damaged or stale details parts, leaving the page and panel parts alone', async () => {
    const part = makePackPagePart(cardTestStory, outlines());
    const panel = makePackPanelPart(cardTestStory);
    const ids = cardTestStory.entities.map((entity) => entity.id);
    await area().set({
      [PACK_INDEX_KEY]: [meta],
      [packKey(id)]: cardTestStory,
      [packPageKey(id)]: part,
      [packPanelKey(id)]: panel,
    });
    const stale = makePackDetailsParts({ ...cardTestStory, entities: cardTestStory.entities.slice(1) });
    for (const damaged of [{}, { [packDetailsKey(id, 0)]: '{"id":' }, stale]) {
      await area().remove(packDetailsKey(id, 0));
      await area().set(damaged);
      expect(await refreshPackPages(area(), outlines())).toEqual([id]);
      const after = await area().get(null);
      expect(packDetailsFit(after, id, ids)).toBe(true);
      expect(after[packPageKey(id)]).toBe(part);
      expect(after[packPanelKey(id)]).toBe(panel);
    }
  });

  it('makes a missing or damaged panel part, leaving a fitting page part alone', async () => {
    const part = makePackPagePart(cardTestStory, outlines());
    await area().set({ [PACK_INDEX_KEY]: [meta], [packKey(id)]: cardTestStory, [packPageKey(id)]: part });
    expect(await refreshPackPages(area(), outlines())).toEqual([id]);
    await area().set({ [packPanelKey(id)]: '{"id":' });
    expect(await refreshPackPages(area(), outlines())).toEqual([id]);
    const after = await area().get(null);
    expect(readPackPanelPart(after[packPanelKey(id)], id)?.title).toBe(cardTestStory.title);
    expect(after[packPageKey(id)]).toBe(part);
  });

  it('makes again a part made with other bundled stories, or damaged', async () => {
    const stale = makePackPagePart(cardTestStory, outlines().slice(1));
    await area().set({
      [PACK_INDEX_KEY]: [meta],
      [packKey(id)]: cardTestStory,
      [packPageKey(id)]: stale,
      [packPanelKey(id)]: makePackPanelPart(cardTestStory),
    });
    expect(await refreshPackPages(area(), outlines())).toEqual([id]);
    await area().set({ [packPageKey(id)]: '{"outline":' });
    expect(await refreshPackPages(area(), outlines())).toEqual([id]);
    expect(readPackPagePart((await area().get(packPageKey(id)))[packPageKey(id)], id)?.bundled).toBe(
      bundledKey(outlines()),
    );
  });

  it('makes again a part an earlier version made without its catalog’s table, or with its entities damaged', async () => {
    const part = makePackPagePart(cardTestStory, outlines());
    const damagedEntities = pagePartText({ ...parsePagePart(part), entities: '[{"id":' });
    for (const older of [olderPagePart(part), damagedEntities]) {
      await area().set({
        [PACK_INDEX_KEY]: [meta],
        [packKey(id)]: cardTestStory,
        [packPageKey(id)]: older,
        [packPanelKey(id)]: makePackPanelPart(cardTestStory),
        ...makePackDetailsParts(cardTestStory),
      });
      expect(await refreshPackPages(area(), outlines())).toEqual([id]);
      expect((await area().get(packPageKey(id)))[packPageKey(id)]).toBe(part);
    }
  });

  it('writes nothing for a damaged pack, which stays stored for the options page to name', async () => {
    const damaged = { ...cardTestStory, entities: 'gone' };
    await area().set({ [PACK_INDEX_KEY]: [meta], [packKey(id)]: damaged });
    expect(await refreshPackPages(area(), outlines())).toEqual([]);
    expect(await area().get(null)).toEqual({ [PACK_INDEX_KEY]: [meta], [packKey(id)]: damaged });
  });

  it('does nothing with a damaged list, and goes on when storage is full', async () => {
    await area().set({ [PACK_INDEX_KEY]: 'not a list', [packKey(id)]: cardTestStory });
    expect(await refreshPackPages(area(), outlines())).toEqual([]);
    await area().set({ [PACK_INDEX_KEY]: [meta] });
    expect(await refreshPackPages(fullStorage(area()), outlines())).toEqual([]);
    expect(await area().get(packPageKey(id))).toEqual({});
  });
});
