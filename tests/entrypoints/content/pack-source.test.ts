import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PackReaderModule, packSource } from '../../../entrypoints/content/pack-source';
import { notice } from '../../../lib/storage/notice';
import { PACK_INDEX_KEY } from '../../../lib/storage/pack-keys';
import type { EnabledPacks } from '../../../lib/storage/pack-reading';
import type { StoryOutline } from '../../../lib/story/story-model';

const area = () => fakeBrowser.storage.local;
const fromBuilder: EnabledPacks<StoryOutline> = {
  stories: [],
  problems: [notice('packMissing', 'read-by-the-builder')],
};

function loader() {
  const module: PackReaderModule = { pagePacks: vi.fn(async () => fromBuilder) };
  return { module, load: vi.fn(async () => module) };
}

describe('the page’s switched-on packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are none, without loading the builder, when no pack was imported or none is on', async () => {
    const { load } = loader();
    expect(await packSource(load)(area())).toEqual({ stories: [], problems: [] });
    await area().set({ [PACK_INDEX_KEY]: [{ id: 'off', enabled: false }] });
    expect(await packSource(load)(area())).toEqual({ stories: [], problems: [] });
    expect(load).not.toHaveBeenCalled();
  });

  it('are read by the builder’s module once a pack is on', async () => {
    const { module, load } = loader();
    await area().set({ [PACK_INDEX_KEY]: [{ id: 'on', enabled: true }] });
    expect(await packSource(load)(area())).toBe(fromBuilder);
    expect(module.pagePacks).toHaveBeenCalledWith(area());
  });

  it('are read by the builder’s module when the index is damaged, so the damage is named', async () => {
    const { load } = loader();
    await area().set({ [PACK_INDEX_KEY]: 'not a list' });
    expect(await packSource(load)(area())).toBe(fromBuilder);
    expect(load).toHaveBeenCalledOnce();
  });
});
