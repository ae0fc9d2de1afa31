import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Story } from '../../../data/schema';
import { bundledStories } from '../../../data/stories';
import { nextTask, pagePacks } from '../../../entrypoints/table-builder/page-packs';
import { tablesFor } from '../../../lib/matching/stored-tables';
import { buildTables } from '../../../lib/matching/table-builder';
import { PACK_INDEX_KEY, packKey, packPageKey } from '../../../lib/storage/pack-keys';
import { makePackPagePart } from '../../../lib/storage/pack-page';
import { readEnabledPackOutlines } from '../../../lib/storage/pack-reading';
import { pageCatalog } from '../../../lib/storage/page-catalog';
import { outlineOf } from '../../../lib/story/story-model';
import { bigPack } from '../../helpers/big-pack';
import { comparableTables } from '../../helpers/comparable-tables';
import { pagePartText, parsePagePart } from '../../helpers/page-part-text';

const area = () => fakeBrowser.storage.local;
const bundled = bundledStories.map(outlineOf);
const pack = bigPack(200) as unknown as Story;
const meta = { id: pack.id, enabled: true, title: '', date: '', entityCount: 200, importedAt: '', fileName: '' };

/** A yield that counts, and resolves at once. */
function countingYield() {
  const counted = { yields: 0 };
  return { counted, yieldTask: async () => void counted.yields++ };
}

describe('the packs as a page reads them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the packs’ page parts, with each one’s catalog and tables made ahead in tasks of their own', async () => {
    await area().set({
      [PACK_INDEX_KEY]: [meta],
      [packKey(pack.id)]: pack,
      [packPageKey(pack.id)]: makePackPagePart(pack, bundled),
    });
    const { counted, yieldTask } = countingYield();
    const packs = await pagePacks(area(), yieldTask);
    expect(packs.stories).toEqual((await readEnabledPackOutlines(area())).stories);
    // The parse's task ends, then the catalog's, then the tables', before the page's catalog is made.
    expect(counted.yields).toBe(3);
    const { aliases } = pageCatalog([...bundled, ...packs.stories], []);
    // Read ahead: the same tables each time the page's catalog asks.
    expect(tablesFor(aliases, packs.tables)).toBe(tablesFor(aliases, packs.tables));
  });

  it('are read, and the page’s tables built, when a part’s tables are damaged past reading', async () => {
    const part = parsePagePart(makePackPagePart(pack, bundled)) as { tables: { candidates: { test: string[] } } };
    part.tables.candidates.test = ['[', 'u'];
    await area().set({
      [PACK_INDEX_KEY]: [meta],
      [packKey(pack.id)]: pack,
      [packPageKey(pack.id)]: pagePartText(part),
    });
    const packs = await pagePacks(area(), countingYield().yieldTask);
    expect(packs.stories.map((story) => story.id)).toEqual([pack.id]);
    const { aliases } = pageCatalog([...bundled, ...packs.stories], []);
    expect(comparableTables(tablesFor(aliases, packs.tables))).toEqual(comparableTables(buildTables(aliases)));
  });

  it('end no task when no pack has a page part (read whole, as an earlier version stored it)', async () => {
    await area().set({ [PACK_INDEX_KEY]: [meta], [packKey(pack.id)]: pack });
    const { counted, yieldTask } = countingYield();
    expect((await pagePacks(area(), yieldTask)).stories.map((story) => story.id)).toEqual([pack.id]);
    expect(counted.yields).toBe(0);
  });
});

describe('the next task', () => {
  it('comes after every promise continuation already queued', async () => {
    const order: string[] = [];
    const next = nextTask().then(() => order.push('task'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    order.push('microtasks');
    await next;
    expect(order).toEqual(['microtasks', 'task']);
  });
});
