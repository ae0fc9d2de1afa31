/**
 * Reading memory as the background runs it (issue 22): the one owner of the reading archive.
 * It opens the archive on first use, remembers an article only where the reader allows it (not in
 * a private window, not on a site switched off, not while memory is paused), and answers the
 * card, the briefing and the options page. A damaged or full archive never stops anything else:
 * the questions answer "nothing earlier" and the options page is told what happened.
 */

import type { Story } from '../../data/schema';
import { type Notice, notice } from '../storage/notice';
import type {
  ArchivedPerson,
  ArchiveImportOutcome,
  EarlierReading,
  EntityNames,
  ReadingArchive,
  ReadingVisit,
  SaveOutcome,
} from '../storage/reading-archive/archive-contract';
import { withCuratedAliases } from '../storage/reading-archive/curated-aliases';
import { ArchiveFromNewerVersionError } from '../storage/reading-archive/open-archive';
import { pageStatus, type Settings } from '../storage/settings';
import { siteKeyOf } from '../storage/site-key';
import { pageHost } from '../storage/site-match';
import { withoutFragment } from '../story/page-address';
import type { Catalog } from '../story/story-model';
import { type NewSince, newSinceLastRead, type StorySoFarView, storySoFarTimeline } from '../views/story-so-far';
import type { ReadingStatus } from './messages';

export interface ReadingMemoryOptions {
  /** Opens the archive (IndexedDB in the extension); rejects when it cannot. */
  open(): Promise<ReadingArchive>;
  /** Deletes the archive's database, damaged or not. */
  destroy(): Promise<void>;
  settings(): Promise<Settings>;
  /** The active curated catalog: a curated entity's aliases are kept with what an article says of it. */
  catalog(): Promise<Catalog>;
  /** The language the briefing's dates are written in (lib/extension/ui-locale.ts). */
  locale: string;
  now?(): number;
}

/** Why an article was not remembered, besides the archive's own reasons. */
export type RememberOutcome = SaveOutcome | { saved: false; reason: 'private' | 'off' | 'paused' | 'unavailable' };

/** Earlier articles the briefing's timeline lists; statements looked up per shared person. */
const STORY_SO_FAR_ARTICLES = 20;
const NEW_SINCE_PEOPLE = 6;

export interface ReadingMemory {
  remember(story: Story, page: { url: string; incognito: boolean }): Promise<RememberOutcome>;
  earlier(entity: EntityNames, url: string, limit: number): Promise<EarlierReading | null>;
  /** The page's entities (most mentioned first) and the story read from its article, if any. */
  storySoFar(page: {
    url: string;
    entities: readonly { entityId: string; names: EntityNames }[];
    article?: Story;
  }): Promise<StorySoFarView>;
  people(query: string, limit: number): Promise<ArchivedPerson[]>;
  status(): Promise<ReadingStatus>;
  /** Forgets one site's articles, or (no site) everything, a damaged archive included. */
  forget(site?: string): Promise<number>;
  exportAll(): Promise<Story[]>;
  importAll(data: unknown): Promise<ArchiveImportOutcome>;
}

export function createReadingMemory(options: ReadingMemoryOptions): ReadingMemory {
  const now = options.now ?? Date.now;
  let opened: Promise<ReadingArchive> | undefined;
  /** What went wrong last, for the options page; cleared by a successful open or a reset. */
  let problem: Notice | undefined;

  const archive = (): Promise<ReadingArchive> => {
    opened ??= options.open().then(
      (ready) => ready,
      (error: unknown) => {
        // Asked again next time: the fault may have been passing (a blocked upgrade, a full disk).
        opened = undefined;
        problem = openingProblem(error);
        throw error;
      },
    );
    return opened;
  };

  /** The archive's answer, or `fallback` when the archive cannot answer (never an error to a card). */
  const ask = async <T>(question: (ready: ReadingArchive) => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await question(await archive());
    } catch (error) {
      problem ??= notice('readingUnreadable', describe(error));
      return fallback;
    }
  };

  return {
    async remember(story, page) {
      if (page.incognito) return { saved: false, reason: 'private' };
      const settings = await options.settings();
      if (!settings.rememberReading) return { saved: false, reason: 'paused' };
      const site = siteKeyOf(page.url);
      if (site === null || pageStatus(settings, pageHost(page.url)) !== 'active')
        return { saved: false, reason: 'off' };
      const visit: ReadingVisit = { url: withoutFragment(page.url), site, readAt: now() };
      let ready: ReadingArchive;
      try {
        ready = await archive();
      } catch {
        return { saved: false, reason: 'unavailable' };
      }
      const outcome = await ready
        .save(withCuratedAliases(story, await options.catalog()), visit)
        .catch((error: unknown): SaveOutcome => {
          problem = notice('readingNotRemembered', describe(error));
          return { saved: false, reason: 'damaged' };
        });
      if (!outcome.saved && outcome.reason === 'quota') {
        problem = notice('readingNoRoom');
      } else if (outcome.saved) {
        problem = undefined;
      }
      return outcome;
    },

    earlier: (entity, url, limit) =>
      ask((ready) => ready.earlier(entity, { exceptUrl: withoutFragment(url), limit }), null),

    async storySoFar(page) {
      const exceptUrl = withoutFragment(page.url);
      const people = page.entities.filter((entity) => entity.names.type === 'person');
      const names = people.map((entity) => entity.names);
      const entries = await ask((ready) => ready.storySoFar(names, { exceptUrl, limit: STORY_SO_FAR_ARTICLES }), []);
      const newSince: NewSince[] = [];
      const article = page.article;
      // What is new is told from the page's own article; a page without one has the timeline only.
      if (article && entries.length > 0) {
        for (const person of people) {
          if (newSince.length >= NEW_SINCE_PEOPLE) break;
          const earlier = await ask((ready) => ready.earlier(person.names, { exceptUrl, limit: 50 }), null);
          const fresh = earlier ? newSinceLastRead(article, person.entityId, earlier, options.locale) : undefined;
          if (fresh) newSince.push(fresh);
        }
      }
      return { timeline: storySoFarTimeline(entries, options.locale), newSince };
    },

    people: (query, limit) => ask((ready) => ready.people(query, limit), []),

    async status() {
      const usage = await ask((ready) => ready.usage(), undefined);
      return { articles: usage?.articles ?? 0, bytes: usage?.bytes ?? 0, ...(problem ? { problem } : {}) };
    },

    async forget(site) {
      if (site !== undefined) return ask((ready) => ready.forgetSite(site), 0);
      // Everything: a damaged database is deleted outright rather than emptied record by record.
      const ready = await opened?.catch(() => undefined);
      ready?.close();
      opened = undefined;
      await options.destroy();
      problem = undefined;
      return 0;
    },

    exportAll: () => ask((ready) => ready.exportPacks(), []),

    async importAll(data) {
      return (await archive()).importPacks(data);
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

/** What the options page says when the archive cannot be opened. */
function openingProblem(error: unknown): Notice {
  // After going back to an older Backstory: the archive is sound and must not look like one to reset.
  if (error instanceof ArchiveFromNewerVersionError) return notice('readingFromNewer');
  return notice('readingCannotOpen', describe(error));
}
