/**
 * Matcher tables stored as themselves: the edge table's slots, each node's first output, the
 * aliases' case patterns and where each starts, as the bytes of their typed arrays in base64. A
 * pack's page part holds its tables so (lib/storage/pack-page.ts), for a page to read them back
 * without relinking every node of a trie of 10,000 names into the edge table, nor parsing tens of
 * thousands of numbers from JSON: a base64 string is one JSON value, decoded natively where the
 * browser can (`Uint8Array.fromBase64`) (docs/decisions/0028, "the stored tables as the edge
 * table itself").
 *
 * The edge table is stored at the size its nodes need (at most half full, as `allocate` makes one
 * for them), not the size a build allocates for every alias character, and only its used slots,
 * each with its place, at 16 bits where every slot and node fits (a trie under 32,768 nodes): half
 * its slots are empty, and a storage answer costs a page by its length (0028, "the edge table's
 * used slots at 16 bits"). Bytes are little-endian: the typed arrays' own order on every machine a supported
 * browser runs on.
 *
 * A snapshot read from packed tables (`unpackedSnapshot`) is a `MatcherSnapshot` like any other:
 * its tables are read back by `storedTables`, and its node list and the rest, which only a slower
 * path reads (a catalog the tables do not fit, grown in the background), are made from them when
 * first read.
 */
import { candidatesFrom } from './candidate-pattern';
import { rehashedEdges } from './held-tables';
import type { MatcherSnapshot, MatcherTables } from './matcher-tables';
import { candidateSources, snapshotFromTables } from './table-builder';

/** Tables as a pack's page part stores them. */
export interface PackedTables {
  /** The aliases they were made from (`aliasesKey`). */
  key: string;
  /** Number of trie nodes, the root included. */
  size: number;
  /** How many slots the edge table has (a power of two, at least twice the nodes). */
  slots: number;
  /**
   * The edge table's used slots in order, base64, column after column: the slot, its parent plus
   * one, its child (each Uint16 when the table has at most 65,536 slots, else Int32: `edgeColumn`),
   * its character (Uint16).
   */
  edges: string;
  /** Pairs: character, the root's child by it. */
  root: number[];
  /** Per node, the first alias ending there plus one (Int32, base64). */
  output: string;
  /** The case patterns end to end (one byte each, base64). */
  patterns: string;
  /** Where each alias's case pattern starts, one more than the aliases (Int32, base64). */
  patternStart: string;
  sharedOutputs: MatcherSnapshot['sharedOutputs'];
  longest: number;
  candidates: MatcherSnapshot['candidates'];
  forks: number[];
  endingSets: string[];
}

type Base64Codec = {
  fromBase64?: (text: string) => Uint8Array;
};

function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes `text` holds in base64 (throws when it is not base64). */
export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Codec).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64Of = (values: Int32Array | Uint8Array | Uint16Array) =>
  bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));

/** The Int32 values base64 `text` holds, or null when its bytes are not a whole number of them. */
export function int32sOf(text: string): Int32Array | null {
  const bytes = base64ToBytes(text);
  return bytes.length % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : null;
}

/** The typed array of an edge table's slot, parent and child columns: 16 bits while every slot index fits. */
const edgeColumn = (slots: number) => (slots <= 0x10000 ? Uint16Array : Int32Array);

/** The used slots of an edge table of `slots` slots, as `PackedTables.edges` holds them. */
function usedEdgeBytes(edgeFrom: Int32Array, edgeChar: Uint16Array, edgeTo: Int32Array): Uint8Array {
  const slots = edgeFrom.length;
  const used: number[] = [];
  for (let slot = 0; slot < slots; slot++) if (edgeFrom[slot] !== 0) used.push(slot);
  const n = used.length;
  const Column = edgeColumn(slots);
  const width = Column.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(n * (3 * width + 2));
  const at = new Column(bytes.buffer, 0, n);
  const from = new Column(bytes.buffer, n * width, n);
  const to = new Column(bytes.buffer, 2 * n * width, n);
  const ch = new Uint16Array(bytes.buffer, 3 * n * width, n);
  used.forEach((slot, i) => {
    at[i] = slot;
    from[i] = edgeFrom[slot] as number;
    to[i] = edgeTo[slot] as number;
    ch[i] = edgeChar[slot] as number;
  });
  return bytes;
}

/**
 * The edge table of `slots` slots whose used slots `bytes` holds (`usedEdgeBytes`), or null when a
 * walk of it could fail or never end: an edge to no node of `size`, more than half the slots used
 * (a probe could then never find an empty one). A slot out of range is not placed, a slot given
 * twice keeps its last edge, and an edge from no node is never followed: a walk only reads the
 * table from its own nodes, so these make it miss a name, not fail.
 */
function placedEdges(
  bytes: Uint8Array,
  slots: number,
  size: number,
): { edgeFrom: Int32Array; edgeChar: Uint16Array; edgeTo: Int32Array } | null {
  const Column = edgeColumn(slots);
  const width = Column.BYTES_PER_ELEMENT;
  const n = bytes.length / (3 * width + 2);
  if (!Number.isInteger(n) || n * 2 > slots) return null;
  // Decoded bytes start a buffer of their own (never shared), so every column is aligned.
  const buffer = bytes.buffer as ArrayBuffer;
  const at = new Column(buffer, bytes.byteOffset, n);
  const from = new Column(buffer, bytes.byteOffset + n * width, n);
  const to = new Column(buffer, bytes.byteOffset + 2 * n * width, n);
  const ch = new Uint16Array(buffer, bytes.byteOffset + 3 * n * width, n);
  const edgeFrom = new Int32Array(slots);
  const edgeChar = new Uint16Array(slots);
  const edgeTo = new Int32Array(slots);
  for (let i = 0; i < n; i++) {
    const slot = at[i] as number;
    const child = to[i] as number;
    if (child >>> 0 >= size) return null;
    edgeFrom[slot] = from[i] as number;
    edgeTo[slot] = child;
    edgeChar[slot] = ch[i] as number;
  }
  return { edgeFrom, edgeChar, edgeTo };
}

/** `tables` (made from `aliasCount` aliases whose key is `key`) as a page part stores them. */
export function packTables(key: string, aliasCount: number, tables: MatcherTables): PackedTables {
  const { size, rootNext, patternStart } = tables;
  const { edgeFrom, edgeChar, edgeTo } = rehashedEdges(tables, size);
  const root: number[] = [];
  for (let ch = 0; ch < rootNext.length; ch++) if (rootNext[ch] !== 0) root.push(ch, rootNext[ch] as number);
  const patternEnd = patternStart[aliasCount] as number;
  return {
    key,
    size,
    slots: edgeFrom.length,
    edges: bytesToBase64(usedEdgeBytes(edgeFrom, edgeChar, edgeTo)),
    root,
    output: base64Of(tables.output.subarray(0, size)),
    patterns: base64Of(tables.patterns.subarray(0, patternEnd)),
    patternStart: base64Of(patternStart.subarray(0, aliasCount + 1)),
    sharedOutputs: [...tables.sharedOutputs].map(([node, list]) => [node, [...list]]),
    longest: tables.longest,
    candidates: candidateSources(tables.candidates),
    forks: [...tables.forks].flatMap(([node, list]) => {
      const triples: number[] = [];
      for (let i = 0; i < list.length; i += 2) triples.push(node, list[i] as number, list[i + 1] as number);
      return triples;
    }),
    endingSets: tables.endingSets.map((set) => set.join(' ')),
  };
}

/** Whether `value` is an integer in [0, below): a node or alias a walk may index by. */
const indexBelow = (value: unknown, below: number): boolean => (value as number) >>> 0 === value && value < below;

/** Whether every node's first output names no alias past `aliasCount` (0: none; else the alias plus one). */
function outputsWithin(output: Int32Array, aliasCount: number): boolean {
  for (let i = 0; i < output.length; i++) if ((output[i] as number) >>> 0 > aliasCount) return false;
  return true;
}

/**
 * The tables `packed` holds (their candidate pattern left null: `storedTables` makes it),
 * or null when a walk of them could fail or never end: lengths that do not agree, a node or
 * alias out of range, an edge table more than half full (a probe could then never end).
 *
 * The case patterns and the alias starts before the last are taken unchecked, so that a page does
 * not read every alias character twice: a walk only compares a pattern byte with the three cases
 * (another value asks a letter case of one alias, as a damaged alias text would), and reads an
 * alias's patterns from its start to the next one's, where a place past either end is no case. The
 * last start, which sizes the copy an article's names grow (held-tables.ts), must be the patterns'
 * length.
 */
export function unpackTables(packed: PackedTables, patternStart: Int32Array): MatcherTables | null {
  const { size, slots } = packed;
  // A power of two, as the slots' hash needs, with room for every node twice over.
  if (!Number.isInteger(slots) || slots < 16 || (slots & (slots - 1)) !== 0 || slots < size * 2) return null;
  const edges = placedEdges(base64ToBytes(packed.edges), slots, size);
  if (!edges) return null;
  const { edgeFrom, edgeChar, edgeTo } = edges;
  const output = int32sOf(packed.output);
  const patterns = base64ToBytes(packed.patterns);
  const aliasCount = patternStart.length - 1;
  if (aliasCount < 0 || patternStart[0] !== 0 || patternStart[aliasCount] !== patterns.length) return null;
  if (output?.length !== size || !outputsWithin(output, aliasCount)) return null;
  for (const [, list] of packed.sharedOutputs) if (!list.every((alias) => indexBelow(alias, aliasCount))) return null;
  const rootNext = new Int32Array(65536);
  const { root } = packed;
  for (let i = 0; i < root.length; i += 2) {
    const child = root[i + 1] as number;
    if (child < 1 || child > size) return null;
    rootNext[root[i] as number] = child;
  }
  const forkAt = new Uint8Array(size);
  const forks = new Map<number, number[]>();
  const { endingSets } = packed;
  for (let i = 0; i < packed.forks.length; i += 3) {
    const node = packed.forks[i] as number;
    const set = packed.forks[i + 1] as number;
    const after = packed.forks[i + 2] as number;
    if (!(indexBelow(node, size) && indexBelow(after, size) && indexBelow(set, endingSets.length))) return null;
    forkAt[node] = 1;
    const list = forks.get(node);
    if (list) list.push(set, after);
    else forks.set(node, [set, after]);
  }
  const bits = Math.log2(slots);
  return {
    size,
    rootNext,
    edgeFrom,
    edgeChar,
    edgeTo,
    hashShift: 32 - bits,
    hashMask: slots - 1,
    output,
    sharedOutputs: new Map(packed.sharedOutputs.map(([node, list]) => [node, [...list]])),
    patterns,
    patternStart,
    longest: packed.longest,
    candidates: null,
    forkAt,
    forks,
    endingSets: endingSets.map((set) => set.split(' ')),
  };
}

/** The packed tables each snapshot read from them stands for (`unpackedSnapshot`). */
const packedOf = new WeakMap<MatcherSnapshot, { packed: PackedTables; patternStart: Int32Array }>();

/**
 * A snapshot standing for `packed`: its key, alias count (`patternStart`), candidate pattern and
 * the few small lists as stored; its node list, outputs and case patterns made from the tables
 * the first time they are read (only a slower path reads them: `readSnapshot` of a catalog the
 * tables do not fit). Null when `packed` is no tables at all (its alias starts unreadable).
 */
export function unpackedSnapshot(packed: PackedTables): MatcherSnapshot | null {
  let patternStart: Int32Array | null;
  try {
    patternStart = int32sOf(packed.patternStart);
  } catch {
    return null;
  }
  if (!patternStart || patternStart.length === 0) return null;
  let made: MatcherSnapshot | undefined;
  const full = (): MatcherSnapshot => {
    if (!made) {
      const tables = storedTablesOf(packed, patternStart as Int32Array);
      made = tables
        ? snapshotFromTables(packed.key, (patternStart as Int32Array).length - 1, tables)
        : // Unreadable: a snapshot `readSnapshot` reads as none (node 1 its own parent).
          { ...unreadable, key: packed.key };
    }
    return made;
  };
  const snapshot: MatcherSnapshot = {
    key: packed.key,
    patternStart,
    longest: packed.longest,
    candidates: packed.candidates,
    sharedOutputs: packed.sharedOutputs,
    forks: packed.forks,
    endingSets: packed.endingSets,
    get nodes() {
      return full().nodes;
    },
    get branches() {
      return full().branches;
    },
    get outputs() {
      return full().outputs;
    },
    get patterns() {
      return full().patterns;
    },
  };
  packedOf.set(snapshot, { packed, patternStart });
  return snapshot;
}

const unreadable: Omit<MatcherSnapshot, 'key'> = {
  nodes: 'a',
  branches: [1, 1],
  outputs: [],
  sharedOutputs: [],
  patterns: '',
  patternStart: [0],
  longest: 0,
  candidates: null,
  forks: [],
  endingSets: [],
};

function storedTablesOf(packed: PackedTables, patternStart: Int32Array): MatcherTables | null {
  try {
    const tables = unpackTables(packed, patternStart);
    const c = packed.candidates;
    if (tables) tables.candidates = c && candidatesFrom(new RegExp(...c.test), new RegExp(...c.starts), c.everyStart);
    return tables;
  } catch {
    // Not base64, an unreadable pattern: damaged in storage.
    return null;
  }
}

/**
 * The tables of a snapshot read from packed tables, without relinking (null: damaged), or
 * undefined for any other snapshot (read with `readSnapshot`). Fresh tables each call.
 */
export function storedTables(snapshot: MatcherSnapshot): MatcherTables | null | undefined {
  const stored = packedOf.get(snapshot);
  return stored && storedTablesOf(stored.packed, stored.patternStart);
}
