import { describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { extensionOf, startsWithHeld, tablesWithRoom } from '../../../lib/matching/held-tables';
import { findMentions, Matcher } from '../../../lib/matching/matcher';
import { aliasesKey, type MatcherTables, sizeOf } from '../../../lib/matching/matcher-tables';
import { int32sOf, packTables, unpackTables } from '../../../lib/matching/packed-tables';
import { grownTables } from '../../../lib/matching/stored-tables';
import { buildMatcher, buildTables, candidateSources, snapshotOf } from '../../../lib/matching/table-builder';
import type { AliasEntry } from '../../../lib/story/story-model';
import { buildCatalog } from '../../../lib/story/story-model';
import { comparableTables } from '../../helpers/comparable-tables';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';
import { ARTICLE_ALIASES, storedSnapshot } from '../../helpers/held-tables-fixture';

const seedAliases = buildCatalog(bundledStories).aliases;
const [first] = TEST_ALIASES as [AliasEntry];
const added = ARTICLE_ALIASES;

/** `held` grown by `more` as the page grows it, with the pattern the background sends. */
function grown(head: readonly AliasEntry[], held = buildTables(head), more = added) {
  const all = [...head, ...more];
  const tables = grownTables(held, all, head.length);
  tables.candidates = buildTables(all).candidates;
  return { all, tables };
}

describe('the extension of tables the page holds', () => {
  it('names the held tables and the aliases after theirs, with the whole list’s candidate pattern', () => {
    const all = [...seedAliases, ...added];
    const base = storedSnapshot(seedAliases);
    const candidates = candidateSources(buildTables(all).candidates);
    expect(extensionOf(all, base, candidates)).toEqual({ base: base.key, added: aliasesKey(added), candidates });
  });

  it('is not made for a list that does not start with the held tables’ aliases', () => {
    const base = storedSnapshot(seedAliases);
    expect(extensionOf([...seedAliases.slice(1), ...added], base, null)).toBeNull();
    expect(extensionOf(seedAliases.slice(0, 10), base, null)).toBeNull();
    const respelled = seedAliases.map((alias, i) => (i === 3 ? { ...alias, text: `${alias.text}s` } : alias));
    expect(extensionOf([...respelled, ...added], base, null)).toBeNull();
  });
});

describe('a page’s catalog starting with the aliases its held tables were made for', () => {
  it('is known by its entries, the same ones or ones merged anew with the same text, case, gating and declension', () => {
    const head = [...TEST_ALIASES, added[2] as AliasEntry];
    expect(startsWithHeld([...head, ...added], head)).toBe(true);
    // An entity the article shares: its entries made again, with another story rule.
    const ruled = head.map((alias) => ({
      ...alias,
      generic: true,
      inArticle: true,
      inflection: alias.inflection && { ...alias.inflection },
    }));
    expect(startsWithHeld([...ruled, ...added], head)).toBe(true);
  });

  it('is not one whose entries put other things into the tables, or that is shorter', () => {
    const head = [...TEST_ALIASES, added[2] as AliasEntry];
    const changed = (i: number, change: Partial<AliasEntry>) =>
      startsWithHeld(
        head.map((alias, j) => (j === i ? { ...alias, ...change } : alias)),
        head,
      );
    expect(changed(1, { text: 'Zelenski' })).toBe(false);
    expect(changed(1, { case: 'exact' })).toBe(false);
    expect(changed(1, { requiresContext: true })).toBe(false);
    expect(changed(head.length - 1, { inflection: { lang: 'ru', person: true } })).toBe(false);
    expect(changed(1, { inflection: { lang: 'uk', person: true } })).toBe(false);
    expect(startsWithHeld(head.slice(0, -1), head)).toBe(false);
  });
});

describe('held tables with room for more aliases', () => {
  it('grow into the tables a build of every alias makes, whether the edge table keeps its size or not', () => {
    const kept: boolean[] = [];
    // A head whose edge table, as stored, has no room for the article's nodes.
    const room = (head: readonly AliasEntry[]) => {
      const { size } = buildTables(head);
      let slots = 16;
      while (slots < size * 2) slots *= 2;
      return slots - (size + sizeOf(added).totalChars) * 2;
    };
    const full = seedAliases.slice(
      0,
      seedAliases.findIndex((_, n) => n > 0 && room(seedAliases.slice(0, n)) < 0),
    );
    for (const head of [seedAliases, TEST_ALIASES, full]) {
      const tight = buildTables(head);
      // Held with room to spare, as tables read ahead may be: the edge table keeps its slots.
      const roomy = tablesWithRoom(tight, head.length, 4 * sizeOf(head).totalChars);
      // As stored (packed-tables.ts): an edge table sized for the held nodes alone.
      const stored = packTables(aliasesKey(head), head.length, tight);
      const packed = {
        ...(unpackTables(stored, int32sOf(stored.patternStart) as Int32Array) as MatcherTables),
        candidates: tight.candidates,
      };
      for (const held of [tight, roomy, packed]) {
        const { all, tables } = grown(head, held);
        kept.push(tables.edgeFrom.length === held.edgeFrom.length);
        if (held === roomy) expect(tables.edgeFrom.length).toBe(held.edgeFrom.length);
        // Stored tables keep their slots whenever their nodes and the article's fit them at most half full.
        if (held === packed) expect(tables.edgeFrom.length === held.edgeFrom.length).toBe(room(head) >= 0);
        // Node for node the same trie, outputs, cases, forks and pattern (the slots may differ).
        expect(snapshotOf(all, tables)).toEqual(snapshotOf(all, buildTables(all)));
        const text = 'Zelensky met Hakan Fidan; Ковальчука and Fidan left.';
        expect(findMentions(new Matcher(all, tables), text)).toEqual(findMentions(buildMatcher(all), text));
        // The article's three, and Zelensky where the head names him.
        expect(findMentions(new Matcher(all, tables), text).length).toBeGreaterThanOrEqual(3);
      }
    }
    // Both ways were taken: slots copied, and edges put into a larger table.
    expect(new Set(kept)).toEqual(new Set([true, false]));
  });

  it('leave the held tables as they were, for the catalog without the article', () => {
    // Names the article shares with the head: a spelling two entities have, and a declined one.
    const georgia = (entityId: string): AliasEntry => ({ ...first, entityId, text: 'Georgia' });
    const kovalchuk = (entityId: string): AliasEntry => ({ ...(added[2] as AliasEntry), entityId });
    const head = [...seedAliases, georgia('georgia-country'), georgia('georgia-state'), kovalchuk('k1')];
    const held = buildTables(head);
    expect(held.sharedOutputs.size).toBeGreaterThan(0);
    const before = comparableTables(held);
    const { all, tables } = grown(head, held, [georgia('georgia-gated'), kovalchuk('k2'), ...added]);
    expect(snapshotOf(all, tables)).toEqual(snapshotOf(all, buildTables(all)));
    expect(comparableTables(held)).toEqual(before);
  });
});
