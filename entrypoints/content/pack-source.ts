/**
 * The switched-on packs, for a page: the packs' index is read first, and only when a pack is on
 * (or the index is damaged, which the full reader names) does the page load the builder's module,
 * which reads, upgrades and checks packs. A pack on means the builder is needed anyway (its tables
 * were not made at build time), so it costs such a page nothing more. Why: docs/decisions/0022.
 */
import { readEnabledPackIds } from '../../lib/storage/pack-index';
import type { EnabledPacks } from '../../lib/storage/pack-reading';
import type { StorageAreaLike } from '../../lib/storage/storage-area';

export interface PackReaderModule {
  readEnabledPacks(area: StorageAreaLike): Promise<EnabledPacks>;
}

export function packSource(load: () => Promise<PackReaderModule>): (area: StorageAreaLike) => Promise<EnabledPacks> {
  return async (area) => {
    const ids = await readEnabledPackIds(area);
    if (ids !== null && ids.length === 0) return { stories: [], problems: [] };
    return (await load()).readEnabledPacks(area);
  };
}
