/**
 * The slice of `browser.storage.local` that settings and story packs need, as an interface:
 * lib/ code takes it as a parameter so tests can hand it WXT's fake browser or a failing fake,
 * and so the only `browser.*` calls stay in the entrypoints.
 */
import { errorText, type Notice, notice } from './notice';

export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChanges = Record<string, StorageChange>;

/** `storage.local.onChanged` (Chrome 73+, Firefox): fires in every extension context, content scripts too. */
export interface StorageChangeEvents {
  onChanged: {
    addListener(listener: (changes: StorageChanges) => void): void;
    removeListener(listener: (changes: StorageChanges) => void): void;
  };
}

export type WatchableStorageArea = StorageAreaLike & StorageChangeEvents;

/** Turns whatever a storage call threw into one sentence a reader can act on. */
export function describeStorageError(error: unknown): Notice {
  const message = errorText(error);
  if (/quota/i.test(message)) return notice('storageFull');
  return notice('storageFailed', message);
}
