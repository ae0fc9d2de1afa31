/**
 * The reader's settings: seven fields with defaults, stored under one versioned key.
 * A damaged stored value never stops Backstory: each bad field falls back to its default, the
 * damage is reported, and nothing is written until the reader changes a setting.
 * Fields this build does not know (a newer Backstory's, before a downgrade) are kept on every write.
 * Each field is read by a small function rather than a validation library: every page reads the
 * settings, and the content script carries no validation code (docs/decisions/0011).
 */
import { type Notice, notice } from './notice';
import { siteCovers } from './site-match';
import type { StorageAreaLike, StorageChangeEvents, StorageChanges } from './storage-area';

export const SETTINGS_KEY = 'settings:v1';

const HIGHLIGHT_STYLES = ['underline', 'tint', 'hover'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;
const DEFAULT_HOVER_DELAY_MS = 300;

const clampDelay = (ms: number) => Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, ms)));

export interface Settings {
  /** Global switch: off stops highlighting on every page. */
  enabled: boolean;
  /**
   * Site keys (registrable domains, lib/storage/site-key.ts) where Backstory stays off, sorted,
   * once each; each covers its hosts as lib/storage/site-match.ts says.
   */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  /** Story ids (bundled or imported) the reader switched off, once each. */
  disabledStories: string[];
  /** Reading memory (the private archive of articles read) keeps new articles; off pauses it. */
  rememberReading: boolean;
  /** The reader has seen the first card's line saying that Backstory remembers what they read. */
  readingNoticeSeen: boolean;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Each field's reader: the value to use, or undefined when the stored one is damaged. */
const FIELDS: { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined } = {
  enabled: (value) => (typeof value === 'boolean' ? value : undefined),
  disabledSites: (value) => (isStringList(value) ? [...new Set(value)].sort() : undefined),
  highlightStyle: (value) => HIGHLIGHT_STYLES.find((style) => style === value),
  hoverDelayMs: (value) => (typeof value === 'number' && Number.isFinite(value) ? clampDelay(value) : undefined),
  disabledStories: (value) => (isStringList(value) ? [...new Set(value)] : undefined),
  rememberReading: (value) => (typeof value === 'boolean' ? value : undefined),
  readingNoticeSeen: (value) => (typeof value === 'boolean' ? value : undefined),
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  disabledStories: [],
  rememberReading: true,
  readingNoticeSeen: false,
});

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value was damaged; the reader should be told. */
  problem?: Notice;
}

/** Reads a stored value leniently: missing fields take defaults, damaged ones too (and are named). */
export function parseSettings(stored: unknown): LoadedSettings {
  const settings: Settings = cloneDefaults();
  if (stored === undefined || stored === null) return { settings };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, problem: notice('settingsReset') };
  }
  const record = stored as Record<string, unknown>;
  const damaged: string[] = [];
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!Object.hasOwn(record, key)) continue;
    const value = FIELDS[key](record[key]);
    if (value === undefined) damaged.push(key);
    else (settings as Record<keyof Settings, unknown>)[key] = value;
  }
  return damaged.length === 0
    ? { settings }
    : {
        settings,
        // The fields by their stored names: what a reader who looks into storage would find.
        problem: notice('settingsDamaged', damaged.join(', ')),
      };
}

function cloneDefaults(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], disabledStories: [] };
}

export async function loadSettings(area: StorageAreaLike): Promise<LoadedSettings> {
  const stored = await area.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** The stored fields this build does not read (nor `version`), to be written back as they are. */
function unknownFields(stored: unknown): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'version' && !Object.hasOwn(FIELDS, key)));
}

/**
 * Read, change, write back. The change is validated like a stored value so callers cannot store junk.
 * The stored `version` (lib/storage/settings-migrations.ts) is written back as it was: only a
 * migration raises it.
 */
export async function updateSettings(
  area: StorageAreaLike,
  change: (current: Settings) => Partial<Settings>,
): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings } = parseSettings(stored);
  const next = parseSettings({ ...settings, ...change(settings) });
  // A caller's mistake, not the reader's: the settings' own field names say which.
  if (next.problem) throw new Error(`Refused to save invalid settings: ${JSON.stringify(next.problem.params ?? [])}`);
  const version = storedSettingsVersion(stored);
  const kept = { ...unknownFields(stored), ...next.settings };
  await area.set({ [SETTINGS_KEY]: version === 1 ? kept : { ...kept, version } });
  return next.settings;
}

/** The migrations a stored value has been through: its `version`, or 1 when it has none (the first format). */
export function storedSettingsVersion(stored: unknown): number {
  const version =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>).version : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version > 1 ? version : 1;
}

export function setGlobalEnabled(area: StorageAreaLike, on: boolean): Promise<Settings> {
  return updateSettings(area, () => ({ enabled: on }));
}

/** Whether no switched-off site covers a page on `host` (lib/storage/site-match.ts `pageHost`). */
export function isSiteEnabled(settings: Settings, host: string | null): boolean {
  return host === null || !settings.disabledSites.some((site) => siteCovers(site, host));
}

/** The options page's list: adds or removes one site key. */
export function setSiteEnabled(area: StorageAreaLike, siteKey: string, on: boolean): Promise<Settings> {
  return updateSettings(area, (current) => ({
    disabledSites: on ? current.disabledSites.filter((site) => site !== siteKey) : [...current.disabledSites, siteKey],
  }));
}

/**
 * The popup's switch for its page: off adds the page's site key; on removes every key that covers
 * the page's host, so the page is on again whatever switched it off (a key an older version
 * stored, such as "news.bbc.co.uk", included).
 */
export function setPageSiteEnabled(
  area: StorageAreaLike,
  page: { host: string; siteKey: string },
  on: boolean,
): Promise<Settings> {
  return updateSettings(area, (current) => ({
    disabledSites: on
      ? current.disabledSites.filter((site) => !siteCovers(site, page.host))
      : [...current.disabledSites, page.siteKey],
  }));
}

export function setStoryEnabled(area: StorageAreaLike, storyId: string, on: boolean): Promise<Settings> {
  return updateSettings(area, (current) => ({
    disabledStories: on
      ? current.disabledStories.filter((id) => id !== storyId)
      : [...current.disabledStories, storyId],
  }));
}

/** Whether Backstory should highlight on a page on `host`: the global switch and the page's site switch. */
export function pageStatus(settings: Settings, host: string | null): 'active' | 'off-global' | 'off-site' {
  if (!settings.enabled) return 'off-global';
  return isSiteEnabled(settings, host) ? 'active' : 'off-site';
}

/** Whether a storage change touches the settings (storage.local's onChanged reports every key). */
export function isSettingsChange(changes: StorageChanges): boolean {
  return Object.hasOwn(changes, SETTINGS_KEY);
}

/** Calls `listener` with the new settings each time they change in storage (from any extension page). */
export function watchSettings(area: StorageChangeEvents, listener: (loaded: LoadedSettings) => void): () => void {
  const onChanged = (changes: StorageChanges) => {
    if (isSettingsChange(changes)) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  area.onChanged.addListener(onChanged);
  return () => area.onChanged.removeListener(onChanged);
}
