/**
 * The card's and the briefing's questions to the archive: what earlier articles said about an
 * entity, which earlier articles share the page's people, and who the reader has read about. Each
 * answer reads the identities an entity resolves to and their mention rows (one index range
 * each), and opens only the few articles whose statements it shows; a record that fails its check
 * is skipped.
 */
import { foldKey } from '../../matching/text-fold';
import {
  type ArchivedPerson,
  EARLIER_ARTICLES_READ,
  type EarlierReading,
  type EntityNames,
  type StorySoFarEntry,
} from './archive-contract';
import { readArticleRecord, readIdentityRecord } from './archive-records';
import {
  ARTICLES,
  type ArchiveDatabase,
  IDENTITIES,
  type IdentityRecord,
  MENTIONS,
  type MentionRecord,
} from './archive-schema';
import { earlierReading, newestFirst, refOf, statementsOf } from './earlier-reading';
import { nameSetOf } from './entity-identity';
import { findIdentities, newestMentions } from './identity-lookup';

/** The latest role a person in the list shows is looked for among their newest this many articles. */
const PEOPLE_ROLE_WINDOW = 20;

export async function earlier(
  db: ArchiveDatabase,
  entity: EntityNames,
  options: { exceptUrl: string; limit: number },
): Promise<EarlierReading | null> {
  const tx = db.transaction([IDENTITIES, MENTIONS, ARTICLES], 'readonly');
  const identities = await findIdentities(tx.objectStore(IDENTITIES), nameSetOf(entity));
  const mentionStore = tx.objectStore(MENTIONS);
  const index = mentionStore.index('identity');
  // One more than read, in case the page itself is among the newest.
  const rows = await Promise.all(
    identities.map((identity) => newestMentions(index, identity.key, EARLIER_ARTICLES_READ + 1)),
  );
  const mentions = newestFirst(rows.flat().filter((mention) => mention.url !== options.exceptUrl)).slice(
    0,
    EARLIER_ARTICLES_READ,
  );
  if (mentions.length === 0) return null;
  let articleCount = 0;
  for (const identity of identities) {
    articleCount += identity.articleCount;
    if (await mentionStore.getKey([identity.key, options.exceptUrl])) articleCount--;
  }
  const statements: EarlierReading['statements'] = [];
  const limit = Math.max(0, Math.floor(options.limit));
  const idsByUrl = new Map<string, string[]>();
  for (const mention of mentions)
    idsByUrl.set(mention.url, [...(idsByUrl.get(mention.url) ?? []), ...mention.entityIds]);
  for (const mention of mentions) {
    if (statements.length >= limit) break;
    const ids = idsByUrl.get(mention.url);
    if (!ids) continue;
    idsByUrl.delete(mention.url);
    const record = readArticleRecord(await tx.objectStore(ARTICLES).get(mention.url));
    if (!record) continue;
    statements.push(...statementsOf(record.story, ids, refOf(mention)).slice(0, limit - statements.length));
  }
  return earlierReading(mentions, statements, articleCount);
}

export async function storySoFar(
  db: ArchiveDatabase,
  entities: readonly EntityNames[],
  options: { exceptUrl: string; limit: number },
): Promise<StorySoFarEntry[]> {
  const limit = Math.max(0, Math.floor(options.limit));
  const tx = db.transaction([IDENTITIES, MENTIONS], 'readonly');
  const found = new Map<string, IdentityRecord>();
  for (const entity of entities) {
    for (const identity of await findIdentities(tx.objectStore(IDENTITIES), nameSetOf(entity))) {
      found.set(identity.key, identity);
    }
  }
  // The newest `limit` articles sharing anyone are among each identity's newest `limit` (+1: the page).
  const index = tx.objectStore(MENTIONS).index('identity');
  const rows = await Promise.all([...found.keys()].map((key) => newestMentions(index, key, limit + 1)));
  const byUrl = new Map<string, { mention: MentionRecord; shared: string[] }>();
  for (const mention of newestFirst(rows.flat())) {
    if (mention.url === options.exceptUrl) continue;
    const entry = byUrl.get(mention.url) ?? { mention, shared: [] };
    if (!entry.shared.includes(mention.name)) entry.shared.push(mention.name);
    byUrl.set(mention.url, entry);
  }
  return [...byUrl.values()].slice(0, limit).map(({ mention, shared }) => ({ article: refOf(mention), shared }));
}

export async function people(db: ArchiveDatabase, query: string, limit: number): Promise<ArchivedPerson[]> {
  const tx = db.transaction([IDENTITIES, MENTIONS], 'readonly');
  const identities = tx.objectStore(IDENTITIES);
  const wanted = foldKey(query);
  const count = Math.max(0, Math.floor(limit));
  let matches: IdentityRecord[] = [];
  if (wanted === '') {
    let cursor = await identities.index('lastReadAt').openCursor(null, 'prev');
    while (cursor && matches.length < count) {
      const record = readIdentityRecord(cursor.value);
      if (record) matches.push(record);
      cursor = await cursor.continue();
    }
  } else {
    // Candidates by the query's first word as a prefix of any word of their names, then the whole query.
    const first = wanted.split(' ')[0] as string;
    const rows = await identities.index('words').getAll(IDBKeyRange.bound(first, `${first}\uffff`));
    const seen = new Set<string>();
    for (const raw of rows) {
      const record = readIdentityRecord(raw);
      if (!record || seen.has(record.key)) continue;
      seen.add(record.key);
      if ([...record.full, ...record.surnames].some((name) => ` ${name}`.includes(` ${wanted}`))) matches.push(record);
    }
    matches = matches.sort((a, b) => b.lastReadAt - a.lastReadAt).slice(0, count);
  }
  const out: ArchivedPerson[] = [];
  const index = tx.objectStore(MENTIONS).index('identity');
  for (const identity of matches) {
    const mentions = await newestMentions(index, identity.key, PEOPLE_ROLE_WINDOW);
    const lastRead = mentions[0];
    if (!lastRead) continue;
    const role = mentions.find((mention) => mention.role)?.role?.text;
    out.push({
      name: identity.name,
      type: identity.type,
      ...(role !== undefined ? { role } : {}),
      articleCount: identity.articleCount,
      lastRead: refOf(lastRead),
    });
  }
  return out;
}
