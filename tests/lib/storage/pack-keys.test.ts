import { describe, expect, it } from 'vitest';
import {
  isPackChange,
  isPackKey,
  olderPackPageKeys,
  PACK_INDEX_KEY,
  packDetailsKey,
  packIdOfKey,
  packKey,
  packPageKey,
  packPanelKey,
} from '../../../lib/storage/pack-keys';

describe('the storage keys of packs', () => {
  it('name each part of a pack apart, with its id', () => {
    const keys = [
      PACK_INDEX_KEY,
      packKey('s'),
      packPageKey('s'),
      packPanelKey('s'),
      packDetailsKey('s', 0),
      packDetailsKey('s', 1),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys.slice(1)) expect(key).toContain('s');
    expect(packDetailsKey('s', 12)).toMatch(/12$/);
  });

  it('keep the versioned names stored packs already have', () => {
    // Packs imported by earlier versions are stored under these: a new name would lose them.
    expect(PACK_INDEX_KEY).toBe('packs:v1:index');
    expect(packKey('war')).toBe('pack:v1:war');
    expect(packPageKey('war')).toBe('pack-page:v3:war');
    expect(olderPackPageKeys('war')).toEqual(['pack-page:v1:war', 'pack-page:v2:war']);
    expect(packPanelKey('war')).toBe('pack-panel:v1:war');
    expect(packDetailsKey('war', 2)).toBe('pack-details:v1:war:2');
  });

  it('give back the id of a pack’s key, and nothing for any other key', () => {
    expect(packIdOfKey(packKey('war:2'))).toBe('war:2');
    expect(isPackKey(packKey('war'))).toBe(true);
    for (const key of [
      PACK_INDEX_KEY,
      packPageKey('war'),
      packPanelKey('war'),
      packDetailsKey('war', 0),
      'settings',
      `x${packKey('war')}`,
    ]) {
      expect(isPackKey(key)).toBe(false);
      expect(packIdOfKey(key)).toBeUndefined();
    }
  });
});

describe('a storage change', () => {
  it('touches the packs when it changes the index or a pack', () => {
    expect(isPackChange({ [PACK_INDEX_KEY]: { newValue: [] } })).toBe(true);
    expect(isPackChange({ settings: {}, [packKey('war')]: { oldValue: {} } })).toBe(true);
  });

  it('does not when it changes only other keys, a pack’s derived parts included', () => {
    expect(isPackChange({})).toBe(false);
    expect(isPackChange({ settings: { newValue: {} }, [packPageKey('war')]: { newValue: {} } })).toBe(false);
  });
});
