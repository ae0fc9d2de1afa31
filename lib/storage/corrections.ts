/**
 * The reader's corrections of what a card said (issue 21): "this text is not a name" or "this
 * text is not this person", remembered on this site or everywhere, listed and undoable in the
 * options page. Stored under one versioned key as a list; each entry is validated on read, so a
 * damaged entry is reported and skipped, never a reason to lose the others, and it is carried
 * through every write untouched until the reader clears it. Each change is one write.
 * The shape is checked by a small guard, not a validation library: the content script reads and
 * writes corrections, and it carries no validation code (docs/decisions/0011).
 *
 * Applying corrections to stories is `apply-corrections.ts`; this file only keeps them.
 */
import { foldKey } from '../matching/text-fold';
import { countedNotice, type Notice, notice } from './notice';
import { siteCovers } from './site-match';
import {
  describeStorageError,
  type StorageAreaLike,
  type StorageChangeEvents,
  type StorageChanges,
} from './storage-area';
import { currentKey, keysToRead, readVersioned, type VersionedValue } from './versioned-keys';

/** Format 1 is the first; a change of format adds `migrations[1]` and bumps `current` (versioned-keys.ts). */
export const CORRECTIONS_VERSIONS: VersionedValue = { name: 'corrections', current: 1, migrations: {} };
/** The key of the current format. */
export const CORRECTIONS_KEY = currentKey(CORRECTIONS_VERSIONS);

export const CORRECTION_KINDS = ['not-a-name', 'wrong-person'] as const;
/** `not-a-name`: the text names nobody. `wrong-person`: the text does not refer to this entity. */
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export const CORRECTION_SCOPES = ['site', 'everywhere'] as const;
export type CorrectionScope = (typeof CORRECTION_SCOPES)[number];

export interface Correction {
  /** Made from what the correction says (see `correctionId`), so the same correction is stored once. */
  id: string;
  kind: CorrectionKind;
  /** The mention as the page printed it ("Lars Berg"), for the options page. */
  text: string;
  /** `foldKey(text)`: what aliases are compared with, so "LARS BERG" and "Lars Berg" are one correction. */
  folded: string;
  /** The entity the card showed for the text. */
  entityId: string;
  entityName: string;
  scope: CorrectionScope;
  /**
   * The site key (lib/storage/site-key.ts) of the page it was made on: where a `site` correction
   * applies (that domain and the hosts below it, lib/storage/site-match.ts). Empty only for an
   * `everywhere` correction made on a page without one.
   */
  site: string;
  /** ISO timestamp. */
  createdAt: string;
}

const NON_EMPTY_FIELDS = ['id', 'text', 'folded', 'entityId', 'entityName', 'createdAt'] as const;

/** Whether a stored (or about to be stored) value is a whole correction. */
export function isCorrection(value: unknown): value is Correction {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    NON_EMPTY_FIELDS.every((field) => typeof record[field] === 'string' && record[field] !== '') &&
    CORRECTION_KINDS.some((kind) => kind === record.kind) &&
    CORRECTION_SCOPES.some((scope) => scope === record.scope) &&
    typeof record.site === 'string'
  );
}

/** What a card knows when the reader makes a correction. */
export type CorrectionDraft = Pick<Correction, 'kind' | 'text' | 'entityId' | 'entityName' | 'scope' | 'site'>;

export interface LoadedCorrections {
  corrections: Correction[];
  /** How many stored entries could not be read (0 when none); see `problem`. */
  damaged: number;
  /** Set when something stored was damaged: what to tell the reader. */
  problem?: Notice;
}

export type CorrectionChange = { ok: true } | { ok: false; message: Notice };
export type CorrectionAdded = { ok: true; correction: Correction } | { ok: false; message: Notice };

const DAMAGED_LIST = notice('correctionsListDamaged');

/** One id per distinct correction: the same choice made twice is stored once. */
export function correctionId(draft: Pick<Correction, 'kind' | 'entityId' | 'scope' | 'site'>, folded: string): string {
  const where = draft.scope === 'everywhere' ? '*' : draft.site;
  const who = draft.kind === 'wrong-person' ? draft.entityId : '';
  return [draft.kind, where, who, folded].join('|');
}

interface StoredList {
  /** The stored array, damaged entries included; null when the stored value is not a list. */
  raw: unknown[] | null;
  loaded: LoadedCorrections;
  /** Read from an older format's key: removing the current key would not clear it. */
  migrated?: boolean;
}

function readList(value: unknown): StoredList {
  if (value === undefined || value === null) return { raw: [], loaded: { corrections: [], damaged: 0 } };
  if (!Array.isArray(value)) return { raw: null, loaded: { corrections: [], damaged: 1, problem: DAMAGED_LIST } };
  const corrections: Correction[] = [];
  let damaged = 0;
  for (const item of value) {
    if (isCorrection(item)) corrections.push(item);
    else damaged++;
  }
  return {
    raw: value,
    loaded: damaged === 0 ? { corrections, damaged } : { corrections, damaged, problem: damagedEntries(damaged) },
  };
}

function damagedEntries(count: number): Notice {
  return countedNotice('correctionsDamaged', count);
}

/** Reads a stored value (or a storage change's new value): valid entries, and what was damaged. */
export function parseCorrections(value: unknown): LoadedCorrections {
  return readList(value).loaded;
}

export async function loadCorrections(area: StorageAreaLike): Promise<LoadedCorrections> {
  return (await readStored(area)).loaded;
}

/** The corrections in force on a page on `host`, with any damage found (live-settings' reader). */
export async function loadCorrectionsFor(
  area: StorageAreaLike,
  host: string | null,
): Promise<Pick<LoadedCorrections, 'corrections' | 'problem'>> {
  const loaded = await loadCorrections(area);
  return {
    corrections: correctionsFor(loaded.corrections, host),
    ...(loaded.problem ? { problem: loaded.problem } : {}),
  };
}

/** The corrections in force on a page on `host`: those made everywhere, and those of a site that covers it. */
export function correctionsFor(corrections: readonly Correction[], host: string | null): Correction[] {
  return corrections.filter((c) => c.scope === 'everywhere' || (host !== null && siteCovers(c.site, host)));
}

/** What is stored, in the current format (read from an older format's key when need be). */
async function readStored(area: StorageAreaLike): Promise<StoredList> {
  const read = readVersioned(await area.get(keysToRead(CORRECTIONS_VERSIONS)), CORRECTIONS_VERSIONS);
  const list = readList(read.value);
  return read.migratedFrom === undefined ? list : { ...list, migrated: true };
}

async function write(area: StorageAreaLike, list: unknown[]): Promise<CorrectionChange> {
  try {
    await area.set({ [currentKey(CORRECTIONS_VERSIONS)]: list });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

/** Adds a correction (once: the same one made again is returned as it was first stored). */
export async function addCorrection(
  area: StorageAreaLike,
  draft: CorrectionDraft,
  options: { now?: Date } = {},
): Promise<CorrectionAdded> {
  const folded = foldKey(draft.text);
  const candidate: Correction = {
    id: correctionId(draft, folded),
    kind: draft.kind,
    text: draft.text.trim(),
    folded,
    entityId: draft.entityId,
    entityName: draft.entityName,
    scope: draft.scope,
    site: draft.site,
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  if (!isCorrection(candidate) || (candidate.scope === 'site' && candidate.site === '')) {
    return { ok: false, message: notice('correctionNotSaved') };
  }
  const { raw, loaded } = await readStored(area);
  if (raw === null) return { ok: false, message: DAMAGED_LIST };
  const existing = loaded.corrections.find((c) => c.id === candidate.id);
  if (existing) return { ok: true, correction: existing };
  const written = await write(area, [...raw, candidate]);
  return written.ok ? { ok: true, correction: candidate } : written;
}

/** Undoes a correction. Damaged entries stay stored as they were. */
export async function removeCorrection(area: StorageAreaLike, id: string): Promise<CorrectionChange> {
  const { raw, loaded } = await readStored(area);
  if (raw === null) return { ok: false, message: DAMAGED_LIST };
  if (!loaded.corrections.some((c) => c.id === id)) return { ok: false, message: notice('correctionAlreadyUndone') };
  return write(
    area,
    raw.filter((item) => !(isCorrection(item) && item.id === id)),
  );
}

/** The options page's "Clear damaged corrections": keeps every entry that reads, drops the rest. */
export async function clearDamagedCorrections(area: StorageAreaLike): Promise<CorrectionChange> {
  const { loaded, migrated } = await readStored(area);
  if (loaded.damaged === 0) return { ok: true };
  if (loaded.corrections.length === 0 && !migrated) {
    try {
      await area.remove(currentKey(CORRECTIONS_VERSIONS));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
  }
  return write(area, loaded.corrections);
}

/** Whether a storage change touches the corrections (storage.local's onChanged reports every key). */
export function isCorrectionsChange(changes: StorageChanges): boolean {
  return Object.hasOwn(changes, currentKey(CORRECTIONS_VERSIONS));
}

/** Calls `listener` with the corrections each time they change in storage (from a card or the options page). */
export function watchCorrections(area: StorageChangeEvents, listener: (loaded: LoadedCorrections) => void): () => void {
  const onChanged = (changes: StorageChanges) => {
    if (isCorrectionsChange(changes)) listener(parseCorrections(changes[currentKey(CORRECTIONS_VERSIONS)]?.newValue));
  };
  area.onChanged.addListener(onChanged);
  return () => area.onChanged.removeListener(onChanged);
}
