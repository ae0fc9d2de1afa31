/**
 * Stored settings (`settings:v1`) brought up to date by versioned steps. The value carries the
 * number of the last step applied as `version` (none: 1, the first format); each step rewrites
 * only what changed meaning and keeps every other field, known or not, as it was.
 * An older Backstory ignores `version` and writes its settings without it; the steps then run
 * again on the next start, which is why each must be safe to run twice.
 *
 * 1 → 2: per-site switches were keyed by the host minus "www." ("news.bbc.co.uk"); they are keyed
 * by the registrable domain now ("bbc.co.uk"). A key with no registrable domain (an IP address,
 * localhost, or a host that is itself a public suffix) is kept as it was.
 *
 * The step needs the public suffix list, so the background runs it and passes `keyOfHost` in.
 */
import { SETTINGS_KEY, storedSettingsVersion } from './settings';
import type { StorageAreaLike } from './storage-area';

export const SETTINGS_VERSION = 2;

export type SettingsStep = (stored: Record<string, unknown>) => Record<string, unknown>;

/** Keyed by the version a step upgrades from. */
export function settingsSteps(keyOfHost: (host: string) => string | null): Readonly<Record<number, SettingsStep>> {
  return {
    1: (stored) => {
      const sites = stored.disabledSites;
      // A damaged list is left for parseSettings to report; the step never drops what it cannot read.
      if (!Array.isArray(sites)) return stored;
      const keys = sites.map((site) => (typeof site === 'string' ? (keyOfHost(site) ?? site) : site));
      return { ...stored, disabledSites: [...new Set(keys)] };
    },
  };
}

export type SettingsMigration = { migratedFrom: number } | { migratedFrom?: undefined };

/**
 * Runs the steps a stored value still needs and writes it back once. Nothing stored (a new
 * install) and a value already current are left alone; so is a value that is not an object
 * (parseSettings reports it) and one from a newer Backstory.
 */
export async function migrateSettings(
  area: StorageAreaLike,
  keyOfHost: (host: string) => string | null,
  steps: Readonly<Record<number, SettingsStep>> = settingsSteps(keyOfHost),
  current: number = SETTINGS_VERSION,
): Promise<SettingsMigration> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const from = storedSettingsVersion(stored);
  if (from >= current) return {};
  let value = stored as Record<string, unknown>;
  for (let version = from; version < current; version++) {
    const step = steps[version];
    if (step) value = step(value);
  }
  await area.set({ [SETTINGS_KEY]: { ...value, version: current } });
  return { migratedFrom: from };
}
