/**
 * Where packs live in `storage.local`: `packs:v1:index` lists them (what the options page shows,
 * and whether each is on); `pack:v1:<story id>` holds each story; `pack-page:v3:<story id>` what a
 * page needs of it to scan (its outline and matcher tables, `pack-page.ts`), and
 * `pack-panel:v1:<story id>` what the panels list of it (`pack-panel.ts`), and
 * `pack-details:v1:<story id>:<n>` its entities' details in chunks (`pack-details.ts`), all made from the story.
 * On their own so that what reads packs on a page carries none of the import's validation code.
 */
import type { StorageChanges } from './storage-area';

export const PACK_INDEX_KEY = 'packs:v1:index';
const PACK_KEY_PREFIX = 'pack:v1:';
const PACK_PAGE_KEY_PREFIX = 'pack-page:v3:';
/** v1: the tables as a snapshot; v2: every slot of the edge table at 32 bits (packed-tables.ts). */
const OLDER_PACK_PAGE_KEY_PREFIXES = ['pack-page:v1:', 'pack-page:v2:'];
const PACK_PANEL_KEY_PREFIX = 'pack-panel:v1:';
const PACK_DETAILS_KEY_PREFIX = 'pack-details:v1:';

export const packKey = (id: string) => `${PACK_KEY_PREFIX}${id}`;

/** The key of a pack's page part: made from the pack, never the only copy of anything. */
export const packPageKey = (id: string) => `${PACK_PAGE_KEY_PREFIX}${id}`;

/**
 * Where earlier versions kept the page part (before the stored tables, then with the edge table's
 * every slot at 32 bits: packed-tables.ts): read by no page now, removed by the refresh that makes
 * the new one and with the pack.
 */
export const olderPackPageKeys = (id: string): string[] =>
  OLDER_PACK_PAGE_KEY_PREFIXES.map((prefix) => `${prefix}${id}`);

/** The key of a pack's panel part: made from the pack, never the only copy of anything. */
export const packPanelKey = (id: string) => `${PACK_PANEL_KEY_PREFIX}${id}`;

/** The key of chunk `n` of a pack's details parts: made from the pack, never the only copy of anything. */
export const packDetailsKey = (id: string, n: number) => `${PACK_DETAILS_KEY_PREFIX}${id}:${n}`;

export const isPackKey = (key: string) => key.startsWith(PACK_KEY_PREFIX);

/** The pack id a storage key holds, or undefined for any other key. */
export function packIdOfKey(key: string): string | undefined {
  return isPackKey(key) ? key.slice(PACK_KEY_PREFIX.length) : undefined;
}

/** Whether a storage change touches the packs (storage.local's onChanged reports every key). */
export function isPackChange(changes: StorageChanges): boolean {
  return Object.keys(changes).some((key) => key === PACK_INDEX_KEY || isPackKey(key));
}
