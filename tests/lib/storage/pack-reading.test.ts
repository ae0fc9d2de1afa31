import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACK_INDEX_KEY, packKey } from '../../../lib/storage/pack-keys';
import { readEnabledPacks } from '../../../lib/storage/pack-reading';
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

  it('reads nothing from a damaged list and says where it is repaired', async () => {
    await area().set({ [PACK_INDEX_KEY]: [{ id: 7 }], [packKey(cardTestStory.id)]: cardTestStory });
    const { stories, problems } = await readEnabledPacks(area());
    expect(stories).toEqual([]);
    expect(inEnglish(problems[0])).toMatch(/options/);
  });
});
