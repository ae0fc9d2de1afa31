/**
 * The switched-on packs read back for a page. A pack is checked in full once, when the reader
 * imports it (`pack-storage.ts`); every page after that only checks that what comes back from
 * storage still has a story's shape, so that damage is skipped and named, never a crash. The full
 * check lives with the options page, which lists damaged packs (docs/decisions/0011).
 */
import type { Story } from '../../data/schema';
import { PACK_INDEX_KEY, packKey } from './pack-keys';
import { migratePack } from './pack-migrations';
import type { StorageAreaLike } from './storage-area';

export interface EnabledPacks {
  stories: Story[];
  /** Damage found in storage, in words for the reader. */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The ids of the packs switched on, or null when the index is damaged (the options page repairs it). */
function enabledIds(index: unknown): string[] | null {
  if (index === undefined || index === null) return [];
  if (!Array.isArray(index)) return null;
  const ids: string[] = [];
  for (const meta of index) {
    if (!isRecord(meta) || typeof meta.id !== 'string' || typeof meta.enabled !== 'boolean') return null;
    if (meta.enabled) ids.push(meta.id);
  }
  return ids;
}

/** Whether a stored value still has the shape the matcher and the cards rely on. */
function hasStoryShape(value: Record<string, unknown>): boolean {
  return (
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.entities) &&
    value.entities.every(
      (entity: unknown) =>
        isRecord(entity) &&
        typeof entity.id === 'string' &&
        typeof entity.name === 'string' &&
        typeof entity.type === 'string' &&
        Array.isArray(entity.aliases) &&
        entity.aliases.every((alias: unknown) => isRecord(alias) && typeof alias.text === 'string'),
    )
  );
}

export async function readEnabledPacks(area: StorageAreaLike): Promise<EnabledPacks> {
  const ids = enabledIds((await area.get(PACK_INDEX_KEY))[PACK_INDEX_KEY]);
  if (ids === null) {
    return {
      stories: [],
      problems: ["The list of imported story packs is damaged; open Backstory's options to repair it."],
    };
  }
  if (ids.length === 0) return { stories: [], problems: [] };
  const stored = await area.get(ids.map(packKey));
  const stories: Story[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const value = stored[packKey(id)];
    const migrated = value === undefined ? undefined : migratePack(value);
    if (!migrated?.ok || !hasStoryShape(migrated.pack)) {
      problems.push(`The story pack "${id}" is missing or damaged; Backstory's options say more.`);
      continue;
    }
    stories.push(migrated.pack as unknown as Story);
  }
  return { stories, problems };
}
