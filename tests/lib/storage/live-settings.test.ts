import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Story } from '../../../data/schema';
import { addCorrection, CORRECTIONS_KEY, loadCorrectionsFor, removeCorrection } from '../../../lib/storage/corrections';
import {
  type CorrectionsReader,
  followLiveState,
  type LiveState,
  loadLiveState,
} from '../../../lib/storage/live-settings';
import { notice } from '../../../lib/storage/notice';
import type { EnabledPacks } from '../../../lib/storage/pack-reading';
import { readEnabledPacks } from '../../../lib/storage/pack-reading';
import { importPack, setPackEnabled } from '../../../lib/storage/pack-storage';
import {
  SETTINGS_KEY,
  setGlobalEnabled,
  setSiteEnabled,
  setStoryEnabled,
  updateSettings,
} from '../../../lib/storage/settings';
import { inEnglish } from '../../helpers/messages';

const text = readFileSync(path.resolve(__dirname, '../../fixtures/packs/valid-pack.json'), 'utf8');
const hostile = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../fixtures/packs/hostile-pack.json'), 'utf8'),
) as Story;
const area = () => fakeBrowser.storage.local;
const options = {
  bundled: [hostile],
  host: () => 'example.com',
  packs: readEnabledPacks,
  corrections: loadCorrectionsFor,
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('live settings for a content script', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts active with the bundled stories', async () => {
    const state = await loadLiveState(area(), options);
    expect(state.status).toBe('active');
    expect(state.stories.map((s) => s.id)).toEqual(['hostile-pack']);
  });

  it('waits for bundled stories that are still on their way (a page asks the background for them)', async () => {
    let hand: (stories: readonly Story[]) => void = () => {};
    const arriving = new Promise<readonly Story[]>((resolve) => {
      hand = resolve;
    });
    const states: LiveState[] = [];
    const stop = followLiveState(area(), { ...options, bundled: arriving }, (state) => states.push(state));
    await settle();
    expect(states).toEqual([]);
    hand([hostile]);
    await settle();
    expect(states.at(-1)?.stories.map((s) => s.id)).toEqual(['hostile-pack']);
    // A later reload reads the same answer.
    await setStoryEnabled(area(), 'hostile-pack', false);
    await settle();
    expect(states.at(-1)?.stories).toEqual([]);
    stop();
  });

  it('follows the site switch, the global switch, the style and the packs as they change', async () => {
    const states: LiveState[] = [];
    const stop = followLiveState(area(), options, (state) => states.push(state));
    await settle();
    await setSiteEnabled(area(), 'example.com', false);
    await settle();
    expect(states.at(-1)?.status).toBe('off-site');
    await setSiteEnabled(area(), 'example.com', true);
    await setGlobalEnabled(area(), false);
    await settle();
    expect(states.at(-1)?.status).toBe('off-global');
    await updateSettings(area(), () => ({ highlightStyle: 'tint' }));
    await settle();
    expect(states.at(-1)?.settings.highlightStyle).toBe('tint');

    await importPack(area(), { name: 'p.json', size: text.length, text }, { bundled: [hostile] });
    await settle();
    expect(states.at(-1)?.stories.map((s) => s.id)).toEqual(['hostile-pack', 'artemis-ii-crew-2023']);
    await setPackEnabled(area(), 'artemis-ii-crew-2023', false);
    await settle();
    expect(states.at(-1)?.stories.map((s) => s.id)).toEqual(['hostile-pack']);
    await setStoryEnabled(area(), 'hostile-pack', false);
    await settle();
    expect(states.at(-1)?.stories).toEqual([]);

    stop();
    const count = states.length;
    await setGlobalEnabled(area(), true);
    await settle();
    expect(states).toHaveLength(count);
  });

  it('ignores storage changes that are not settings or packs', async () => {
    const listener = vi.fn();
    followLiveState(area(), options, listener);
    await settle();
    await area().set({ 'tab-state:1': {} });
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('still gives the bundled stories when the packs cannot be read', async () => {
    const broken = {
      ...area(),
      get: (keys: string | string[] | null) =>
        keys === 'settings:v1' ? area().get(keys) : Promise.reject(new Error('IO error')),
      set: area().set.bind(area()),
      remove: area().remove.bind(area()),
      onChanged: area().onChanged,
    };
    const state = await loadLiveState(broken, options);
    expect(state.stories.map((s) => s.id)).toEqual(['hostile-pack']);
    expect(inEnglish(state.problems[0])).toMatch(/IO error/);
  });

  it('carries the corrections in force on this site, and follows them as they are made and undone', async () => {
    const states: LiveState[] = [];
    const stop = followLiveState(area(), options, (state) => states.push(state));
    await settle();
    expect(states.at(-1)?.corrections).toEqual([]);
    const draft = { kind: 'not-a-name', text: 'Foo', entityId: 'x', entityName: 'X', scope: 'site' } as const;
    const here = await addCorrection(area(), { ...draft, site: 'example.com' });
    await addCorrection(area(), { ...draft, site: 'other.example' });
    await settle();
    expect(states.at(-1)?.corrections.map((c) => c.site)).toEqual(['example.com']);
    if (here.ok) await removeCorrection(area(), here.correction.id);
    await settle();
    expect(states.at(-1)?.corrections).toEqual([]);
    stop();
  });

  it('a page below a switched-off site is off, and takes that site’s corrections', async () => {
    const page = { ...options, host: () => 'news.example.com' };
    const draft = { kind: 'not-a-name', text: 'Foo', entityId: 'x', entityName: 'X', scope: 'site' } as const;
    await addCorrection(area(), { ...draft, site: 'example.com' });
    expect((await loadLiveState(area(), page)).corrections.map((c) => c.site)).toEqual(['example.com']);
    await setSiteEnabled(area(), 'example.com', false);
    expect((await loadLiveState(area(), page)).status).toBe('off-site');
  });

  it('still starts, uncorrected, when the stored corrections are damaged', async () => {
    await area().set({ [CORRECTIONS_KEY]: 'garbage' });
    const state = await loadLiveState(area(), options);
    expect(state.stories.map((s) => s.id)).toEqual(['hostile-pack']);
    expect(state.corrections).toEqual([]);
    expect(inEnglish(state.problems[0])).toMatch(/corrections could not be read/);
  });
});

/** A promise and the hands that settle it, for loads that finish in the order a test picks. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('live settings when a reader fails or answers late', () => {
  beforeEach(() => fakeBrowser.reset());
  const noCorrections = { corrections: [] };

  it('says the packs could not be read when the pack reader throws, and keeps the bundled stories', async () => {
    const state = await loadLiveState(area(), { ...options, packs: () => Promise.reject(new Error('disk gone')) });
    expect(state.stories.map((s) => s.id)).toEqual(['hostile-pack']);
    expect(state.packs).toEqual([]);
    expect(state.packTables).toEqual([]);
    expect(state.problems).toEqual([notice('packsUnreadable', 'disk gone')]);
  });

  it('hands on the tables stored with the packs, and none when the reader has none', async () => {
    const tables = [{ key: 'made-for-this-catalog' }] as unknown as NonNullable<EnabledPacks['tables']>;
    const withTables = await loadLiveState(area(), {
      ...options,
      packs: async () => ({ stories: [], problems: [], tables }),
    });
    expect(withTables.packTables).toEqual(tables);
    const without = await loadLiveState(area(), { ...options, packs: async () => ({ stories: [], problems: [] }) });
    expect(without.packTables).toEqual([]);
    expect(without.problems).toEqual([]);
  });

  it('reports damaged settings first, then the packs’ problems', async () => {
    await area().set({ [SETTINGS_KEY]: 'garbage' });
    const packProblem = notice('packMissing', 'war');
    const state = await loadLiveState(area(), {
      ...options,
      packs: async () => ({ stories: [], problems: [packProblem] }),
    });
    expect(state.problems).toHaveLength(2);
    expect(state.problems[0]?.key).toMatch(/^settings/);
    expect(state.problems[1]).toEqual(packProblem);
    expect(state.status).toBe('active');
  });

  it('leaves the page uncorrected, and says why, when the corrections reader throws', async () => {
    const state = await loadLiveState(area(), { ...options, corrections: () => Promise.reject(new Error('locked')) });
    expect(state.stories.map((s) => s.id)).toEqual(['hostile-pack']);
    expect(state.corrections).toEqual([]);
    expect(state.problems).toEqual([notice('correctionsUnreadable', 'locked')]);
  });

  it('never lets an older load that finishes late overwrite a newer one', async () => {
    type Answer = Awaited<ReturnType<CorrectionsReader>>;
    const answers = [deferred<Answer>(), deferred<Answer>()];
    let calls = 0;
    const states: LiveState[] = [];
    const stop = followLiveState(
      area(),
      { ...options, corrections: () => (answers[calls++] as (typeof answers)[number]).promise },
      (state) => states.push(state),
    );
    await settle();
    await setGlobalEnabled(area(), false);
    await settle();
    expect(calls).toBe(2);
    const stale = { kind: 'not-a-name', text: 'Foo', entityId: 'x', entityName: 'X', scope: 'everywhere' };
    answers[1]?.resolve(noCorrections);
    await settle();
    answers[0]?.resolve({ corrections: [stale as unknown as Answer['corrections'][number]] });
    await settle();
    // Only the newer load (switched off, no corrections) reached the page.
    expect(states.map((state) => [state.status, state.corrections.length])).toEqual([['off-global', 0]]);
    stop();
  });

  it('tells nothing, neither a state nor an error, once stopped', async () => {
    const late = deferred<typeof noCorrections>();
    const listener = vi.fn();
    const onError = vi.fn();
    const stop = followLiveState(area(), { ...options, corrections: () => late.promise }, listener, onError);
    await settle();
    stop();
    late.resolve(noCorrections);
    await settle();
    expect(listener).not.toHaveBeenCalled();

    const failing = deferred<readonly Story[]>();
    const stopFailing = followLiveState(area(), { ...options, bundled: failing.promise }, listener, onError);
    await settle();
    stopFailing();
    failing.reject(new Error('no answer from the background'));
    await settle();
    expect(onError).not.toHaveBeenCalled();
  });

  it('passes a load that fails to the error handler, not the listener', async () => {
    const listener = vi.fn();
    const onError = vi.fn();
    const error = new Error('no answer from the background');
    const stop = followLiveState(area(), { ...options, bundled: Promise.reject(error) }, listener, onError);
    await settle();
    expect(onError).toHaveBeenCalledWith(error);
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});
