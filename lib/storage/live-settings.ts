/**
 * What a content script needs to know, kept current: is Backstory on for this page, how do
 * highlights look, which stories are active and which of the reader's corrections apply here.
 * Reloaded whenever the settings, the packs or the corrections change in storage (from the
 * options page, the popup or a card), so open tabs follow without a reload.
 */
import type { Story } from '../../data/schema';
import { activeStories } from '../story/active-stories';
import { type Correction, correctionsFor, isCorrectionsChange, loadCorrections } from './corrections';
import { isPackChange, loadEnabledPackStories } from './pack-storage';
import { isSettingsChange, loadSettings, pageStatus, type Settings } from './settings';
import type { StorageAreaLike, StorageChanges, WatchableStorageArea } from './storage-area';

export interface LiveState {
  status: 'active' | 'off-global' | 'off-site';
  settings: Settings;
  /** Bundled stories plus enabled packs, minus the stories switched off (corrections not applied). */
  stories: Story[];
  /** The reader's corrections in force on this page (this site's and those made everywhere). */
  corrections: Correction[];
  /** Storage damage found while loading (the state still falls back to something usable). */
  problems: string[];
}

export interface LiveStateOptions {
  bundled: readonly Story[];
  /** Read on every reload: single-page apps can change the address. */
  siteKey: () => string | null;
}

/**
 * The stories that count: bundled, plus enabled packs, minus those switched off. Damaged packs
 * are reported and skipped, never a reason to bring back stories the reader switched off.
 */
export async function loadActiveStories(
  area: StorageAreaLike,
  bundled: readonly Story[],
): Promise<{ settings: Settings; stories: Story[]; problems: string[] }> {
  const [{ settings, problem }, packs] = await Promise.all([
    loadSettings(area),
    loadEnabledPackStories(area).catch((error: unknown) => ({
      stories: [] as Story[],
      problems: [`Story packs could not be read: ${error instanceof Error ? error.message : String(error)}`],
    })),
  ]);
  return {
    settings,
    stories: activeStories(bundled, packs.stories, settings.disabledStories),
    problems: [...(problem ? [problem] : []), ...packs.problems],
  };
}

export async function loadLiveState(area: WatchableStorageArea, options: LiveStateOptions): Promise<LiveState> {
  const siteKey = options.siteKey();
  const [{ settings, stories, problems }, corrections] = await Promise.all([
    loadActiveStories(area, options.bundled),
    // Unreadable corrections leave the page uncorrected, never without highlights.
    loadCorrections(area).catch((error: unknown) => ({
      corrections: [] as Correction[],
      problem: `Your corrections could not be read: ${error instanceof Error ? error.message : String(error)}`,
    })),
  ]);
  return {
    status: pageStatus(settings, siteKey),
    settings,
    stories,
    corrections: correctionsFor(corrections.corrections, siteKey),
    problems: [...problems, ...(corrections.problem ? [corrections.problem] : [])],
  };
}

/**
 * Calls `listener` with the state now and after every relevant storage change. Loads that
 * overlap are resolved in order: an older load finishing late never overwrites a newer one.
 * Returns a function that stops following.
 */
export function followLiveState(
  area: WatchableStorageArea,
  options: LiveStateOptions,
  listener: (state: LiveState) => void,
  onError: (error: unknown) => void = () => {},
): () => void {
  let latest = 0;
  let stopped = false;
  const reload = () => {
    const ticket = ++latest;
    loadLiveState(area, options).then(
      (state) => {
        if (!stopped && ticket === latest) listener(state);
      },
      (error: unknown) => {
        if (!stopped) onError(error);
      },
    );
  };
  const onChanged = (changes: StorageChanges) => {
    if (isSettingsChange(changes) || isPackChange(changes) || isCorrectionsChange(changes)) reload();
  };
  area.onChanged.addListener(onChanged);
  reload();
  return () => {
    stopped = true;
    area.onChanged.removeListener(onChanged);
  };
}
