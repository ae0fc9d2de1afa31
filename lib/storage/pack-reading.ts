/**
 * The switched-on packs read back for a page. A pack is checked in full once, when the reader
 * imports it (`pack-storage.ts`); every page after that only checks that what comes back from
 * storage still has a story's shape, so that damage is skipped and named, never a crash. The full
 * check lives with the options page, which lists damaged packs (docs/decisions/0011).
 */
import type { Story } from '../../data/schema';
import { type Notice, notice } from './notice';
import { readEnabledPackIds } from './pack-index';
import { packKey } from './pack-keys';
import { migratePack } from './pack-migrations';
import type { StorageAreaLike } from './storage-area';

export interface EnabledPacks {
  stories: Story[];
  /** Damage found in storage: what to tell the reader. */
  problems: Notice[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** A reason is Backstory's notice, or the story checker's own (English) words. */
export type StoredStoryRead = { ok: true; story: Story } | { ok: false; reason: Notice | string };

/** The stored stories of `ids`, each read by `read`; what is missing or unreadable is named. */
export async function readStoredPacks(
  area: StorageAreaLike,
  ids: readonly string[],
  read: (value: unknown) => StoredStoryRead,
): Promise<EnabledPacks> {
  if (ids.length === 0) return { stories: [], problems: [] };
  const stored = await area.get(ids.map(packKey));
  const stories: Story[] = [];
  const problems: Notice[] = [];
  for (const id of ids) {
    const value = stored[packKey(id)];
    if (value === undefined) {
      problems.push(notice('packMissing', id));
      continue;
    }
    const result = read(value);
    if (result.ok) stories.push(result.story);
    else problems.push(notice('packUnreadable', id, result.reason));
  }
  return { stories, problems };
}

/** A stored pack, upgraded if need be, trusted once it has a story's shape. */
function readShape(value: unknown): StoredStoryRead {
  const migrated = migratePack(value);
  if (!migrated.ok) return migrated;
  return hasStoryShape(migrated.pack)
    ? { ok: true, story: migrated.pack as unknown as Story }
    : { ok: false, reason: notice('packDamagedSeeOptions') };
}

export async function readEnabledPacks(area: StorageAreaLike): Promise<EnabledPacks> {
  const ids = await readEnabledPackIds(area);
  if (ids === null) {
    return {
      stories: [],
      problems: [notice('packIndexDamaged')],
    };
  }
  return readStoredPacks(area, ids, readShape);
}
