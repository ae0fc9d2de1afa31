/**
 * Finding the archived identities an entity is, through the `identities` store's indexes (by its
 * full names and id, then by surname): a few index reads, never a scan of every article. The rule
 * that decides is `matchIdentities` (entity-identity.ts); saving and the card's questions share it.
 */
import { readIdentityRecord } from './archive-records';
import type { IdentityRecord } from './archive-schema';
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

/** Every mention row of one identity in the `mentions.identity` index (`[identity, readAt]`), oldest first. */
export function identityRange(identity: string): IDBKeyRange {
  // [identity] sorts before every [identity, readAt], and [identity, []] after: arrays sort last.
  return IDBKeyRange.bound([identity], [identity, []]);
}
