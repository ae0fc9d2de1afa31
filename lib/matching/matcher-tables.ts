/**
 * The data a Matcher walks: a trie of every alias over folded text, as typed arrays, with each
 * alias's letter case and the candidate pattern (see candidate-pattern.ts). Built from the
 * aliases on the page (`buildTables`), or read back from a snapshot made at build time
 * (`tablesFromSnapshot`): the extension bundles one for its own stories, so that a page load
 * does not redo, in cold code, work whose result is known before the extension ships
 * (docs/decisions/0001).
 *
 * A declined alias (declension.ts) is held as stems: where a stem ends, a fork names the set of
 * endings its paradigm allows and the node the walk goes on from after one of them (the next word,
 * or the alias's end). That node has no parent: no character leads to it, only a fork.
 *
 * Building tables (table-builder.ts: the trie, the case forms, the candidate pattern) is kept apart
 * from reading a snapshot back: a page whose catalog is the bundled one never loads the builder
 * (docs/decisions/0022).
 *
 * A snapshot names the aliases it was made from (`aliasesKey`: text, case and gating, in order)
 * and serves only a catalog with exactly those; any other catalog (a pack enabled, a story
 * switched off) is built as usual. The snapshot is made in Node: its folding and letter cases are
 * Node's Unicode data, the page's text is read with the browser's. For the Latin and Cyrillic
 * letters of the bundled aliases they are the same in every Unicode version a supported browser
 * ships; an alias in a script whose case data changed between versions could fold differently.
 */

import type { AliasEntry } from '../story/story-model';
import { type CandidatePattern, candidatesFrom, type RegExpSource } from './candidate-pattern';
import { isLowerCode, isUpperCode } from './text-fold';

export const CASE_LOWER = 0;
export const CASE_UPPER = 1;
export const CASE_NONE = 2;

export interface MatcherTables {
  /** Number of trie nodes (the root is node 0). */
  size: number;
  /** Child of the root by folded character, plus one (0: none). */
  rootNext: Int32Array;
  /** Open-addressing edge table: parent node plus one (0: empty slot), character, child. */
  edgeFrom: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  hashShift: number;
  hashMask: number;
  /** Per node: the first alias ending there, plus one (0: none). */
  output: Int32Array;
  /** Nodes where several aliases end: all of them, ungated before gated, then catalog order. */
  sharedOutputs: Map<number, number[]>;
  /** The case of each folded alias character as the alias writes it, all aliases end to end. */
  patterns: Uint8Array;
  /** Where each alias's case pattern starts in `patterns`. */
  patternStart: Int32Array;
  /** The most folded characters in one alias. */
  longest: number;
  /** Where a match could start; null when nothing can match. */
  candidates: CandidatePattern | null;
  /** Per node: 1 where a declined word's stem ends (see `forks`). */
  forkAt: Uint8Array;
  /** Stem node → pairs: ending set, node the walk goes on from after one of its endings. */
  forks: Map<number, number[]>;
  /** The ending sets, each a list of folded endings ("" for the bare stem). */
  endingSets: string[][];
}

/** MatcherTables as plain JSON (made at build time, bundled with the extension). */
export interface MatcherSnapshot {
  /** The aliases it was made from (`aliasesKey`). */
  key: string;
  /** Every node after the root, in the order the build made them: its folded character. */
  nodes: string;
  /**
   * Pairs: node, parent, for the nodes whose parent is not the node made just before them (most
   * nodes continue the alias of the one before, so the tables travel as a short string).
   */
  branches: number[];
  /** Pairs: node, first alias ending there. */
  outputs: number[];
  sharedOutputs: [number, number[]][];
  /** `patterns`, one digit a character. */
  patterns: string;
  /** An array in a snapshot's JSON; a pack's page part decodes its own (packed-tables.ts). */
  patternStart: ArrayLike<number>;
  longest: number;
  /** The candidate pattern's regular expressions, as source and flags. */
  candidates: { test: RegExpSource; starts: RegExpSource; everyStart: RegExpSource } | null;
  /** Triples: stem node, ending set, node after the ending. */
  forks: number[];
  /** Each set's endings joined by spaces (a leading space: the bare stem). */
  endingSets: string[];
}

/**
 * What a trie holds of an alias list: every alias's text, case rule and gating, in order, as a
 * 53-bit digest (cyrb53) rather than the list itself, which every page would otherwise carry twice.
 */
export function aliasesKey(aliases: readonly AliasEntry[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const alias of aliases) {
    const inflection = alias.inflection;
    const declines = inflection
      ? `${inflection.lang}${inflection.person ? 'p' : ''}${String(inflection.declension ?? '')}/${inflection.obliqueStem ?? ''}`
      : '';
    const text = `${alias.case === 'exact' ? 'e' : 'p'}${alias.requiresContext ? 'g' : 'u'}${alias.text}\u0000${declines}`;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function caseOf(c: number): number {
  return isUpperCode(c) ? CASE_UPPER : isLowerCode(c) ? CASE_LOWER : CASE_NONE;
}

/**
 * The most nodes `aliases` can make (plus one, the root), and which of them decline. A declined
 * word makes at most two stems (a regular and an oblique or alternating one, each no longer than
 * the word and a letter) and the node after its ending: three per alias character bounds it, with
 * the declared oblique stem on top. One pass, reading each alias once: a catalog of 10,000 names
 * holds few declined ones.
 */
export function sizeOf(aliases: readonly AliasEntry[]): { totalChars: number; declined: number[] } {
  let totalChars = 1;
  const declined: number[] = [];
  for (let i = 0; i < aliases.length; i++) {
    const { text, inflection } = aliases[i] as AliasEntry;
    if (inflection === undefined) {
      totalChars += text.length;
      continue;
    }
    totalChars += 3 * text.length + (inflection.obliqueStem?.length ?? 0) + 2;
    declined.push(i);
  }
  return { totalChars, declined };
}

/** Empty tables with room for `aliasCount` aliases and `totalChars` nodes. */
export function allocate(aliasCount: number, totalChars: number): MatcherTables {
  // Load factor ≤ 0.5 (edges < total alias characters): short probe runs, and the zero-filled
  // arrays (no fill pass: "empty" is 0) cost little to allocate even for 10,000 names.
  let capacity = 16;
  let bits = 4;
  while (capacity < totalChars * 2) {
    capacity *= 2;
    bits++;
  }
  return {
    size: 1,
    rootNext: new Int32Array(65536),
    edgeFrom: new Int32Array(capacity),
    edgeChar: new Uint16Array(capacity),
    edgeTo: new Int32Array(capacity),
    hashShift: 32 - bits,
    hashMask: capacity - 1,
    output: new Int32Array(totalChars),
    sharedOutputs: new Map(),
    patterns: new Uint8Array(totalChars),
    patternStart: new Int32Array(aliasCount + 1),
    longest: 0,
    candidates: null,
    forkAt: new Uint8Array(totalChars),
    forks: new Map(),
    endingSets: [],
  };
}

/** The edge table's first slot to probe for `node`'s child by `ch`. */
export function edgeSlot(node: number, ch: number, shift: number): number {
  return Math.imul(Math.imul(node, 0x9e3779b1) ^ ch, 0x85ebca6b) >>> shift;
}

/**
 * The snapshot each alias list was last found to fit: a page start asks twice of the same list
 * (whether the tables at hand fit, then reading them), and the key hashes every alias's text.
 * Alias lists are never changed once made; a changed catalog is a new list.
 */
const fitted = new WeakMap<readonly AliasEntry[], MatcherSnapshot>();

/** Whether `snapshot` was made from exactly `aliases` (the count first: most other catalogs differ in size). */
export function snapshotFits(aliases: readonly AliasEntry[], snapshot: MatcherSnapshot): boolean {
  if (fitted.get(aliases) === snapshot) return true;
  const fits = snapshot.patternStart.length === aliases.length + 1 && snapshot.key === aliasesKey(aliases);
  if (fits) fitted.set(aliases, snapshot);
  return fits;
}

/**
 * Takes `snapshot` as made from exactly `aliases` without hashing them: for a catalog made from the
 * very stories the snapshot was made for (a pack's page part, lib/storage/page-catalog.ts).
 */
export function trustFit(aliases: readonly AliasEntry[], snapshot: MatcherSnapshot): void {
  fitted.set(aliases, snapshot);
}

/**
 * The tables a snapshot holds, or null when it was made from other aliases. Nodes are linked in
 * the order the build made them, so every edge lands in the slot the build gave it. `tables`:
 * empty tables to read them into (room for more aliases, which table-builder.ts then adds); made
 * only once the snapshot fits, since a page with a pack on asks the bundled snapshot first, and
 * tables sized for 10,000 names are megabytes to zero and collect (docs/decisions/0028).
 */
export function tablesFromSnapshot(
  aliases: readonly AliasEntry[],
  snapshot: MatcherSnapshot,
  tables?: MatcherTables,
): MatcherTables | null {
  return snapshotFits(aliases, snapshot)
    ? readSnapshot(snapshot, tables ?? allocate(aliases.length, sizeOf(aliases).totalChars))
    : null;
}

/**
 * The tables `snapshot` holds, read into `tables` (room for at least its nodes and aliases), or
 * null when they cannot be a build's. Whether they fit a catalog is the caller's to know.
 */
export function readSnapshot(snapshot: MatcherSnapshot, tables: MatcherTables): MatcherTables | null {
  const { rootNext, edgeFrom, edgeChar, edgeTo, patterns, patternStart, hashShift: shift, hashMask: mask } = tables;
  const { nodes, branches } = snapshot;
  // A build makes at most one node per alias character, so its edge table stays at most half full
  // and every probe ends: tables that say otherwise are not read (a walk could probe for ever).
  if (nodes.length + 1 > tables.output.length) return null;
  for (let i = 0, b = 0, child = 1; i < nodes.length; i++, child++) {
    let parent = child - 1;
    if (branches[b] === child) {
      parent = branches[b + 1] as number;
      b += 2;
    }
    // A parent is always made before its child: anything else is not a build's table.
    if (parent >= child) return null;
    const ch = nodes.charCodeAt(i);
    // The node after a declined word's ending: only a fork leads to it.
    if (ch === 0) continue;
    if (parent === 0) {
      rootNext[ch] = child + 1;
      continue;
    }
    let h = edgeSlot(parent, ch, shift);
    while ((edgeFrom[h] as number) !== 0) h = (h + 1) & mask;
    edgeFrom[h] = parent + 1;
    edgeChar[h] = ch;
    edgeTo[h] = child;
  }
  tables.size = nodes.length + 1;
  const { outputs } = snapshot;
  for (let i = 0; i < outputs.length; i += 2) tables.output[outputs[i] as number] = (outputs[i + 1] as number) + 1;
  for (const [node, list] of snapshot.sharedOutputs) tables.sharedOutputs.set(node, [...list]);
  for (let i = 0; i < snapshot.patterns.length; i++) patterns[i] = snapshot.patterns.charCodeAt(i) - 48;
  patternStart.set(snapshot.patternStart);
  tables.longest = snapshot.longest;
  const { forks, endingSets } = snapshot;
  for (let i = 0; i < forks.length; i += 3) {
    const node = forks[i] as number;
    const set = forks[i + 1] as number;
    const after = forks[i + 2] as number;
    if (!(node < tables.size && after < tables.size && set < endingSets.length)) return null;
    tables.forkAt[node] = 1;
    const list = tables.forks.get(node);
    if (list) list.push(set, after);
    else tables.forks.set(node, [set, after]);
  }
  tables.endingSets = endingSets.map((set) => set.split(' '));
  const c = snapshot.candidates;
  tables.candidates = c && candidatesFrom(new RegExp(...c.test), new RegExp(...c.starts), c.everyStart);
  return tables;
}
