import { afterEach, describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { rehashedEdges } from '../../../lib/matching/held-tables';
import { findMentions, Matcher } from '../../../lib/matching/matcher';
import {
  aliasesKey,
  type MatcherSnapshot,
  type MatcherTables,
  tablesFromSnapshot,
} from '../../../lib/matching/matcher-tables';
import {
  base64ToBytes,
  int32sOf,
  type PackedTables,
  packTables,
  storedTables,
  unpackedSnapshot,
  unpackTables,
} from '../../../lib/matching/packed-tables';
import { readTablesAhead, tablesFor } from '../../../lib/matching/stored-tables';
import { buildTables, snapshotFromTables, snapshotOf } from '../../../lib/matching/table-builder';
import type { AliasEntry } from '../../../lib/story/story-model';
import { buildCatalog } from '../../../lib/story/story-model';
import { bigPack, bigPackNames } from '../../helpers/big-pack';
import { ARTICLE_ALIASES, storedSnapshot } from '../../helpers/held-tables-fixture';

const bundledAliases = buildCatalog(bundledStories).aliases;
const big = bigPack(2000) as unknown as Parameters<typeof buildCatalog>[0][number];
const bigAliases = buildCatalog([...bundledStories, big]).aliases;

/** Packed as a part stores them: through JSON. */
const packed = (aliases: readonly AliasEntry[]): PackedTables =>
  JSON.parse(JSON.stringify(packTables(aliasesKey(aliases), aliases.length, buildTables(aliases))));

const unpacked = (stored: PackedTables) => unpackTables(stored, int32sOf(stored.patternStart) as Int32Array);

/** Node for node the trie, outputs, cases and forks a build makes (the slots differ: a smaller table). */
const sameAsBuild = (tables: MatcherTables | null, aliases: readonly AliasEntry[]) => {
  expect(tables).not.toBeNull();
  const { candidates: _read, ...read } = snapshotFromTables('k', aliases.length, tables as MatcherTables);
  const { candidates: _built, ...built } = snapshotFromTables('k', aliases.length, buildTables(aliases));
  expect(read).toEqual(built);
};

const int32s = (values: number[]) => Buffer.from(new Int32Array(values).buffer).toString('base64');

/** Used slots as stored: slot, parent plus one, child, character (16 bits each). */
const edgesOf = (columns: number[][]) => {
  const n = columns[0]?.length ?? 0;
  const values = new Uint16Array(n * 4);
  columns.forEach((column, k) => {
    values.set(column, k * n);
  });
  return Buffer.from(values.buffer).toString('base64');
};

/** `good` with its used slots changed (a table of 16-bit columns). */
const withEdges = (good: PackedTables, change: (at: number[], from: number[], to: number[]) => void): PackedTables => {
  const stored = new Uint16Array(base64ToBytes(good.edges).buffer);
  const n = stored.length / 4;
  const columns = [0, 1, 2, 3].map((k) => [...stored.subarray(k * n, (k + 1) * n)]);
  change(columns[0] as number[], columns[1] as number[], columns[2] as number[]);
  return { ...good, edges: edgesOf(columns) };
};

describe('matcher tables stored as themselves', () => {
  afterEach(() => {
    delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
  });

  it('read back the trie, outputs, case patterns and forks a build makes', () => {
    // The bundled stories decline Ukrainian and Russian names; the big pack has thousands of names.
    for (const aliases of [bundledAliases, bigAliases, [...bundledAliases, ...ARTICLE_ALIASES]]) {
      sameAsBuild(unpacked(packed(aliases)), aliases);
    }
  });

  it('find what a build finds', () => {
    const names = bigPackNames(2000);
    const text = `${names[7]?.name} met ${names[1999]?.surname} and Zelensky in Kyiv; Зеленського.`;
    const built = findMentions(new Matcher(bigAliases, buildTables(bigAliases)), text);
    const read = storedTables(unpackedSnapshot(packed(bigAliases)) as MatcherSnapshot) as MatcherTables;
    expect(findMentions(new Matcher(bigAliases, read), text)).toEqual(built);
    expect(built.length).toBeGreaterThan(2);
  });

  it('store an edge table sized for their nodes, not for every alias character', () => {
    const stored = packed(bigAliases);
    expect(stored.slots).toBeGreaterThanOrEqual(stored.size * 2);
    expect(stored.slots).toBeLessThan(stored.size * 4);
    expect(stored.slots).toBeLessThan(buildTables(bigAliases).edgeFrom.length);
  });

  it('store only the edge table’s used slots, four 16-bit values each while every slot fits in them', () => {
    const stored = packed(bigAliases);
    const edges = rehashedEdges(buildTables(bigAliases), stored.size);
    const used = edges.edgeFrom.filter((from) => from !== 0).length;
    expect(stored.slots).toBeLessThanOrEqual(0x10000);
    expect(base64ToBytes(stored.edges)).toHaveLength(used * 8);
  });

  it('store a larger trie’s slots, parents and children at 32 bits, read back as its build', () => {
    // Over 32,768 nodes: an edge table of more than 65,536 slots.
    const long = Array.from({ length: 400 }, (_, i) => ({
      ...(bundledAliases[0] as AliasEntry),
      text: `Q${i.toString(36).padStart(4, 'a')}${'bcdefghijklmnopqrstuvwxyz'.repeat(4)}`,
      inflection: undefined,
    })) as AliasEntry[];
    const stored = packed(long);
    expect(stored.slots).toBeGreaterThan(0x10000);
    const used = stored.size - 2;
    expect(base64ToBytes(stored.edges).length).toBeGreaterThanOrEqual(used * 14);
    sameAsBuild(unpacked(stored), long);
    const text = `${long[399]?.text} and ${long[0]?.text}`;
    const read = storedTables(unpackedSnapshot(stored) as MatcherSnapshot) as MatcherTables;
    expect(findMentions(new Matcher(long, read), text)).toEqual(
      findMentions(new Matcher(long, buildTables(long)), text),
    );
  });

  it('decode with the browser’s own base64 when it has one', () => {
    const stored = packed(bundledAliases);
    let calls = 0;
    (Uint8Array as unknown as { fromBase64: (text: string) => Uint8Array }).fromBase64 = (text) => {
      calls++;
      return new Uint8Array(Buffer.from(text, 'base64'));
    };
    sameAsBuild(unpacked(stored), bundledAliases);
    expect(calls).toBeGreaterThan(2);
  });

  it('are not read when a walk of them could fail or never end', () => {
    const good = packed(bundledAliases);
    const { slots } = good;
    // More than half full: a walk's probe might never find an empty slot.
    const crowded = Array.from({ length: slots / 2 + 1 }, (_, i) => i);
    const starts = [...(int32sOf(good.patternStart) as Int32Array)];
    const [shared] = good.sharedOutputs[0] as [number, number[]];
    const damaged: PackedTables[] = [
      { ...good, edges: edgesOf([crowded, crowded.map(() => 1), crowded.map(() => 0), crowded.map(() => 65)]) },
      withEdges(good, (_, __, to) => to.splice(0, 1, good.size)),
      { ...good, edges: good.edges.slice(0, 40) },
      { ...good, slots: slots - 1 },
      { ...good, slots: 8 },
      { ...good, size: good.size * 4 },
      { ...good, output: int32s([good.size]) },
      { ...good, output: int32s(new Array(good.size).fill(1e6)) },
      { ...good, output: int32s(new Array(good.size).fill(-1)) },
      { ...good, patterns: Buffer.from([0, 1, 2]).toString('base64') },
      { ...good, patternStart: int32s([0, 1e9]) },
      // The last start sizes the copy an article's names grow: it must be the patterns' length.
      { ...good, patternStart: int32s([...starts.slice(0, -1), (starts.at(-1) as number) + 1]) },
      { ...good, patternStart: int32s([1, ...starts.slice(1)]) },
      { ...good, root: [65, good.size + 1] },
      { ...good, forks: [good.size, 0, 1] },
      { ...good, forks: [1, good.endingSets.length, 1] },
      // A walk would go on from no node, or ask the case of no alias.
      { ...good, forks: [1, 0, -1] },
      { ...good, forks: [1, 0, 1.5] },
      { ...good, sharedOutputs: [[shared, [bundledAliases.length]]] },
      { ...good, sharedOutputs: [[shared, [-1]]] },
      { ...good, sharedOutputs: [[shared, ['0' as unknown as number]]] },
    ];
    expect(unpacked(good)).not.toBeNull();
    expect(unpacked(withEdges(good, () => {}))).not.toBeNull();
    for (const stored of damaged) {
      const patternStart = int32sOf(stored.patternStart) as Int32Array;
      expect(unpackTables(stored, patternStart), JSON.stringify(stored).slice(0, 80)).toBeNull();
    }
  });

  it('take as stored what no walk can fail on: case patterns, the alias starts before the last, edges from no node', () => {
    const names = bigPackNames(2000);
    const text = `${names[7]?.name} met ${names[1999]?.surname?.toUpperCase()} and Zelensky in Kyiv; Зеленського.`;
    const good = packed(bigAliases);
    const starts = int32sOf(good.patternStart) as Int32Array;
    const patterns = base64ToBytes(good.patterns);
    // Bytes that are no case; starts past either end of the patterns, or going back.
    const odd = patterns.map((_, i) => (i % 2 ? 7 : 255));
    const wild = starts.map((start, i) =>
      i === 0 || i === starts.length - 1 ? start : ([-9, 1e9, 3][i % 3] as number),
    );
    const b64 = (values: Uint8Array | Int32Array) => Buffer.from(values.buffer).toString('base64');
    const oddCases = { ...good, patterns: b64(odd), patternStart: b64(wild) };
    // A slot given twice or out of range, an edge from no node (0: an empty slot) or past the nodes.
    const oddEdges = [
      withEdges(good, (at) => at.splice(1, 1, at[0] as number)),
      withEdges(good, (at) => at.splice(0, 1, good.slots)),
      withEdges(good, (_, from) => from.splice(0, 1, good.size + 1)),
      withEdges(good, (_, from) => from.splice(0, 1, 0)),
    ];
    for (const stored of [oddCases, ...oddEdges]) {
      const read = unpacked(stored);
      expect(read, JSON.stringify(stored).slice(0, 80)).not.toBeNull();
      expect(() => findMentions(new Matcher(bigAliases, read as MatcherTables), text)).not.toThrow();
    }
    // Grown by an article's names from the last start, as a page grows the tables it holds.
    const snapshot = unpackedSnapshot(oddCases) as MatcherSnapshot;
    readTablesAhead(snapshot);
    const withArticle = [...bigAliases, ...ARTICLE_ALIASES];
    const grown = tablesFor(withArticle, [snapshot]);
    expect(findMentions(new Matcher(withArticle, grown), 'Hakan Fidan spoke.').map((m) => m.text)).toEqual([
      'Hakan Fidan',
    ]);
  });

  it('stand in a snapshot that reads back as the build’s, by either path', () => {
    const snapshot = unpackedSnapshot(packed(bundledAliases));
    if (!snapshot) throw new Error('not read');
    expect(snapshot.patternStart).toHaveLength(bundledAliases.length + 1);
    const tables = storedTables(snapshot);
    expect(tables?.candidates?.test.source).toBe(buildTables(bundledAliases).candidates?.test.source);
    // Fresh tables each time: a page's growing never changes the ones read ahead.
    expect(storedTables(snapshot)).not.toBe(tables);
    // Its node list and the rest, made when first read, are the build's snapshot's.
    const { nodes, branches, outputs, patterns } = snapshot;
    const built = snapshotOf(bundledAliases, buildTables(bundledAliases));
    expect({ nodes, branches, outputs, patterns }).toEqual({
      nodes: built.nodes,
      branches: built.branches,
      outputs: built.outputs,
      patterns: built.patterns,
    });
    sameAsBuild(tablesFromSnapshot(bundledAliases, snapshot), bundledAliases);
    expect(storedTables(storedSnapshot(bundledAliases))).toBeUndefined();
  });

  it('stand in a snapshot that reads as no tables when damaged', () => {
    const snapshot = unpackedSnapshot({ ...packed(bundledAliases), edges: 'AAAA' });
    if (!snapshot) throw new Error('not read');
    expect(storedTables(snapshot)).toBeNull();
    expect(tablesFromSnapshot(bundledAliases, snapshot)).toBeNull();
    expect(unpackedSnapshot({ ...packed(bundledAliases), patternStart: '@' })).toBeNull();
  });

  it('are read ahead, handed to the catalog they fit, and grown by an article’s names', () => {
    const snapshot = unpackedSnapshot(packed(bundledAliases));
    if (!snapshot) throw new Error('not read');
    readTablesAhead(snapshot);
    const read = tablesFor(bundledAliases, [snapshot]);
    expect(tablesFor(bundledAliases, [snapshot])).toBe(read);
    sameAsBuild(read, bundledAliases);
    const withArticle = [...bundledAliases, ...ARTICLE_ALIASES];
    const grown = tablesFor(withArticle, [snapshot]);
    sameAsBuild(grown, withArticle);
    expect(grown.candidates?.test.source).toBe(buildTables(withArticle).candidates?.test.source);
    // The tables read ahead are left as they were.
    sameAsBuild(tablesFor(bundledAliases, [snapshot]), bundledAliases);
  });
});
