import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enabledIds, readEnabledPackIds } from '../../../lib/storage/pack-index';
import { PACK_INDEX_KEY } from '../../../lib/storage/pack-keys';
import { storedNull } from '../../helpers/stored-null';

const meta = (id: string, enabled: boolean) => ({ id, enabled, title: id, date: '', entityCount: 1 });

describe('the switched-on packs read from the index', () => {
  it('are the ids of the packs switched on, in the index’s order, each once', () => {
    expect(enabledIds([meta('b', true), meta('a', false), meta('c', true), meta('b', true)])).toEqual(['b', 'c']);
  });

  it('are none when no pack was ever imported', () => {
    expect(enabledIds(undefined)).toEqual([]);
    expect(enabledIds(null)).toEqual([]);
    expect(enabledIds([])).toEqual([]);
    expect(enabledIds([meta('a', false)])).toEqual([]);
  });

  it('are unknown (null) when the index is not a list', () => {
    expect(enabledIds({ 0: meta('a', true) })).toBeNull();
    expect(enabledIds('a')).toBeNull();
  });

  it('are unknown when any entry, even after a good one, is damaged', () => {
    for (const bad of [
      null,
      'a',
      ['a', true],
      { id: 7, enabled: true },
      { enabled: true },
      { id: 'b', enabled: 'yes' },
      { id: 'b' },
    ]) {
      expect(enabledIds([meta('a', true), bad])).toBeNull();
    }
  });
});

describe('reading the switched-on packs from storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads them from the packs’ index', async () => {
    await fakeBrowser.storage.local.set({
      [PACK_INDEX_KEY]: [meta('a', true), meta('b', false)],
      other: [meta('c', true)],
    });
    expect(await readEnabledPackIds(fakeBrowser.storage.local)).toEqual(['a']);
  });

  it('finds none with no index, or a stored null, and null for a damaged one', async () => {
    expect(await readEnabledPackIds(fakeBrowser.storage.local)).toEqual([]);
    expect(await readEnabledPackIds(storedNull(fakeBrowser.storage.local, PACK_INDEX_KEY))).toEqual([]);
    await fakeBrowser.storage.local.set({ [PACK_INDEX_KEY]: 'damaged' });
    expect(await readEnabledPackIds(fakeBrowser.storage.local)).toBeNull();
  });
});
