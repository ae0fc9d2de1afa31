/**
 * The switched-on packs read back. A pack is checked in full once, when the reader imports it
 * (`pack-storage.ts`); what reads it after that only checks that what comes back from storage
 * still has a story's shape, so that damage is skipped and named, never a crash. The full check
 * lives with the options page, which lists damaged packs (docs/decisions/0011).
 *
 * A page reads each pack's page part (its outline and tables, `pack-page.ts`), not the whole pack
 * (docs/decisions/0028); a card reads whole packs, and a panel those its page names (panel-catalog.ts).
 */
import type { Story } from '../../data/schema';
import type { MatcherSnapshot } from '../matching/matcher-tables';
import type { StoryOutline } from '../story/story-model';
import { type Notice, notice } from './notice';
import { readEnabledPackIds } from './pack-index';
import { packKey, packPageKey } from './pack-keys';
import { migratePack } from './pack-migrations';
import { type PackPagePart, readPackPagePart } from './pack-page';
import type { StorageAreaLike } from './storage-area';
import { hasStoryShape } from './story-shape';

export interface EnabledPacks<P extends StoryOutline = Story> {
  stories: P[];
  /** Damage found in storage: what to tell the reader. */
  problems: Notice[];
  /** Matcher tables stored with the packs (their page parts), for a catalog they were made for. */
  tables?: MatcherSnapshot[];
  /** The page parts read, whole (page-catalog.ts makes a page's catalog and tables from them). */
  parts?: PackPagePart[];
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

/** The whole stored stories of these packs (what a card tells), each shape-checked. */
export function readPackStories(area: StorageAreaLike, ids: readonly string[]): Promise<EnabledPacks> {
  return readStoredPacks(area, ids, readShape);
}

/** The switched-on packs, whole: the background's catalog. */
export async function readEnabledPacks(area: StorageAreaLike): Promise<EnabledPacks> {
  const ids = await readEnabledPackIds(area);
  if (ids === null) return { stories: [], problems: [notice('packIndexDamaged')] };
  return readPackStories(area, ids);
}

/**
 * The switched-on packs as a page needs them: each one's outline and tables from its page part.
 * A pack with no part (stored by an earlier version, until the background makes it) or a damaged
 * one is read whole, as before there were parts: slower, and the same to the reader.
 */
export async function readEnabledPackOutlines(area: StorageAreaLike): Promise<EnabledPacks<StoryOutline>> {
  const ids = await readEnabledPackIds(area);
  if (ids === null) return { stories: [], problems: [notice('packIndexDamaged')] };
  if (ids.length === 0) return { stories: [], problems: [] };
  const stored = await area.get(ids.map(packPageKey));
  const outlines = new Map<string, StoryOutline>();
  const parts: PackPagePart[] = [];
  const unparted: string[] = [];
  for (const id of ids) {
    const part = readPackPagePart(stored[packPageKey(id)], id);
    if (!part) {
      unparted.push(id);
      continue;
    }
    outlines.set(id, part.outline);
    parts.push(part);
  }
  const whole = await readPackStories(area, unparted);
  for (const story of whole.stories) outlines.set(story.id, story);
  // In the index's order, which is the catalog's, whichever way each was read.
  const stories = ids.flatMap((id) => {
    const outline = outlines.get(id);
    return outline ? [outline] : [];
  });
  return { stories, problems: whole.problems, tables: parts.map((part) => part.matcher), parts };
}
