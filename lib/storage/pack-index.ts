/**
 * Which story packs are switched on, read from the packs' index alone. A page reads this first:
 * with no pack on (most readers) it never loads the code that reads, upgrades and checks a pack
 * (pack-reading.ts, in the content script's lazily loaded builder module; docs/decisions/0022).
 */
import { PACK_INDEX_KEY } from './pack-keys';
import type { StorageAreaLike } from './storage-area';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The ids of the packs switched on, or null when the index is damaged (the options page repairs it). */
export function enabledIds(index: unknown): string[] | null {
  if (index === undefined || index === null) return [];
  if (!Array.isArray(index)) return null;
  const ids = new Set<string>();
  for (const meta of index) {
    if (!isRecord(meta) || typeof meta.id !== 'string' || typeof meta.enabled !== 'boolean') return null;
    // A pack listed twice (the options page repairs the list) is still one pack.
    if (meta.enabled) ids.add(meta.id);
  }
  return [...ids];
}

/** The switched-on packs' ids as stored (null: a damaged index). */
export async function readEnabledPackIds(area: StorageAreaLike): Promise<string[] | null> {
  return enabledIds((await area.get(PACK_INDEX_KEY))[PACK_INDEX_KEY]);
}
