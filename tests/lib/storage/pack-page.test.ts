import { describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { snapshotFits, tablesFromSnapshot } from '../../../lib/matching/matcher-tables';
import { storedTables } from '../../../lib/matching/packed-tables';
import { buildTables, snapshotOf } from '../../../lib/matching/table-builder';
import { bundledKey, makePackPagePart, pagePartCurrent, readPackPagePart } from '../../../lib/storage/pack-page';
import { activeStories } from '../../../lib/story/active-stories';
import { catalogFromTable } from '../../../lib/story/catalog-table';
import { buildCatalog, outlineOf } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';
import { comparableTables } from '../../helpers/comparable-tables';
import { olderPagePart, snapshotJson } from '../../helpers/older-page-part';
import { pagePartText, parsePagePart } from '../../helpers/page-part-text';
import { plainCatalog } from '../../helpers/plain-catalog';

const bundledOutlines = () => bundledStories.map(outlineOf);

describe('a pack’s page part', () => {
  it('holds the pack’s outline, without its facts, quotes or sources', () => {
    const part = readPackPagePart(makePackPagePart(cardTestStory, bundledOutlines()), cardTestStory.id);
    expect(part?.outline).toEqual(outlineOf(cardTestStory));
    expect(part?.outline).not.toHaveProperty('article');
  });

  it('holds the tables of the page’s catalog with the pack on, which read back as a build makes them', () => {
    const outlines = bundledOutlines();
    const part = readPackPagePart(makePackPagePart(cardTestStory, outlines), cardTestStory.id);
    if (!part) throw new Error('no part');
    // The catalog a page makes: the bundled stories, then the pack (activeStories' order).
    const { aliases } = buildCatalog(activeStories(outlines, [part.outline], []));
    expect(snapshotFits(aliases, part.matcher)).toBe(true);
    // Read as stored (packed-tables.ts), the trie node for node a build's, in an edge table of its own size.
    const stored = storedTables(part.matcher);
    if (!stored) throw new Error('no stored tables');
    const built = buildTables(aliases);
    expect(snapshotOf(aliases, stored)).toEqual(snapshotOf(aliases, built));
    // Read as a snapshot, slot for slot.
    expect(comparableTables(tablesFromSnapshot(aliases, part.matcher))).toEqual(comparableTables(built));
  });

  it('names the bundled stories it was made with, so that an update’s other stories show', () => {
    const outlines = bundledOutlines();
    const part = readPackPagePart(makePackPagePart(cardTestStory, outlines), cardTestStory.id);
    expect(part?.bundled).toBe(bundledKey(outlines));
    expect(bundledKey(outlines.slice(1))).not.toBe(bundledKey(outlines));
  });

  it('is stored as one string', () => {
    expect(typeof makePackPagePart(cardTestStory, [])).toBe('string');
    // Its entities after a newline, as their own JSON: not escaped as a string inside the part.
    const made = makePackPagePart(cardTestStory, []);
    expect(made.slice(made.indexOf('\n') + 1)).toBe(JSON.stringify(outlineOf(cardTestStory).entities));
  });

  it('is not read when it is missing, not JSON, another pack’s or damaged', () => {
    const good = parsePagePart(makePackPagePart(cardTestStory, []));
    const id = cardTestStory.id;
    const damaged = (change: Record<string, unknown>) => pagePartText({ ...good, ...change });
    expect(readPackPagePart(pagePartText(good), id)).not.toBeNull();
    expect(readPackPagePart(undefined, id)).toBeNull();
    expect(readPackPagePart(good, id)).toBeNull();
    expect(readPackPagePart('{"outline": ', id)).toBeNull();
    expect(readPackPagePart(pagePartText(good), 'another-pack')).toBeNull();
    expect(readPackPagePart(damaged({ bundled: 7 }), id)).toBeNull();
    const table = good.catalog as Record<string, unknown>;
    for (const change of [
      { story: null },
      { story: { ...(good.story as object), title: 3 } },
      { catalog: undefined },
      { catalog: { ...table, ids: ['x'] } },
      { catalog: { ...table, texts: [1] } },
      { catalog: { ...table, keys: ['8'] } },
      { catalog: { ...table, more: [[0, 'x', 0]] } },
      { catalog: { ...table, more: [[0, [], 'uk']] } },
    ]) {
      expect(readPackPagePart(damaged(change), id), JSON.stringify(change)).toBeNull();
    }
    expect(readPackPagePart(damaged({ tables: { ...(good.tables as object), patternStart: 7 } }), id)).toBeNull();
    expect(
      readPackPagePart(damaged({ tables: { ...(good.tables as object), candidates: { test: 1 } } }), id),
    ).toBeNull();
    expect(readPackPagePart(damaged({ tables: null }), id)).toBeNull();
    // A part of the version before, its tables a snapshot: made again by the refresh, read by no page.
    const { tables, ...rest } = good;
    expect(readPackPagePart(damaged({ ...rest, tables: undefined, matcher: snapshotJson(tables) }), id)).toBeNull();
  });

  it('is not read when any of its tables has the wrong shape, so that the page builds its own', () => {
    // A part stored whole with its snapshot (an earlier version's, or a story naming an entity twice).
    const good = JSON.parse(olderPagePart(makePackPagePart(cardTestStory, []))) as { matcher: Record<string, unknown> };
    const id = cardTestStory.id;
    const source: [string, string] = ['a', 'u'];
    const candidates = { test: source, starts: source, everyStart: source };
    const withMatcher = (change: Record<string, unknown>) =>
      JSON.stringify({ ...good, matcher: { ...good.matcher, ...change } });
    const damage: Record<string, unknown>[] = [
      { key: 1 },
      { nodes: [] },
      { patterns: 0 },
      { longest: '17' },
      { branches: 'x' },
      { branches: [1, '2'] },
      { outputs: {} },
      { outputs: ['0'] },
      { patternStart: [null] },
      { forks: 'x' },
      { forks: [1, 'x'] },
      { sharedOutputs: 'x' },
      { sharedOutputs: [5] },
      { sharedOutputs: [['1', [2]]] },
      { sharedOutputs: [[1, ['2']]] },
      { endingSets: ' a' },
      { endingSets: [' a', 1] },
      { candidates: 'x' },
      { candidates: [source, source, source] },
      { candidates: { ...candidates, test: ['a'] } },
      { candidates: { ...candidates, test: 'a' } },
      { candidates: { ...candidates, starts: [1, 'u'] } },
      { candidates: { ...candidates, starts: ['a', 1] } },
      { candidates: { ...candidates, everyStart: ['a', 'u', 'y'] } },
      { candidates: { test: source, starts: source } },
    ];
    for (const change of damage) expect(readPackPagePart(withMatcher(change), id), JSON.stringify(change)).toBeNull();
    // What a table may hold is still read: no candidate pattern, shared outputs, any sources.
    expect(readPackPagePart(withMatcher({ candidates: null }), id)).not.toBeNull();
    expect(readPackPagePart(withMatcher({ candidates }), id)).not.toBeNull();
    expect(readPackPagePart(withMatcher({ sharedOutputs: [[1, [2, 3]]], endingSets: [' a'] }), id)).not.toBeNull();
  });

  it('is not read when its packed tables have the wrong shape, so that the page reads the pack whole', () => {
    const good = parsePagePart(makePackPagePart(cardTestStory, [])) as { tables: Record<string, unknown> };
    const id = cardTestStory.id;
    const withTables = (change: Record<string, unknown>) =>
      pagePartText({ ...good, tables: { ...good.tables, ...change } });
    expect(readPackPagePart(withTables({}), id)).not.toBeNull();
    const damage: Record<string, unknown>[] = [
      { key: 1 },
      { size: '9' },
      { edges: [] },
      { output: 0 },
      { patterns: 0 },
      { patternStart: [0] },
      { patternStart: '' },
      { patternStart: '!!' },
      { patternStart: 'AAA=' },
      { longest: '17' },
      { root: 'x' },
      { root: [1, '2'] },
      { forks: [1, 'x'] },
      { sharedOutputs: [['1', [2]]] },
      { endingSets: [' a', 1] },
      { candidates: 'x' },
    ];
    for (const change of damage) expect(readPackPagePart(withTables(change), id), JSON.stringify(change)).toBeNull();
  });

  it('is not read when its outline, stored whole by an earlier version, is not a story’s', () => {
    const good = JSON.parse(olderPagePart(makePackPagePart(cardTestStory, []))) as { outline: Record<string, unknown> };
    const id = cardTestStory.id;
    const [entity] = good.outline.entities as Record<string, unknown>[];
    const withOutline = (outline: unknown) => JSON.stringify({ ...good, outline });
    const withEntity = (change: Record<string, unknown> | null) =>
      withOutline({ ...good.outline, entities: [change === null ? null : { ...entity, ...change }] });
    const damaged = [
      withOutline(null),
      withOutline([good.outline]),
      withOutline({ ...good.outline, title: 3 }),
      withOutline({ ...good.outline, entities: {} }),
      withEntity(null),
      withEntity({ id: 7 }),
      withEntity({ name: null }),
      withEntity({ type: 1 }),
      withEntity({ aliases: 'Putin' }),
      withEntity({ aliases: [null] }),
      withEntity({ aliases: [{ text: 5 }] }),
      JSON.stringify([good]),
      'null',
    ];
    for (const text of damaged) expect(readPackPagePart(text, id), text.slice(0, 80)).toBeNull();
    expect(readPackPagePart(withEntity({}), id)).not.toBeNull();
  });

  it('holds the pack’s catalog as a table, which reads back as the catalog built from its outline', () => {
    const part = readPackPagePart(makePackPagePart(cardTestStory, []), cardTestStory.id);
    if (!part?.catalog) throw new Error('no table');
    const read = catalogFromTable(part.outline, part.catalog);
    expect(read && plainCatalog(read)).toEqual(buildCatalog([outlineOf(cardTestStory)]));
  });

  it('made by an earlier version (no table) is read as it was, and is not current, so that it is made again', () => {
    const outlines = bundledOutlines();
    const made = makePackPagePart(cardTestStory, outlines);
    const older = readPackPagePart(olderPagePart(made), cardTestStory.id);
    expect(older?.outline).toEqual(outlineOf(cardTestStory));
    expect(older?.catalog).toBeUndefined();
    expect(pagePartCurrent(older, bundledKey(outlines))).toBe(false);
    expect(pagePartCurrent(readPackPagePart(made, cardTestStory.id), bundledKey(outlines))).toBe(true);
    expect(pagePartCurrent(readPackPagePart(made, cardTestStory.id), bundledKey(outlines.slice(1)))).toBe(false);
    expect(pagePartCurrent(null, bundledKey(outlines))).toBe(false);
  });

  it('whose entities are damaged reads them as none and is not current, so that it is made again', () => {
    const good = parsePagePart(makePackPagePart(cardTestStory, []));
    const entities = JSON.parse(good.entities as string) as Record<string, unknown>[];
    for (const damaged of ['[{"id": ', JSON.stringify([{ ...entities[0], aliases: 'x' }, ...entities.slice(1)])]) {
      const part = readPackPagePart(pagePartText({ ...good, entities: damaged }), cardTestStory.id);
      expect(part?.outline.entities).toEqual([]);
      expect(pagePartCurrent(part, good.bundled as string)).toBe(false);
    }
  });
});
