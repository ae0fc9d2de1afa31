import { afterEach, describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
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
    const slots = base64ToBytes(stored.edges).length / 10;
    expect(slots).toBeGreaterThanOrEqual(stored.size * 2);
    expect(slots).toBeLessThan(stored.size * 4);
    expect(slots).toBeLessThan(buildTables(bigAliases).edgeFrom.length);
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

  it('are not read when they cannot be a build’s', () => {
    const good = packed(bundledAliases);
    const edges = base64ToBytes(good.edges);
    const slots = edges.length / 10;
    const withEdges = (change: (from: Int32Array, to: Int32Array) => void): PackedTables => {
      const bytes = edges.slice();
      change(new Int32Array(bytes.buffer, 0, slots), new Int32Array(bytes.buffer, slots * 4, slots));
      return { ...good, edges: Buffer.from(bytes).toString('base64') };
    };
    const int32s = (values: number[]) => Buffer.from(new Int32Array(values).buffer).toString('base64');
    const damaged: PackedTables[] = [
      // More than half full: a walk's probe might never find an empty slot.
      withEdges((from) => from.fill(1, 0, slots / 2 + 1)),
      withEdges((from) => from.fill(good.size + 1, 0, 1)),
      withEdges((_, to) => to.fill(good.size, 0, 1)),
      { ...good, edges: good.edges.slice(0, 40) },
      { ...good, size: good.size * 4 },
      { ...good, output: int32s([good.size]) },
      { ...good, output: int32s(new Array(good.size).fill(1e6)) },
      { ...good, patterns: Buffer.from([0, 1, 3]).toString('base64') },
      { ...good, patternStart: int32s([0, 1e9]) },
      { ...good, root: [65, good.size + 1] },
      { ...good, forks: [good.size, 0, 1] },
      { ...good, forks: [1, good.endingSets.length, 1] },
    ];
    expect(unpacked(good)).not.toBeNull();
    for (const stored of damaged) {
      const patternStart = int32sOf(stored.patternStart) as Int32Array;
      expect(unpackTables(stored, patternStart), JSON.stringify(stored).slice(0, 80)).toBeNull();
    }
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
