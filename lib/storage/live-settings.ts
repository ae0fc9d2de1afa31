/**
 * What a content script needs to know, kept current: is Backstory on for this page, how do
 * highlights look, which stories are active and which of the reader's corrections apply here.
 * Reloaded whenever the settings, the packs or the corrections change in storage (from the
 * options page, the popup or a card), so open tabs follow without a reload.
 */
import type { Story } from '../../data/schema';
import type { MatcherSnapshot } from '../matching/matcher-tables';
import { activeStories } from '../story/active-stories';
import type { StoryOutline } from '../story/story-model';
import { type Correction, isCorrectionsChange, type LoadedCorrections } from './corrections';
import { errorText, type Notice, notice } from './notice';
import { isPackChange } from './pack-keys';
import type { EnabledPacks } from './pack-reading';
import { isSettingsChange, loadSettings, pageStatus, type Settings } from './settings';
import type { StorageAreaLike, StorageChanges, WatchableStorageArea } from './storage-area';

export interface LiveState<S extends StoryOutline = StoryOutline, P extends StoryOutline = Story> {
  status: 'active' | 'off-global' | 'off-site';
  settings: Settings;
  /** Bundled stories plus enabled packs, minus the stories switched off (corrections not applied). */
  stories: (S | P)[];
  /** The enabled packs' stories: whole for the panels, outlines on a page (a card reads them whole). */
  packs: P[];
  /** Matcher tables stored with the packs, for the catalog each was made for (lib/storage/pack-page.ts). */
  packTables: MatcherSnapshot[];
  /** The reader's corrections in force on this page (this site's and those made everywhere). */
  corrections: Correction[];
  /** Storage damage found while loading (the state still falls back to something usable). */
  problems: Notice[];
}

export interface LiveStateOptions<S extends StoryOutline = StoryOutline, P extends StoryOutline = Story> {
  /**
   * The bundled stories: outlines on a page, whole stories in the panels. A page is handed them
   * by the background, so it may pass the pending answer: the first load waits for it and for
   * storage at once.
   */
  bundled: readonly S[] | Promise<readonly S[]>;
  /** The page's host (lib/storage/site-match.ts `pageHost`), read on every reload: single-page apps can change the address. */
  host: () => string | null;
  /**
   * Reads the switched-on packs (`readEnabledPacks`): passed in, so that a page loads the code
   * that reads a pack only when one is on (entrypoints/content/pack-source.ts).
   */
  packs: PackReader<P>;
  /**
   * Reads the reader's corrections in force on a host (`loadCorrectionsFor`): passed in for the
   * same reason, since a page with none that apply never needs the builder (content/correction-source.ts).
   */
  corrections: CorrectionsReader;
}

export type PackReader<P extends StoryOutline = Story> = (area: StorageAreaLike) => Promise<EnabledPacks<P>>;
export type CorrectionsReader = (
  area: StorageAreaLike,
  host: string | null,
) => Promise<Pick<LoadedCorrections, 'corrections' | 'problem'>>;

/**
 * The stories that count: bundled, plus enabled packs, minus those switched off. Damaged packs
 * are reported and skipped, never a reason to bring back stories the reader switched off.
 */
export async function loadActiveStories<S extends StoryOutline, P extends StoryOutline = Story>(
  area: StorageAreaLike,
  bundledStories: readonly S[] | Promise<readonly S[]>,
  readPacks: PackReader<P>,
): Promise<{ settings: Settings; stories: (S | P)[]; packs: P[]; packTables: MatcherSnapshot[]; problems: Notice[] }> {
  const [bundled, { settings, problem }, packs] = await Promise.all([
    bundledStories,
    loadSettings(area),
    readPacks(area).catch(
      (error: unknown): EnabledPacks<P> => ({
        stories: [],
        problems: [notice('packsUnreadable', errorText(error))],
      }),
    ),
  ]);
  return {
    settings,
    stories: activeStories<S | P>(bundled, packs.stories, settings.disabledStories),
    packs: packs.stories,
    packTables: packs.tables ?? [],
    problems: [...(problem ? [problem] : []), ...packs.problems],
  };
}

export async function loadLiveState<S extends StoryOutline, P extends StoryOutline = Story>(
  area: WatchableStorageArea,
  options: LiveStateOptions<S, P>,
): Promise<LiveState<S, P>> {
  const host = options.host();
  const [{ settings, stories, packs, packTables, problems }, corrections] = await Promise.all([
    loadActiveStories(area, options.bundled, options.packs),
    // Unreadable corrections leave the page uncorrected, never without highlights.
    options.corrections(area, host).catch((error: unknown) => ({
      corrections: [] as Correction[],
      problem: notice('correctionsUnreadable', errorText(error)),
    })),
  ]);
  return {
    status: pageStatus(settings, host),
    settings,
    stories,
    packs,
    packTables,
    corrections: corrections.corrections,
    problems: [...problems, ...(corrections.problem ? [corrections.problem] : [])],
  };
}

/**
 * Calls `listener` with the state now and after every relevant storage change. Loads that
 * overlap are resolved in order: an older load finishing late never overwrites a newer one.
 * Returns a function that stops following.
 */
export function followLiveState<S extends StoryOutline, P extends StoryOutline = Story>(
  area: WatchableStorageArea,
  options: LiveStateOptions<S, P>,
  listener: (state: LiveState<S, P>) => void,
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
