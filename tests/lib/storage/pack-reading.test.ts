import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACK_INDEX_KEY, packKey, packPageKey } from '../../../lib/storage/pack-keys';
import { makePackPagePart } from '../../../lib/storage/pack-page';
import { readEnabledPackOutlines, readEnabledPacks, readPackStories } from '../../../lib/storage/pack-reading';
import type { StorageAreaLike } from '../../../lib/storage/storage-area';
import { outlineOf } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';
import { inEnglish } from '../../helpers/messages';

const area = () => fakeBrowser.storage.local;
const meta = (id: string, enabled: boolean) => ({
  id,
  enabled,
  title: id,
  date: '',
  entityCount: 1,
  importedAt: '',
  fileName: '',
});

describe('the switched-on packs, read back for a page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the packs that are on, trusting what has a story’s shape', async () => {
    const other = { ...cardTestStory, id: 'other-story' };
    await area().set({
      [PACK_INDEX_KEY]: [meta(cardTestStory.id, true), meta('other-story', false)],
      [packKey(cardTestStory.id)]: cardTestStory,
      [packKey('other-story')]: other,
    });
    const { stories, problems } = await readEnabledPacks(area());
    expect(stories.map((s) => s.id)).toEqual([cardTestStory.id]);
    expect(problems).toEqual([]);
  });

  it('names a pack whose entity lost its aliases, and reads none of it', async () => {
    const damaged = { ...cardTestStory, entities: [{ id: 'x', type: 'person', name: 'X' }] };
    await area().set({ [PACK_INDEX_KEY]: [meta(cardTestStory.id, true)], [packKey(cardTestStory.id)]: damaged });
    const { stories, problems } = await readEnabledPacks(area());
    expect(stories).toEqual([]);
    expect(inEnglish(problems[0])).toMatch(/could not be read: it is damaged/);
  });

  it('names why a stored pack cannot be upgraded: a newer Backstory’s pack is not called damaged', async () => {
    const newer = { ...cardTestStory, schemaVersion: 999 };
    await area().set({ [PACK_INDEX_KEY]: [meta(cardTestStory.id, true)], [packKey(cardTestStory.id)]: newer });
    const { stories, problems } = await readEnabledPacks(area());
    expect(stories).toEqual([]);
    expect(inEnglish(problems[0])).toMatch(/made by a newer Backstory \(story format 999/);
  });

  it('reads none and names none when no pack is asked for', async () => {
    expect(await readPackStories(area(), [])).toEqual({ stories: [], problems: [] });
  });

  it('reads nothing from a damaged list and says where it is repaired', async () => {
    await area().set({ [PACK_INDEX_KEY]: [{ id: 7 }], [packKey(cardTestStory.id)]: cardTestStory });
    const { stories, problems } = await readEnabledPacks(area());
    expect(stories).toEqual([]);
    expect(inEnglish(problems[0])).toMatch(/options/);
  });
});

/** `area`, recording every key read. */
function reading(area: StorageAreaLike): { area: StorageAreaLike; read: string[] } {
  const read: string[] = [];
  return {
    read,
    area: {
      get: (keys) => {
        read.push(...(keys === null ? ['everything'] : Array.isArray(keys) ? keys : [keys]));
        return area.get(keys);
      },
      set: (items) => area.set(items),
      remove: (keys) => area.remove(keys),
    },
  };
}

describe('the switched-on packs, as a page reads them', () => {
  beforeEach(() => fakeBrowser.reset());
  const id = cardTestStory.id;

  it('are their page parts: outlines and tables, never the whole pack', async () => {
    await area().set({
      [PACK_INDEX_KEY]: [meta(id, true)],
      [packKey(id)]: cardTestStory,
      [packPageKey(id)]: makePackPagePart(cardTestStory, []),
    });
    const { area: watched, read } = reading(area());
    const { stories, problems, tables } = await readEnabledPackOutlines(watched);
    expect(stories).toEqual([outlineOf(cardTestStory)]);
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(read).not.toContain(packKey(id));
  });

  it('read a pack stored without a part (an earlier version’s) whole, with no tables', async () => {
    await area().set({ [PACK_INDEX_KEY]: [meta(id, true)], [packKey(id)]: cardTestStory });
    const { stories, problems, tables } = await readEnabledPackOutlines(area());
    expect(stories.map((story) => story.id)).toEqual([id]);
    expect(problems).toEqual([]);
    expect(tables).toEqual([]);
  });

  it('read a pack whose part is damaged whole, and name it damaged only when that fails too', async () => {
    await area().set({
      [PACK_INDEX_KEY]: [meta(id, true)],
      [packKey(id)]: cardTestStory,
      [packPageKey(id)]: '{"outline": {',
    });
    expect((await readEnabledPackOutlines(area())).stories.map((story) => story.id)).toEqual([id]);
    await area().set({ [packKey(id)]: { ...cardTestStory, entities: 'gone' } });
    const { stories, problems } = await readEnabledPackOutlines(area());
    expect(stories).toEqual([]);
    expect(problems.map(inEnglish)).toEqual([
      `The story pack "${id}" could not be read: it is damaged (Backstory's options say more).`,
    ]);
  });

  it('keep the list’s order whichever way each was read, and name a missing one', async () => {
    const other = { ...cardTestStory, id: 'other-story' };
    await area().set({
      [PACK_INDEX_KEY]: [meta('other-story', true), meta(id, true), meta('gone', true)],
      [packKey('other-story')]: other,
      [packKey(id)]: cardTestStory,
      [packPageKey(id)]: makePackPagePart(cardTestStory, []),
    });
    const { stories, problems } = await readEnabledPackOutlines(area());
    expect(stories.map((story) => story.id)).toEqual(['other-story', id]);
    expect(problems.map(inEnglish)).toEqual(['The story pack "gone" is missing from storage.']);
  });

  it('are none from a damaged list, which is named', async () => {
    await area().set({ [PACK_INDEX_KEY]: 'not a list', [packKey(id)]: cardTestStory });
    const { stories, problems } = await readEnabledPackOutlines(area());
    expect(stories).toEqual([]);
    expect(inEnglish(problems[0])).toMatch(/options/);
  });

  it('are none, with nothing named, when every pack is off', async () => {
    await area().set({ [PACK_INDEX_KEY]: [meta(id, false)], [packKey(id)]: cardTestStory });
    expect(await readEnabledPackOutlines(area())).toEqual({ stories: [], problems: [] });
  });
});
