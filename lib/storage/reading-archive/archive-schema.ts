/**
 * The reading archive's database: its name, its object stores and the migrations that make them,
 * one function per schema version. The database's version is the number of migrations; a new
 * version adds one function to `ARCHIVE_MIGRATIONS` (and a test that upgrades a database written
 * by the version before it, tests/lib/storage/reading-archive/archive-schema.test.ts).
 *
 * Stores (version 1):
 * - `articles`: one record per address read (key `url`; indexes `readAt`, `site`): the trimmed
 *   story and when and where it was read.
 * - `identities`: one record per person, organisation or place across articles (key `key`;
 *   multi-entry indexes `keys` (folded full names, ids), `surnames`, `words` for search, and
 *   `lastReadAt`).
 * - `mentions`: the entity index, one row per identity and article (key `[identity, url]`;
 *   indexes `identity` on `[identity, order]`, newest first, so the newest few are one bounded
 *   `getAll`, and `url`), holding what a card needs without opening the article: the name as the
 *   article gives it, its role with its sentence and the article's
 *   headline, outlet and date.
 * - `meta`: the running total of bytes (`usage`), kept in the same transactions as the records.
 *
 * Why: docs/decisions/0012-reading-archive-store.md
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { EntityType, Story } from '../../../data/schema';
import type { ArchivedArticleRef } from './archive-contract';
import type { IdentityKind } from './entity-identity';

export const ARCHIVE_DB_NAME = 'backstory-reading';

export const ARTICLES = 'articles';
export const IDENTITIES = 'identities';
export const MENTIONS = 'mentions';
export const META = 'meta';
export const ARCHIVE_STORES = [ARTICLES, IDENTITIES, MENTIONS, META] as const;

export interface ArticleRecord {
  url: string;
  site: string;
  readAt: number;
  /** Approximate bytes of this article's records (its own and its mention rows), as JSON. */
  bytes: number;
  story: Story;
}

export interface IdentityRecord {
  key: string;
  kind: IdentityKind;
  type: EntityType;
  /** The fullest name any article gave it. */
  name: string;
  /** Folded full names, as `lookupKeys` writes them (kind prefix; ids with `#`). */
  keys: string[];
  full: string[];
  surnames: string[];
  /** Every folded word of its names, for "People you've read about" searched by word prefix. */
  words: string[];
  lastReadAt: number;
  /** How many articles it is filed under (its mention rows), kept with them in every change. */
  articleCount: number;
}

export interface MentionRecord {
  identity: string;
  url: string;
  readAt: number;
  /** `-readAt`: the `identity` index lists an identity's articles newest first. */
  order: number;
  /** The ids of the article's entities filed under this identity (usually one). */
  entityIds: string[];
  /** The name as this article gives it. */
  name: string;
  type: EntityType;
  role?: { text: string; sentence: string };
  /** The article's headline, outlet and date (its address and read time are the row's own). */
  article: Omit<ArchivedArticleRef, 'url' | 'readAt'>;
}

export interface UsageRecord {
  key: 'usage';
  bytes: number;
}

export type ArchiveDatabase = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Upgrades the database from version `index` to `index + 1`; awaits only the transaction's own requests. */
export type ArchiveMigration = (db: ArchiveDatabase, tx: UpgradeTransaction) => Promise<void> | void;

/** Version 1: the stores above, empty. */
function createVersion1(db: ArchiveDatabase): void {
  const articles = db.createObjectStore(ARTICLES, { keyPath: 'url' });
  articles.createIndex('readAt', 'readAt');
  articles.createIndex('site', 'site');
  const identities = db.createObjectStore(IDENTITIES, { keyPath: 'key' });
  identities.createIndex('keys', 'keys', { multiEntry: true });
  identities.createIndex('surnames', 'surnames', { multiEntry: true });
  identities.createIndex('words', 'words', { multiEntry: true });
  identities.createIndex('lastReadAt', 'lastReadAt');
  const mentions = db.createObjectStore(MENTIONS, { keyPath: ['identity', 'url'] });
  mentions.createIndex('identity', ['identity', 'order']);
  mentions.createIndex('url', 'url');
  const meta = db.createObjectStore(META, { keyPath: 'key' });
  meta.put({ key: 'usage', bytes: 0 } satisfies UsageRecord);
}

/** Index `n` upgrades version `n` to `n + 1`; the database's version is their number. */
export const ARCHIVE_MIGRATIONS: readonly ArchiveMigration[] = [createVersion1];

/** The stores and indexes the code expects, to tell a damaged database from a sound one. */
export const EXPECTED_INDEXES: Readonly<Record<(typeof ARCHIVE_STORES)[number], readonly string[]>> = {
  [ARTICLES]: ['readAt', 'site'],
  [IDENTITIES]: ['keys', 'surnames', 'words', 'lastReadAt'],
  [MENTIONS]: ['identity', 'url'],
  [META]: [],
};
