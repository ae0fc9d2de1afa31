/**
 * The reading archive's contract (issue 22): what the background keeps, privately in the
 * extension's own IndexedDB, of each article the reader read, and the questions the card, the
 * briefing and the options page ask of it. The store implements `ReadingArchive`; the surfaces
 * only see these types, so the store's tables and migrations can change without them noticing.
 */

import type { EntityType, Story } from '../../../data/schema';
import type { Notice } from '../notice';

/** When and where an article was read: what the archive adds to the story read from it. */
export interface ReadingVisit {
  /** The page's address without its #fragment: one record per address, a re-read replaces it. */
  url: string;
  /** The page's site key (lib/storage/site-key.ts), for "forget this site". */
  site: string;
  /** When the reader read it (ms since the epoch). */
  readAt: number;
}

/** One dated thing an earlier article said about an entity, with its sentence. */
export interface EarlierStatement {
  kind: 'role' | 'fact' | 'quote';
  /** The statement as the card shows it: a role, a fact, or the quote's words. */
  text: string;
  /** The article sentence it comes from, verbatim. */
  sentence: string;
  /** Where it was said and when: the article's headline, outlet, date and address. */
  article: ArchivedArticleRef;
}

export interface ArchivedArticleRef {
  url: string;
  headline: string;
  outlet: string;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD), else the day it was read. */
  date: string;
  readAt: number;
}

/**
 * What the reader's earlier articles say about one entity of the page. Bounded, however often the
 * archive names the entity (a head of state may be in half of it): it is read from the newest
 * `EARLIER_ARTICLES_READ` earlier articles, and lists at most `EARLIER_ARTICLES_SHOWN` of them.
 */
export interface EarlierReading {
  /** The name the earlier articles give it (the fullest one). */
  name: string;
  type: EntityType;
  /**
   * The role as the earlier articles state it, newest first: one entry per run of articles
   * stating the same role (the newest of the run), so a change of title shows and a title
   * repeated by forty articles shows once.
   */
  roles: { text: string; sentence: string; article: ArchivedArticleRef }[];
  /** The latest statements and quotes, newest first, at most the `limit` asked for. */
  statements: EarlierStatement[];
  /** The newest earlier articles that name it, newest first, at most `EARLIER_ARTICLES_SHOWN`. */
  articles: ArchivedArticleRef[];
  /**
   * How many earlier articles name it in all (`articles` lists at most the newest 20). The store
   * always sets it; optional so that a reading made by hand (a test's) need not.
   */
  articleCount?: number;
}

// Why bounded: docs/decisions/0012-reading-archive-store.md
export const EARLIER_ARTICLES_READ = 100;
export const EARLIER_ARTICLES_SHOWN = 20;

/** Who the page's entity is, as the archive recognises people across articles. */
export interface EntityNames {
  /**
   * The entity's id in the page's story, when there is one. An article read by Backstory keeps
   * the curated id of a name a curated story knows, so a curated id joins articles that spelled
   * the name differently ("Zelenskyy", "Zelensky"); an extractor's own id is the name's slug.
   */
  id?: string;
  type: EntityType;
  name: string;
  /** Every alias text, as the story spells it (the matcher's folding is applied inside). */
  aliases: readonly string[];
  givenNames?: readonly string[];
}

/** An earlier article that shares people, organisations or places with the page. */
export interface StorySoFarEntry {
  article: ArchivedArticleRef;
  /** The shared entities' names, as the earlier article gives them. */
  shared: string[];
}

/** One entry of "People you've read about". */
export interface ArchivedPerson {
  name: string;
  type: EntityType;
  /** The latest role stated, if any. */
  role?: string;
  articleCount: number;
  lastRead: ArchivedArticleRef;
}

export interface ArchiveUsage {
  articles: number;
  /** Approximate bytes the archive holds (its records' JSON). */
  bytes: number;
}

/** What a save did: the reader is told nothing, but tests and the options page are. */
export type SaveOutcome = { saved: true; forgotten: number } | { saved: false; reason: 'empty' | 'quota' | 'damaged' };

export interface ArchiveImportOutcome {
  imported: number;
  /** One line per refused story: its position in the file and why. */
  refused: Notice[];
}

export interface ReadingArchive {
  /**
   * Keeps what the article says about its entities: the story trimmed to the sentences its roles,
   * facts and quotes cite (never the whole text). Drops the oldest articles past the caps.
   */
  save(story: Story, visit: ReadingVisit): Promise<SaveOutcome>;
  /** What articles other than `exceptUrl` said about the entity; null when none named it. */
  earlier(entity: EntityNames, options: { exceptUrl: string; limit: number }): Promise<EarlierReading | null>;
  /** Earlier articles (not `exceptUrl`) sharing entities with `entities`, newest first. */
  storySoFar(
    entities: readonly EntityNames[],
    options: { exceptUrl: string; limit: number },
  ): Promise<StorySoFarEntry[]>;
  /** People (and organisations, places) read about, matching `query` (folded, any word prefix), most recent first. */
  people(query: string, limit: number): Promise<ArchivedPerson[]>;
  /** Forgets every article from the site; answers how many. */
  forgetSite(site: string): Promise<number>;
  forgetAll(): Promise<void>;
  /** Every article as a valid story pack (schema-checked Story), oldest first. */
  exportPacks(): Promise<Story[]>;
  /** Takes packs exported by `exportPacks` (an array of stories); each is checked like a pack import. */
  importPacks(data: unknown): Promise<ArchiveImportOutcome>;
  usage(): Promise<ArchiveUsage>;
  close(): void;
}
