/**
 * Finding the archived identities an entity is, through the `identities` store's indexes (by its
 * full names and id, then by surname): a few index reads, never a scan of every article. The rule
 * that decides is `matchIdentities` (entity-identity.ts); saving and the card's questions share it.
 */
import { readIdentityRecord, readMentionRecord } from './archive-records';
import type { IdentityRecord, MentionRecord } from './archive-schema';
import { type EntityNameSet, lookupKeys, matchIdentities } from './entity-identity';

/** The slice of an idb object store (readonly or readwrite) the lookup reads. */
export interface IdentityStore {
  index(name: string): { getAll(query: IDBValidKey | IDBKeyRange): Promise<unknown[]> };
}

/** The identities the entity is: those sharing a name or id, else the one person a surname or full name leads to. */
export async function findIdentities(store: IdentityStore, names: EntityNameSet): Promise<IdentityRecord[]> {
  const byKey = await readAll(store, 'keys', lookupKeys(names));
  const exact = matchIdentities(names, byKey, []);
  if (exact.length > 0 || names.kind !== 'person') return exact;
  const bySurname = await readAll(store, 'surnames', names.surnames);
  return matchIdentities(names, [], bySurname);
}

async function readAll(store: IdentityStore, index: string, keys: readonly string[]): Promise<IdentityRecord[]> {
  const rows = await Promise.all(keys.map((key) => store.index(index).getAll(key)));
  return rows.flat().flatMap((raw) => readIdentityRecord(raw) ?? []);
}

/** Every mention row of one identity in the `mentions.identity` index (`[identity, -readAt]`), newest first. */
export function identityRange(identity: string): IDBKeyRange {
  // [identity] sorts before every [identity, order], and [identity, []] after: arrays sort last.
  return IDBKeyRange.bound([identity], [identity, []]);
}

/** The slice of an idb index the mention reads need. */
export interface MentionIndex {
  getAll(query: IDBKeyRange, count?: number): Promise<unknown[]>;
}

/** An identity's newest `count` readable mention rows, newest first (one bounded read, however often it was named). */
export async function newestMentions(index: MentionIndex, identity: string, count: number): Promise<MentionRecord[]> {
  const rows = await index.getAll(identityRange(identity), count);
  return rows.flatMap((raw) => readMentionRecord(raw) ?? []);
}
