import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, pageStatus, SETTINGS_KEY, setGlobalEnabled } from '../../../lib/storage/settings';
import { migrateSettings, SETTINGS_VERSION } from '../../../lib/storage/settings-migrations';
import { siteKeyOfHost } from '../../../lib/storage/site-key';
import { storedNull } from '../../helpers/stored-null';

const area = () => fakeBrowser.storage.local;
const stored = async () => (await area().get(SETTINGS_KEY))[SETTINGS_KEY];

/** Settings as Backstory 0.1.0 stored them: site keys were host names without "www.". */
const V1 = {
  enabled: true,
  disabledSites: ['127.0.0.1', 'alice.github.io', 'bbc.co.uk', 'edition.cnn.com', 'github.io', 'news.bbc.co.uk'],
  highlightStyle: 'tint',
  hoverDelayMs: 500,
  disabledStories: ['istanbul-talks-2025'],
  futureThing: { kept: true },
};

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns the site keys of an older version into registrable domains, keeping everything else', async () => {
    await area().set({ [SETTINGS_KEY]: V1 });
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({ migratedFrom: 1 });
    expect(await stored()).toEqual({
      ...V1,
      // news.bbc.co.uk joins bbc.co.uk; a key with no registrable domain (github.io) is kept as it was.
      disabledSites: ['127.0.0.1', 'alice.github.io', 'bbc.co.uk', 'cnn.com', 'github.io'],
      version: SETTINGS_VERSION,
    });
  });

  it('keeps every page that was off before the upgrade off after it', async () => {
    await area().set({ [SETTINGS_KEY]: V1 });
    const hosts = ['127.0.0.1', 'alice.github.io', 'www.bbc.co.uk', 'news.bbc.co.uk', 'edition.cnn.com'];
    const before = (await loadSettings(area())).settings;
    await migrateSettings(area(), siteKeyOfHost);
    const after = (await loadSettings(area())).settings;
    for (const host of hosts) {
      expect(pageStatus(before, host), host).toBe('off-site');
      expect(pageStatus(after, host), host).toBe('off-site');
    }
  });

  it('runs once: a value already current is left alone', async () => {
    await area().set({ [SETTINGS_KEY]: V1 });
    await migrateSettings(area(), siteKeyOfHost);
    const once = await stored();
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({});
    expect(await stored()).toEqual(once);
  });

  it('runs again after an older version wrote its settings without the version', async () => {
    await area().set({ [SETTINGS_KEY]: { ...V1, version: SETTINGS_VERSION } });
    // What the older version writes back: its known fields, a host key it added, no version.
    await area().set({ [SETTINGS_KEY]: { enabled: true, disabledSites: ['bbc.co.uk', 'sport.bbc.co.uk'] } });
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({ migratedFrom: 1 });
    expect(await stored()).toEqual({ enabled: true, disabledSites: ['bbc.co.uk'], version: SETTINGS_VERSION });
  });

  it('writes nothing on a new install, and keeps the version when a setting changes afterwards', async () => {
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({});
    expect(await stored()).toBeUndefined();
    await area().set({ [SETTINGS_KEY]: V1 });
    await migrateSettings(area(), siteKeyOfHost);
    await setGlobalEnabled(area(), false);
    expect(await stored()).toMatchObject({ enabled: false, version: SETTINGS_VERSION });
  });

  it('leaves damaged settings and those of a newer version as they are', async () => {
    const damaged = { enabled: 'yes', disabledSites: 'bbc.co.uk' };
    await area().set({ [SETTINGS_KEY]: damaged });
    await migrateSettings(area(), siteKeyOfHost);
    expect(await stored()).toEqual({ ...damaged, version: SETTINGS_VERSION });

    const newer = { disabledSites: ['news.bbc.co.uk'], version: SETTINGS_VERSION + 1 };
    await area().set({ [SETTINGS_KEY]: newer });
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({});
    expect(await stored()).toEqual(newer);

    await area().set({ [SETTINGS_KEY]: 'garbage' });
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({});
    expect(await stored()).toBe('garbage');
  });

  it('keeps a site entry that is not text as it was, for the settings reader to report', async () => {
    await area().set({ [SETTINGS_KEY]: { disabledSites: ['news.bbc.co.uk', 7, 'bbc.co.uk'] } });
    await migrateSettings(area(), siteKeyOfHost);
    expect(await stored()).toEqual({ disabledSites: ['bbc.co.uk', 7], version: SETTINGS_VERSION });
  });

  it('leaves settings stored as a list as they are', async () => {
    await area().set({ [SETTINGS_KEY]: [{ disabledSites: ['news.bbc.co.uk'] }] });
    expect(await migrateSettings(area(), siteKeyOfHost)).toEqual({});
    expect(await stored()).toEqual([{ disabledSites: ['news.bbc.co.uk'] }]);
  });

  it('runs each step from the stored version up, in order, passing over a version with no step', async () => {
    const ran: number[] = [];
    const step =
      (version: number, change: (value: Record<string, unknown>) => Record<string, unknown>) =>
      (value: Record<string, unknown>) => {
        ran.push(version);
        return change(value);
      };
    const steps = {
      2: step(2, (value) => ({ ...value, two: true })),
      3: step(3, (value) => ({ ...value, three: value.two === true })),
      4: step(4, (value) => value),
    };
    await area().set({ [SETTINGS_KEY]: { enabled: true } });
    expect(await migrateSettings(area(), siteKeyOfHost, steps, 4)).toEqual({ migratedFrom: 1 });
    expect(ran).toEqual([2, 3]);
    expect(await stored()).toEqual({ enabled: true, two: true, three: true, version: 4 });
  });

  it('leaves settings stored as null as they are', async () => {
    expect(await migrateSettings(storedNull(area(), SETTINGS_KEY), siteKeyOfHost)).toEqual({});
    expect(await stored()).toBeUndefined();
  });
});
