import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as settingsModule from '../../../lib/storage/settings';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX_MS,
  isSettingsChange,
  isSiteEnabled,
  loadSettings,
  pageStatus,
  parseSettings,
  SETTINGS_KEY,
  setGlobalEnabled,
  setPageSiteEnabled,
  setSiteEnabled,
  setStoryEnabled,
  updateSettings,
  watchSettings,
} from '../../../lib/storage/settings';
import { say } from '../../helpers/messages';
import { storedNull } from '../../helpers/stored-null';

const area = () => fakeBrowser.storage.local;

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with Backstory on everywhere, underlined, with a 300 ms hover delay', async () => {
    const { settings, problem } = await loadSettings(area());
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.enabled).toBe(true);
    expect(settings.hoverDelayMs).toBe(300);
    expect(settings.highlightStyle).toBe('underline');
    expect(say(problem)).toBeUndefined();
  });

  it('remembers a change across loads under a versioned key', async () => {
    await updateSettings(area(), () => ({ highlightStyle: 'tint', hoverDelayMs: 500 }));
    const stored = await area().get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toMatchObject({ highlightStyle: 'tint', hoverDelayMs: 500 });
    expect((await loadSettings(area())).settings).toMatchObject({ highlightStyle: 'tint', hoverDelayMs: 500 });
  });

  it('clamps the hover delay into its range', () => {
    expect(parseSettings({ hoverDelayMs: 99_999 }).settings.hoverDelayMs).toBe(HOVER_DELAY_MAX_MS);
    expect(parseSettings({ hoverDelayMs: -5 }).settings.hoverDelayMs).toBe(0);
    expect(parseSettings({ hoverDelayMs: 250.6 }).settings.hoverDelayMs).toBe(251);
  });

  it('reports a corrupt stored value and falls back to defaults without touching other keys', async () => {
    await area().set({ [SETTINGS_KEY]: 'not an object', 'packs:v1:index': [{ keep: 'me' }] });
    const { settings, problem } = await loadSettings(area());
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(say(problem)).toMatch(/damaged/);
    const everything = await area().get(null);
    expect(everything[SETTINGS_KEY]).toBe('not an object');
    expect(everything['packs:v1:index']).toEqual([{ keep: 'me' }]);
  });

  it('keeps the good fields of a partly damaged value and names the bad ones', () => {
    const { settings, problem } = parseSettings({ enabled: false, highlightStyle: 'sparkles', hoverDelayMs: 'slow' });
    expect(settings.enabled).toBe(false);
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.hoverDelayMs).toBe(300);
    expect(say(problem)).toMatch(/highlightStyle, hoverDelayMs/);
  });

  it('ignores unknown stored fields left by another version', () => {
    const { settings, problem } = parseSettings({ enabled: false, futureThing: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(say(problem)).toBeUndefined();
  });

  it('keeps the fields a newer Backstory stored when it saves a change, so a downgrade loses none', async () => {
    await area().set({
      [SETTINGS_KEY]: { enabled: true, highlightStyle: 'sparkles', translateCards: { to: 'uk' }, version: 2 },
    });
    await setSiteEnabled(area(), 'example.com', false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.com'],
      translateCards: { to: 'uk' },
      version: 2,
    });
  });

  it('refuses to save a value the schema would reject', async () => {
    await expect(updateSettings(area(), () => ({ highlightStyle: 'blink' as unknown as 'tint' }))).rejects.toThrow(
      /invalid settings/,
    );
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
  });

  it('switches a site off and on again for the popup', async () => {
    await setSiteEnabled(area(), 'example.com', false);
    await setSiteEnabled(area(), 'example.com', false);
    let { settings } = await loadSettings(area());
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'other.org')).toBe(true);
    expect(pageStatus(settings, 'example.com')).toBe('off-site');
    await setSiteEnabled(area(), 'example.com', true);
    ({ settings } = await loadSettings(area()));
    expect(settings.disabledSites).toEqual([]);
  });

  it('keeps the other switched-off sites when one more site is switched off or back on', async () => {
    await setSiteEnabled(area(), 'example.com', false);
    await setSiteEnabled(area(), 'news.example.org', false);
    expect((await loadSettings(area())).settings.disabledSites).toEqual(['example.com', 'news.example.org']);
    await setSiteEnabled(area(), 'example.com', true);
    expect((await loadSettings(area())).settings.disabledSites).toEqual(['news.example.org']);
  });

  it('a switched-off site covers every host below it, and no other site', async () => {
    await setSiteEnabled(area(), 'bbc.co.uk', false);
    const { settings } = await loadSettings(area());
    expect(pageStatus(settings, 'news.bbc.co.uk')).toBe('off-site');
    expect(pageStatus(settings, 'www.bbc.co.uk')).toBe('off-site');
    expect(pageStatus(settings, 'notbbc.co.uk')).toBe('active');
    expect(pageStatus(settings, 'bbc.com')).toBe('active');
  });

  it('the popup switches its page’s site off by the site key, and on again whatever key covered the page', async () => {
    const page = { host: 'news.bbc.co.uk', siteKey: 'bbc.co.uk' };
    await setPageSiteEnabled(area(), page, false);
    expect((await loadSettings(area())).settings.disabledSites).toEqual(['bbc.co.uk']);
    // A key an older version stored for the host itself, beside the site's own and an unrelated one.
    await setSiteEnabled(area(), 'news.bbc.co.uk', false);
    await setSiteEnabled(area(), 'cnn.com', false);
    await setPageSiteEnabled(area(), page, true);
    const { settings } = await loadSettings(area());
    expect(settings.disabledSites).toEqual(['cnn.com']);
    expect(isSiteEnabled(settings, page.host)).toBe(true);
  });

  it('writes the stored version back as it was when a setting changes, and adds none', async () => {
    await setGlobalEnabled(area(), false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).not.toHaveProperty('version');
    await area().set({ [SETTINGS_KEY]: { enabled: true, version: 2 } });
    await setSiteEnabled(area(), 'example.com', false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      version: 2,
      disabledSites: ['example.com'],
    });
  });

  it('the global switch wins over the site switches', async () => {
    await setGlobalEnabled(area(), false);
    const { settings } = await loadSettings(area());
    expect(pageStatus(settings, 'example.com')).toBe('off-global');
  });

  it('switches stories off and on', async () => {
    await setStoryEnabled(area(), 'istanbul-talks-2025', false);
    expect((await loadSettings(area())).settings.disabledStories).toEqual(['istanbul-talks-2025']);
    await setStoryEnabled(area(), 'istanbul-talks-2025', true);
    expect((await loadSettings(area())).settings.disabledStories).toEqual([]);
  });

  it('tells watchers about changes made elsewhere, and stops when unsubscribed', async () => {
    const listener = vi.fn();
    const stop = watchSettings(area(), listener);
    await area().set({ unrelated: 1 });
    expect(listener).not.toHaveBeenCalled();
    await setGlobalEnabled(area(), false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0].settings.enabled).toBe(false);
    stop();
    await setGlobalEnabled(area(), true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells a change to the settings from changes to other keys', () => {
    expect(isSettingsChange({ [SETTINGS_KEY]: { newValue: { enabled: false } } })).toBe(true);
    // Removed (storage cleared): the settings are back to their defaults, which is a change too.
    expect(isSettingsChange({ [SETTINGS_KEY]: { oldValue: { enabled: false } } })).toBe(true);
    expect(isSettingsChange({ 'packs:v1:index': { newValue: [] }, unrelated: { newValue: 1 } })).toBe(false);
    expect(isSettingsChange({})).toBe(false);
  });

  it('keeps earlier settings when the browser refuses to save', async () => {
    await setGlobalEnabled(area(), false);
    const failing = {
      get: area().get.bind(area()),
      remove: area().remove.bind(area()),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    await expect(setSiteEnabled(failing, 'example.com', false)).rejects.toThrow(/quota/);
    expect((await loadSettings(area())).settings).toMatchObject({ enabled: false, disabledSites: [] });
  });

  it('offers its defaults through DEFAULT_SETTINGS alone, not as loose constants', () => {
    // Only lib/storage/settings.ts needs them; other code reads the defaults and the schema through it.
    expect(settingsModule).not.toHaveProperty('HIGHLIGHT_STYLES');
    expect(settingsModule).not.toHaveProperty('DEFAULT_HOVER_DELAY_MS');
  });

  it('reads the site list sorted and once each, and the story list once each in its order', () => {
    const { settings, problem } = parseSettings({
      disabledSites: ['cnn.com', 'bbc.co.uk', 'cnn.com'],
      disabledStories: ['b-story', 'a-story', 'b-story'],
    });
    expect(settings.disabledSites).toEqual(['bbc.co.uk', 'cnn.com']);
    expect(settings.disabledStories).toEqual(['b-story', 'a-story']);
    expect(problem).toBeUndefined();
  });

  it('names every field stored with the wrong type, and reads the rest', () => {
    const { settings, problem } = parseSettings({
      enabled: 'no',
      disabledSites: ['bbc.co.uk', 7],
      hoverDelayMs: Number.NaN,
      disabledStories: 'istanbul-talks-2025',
      rememberReading: 0,
      readingNoticeSeen: 'yes',
      highlightStyle: 'hover',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'hover' });
    expect(say(problem)).toMatch(
      /enabled, disabledSites, hoverDelayMs, disabledStories, rememberReading, readingNoticeSeen/,
    );
    expect(parseSettings({ hoverDelayMs: Number.POSITIVE_INFINITY }).settings.hoverDelayMs).toBe(300);
    expect(parseSettings({ rememberReading: false, readingNoticeSeen: true }).settings).toMatchObject({
      rememberReading: false,
      readingNoticeSeen: true,
    });
  });

  it('reads nothing stored, or null, as the defaults with nothing to report, and a list as damaged', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
    const { settings, problem } = parseSettings([{ enabled: false }]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(say(problem)).toMatch(/damaged/);
  });

  it('gives each reading its own lists, so that changing one never changes the defaults', () => {
    const { settings } = parseSettings(undefined);
    settings.disabledSites.push('example.com');
    settings.disabledStories.push('istanbul-talks-2025');
    expect(parseSettings(undefined).settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('replaces a damaged stored value whole at the next change, keeping nothing of it', async () => {
    await area().set({ [SETTINGS_KEY]: 'garbage' });
    await setGlobalEnabled(area(), false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    await area().set({ [SETTINGS_KEY]: ['enabled'] });
    await setGlobalEnabled(area(), false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    await area().remove(SETTINGS_KEY);
    await setGlobalEnabled(storedNull(area(), SETTINGS_KEY), false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('writes a stored first version back without one, and a version that is not a whole number as none', async () => {
    await area().set({ [SETTINGS_KEY]: { enabled: true, version: 1 } });
    await setGlobalEnabled(area(), false);
    expect((await area().get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(settingsModule.storedSettingsVersion({ version: 2.5 })).toBe(1);
    expect(settingsModule.storedSettingsVersion({ version: '3' })).toBe(1);
    expect(settingsModule.storedSettingsVersion({ version: 0 })).toBe(1);
    expect(settingsModule.storedSettingsVersion({ version: 3 })).toBe(3);
    expect(settingsModule.storedSettingsVersion(null)).toBe(1);
  });

  it('names the refused fields when a caller tries to save a damaged value', async () => {
    await expect(updateSettings(area(), () => ({ hoverDelayMs: 'slow' as unknown as number }))).rejects.toThrow(
      'Refused to save invalid settings: ["hoverDelayMs"]',
    );
  });

  it('keeps the other switched-off stories when one is switched on', async () => {
    await setStoryEnabled(area(), 'istanbul-talks-2025', false);
    await setStoryEnabled(area(), 'artemis-ii-crew-2023', false);
    await setStoryEnabled(area(), 'istanbul-talks-2025', true);
    expect((await loadSettings(area())).settings.disabledStories).toEqual(['artemis-ii-crew-2023']);
  });

  it('counts a page with no host as on unless Backstory is off everywhere', async () => {
    await setSiteEnabled(area(), 'example.com', false);
    const { settings } = await loadSettings(area());
    expect(isSiteEnabled(settings, null)).toBe(true);
    expect(pageStatus(settings, null)).toBe('active');
    expect(pageStatus({ ...settings, enabled: false }, null)).toBe('off-global');
  });

  it('tells watchers the defaults when the settings are removed from storage', async () => {
    await setGlobalEnabled(area(), false);
    const listener = vi.fn();
    const stop = watchSettings(area(), listener);
    await area().remove(SETTINGS_KEY);
    expect(listener).toHaveBeenCalledWith({ settings: DEFAULT_SETTINGS });
    stop();
  });
});
