import { describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { extensionOf } from '../../../lib/matching/held-tables';
import type { MatcherSnapshot } from '../../../lib/matching/matcher-tables';
import { heldKey, holdTables, readTablesAhead, sentCandidates, tablesFor } from '../../../lib/matching/stored-tables';
import { buildTables, candidateSources, snapshotOf } from '../../../lib/matching/table-builder';
import type { AliasEntry } from '../../../lib/story/story-model';
import { buildCatalog } from '../../../lib/story/story-model';
import { comparableTables } from '../../helpers/comparable-tables';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';
import { ARTICLE_ALIASES, storedSnapshot } from '../../helpers/held-tables-fixture';

// A page's stored tables as stored-tables.ts serves them (the page's side is page-catalog.ts').

const seedAliases = buildCatalog(bundledStories).aliases;
const [first] = TEST_ALIASES as [AliasEntry];
const added = ARTICLE_ALIASES;
/** Node for node the trie, outputs, cases, forks and pattern a build makes (slots may differ). */
const same = (actual: ReturnType<typeof tablesFor>, aliases: readonly AliasEntry[]) =>
  expect(snapshotOf(aliases, actual)).toEqual(snapshotOf(aliases, buildTables(aliases)));

describe('stored tables a page reads ahead', () => {
  it('are named to the background only once read ahead and held for the catalog they were made for', () => {
    const snapshot = storedSnapshot(seedAliases);
    holdTables(seedAliases, snapshot);
    expect(heldKey([snapshot])).toBeUndefined();
    const other = storedSnapshot(seedAliases);
    readTablesAhead(other);
    expect(heldKey([other])).toBeUndefined();
    holdTables(seedAliases, other);
    expect(heldKey([snapshot, other])).toBe(other.key);
  });

  it('are handed, as read ahead, to the catalog they fit', () => {
    const snapshot = storedSnapshot(seedAliases);
    readTablesAhead(snapshot);
    const read = tablesFor(seedAliases, [snapshot]);
    expect(tablesFor(seedAliases, [snapshot])).toBe(read);
    same(read, seedAliases);
  });

  it('that storage damaged are held by nobody, and the catalog gets built tables', () => {
    // An unreadable candidate pattern, as a damaged store might hand back.
    const unreadable: [string, string] = ['(', ''];
    const candidates = { test: unreadable, starts: unreadable, everyStart: unreadable };
    const damaged: MatcherSnapshot = { ...storedSnapshot(seedAliases), candidates };
    readTablesAhead(damaged);
    holdTables(seedAliases, damaged);
    expect(heldKey([damaged])).toBeUndefined();
    same(tablesFor(seedAliases, [damaged]), seedAliases);
  });
});

describe('held tables grown by an article’s names', () => {
  const all = [...seedAliases, ...added];
  const held = () => {
    const snapshot = storedSnapshot(seedAliases);
    readTablesAhead(snapshot);
    holdTables(seedAliases, snapshot);
    return snapshot;
  };
  // Another list's pattern, to tell the tables grown with the one sent from tables built.
  const sent = candidateSources(buildTables([first]).candidates);
  const extensionFor = (snapshot: MatcherSnapshot) =>
    extensionOf(all, snapshot, sent) as NonNullable<ReturnType<typeof extensionOf>>;

  it('are the tables a build of every alias makes, with the pattern sent, the held ones left as they were', () => {
    const snapshot = held();
    const before = comparableTables(tablesFor(seedAliases, [snapshot]));
    const grown = tablesFor(all, [snapshot], extensionFor(snapshot));
    expect(grown.candidates?.test.source).toBe(sent?.test[0]);
    const withoutPattern = (tables: ReturnType<typeof tablesFor>) => ({ ...snapshotOf(all, tables), candidates: null });
    expect(withoutPattern(grown)).toEqual(withoutPattern(buildTables(all)));
    expect(comparableTables(tablesFor(seedAliases, [snapshot]))).toEqual(before);
  });

  it('are built as before when the page holds none, or the extension names other tables or other names', () => {
    const notHeld = storedSnapshot(seedAliases);
    readTablesAhead(notHeld);
    same(tablesFor(all, [notHeld], extensionFor(notHeld)), all);
    const snapshot = held();
    // The article's names are not those the background grew them by: its pattern is not theirs.
    const fewer = [...seedAliases, added[0] as AliasEntry];
    same(tablesFor(fewer, [snapshot], extensionFor(snapshot)), fewer);
    same(tablesFor(all, [snapshot], { ...extensionFor(snapshot), base: 'x' }), all);
  });
});

describe('the candidate pattern sent with grown tables', () => {
  const held = buildTables(seedAliases).candidates;
  const sources = candidateSources(held);

  it('is the held tables’ own, already compiled, when the background sent the same', () => {
    expect(sentCandidates(held, JSON.parse(JSON.stringify(sources)))).toBe(held);
  });

  it('is made from what was sent when the article adds first letters, or the page held none', () => {
    const withArticle = candidateSources(buildTables([...seedAliases, ...added]).candidates);
    const made = sentCandidates(held, withArticle);
    expect(made).not.toBe(held);
    expect(made?.test.source).toBe(withArticle?.test[0]);
    expect(made?.starts.source).toBe(withArticle?.starts[0]);
    const other = sources && { ...sources, starts: [sources.starts[0], 'y'] as const };
    expect(sentCandidates(held, other)?.starts.flags).toBe('y');
    expect(sentCandidates(null, sources)?.test.source).toBe(sources?.test[0]);
    expect(sentCandidates(held, null)).toBeNull();
  });
});
