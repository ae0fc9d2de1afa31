/**
 * Tables a page already holds, grown by the few aliases an article adds after them. A page with a
 * big pack on reads the pack's tables ahead (stored-tables.ts `readTablesAhead`); its article's
 * catalog starts with the same aliases (the article's come last, catalog-merge.ts keeping the
 * order), so the background, asked by a page that holds them, sends an extension of those tables
 * (`TablesExtension`) rather than tables for every alias, which the page would read whole again
 * (docs/decisions/0028, "the article's answer from the tables the page holds").
 *
 * The background sends what the page cannot make cheaply: the whole list's candidate pattern (made
 * from every alias's first letters) and the keys that tell the page the lists are the same.
 */

import type { AliasEntry } from '../story/story-model';
import { aliasesKey, allocate, edgeSlot, type MatcherSnapshot, type MatcherTables } from './matcher-tables';

/** How a page grows the tables it holds into those of its catalog with an article. */
export interface TablesExtension {
  /** The key of the tables grown (`MatcherSnapshot.key`): the aliases the catalog starts with. */
  base: string;
  /** `aliasesKey` of the aliases after those: the article's, few. */
  added: string;
  /** The candidate pattern of the whole catalog, as a snapshot holds it. */
  candidates: MatcherSnapshot['candidates'];
}

/**
 * The extension of `base`'s tables to `aliases` (the background's), or null when `aliases` does
 * not start with exactly the aliases `base` was made from. `candidates`: those of tables made for
 * every alias of `aliases`.
 */
export function extensionOf(
  aliases: readonly AliasEntry[],
  base: MatcherSnapshot,
  candidates: MatcherSnapshot['candidates'],
): TablesExtension | null {
  const from = base.patternStart.length - 1;
  if (from < 0 || from > aliases.length || aliasesKey(aliases.slice(0, from)) !== base.key) return null;
  return { base: base.key, added: aliasesKey(aliases.slice(from)), candidates };
}

/** Whether two alias entries put the same into tables: text, letter case, gating and declension. */
function sameInTables(a: AliasEntry, b: AliasEntry): boolean {
  return (
    a.text === b.text &&
    a.case === b.case &&
    a.requiresContext === b.requiresContext &&
    (a.inflection === b.inflection || JSON.stringify(a.inflection) === JSON.stringify(b.inflection))
  );
}

/**
 * Whether `aliases` starts with aliases that put into tables what `head`'s do, one by one: the
 * page's own check that its catalog with the article starts with the catalog its held tables
 * were made for, without hashing 10,000 aliases. Almost every entry is the very one the head has
 * (a catalog merge shares them), told by identity in the loop itself: a call for each of 10,000
 * entries is most of the check's time in a page's cold code. An entry merged anew (an entity the
 * article shares with a story) is compared by its fields.
 */
export function startsWithHeld(aliases: readonly AliasEntry[], head: readonly AliasEntry[]): boolean {
  if (aliases.length < head.length) return false;
  for (let i = 0; i < head.length; i++) {
    const entry = aliases[i] as AliasEntry;
    const held = head[i] as AliasEntry;
    if (entry !== held && !sameInTables(entry, held)) return false;
  }
  return true;
}

export type EdgeTable = Pick<MatcherTables, 'edgeFrom' | 'edgeChar' | 'edgeTo' | 'hashShift' | 'hashMask'>;

/**
 * `held`'s edge table with room for `nodes` nodes, at most half full as `allocate` makes it: its
 * slots copied when it is large enough, else its edges put into a larger one.
 */
function edgesWithRoom(held: MatcherTables, nodes: number): EdgeTable {
  if (held.edgeFrom.length >= nodes * 2) {
    const { hashShift, hashMask } = held;
    return {
      edgeFrom: held.edgeFrom.slice(),
      edgeChar: held.edgeChar.slice(),
      edgeTo: held.edgeTo.slice(),
      hashShift,
      hashMask,
    };
  }
  return rehashedEdges(held, nodes);
}

/** `source`'s edges put into a new edge table made for `nodes` nodes (at most half full). */
export function rehashedEdges(source: EdgeTable, nodes: number): EdgeTable {
  const larger: EdgeTable = allocate(0, nodes);
  const { edgeFrom, edgeChar, edgeTo, hashShift: shift, hashMask: mask } = larger;
  for (let slot = 0; slot < source.edgeFrom.length; slot++) {
    const from = source.edgeFrom[slot] as number;
    if (from === 0) continue;
    const ch = source.edgeChar[slot] as number;
    let h = edgeSlot(from - 1, ch, shift);
    while ((edgeFrom[h] as number) !== 0) h = (h + 1) & mask;
    edgeFrom[h] = from;
    edgeChar[h] = ch;
    edgeTo[h] = source.edgeTo[slot] as number;
  }
  return larger;
}

/** The first `used` values of `values`, in an array of `length`. */
function withRoom<A extends Int32Array | Uint8Array>(
  values: A,
  used: number,
  length: number,
  make: new (n: number) => A,
): A {
  const copy = new make(length);
  copy.set(values.subarray(0, used));
  return copy;
}

/**
 * A copy of `held` with room for `aliasCount` aliases, `nodes` nodes and `patternLength` case
 * pattern characters, which `held` is left without (it still serves the catalog without the
 * article, should the page move on). The edge table is sized for the nodes alone: tables stored
 * as themselves (packed-tables.ts) hold one no larger than their nodes need, and every alias
 * character counted as a node would have their edges put into a larger one each time.
 */
export function tablesWithRoom(
  held: MatcherTables,
  aliasCount: number,
  nodes: number,
  patternLength = nodes,
): MatcherTables {
  const patternEnd = held.patternStart[held.patternStart.length - 1] as number;
  return {
    ...edgesWithRoom(held, nodes),
    size: held.size,
    rootNext: held.rootNext.slice(),
    output: withRoom(held.output, held.size, nodes, Int32Array),
    sharedOutputs: new Map([...held.sharedOutputs].map(([node, list]) => [node, [...list]])),
    patterns: withRoom(held.patterns, patternEnd, patternLength, Uint8Array),
    patternStart: withRoom(held.patternStart, held.patternStart.length, aliasCount + 1, Int32Array),
    longest: held.longest,
    candidates: held.candidates,
    forkAt: withRoom(held.forkAt, held.size, nodes, Uint8Array),
    forks: new Map([...held.forks].map(([node, list]) => [node, [...list]])),
    endingSets: [...held.endingSets],
  };
}
