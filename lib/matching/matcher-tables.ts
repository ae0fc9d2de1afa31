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
 * A snapshot names the aliases it was made from (`aliasesKey`: text, case and gating, in order)
 * and serves only a catalog with exactly those; any other catalog (a pack enabled, a story
 * switched off) is built as usual. The snapshot is made in Node: its folding and letter cases are
 * Node's Unicode data, the page's text is read with the browser's. For the Latin and Cyrillic
 * letters of the bundled aliases they are the same in every Unicode version a supported browser
 * ships; an alias in a script whose case data changed between versions could fold differently.
 */

import type { AliasEntry } from '../story/story-model';
import {
  type CandidatePattern,
  candidatePattern,
  candidatesFrom,
  PREFIX_LENGTH,
  prefixKey,
  type RegExpSource,
} from './candidate-pattern';
import { DeclensionProblem, declinedWords, type WordForms } from './declension';
import { charClass, foldCode, IGNORABLE, isLowerCode, isUpperCode, SPACE, WORD } from './text-fold';

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
  patternStart: number[];
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
function sizeOf(aliases: readonly AliasEntry[]): { totalChars: number; declined: number[] } {
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

/** Empty tables with room for `totalChars` nodes. */
function allocate(aliases: readonly AliasEntry[], totalChars: number): MatcherTables {
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
    patternStart: new Int32Array(aliases.length + 1),
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

/** Records the aliases ending at `node`, ungated ones first (see `sharedOutputs`). */
function addOutput(tables: MatcherTables, node: number, index: number): void {
  const first = tables.output[node] as number;
  if (first === 0) tables.output[node] = index + 1;
  else {
    const shared = tables.sharedOutputs.get(node);
    if (shared) shared.push(index);
    else tables.sharedOutputs.set(node, [first - 1, index]);
  }
}

/** The words of a declined alias, or null to match it as written (an exact one never declines). */
function declinedWordsOf(alias: AliasEntry): WordForms[] | null {
  if (!alias.inflection || alias.case === 'exact') return null;
  try {
    return declinedWords(alias.text, alias.inflection);
  } catch (error) {
    // The validator refuses such data; a catalog that still holds it matches the alias as written.
    if (error instanceof DeclensionProblem) return null;
    throw error;
  }
}

/** The child of `node` by folded character `ch`, made when missing. */
function childOf(tables: MatcherTables, node: number, ch: number): number {
  const { rootNext, edgeFrom, edgeChar, edgeTo, hashShift: shift, hashMask: mask } = tables;
  if (node === 0) {
    let next = (rootNext[ch] as number) - 1;
    if (next < 0) {
      next = tables.size++;
      rootNext[ch] = next + 1;
    }
    return next;
  }
  const key = node + 1;
  let h = edgeSlot(node, ch, shift);
  for (;;) {
    const from = edgeFrom[h] as number;
    if (from === 0) break;
    if (from === key && edgeChar[h] === ch) return edgeTo[h] as number;
    h = (h + 1) & mask;
  }
  const next = tables.size++;
  edgeFrom[h] = key;
  edgeChar[h] = ch;
  edgeTo[h] = next;
  return next;
}

/**
 * Puts a declined alias in the trie: each word's stems from the node the word starts at, a fork
 * at each stem's end to one new node shared by the word's endings, from which the next word goes
 * on after a space. Returns the alias's end node, with the first word's prefixes pushed for the
 * candidate pattern; the alias's letter cases are recorded as for any alias (from its text).
 */
function insertDeclined(tables: MatcherTables, words: readonly WordForms[], prefixes: number[][]): number {
  const sets = new Map(tables.endingSets.map((set, i) => [set.join('|'), i]));
  let node = 0;
  for (const [w, word] of words.entries()) {
    if (w > 0) node = childOf(tables, node, SPACE);
    const start = node;
    const literal = word.length === 1 && word[0]?.endings.length === 1 && word[0].endings[0] === '';
    const stemEnds: number[] = [];
    for (const { stem } of word) {
      let at = start;
      let cased = false;
      const prefix: number[] = [];
      for (let i = 0; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        const f = foldCode(c);
        if (f === IGNORABLE || f === SPACE) continue;
        at = childOf(tables, at, f);
        if (w === 0 && prefix.length < PREFIX_LENGTH) prefix.push(prefixKey(c, f, false, !cased));
        if (caseOf(c) !== CASE_NONE) cased = true;
      }
      if (w === 0) prefixes.push(prefix);
      stemEnds.push(at);
    }
    if (literal) {
      node = stemEnds[0] as number;
      continue;
    }
    // Made after the stems, so that the next word's space is the node made just after it.
    const after = tables.size++;
    for (const [i, { endings }] of word.entries()) {
      const at = stemEnds[i] as number;
      const key = endings.join('|');
      let set = sets.get(key);
      if (set === undefined) {
        set = tables.endingSets.length;
        tables.endingSets.push([...endings]);
        sets.set(key, set);
      }
      tables.forkAt[at] = 1;
      const list = tables.forks.get(at);
      if (list) list.push(set, after);
      else tables.forks.set(at, [set, after]);
    }
    node = after;
  }
  return node;
}

/** Each folded character's case as the alias writes it (spaces collapsed), from `p` on; the next free place. */
function recordCases(tables: MatcherTables, text: string, p: number): number {
  let pendingSpace = false;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f === IGNORABLE) continue;
    if (f === SPACE) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) tables.patterns[p++] = CASE_NONE;
    tables.patterns[p++] = caseOf(c);
    pendingSpace = false;
    length++;
  }
  return p;
}

export function buildTables(aliases: readonly AliasEntry[]): MatcherTables {
  const { totalChars, declined } = sizeOf(aliases);
  const tables = allocate(aliases, totalChars);
  const { rootNext, edgeFrom, edgeChar, edgeTo, patterns, patternStart, hashShift: shift, hashMask: mask } = tables;
  /** Each alias's first PREFIX_LENGTH folded characters, with the case wanted there (candidate-pattern.ts). */
  const prefixes: number[][] = [];

  // One tight loop, no calls per character but the fold tables (and the prefix keys of the first
  // few): it runs cold, once per catalog.
  let nodes = 1;
  let longest = 0;
  let p = 0;
  let d = 0;
  let nextDeclined = declined.length > 0 ? (declined[0] as number) : -1;
  for (let index = 0; index < aliases.length; index++) {
    patternStart[index] = p;
    const text = (aliases[index] as AliasEntry).text;
    let words: WordForms[] | null = null;
    if (index === nextDeclined) {
      words = declinedWordsOf(aliases[index] as AliasEntry);
      nextDeclined = ++d < declined.length ? (declined[d] as number) : -1;
    }
    // As below, an alias must start with a word character to be found.
    if (words && charClass(text.charCodeAt(0)) === WORD) {
      tables.size = nodes;
      const end = insertDeclined(tables, words, prefixes);
      nodes = tables.size;
      const from = p;
      p = recordCases(tables, text, p);
      if (p - from > longest) longest = p - from;
      addOutput(tables, end, index);
      continue;
    }
    const patternFrom = p;
    let node = 0;
    let length = 0;
    let pendingSpace = false;
    const exact = (aliases[index] as AliasEntry).case === 'exact';
    let cased = false;
    const prefix: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const f = foldCode(c);
      if (f === IGNORABLE) continue;
      if (f === SPACE) {
        pendingSpace = length > 0;
        continue;
      }
      // The walk only starts at word starts: an alias starting with punctuation could never match.
      if (length === 0 && charClass(c) !== WORD) break;
      for (let step = pendingSpace ? 2 : 1; step > 0; step--) {
        const ch = step === 2 ? SPACE : f;
        let next: number;
        if (node === 0) {
          next = (rootNext[ch] as number) - 1;
          if (next < 0) {
            next = nodes++;
            rootNext[ch] = next + 1;
          }
        } else {
          const key = node + 1;
          let h = edgeSlot(node, ch, shift);
          next = -1;
          for (;;) {
            const from = edgeFrom[h] as number;
            if (from === 0) break;
            if (from === key && edgeChar[h] === ch) {
              next = edgeTo[h] as number;
              break;
            }
            h = (h + 1) & mask;
          }
          if (next < 0) {
            next = nodes++;
            edgeFrom[h] = key;
            edgeChar[h] = ch;
            edgeTo[h] = next;
          }
        }
        node = next;
        const letterCase = step === 2 ? CASE_NONE : caseOf(c);
        patterns[p++] = letterCase;
        if (length < PREFIX_LENGTH) prefix.push(prefixKey(step === 2 ? SPACE : c, ch, exact, !cased));
        if (letterCase !== CASE_NONE) cased = true;
        length++;
      }
      pendingSpace = false;
    }
    if (length === 0) {
      p = patternFrom;
      continue;
    }
    if (length > longest) longest = length;
    prefixes.push(prefix);
    addOutput(tables, node, index);
  }
  for (const list of tables.sharedOutputs.values()) {
    list.sort((a, b) => Number(aliases[a]?.requiresContext) - Number(aliases[b]?.requiresContext) || a - b);
  }
  patternStart[aliases.length] = p;
  tables.size = nodes;
  tables.longest = longest;
  tables.candidates = candidatePattern(prefixes);
  return tables;
}

const sourceOf = (pattern: RegExp): RegExpSource => [pattern.source, pattern.flags];

export function snapshotOf(aliases: readonly AliasEntry[], tables: MatcherTables): MatcherSnapshot {
  const { size, rootNext, edgeFrom, edgeChar, edgeTo, output, patterns, patternStart, candidates } = tables;
  const parents = new Array<number>(size).fill(0);
  const chars = new Array<number>(size).fill(0);
  for (let ch = 0; ch < rootNext.length; ch++) {
    const child = (rootNext[ch] as number) - 1;
    if (child >= 0) chars[child] = ch;
  }
  for (let h = 0; h < edgeFrom.length; h++) {
    const from = edgeFrom[h] as number;
    if (from === 0) continue;
    const child = edgeTo[h] as number;
    parents[child] = from - 1;
    chars[child] = edgeChar[h] as number;
  }
  const branches: number[] = [];
  for (let child = 1; child < size; child++) {
    // A node only a fork leads to (character 0) has no parent to name.
    if (parents[child] !== child - 1 && chars[child] !== 0) branches.push(child, parents[child] as number);
  }
  const outputs: number[] = [];
  for (let node = 0; node < size; node++) {
    const first = output[node] as number;
    if (first !== 0) outputs.push(node, first - 1);
  }
  const patternEnd = patternStart[aliases.length] as number;
  return {
    key: aliasesKey(aliases),
    nodes: String.fromCharCode(...chars.slice(1)),
    branches,
    outputs,
    sharedOutputs: [...tables.sharedOutputs].map(([node, list]) => [node, [...list]]),
    patterns: Array.from(patterns.subarray(0, patternEnd)).join(''),
    patternStart: Array.from(patternStart),
    longest: tables.longest,
    candidates: candidates && {
      test: sourceOf(candidates.test),
      starts: sourceOf(candidates.starts),
      everyStart: sourceOf(candidates.everyStart),
    },
    forks: [...tables.forks].flatMap(([node, list]) => {
      const triples: number[] = [];
      for (let i = 0; i < list.length; i += 2) triples.push(node, list[i] as number, list[i + 1] as number);
      return triples;
    }),
    endingSets: tables.endingSets.map((set) => set.join(' ')),
  };
}

/**
 * The tables a snapshot holds, or null when it was made from other aliases. Nodes are linked in
 * the order the build made them, so every edge lands in the slot the build gave it.
 */
export function tablesFromSnapshot(aliases: readonly AliasEntry[], snapshot: MatcherSnapshot): MatcherTables | null {
  // The count first: a catalog of another size is told apart without building its key.
  if (snapshot.patternStart.length !== aliases.length + 1 || snapshot.key !== aliasesKey(aliases)) return null;
  const tables = allocate(aliases, sizeOf(aliases).totalChars);
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
