/**
 * Every change to the archive: saving an article (filing its entities under identities across
 * articles), forgetting articles (a re-read, the caps, a site, everything). Each change is one
 * readwrite transaction over all the stores, so several tabs saving at once are serialised by
 * IndexedDB and lose nothing, and a failure (a quota error, a damaged record) rolls the whole
 * change back: the archive is as it was, and the outcome says why.
 */

import type { IDBPTransaction } from 'idb';
import type { Entity, Story } from '../../../data/schema';
import { withoutFragment } from '../../story/page-address';
import type { ReadingVisit, SaveOutcome } from './archive-contract';
import {
  ARCHIVE_STORES,
  ARTICLES,
  type ArchiveDatabase,
  type ArticleRecord,
  IDENTITIES,
  type IdentityRecord,
  MENTIONS,
  META,
  type MentionRecord,
  type UsageRecord,
} from './archive-schema';
import { type EntityNameSet, fullestName, isBare, lookupKeys, nameSetOf } from './entity-identity';
import { findIdentities, identityRange } from './identity-lookup';
import { trimStory } from './trim-story';

export type WriteTransaction = IDBPTransaction<unknown, string[], 'readwrite'>;

export interface ArchiveLimits {
  maxArticles: number;
  maxBytes: number;
}

/** Runs one change in one readwrite transaction; rolls it back and rethrows when anything fails. */
export async function inWriteTransaction<T>(
  db: ArchiveDatabase,
  change: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  // Relaxed: the archive is a record of reading, not of money; a write lost to a power cut costs one article.
  const tx = db.transaction([...ARCHIVE_STORES], 'readwrite', { durability: 'relaxed' });
  const done = tx.done;
  // Observed below; this keeps an abort from being reported as unhandled before that.
  done.catch(() => undefined);
  try {
    const result = await change(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the error itself.
    }
    throw (tx.error as unknown) ?? error;
  }
}

export async function saveArticle(
  db: ArchiveDatabase,
  story: Story,
  visit: ReadingVisit,
  limits: ArchiveLimits,
): Promise<SaveOutcome> {
  const url = withoutFragment(visit.url);
  const trimmed = trimStory(story);
  if (url === '' || trimmed.entities.length === 0) return { saved: false, reason: 'empty' };
  const kept: Story = { ...trimmed, article: { ...trimmed.article, url } };
  try {
    return await inWriteTransaction(db, async (tx) => {
      const usage = await readUsage(tx);
      if (await tx.objectStore(ARTICLES).getKey(url)) await removeArticle(tx, url, usage);
      const mentions = await fileEntities(tx, kept, { ...visit, url });
      const record: ArticleRecord = { url, site: visit.site, readAt: visit.readAt, bytes: 0, story: kept };
      record.bytes = jsonBytes(record) + mentions.reduce((sum, mention) => sum + jsonBytes(mention), 0);
      if (record.bytes > limits.maxBytes) throw new ArchiveFullError();
      for (const mention of mentions) await tx.objectStore(MENTIONS).put(mention);
      await tx.objectStore(ARTICLES).put(record);
      usage.bytes += record.bytes;
      const forgotten = await enforceLimits(tx, url, limits, usage);
      await tx.objectStore(META).put(usage);
      return { saved: true as const, forgotten };
    });
  } catch (error) {
    return { saved: false, reason: isQuotaError(error) ? 'quota' : 'damaged' };
  }
}

/** One article bigger than the whole archive may be: refused as a quota error would be. */
class ArchiveFullError extends Error {
  override name = 'QuotaExceededError';
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
    return false;
  const { name, message } = error as { name: string; message: string };
  // Every engine now names it QuotaExceededError; Firefox has said NS_ERROR_DOM_QUOTA_REACHED.
  return /quota/i.test(name) || /quota/i.test(message);
}

/** Files each entity under its identity (found, or new) and returns the article's mention rows. */
async function fileEntities(tx: WriteTransaction, story: Story, visit: ReadingVisit): Promise<MentionRecord[]> {
  const article: MentionRecord['article'] = {
    headline: story.article.headline,
    outlet: story.article.source,
    date: story.article.date,
  };
  const sentences = new Map(story.article.sentences.map((sentence) => [sentence.id, sentence.text]));
  const mentions = new Map<string, MentionRecord>();
  for (const entity of story.entities) {
    const names = nameSetOf({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases.map((alias) => alias.text),
      ...(entity.givenNames ? { givenNames: entity.givenNames } : {}),
    });
    const identity = await fileUnderIdentity(tx, names, entity, visit.readAt, mentions);
    if (identity === undefined) continue;
    const known = mentions.get(identity);
    if (known) {
      known.entityIds.push(entity.id);
      known.role ??= roleOf(entity, sentences);
      continue;
    }
    const role = roleOf(entity, sentences);
    mentions.set(identity, {
      identity,
      url: visit.url,
      readAt: visit.readAt,
      order: -visit.readAt,
      entityIds: [entity.id],
      name: entity.name,
      type: entity.type,
      ...(role ? { role } : {}),
      article,
    });
  }
  return [...mentions.values()];
}

function roleOf(entity: Entity, sentences: ReadonlyMap<string, string>): MentionRecord['role'] {
  const source = entity.role?.sources?.[0];
  const sentence = source === undefined ? undefined : sentences.get(source);
  return entity.role && sentence !== undefined ? { text: entity.role.text, sentence } : undefined;
}

/** The identity the entity is, grown by its names; a new one when it is someone new; none for an unknown bare surname. */
async function fileUnderIdentity(
  tx: WriteTransaction,
  names: EntityNameSet,
  entity: Entity,
  readAt: number,
  filed: ReadonlyMap<string, unknown>,
): Promise<string | undefined> {
  const identities = tx.objectStore(IDENTITIES);
  const [match] = await findIdentities(identities, names);
  if (match) {
    const full = unique([...match.full, ...names.full]);
    const surnames = unique([...match.surnames, ...names.surnames]);
    const newest = readAt >= match.lastReadAt;
    const grown: IdentityRecord = {
      ...match,
      ...(newest ? { type: entity.type } : {}),
      name: fullestName([match.name, entity.name]),
      keys: unique([...match.keys, ...lookupKeys({ ...names, full })]),
      full,
      surnames,
      words: wordsOf(full, surnames),
      lastReadAt: Math.max(match.lastReadAt, readAt),
      // Two entities of one article may be one identity: the article counts once.
      articleCount: match.articleCount + (filed.has(match.key) ? 0 : 1),
    };
    await identities.put(grown);
    return match.key;
  }
  if (isBare(names)) return undefined;
  const base = `${names.kind === 'person' ? 'p' : 'o'}:${names.full[0] ?? names.id ?? entity.id}`;
  let key = base;
  for (let n = 2; await identities.getKey(key); n++) key = `${base}#${n}`;
  const record: IdentityRecord = {
    key,
    kind: names.kind,
    type: entity.type,
    name: entity.name,
    keys: lookupKeys(names),
    full: names.full,
    surnames: names.surnames,
    words: wordsOf(names.full, names.surnames),
    lastReadAt: readAt,
    articleCount: 1,
  };
  await identities.put(record);
  return key;
}

/** Forgets the oldest articles (by readAt, never `keep`) until the archive is within both caps. */
async function enforceLimits(tx: WriteTransaction, keep: string, limits: ArchiveLimits, usage: UsageRecord) {
  let count = await tx.objectStore(ARTICLES).count();
  let bytes = usage.bytes;
  const oldest: string[] = [];
  let cursor = await tx.objectStore(ARTICLES).index('readAt').openCursor();
  while (cursor && (count > limits.maxArticles || bytes > limits.maxBytes)) {
    const record = cursor.value as Partial<ArticleRecord>;
    if (cursor.primaryKey !== keep) {
      oldest.push(cursor.primaryKey as string);
      count--;
      bytes -= typeof record.bytes === 'number' ? record.bytes : 0;
    }
    cursor = await cursor.continue();
  }
  for (const url of oldest) await removeArticle(tx, url, usage);
  return oldest.length;
}

/** Forgets one article: its record, its mention rows, and each identity no other article names. */
export async function removeArticle(tx: WriteTransaction, url: string, usage: UsageRecord): Promise<void> {
  const articles = tx.objectStore(ARTICLES);
  const record = (await articles.get(url)) as Partial<ArticleRecord> | undefined;
  if (record === undefined) return;
  const mentions = tx.objectStore(MENTIONS);
  // Primary keys, not values: a damaged row still has a key to delete it by.
  const keys = (await mentions.index('url').getAllKeys(url)) as [string, string][];
  const touched = new Set<string>();
  for (const key of keys) {
    await mentions.delete(key);
    touched.add(key[0]);
  }
  const identities = tx.objectStore(IDENTITIES);
  for (const identity of touched) {
    const [newest] = await mentions.index('identity').getAll(identityRange(identity), 1);
    if (newest === undefined) {
      await identities.delete(identity);
      continue;
    }
    const known = (await identities.get(identity)) as IdentityRecord | undefined;
    const readAt = (newest as Partial<MentionRecord>).readAt;
    if (known && typeof readAt === 'number') {
      await identities.put({ ...known, lastReadAt: readAt, articleCount: Math.max(1, known.articleCount - 1) });
    }
  }
  await articles.delete(url);
  usage.bytes = Math.max(0, usage.bytes - (typeof record.bytes === 'number' ? record.bytes : 0));
}

export async function forgetSite(db: ArchiveDatabase, site: string): Promise<number> {
  return inWriteTransaction(db, async (tx) => {
    const usage = await readUsage(tx);
    const urls = (await tx.objectStore(ARTICLES).index('site').getAllKeys(site)) as string[];
    for (const url of urls) await removeArticle(tx, url, usage);
    await tx.objectStore(META).put(usage);
    return urls.length;
  });
}

export async function forgetAll(db: ArchiveDatabase): Promise<void> {
  await inWriteTransaction(db, async (tx) => {
    for (const store of [ARTICLES, IDENTITIES, MENTIONS]) await tx.objectStore(store).clear();
    await tx.objectStore(META).put({ key: 'usage', bytes: 0 } satisfies UsageRecord);
  });
}

export async function readUsage(tx: { objectStore(name: string): { get(key: string): Promise<unknown> } }) {
  const raw = (await tx.objectStore(META).get('usage')) as Partial<UsageRecord> | undefined;
  const bytes = typeof raw?.bytes === 'number' && Number.isFinite(raw.bytes) && raw.bytes >= 0 ? raw.bytes : 0;
  return { key: 'usage', bytes } satisfies UsageRecord as UsageRecord;
}

/** UTF-8 bytes of the value as JSON: what the archive's byte cap counts. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
    else if (c >= 0xd800 && c <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function wordsOf(full: readonly string[], surnames: readonly string[]): string[] {
  return unique([...full, ...surnames].flatMap((name) => name.split(' ')));
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.filter((item) => item !== ''))];
}
