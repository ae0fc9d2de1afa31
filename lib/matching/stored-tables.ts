/**
 * The tables of stored snapshots (a switched-on pack's, made at import with its page part) as a
 * page or the background uses them: read back ahead of the catalog they serve (`readTablesAhead`,
 * a task of its own on a page), handed to each catalog they fit, or extended by the aliases after
 * theirs (`tablesFor`); and on a page, held for its catalog and grown by its article's few names
 * as the background says (`holdTables`, `heldKey`, held-tables.ts). Building is table-builder.ts's
 * (docs/decisions/0028).
 */

import type { AliasEntry } from '../story/story-model';
import { type CandidatePattern, candidatesFrom } from './candidate-pattern';
import { startsWithHeld, type TablesExtension, tablesWithRoom } from './held-tables';
import {
  aliasesKey,
  allocate,
  type MatcherSnapshot,
  type MatcherTables,
  readSnapshot,
  sizeOf,
  snapshotFits,
  tablesFromSnapshot,
  trustFit,
} from './matcher-tables';
import { storedTables } from './packed-tables';
import { buildTables, extendTables, insertAliases } from './table-builder';

/** Stored snapshots read back ahead of the catalog they serve (`readTablesAhead`); null: unreadable. */
const readAhead = new WeakMap<MatcherSnapshot, MatcherTables | null>();

/**
 * Reads a stored snapshot's tables back now, for `tablesFor` to hand a catalog they fit later: a
 * page reads a big pack's in a task of its own, before its catalog is made (docs/decisions/0028).
 * The tables have room for the snapshot's own nodes and aliases, all that a catalog they fit has.
 */
export function readTablesAhead(snapshot: MatcherSnapshot): void {
  try {
    const stored = storedTables(snapshot);
    readAhead.set(snapshot, stored !== undefined ? stored : readSnapshot(snapshot, fittedRoom(snapshot)));
  } catch {
    // Damaged in storage (an unreadable pattern, say): `tablesFor` passes it over, as it would have.
    readAhead.set(snapshot, null);
  }
}

/** Empty tables with room for `snapshot`'s own nodes and aliases, all that a catalog it fits has. */
function fittedRoom(snapshot: MatcherSnapshot): MatcherTables {
  return allocate(snapshot.patternStart.length - 1, Math.max(snapshot.nodes.length + 1, snapshot.patterns.length));
}

/** The aliases each stored snapshot's tables read ahead were taken for (`holdTables`). */
const heldFor = new WeakMap<MatcherSnapshot, readonly AliasEntry[]>();

/**
 * Takes `snapshot` as made from exactly `aliases` (`trustFit`), and keeps them as the aliases its
 * tables read ahead hold: a catalog with an article after them grows those (`grownHeldTables`).
 */
export function holdTables(aliases: readonly AliasEntry[], snapshot: MatcherSnapshot): void {
  trustFit(aliases, snapshot);
  heldFor.set(snapshot, aliases);
}

/** The key of the first of `stored` whose tables the page holds read ahead, for the background. */
export function heldKey(stored: readonly MatcherSnapshot[]): string | undefined {
  return stored.find((snapshot) => readAhead.get(snapshot) && heldFor.has(snapshot))?.key;
}

/**
 * The tables held for `extension.base` (read ahead, `holdTables`), grown by the aliases `aliases`
 * has after theirs, with the candidate pattern the background made for them all; null when the
 * page holds none for it, or `aliases` is not the list the background extended them to (the
 * caller then reads or builds them as it would have).
 */
function grownHeldTables(
  aliases: readonly AliasEntry[],
  stored: readonly MatcherSnapshot[],
  extension: TablesExtension,
): MatcherTables | null {
  const base = stored.find((snapshot) => snapshot.key === extension.base);
  const held = base && readAhead.get(base);
  const head = base && heldFor.get(base);
  if (!held || !head || !startsWithHeld(aliases, head)) return null;
  if (aliasesKey(aliases.slice(head.length)) !== extension.added) return null;
  const tables = grownTables(held, aliases, head.length);
  tables.candidates = sentCandidates(held.candidates, extension.candidates);
  return tables;
}

/**
 * The candidate pattern the background sent for the grown tables: the held tables' own when it is
 * the same (an article whose names start as the catalog's already do), whose regular expressions
 * the page's matcher has compiled already; else made from the sources sent. The same `test` and
 * `starts` mean the same first letters, so the same `everyStart`. A matcher sets `starts`'
 * lastIndex before each search, so two matchers may share it.
 */
export function sentCandidates(
  held: CandidatePattern | null,
  sent: TablesExtension['candidates'],
): CandidatePattern | null {
  if (!sent) return null;
  const [test, testFlags] = sent.test;
  const [starts, startsFlags] = sent.starts;
  if (
    held &&
    held.test.source === test &&
    held.test.flags === testFlags &&
    held.starts.source === starts &&
    held.starts.flags === startsFlags
  ) {
    return held;
  }
  return candidatesFrom(new RegExp(test, testFlags), new RegExp(starts, startsFlags), sent.everyStart);
}

/**
 * A copy of `held` (the tables of `aliases`' first `heldCount`) with room for the rest of them, and
 * the rest put in; `held` is left as it was, for a catalog without them. No candidate pattern.
 */
export function grownTables(held: MatcherTables, aliases: readonly AliasEntry[], heldCount: number): MatcherTables {
  const { totalChars, declined } = sizeOf(aliases.slice(heldCount));
  const heldPatterns = held.patternStart[heldCount] as number;
  const tables = tablesWithRoom(held, aliases.length, held.size + totalChars, heldPatterns + totalChars);
  insertAliases(
    tables,
    aliases,
    heldCount,
    declined.map((i) => i + heldCount),
    [],
  );
  return tables;
}

/**
 * Tables for `aliases`: read back from the first of `stored` made from exactly them or from the
 * aliases they start with (a stored pack's, with an article's names after it: docs/decisions/0028),
 * else built. Stored tables that cannot be read (damaged in
 * storage) are passed over, never a reason for no tables.
 */
export function tablesFor(
  aliases: readonly AliasEntry[],
  stored: readonly MatcherSnapshot[] = [],
  extension?: TablesExtension,
): MatcherTables {
  const grown = extension && grownHeldTables(aliases, stored, extension);
  if (grown) return grown;
  for (const snapshot of stored) {
    try {
      const fits = snapshotFits(aliases, snapshot);
      const read = fits
        ? (readAhead.get(snapshot) ?? storedTables(snapshot) ?? tablesFromSnapshot(aliases, snapshot))
        : extendTables(aliases, snapshot, storedTables);
      if (read) return read;
    } catch {
      // A damaged snapshot (an unreadable pattern, say): the next one, or a build.
    }
  }
  return buildTables(aliases);
}
