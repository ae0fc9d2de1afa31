import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledStories } from '../../../data/stories';
import { findMentions, Matcher } from '../../../lib/matching/matcher';
import {
  aliasesKey,
  CASE_LOWER,
  CASE_NONE,
  CASE_UPPER,
  caseOf,
  type MatcherSnapshot,
  snapshotFits,
  tablesFromSnapshot,
} from '../../../lib/matching/matcher-tables';
import { tablesFor } from '../../../lib/matching/stored-tables';
import {
  buildMatcher,
  buildTables,
  extendTables,
  matcherSnapshot,
  readOrBuildTables,
} from '../../../lib/matching/table-builder';
import { MentionEngine } from '../../../lib/page/mention-engine';
import { loadCorrectionsFor } from '../../../lib/storage/corrections';
import { loadLiveState } from '../../../lib/storage/live-settings';
import { readEnabledPacks } from '../../../lib/storage/pack-reading';
import type { AliasEntry } from '../../../lib/story/story-model';
import { buildCatalog } from '../../../lib/story/story-model';
import { BUNDLED_MATCHER_MODULE, bundledMatcherPlugin, bundledMatcherSnapshot } from '../../../scripts/bundled-matcher';
import { comparableTables } from '../../helpers/comparable-tables';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

const seedAliases = buildCatalog(bundledStories).aliases;
/** As bundled: through JSON and back. */
const snapshotOf = (aliases: readonly AliasEntry[]): MatcherSnapshot =>
  JSON.parse(JSON.stringify(matcherSnapshot(buildMatcher(aliases))));
/** The tables are equal, typed arrays compared as bytes (see comparableTables). */
const expectSameTables = (actual: unknown, expected: unknown): void => {
  expect(comparableTables(actual)).toEqual(comparableTables(expected));
};
const articleText = (bundledStories[0]?.article.sentences ?? []).map((s) => s.text).join(' ');

describe('matcher tables made at build time', () => {
  it('read back into exactly the tables a build makes', () => {
    for (const aliases of [seedAliases, TEST_ALIASES]) {
      expectSameTables(tablesFromSnapshot(aliases, snapshotOf(aliases)), buildTables(aliases));
    }
  });

  it('match as a freshly built matcher does', () => {
    const built = buildMatcher(seedAliases);
    const read = buildMatcher(seedAliases, snapshotOf(seedAliases));
    expect(articleText.length).toBeGreaterThan(1000);
    expect(findMentions(read, articleText)).toEqual(findMentions(built, articleText));
    expect(findMentions(read, articleText).length).toBeGreaterThan(20);
    // An invisible character inside a name's first letters: the walk starts from `everyStart`,
    // which a read-back matcher makes only when such a text first needs it.
    const hidden = 'Ze\u00adlensky, Me\u00addinsky and the Kre\u200bmlin.';
    expect(findMentions(read, hidden).map((m) => m.entityId)).toEqual([
      'volodymyr-zelensky',
      'vladimir-medinsky',
      'kremlin',
    ]);
    expect(findMentions(read, hidden)).toEqual(findMentions(built, hidden));
  });

  it('serve only the aliases they were made from', () => {
    const snapshot = snapshotOf(TEST_ALIASES);
    const [first, second, ...rest] = TEST_ALIASES as [AliasEntry, AliasEntry, ...AliasEntry[]];
    const others: AliasEntry[][] = [
      [second, first, ...rest],
      [{ ...first, text: `${first.text}a` }, second, ...rest],
      [{ ...first, case: 'exact' }, second, ...rest],
      [{ ...first, requiresContext: true }, second, ...rest],
      [first, second, ...rest, { ...first, text: 'Erdogan' }],
      [second, ...rest],
    ];
    for (const aliases of others) {
      expect(aliasesKey(aliases)).not.toBe(snapshot.key);
      expect(tablesFromSnapshot(aliases, snapshot)).toBeNull();
    }
    // A catalog of another size (a pack's, asked of the bundled snapshot first) is told by its
    // count alone: none of its aliases is read, nor tables sized for them made.
    let read = 0;
    const counted = new Proxy([...TEST_ALIASES, ...TEST_ALIASES], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(tablesFromSnapshot(counted, snapshot)).toBeNull();
    expect(read).toBe(0);
    // Another catalog with that snapshot at hand is built as usual, and matches by its own aliases.
    const withErdogan = [...TEST_ALIASES, { ...first, entityId: 'erdogan', text: 'Erdogan' }];
    const matcher = buildMatcher(withErdogan, snapshot);
    expect(findMentions(matcher, 'Erdogan met Zelensky.').map((m) => m.entityId)).toEqual([
      'erdogan',
      'volodymyr-zelensky',
    ]);
    // Entity ids are the catalog's own: a snapshot holds alias positions, not entities.
    expect(aliasesKey([{ ...first, entityId: 'renamed' }, second, ...rest])).toBe(snapshot.key);
  });

  it('are read back when every alias character made a node, and refused with one node more', () => {
    const putin = TEST_ALIASES.filter((alias) => alias.text === 'Putin');
    const snapshot = snapshotOf(putin);
    expect(snapshot.nodes).toHaveLength('Putin'.length);
    expectSameTables(tablesFromSnapshot(putin, snapshot), buildTables(putin));
    expect(tablesFromSnapshot(putin, { ...snapshot, nodes: `${snapshot.nodes}a` })).toBeNull();
  });

  it('name a node’s parent only where it is not the node made just before it', () => {
    const [first] = TEST_ALIASES as [AliasEntry];
    const snapshot = snapshotOf([
      { ...first, text: 'Putin' },
      { ...first, text: 'Puma' },
    ]);
    // "Puma" leaves "Pu" (nodes 1, 2) at its "m" (node 6); every other node follows the one before.
    expect(snapshot.branches).toEqual([6, 2]);
    // Only the nodes where an alias ends: "Putin" (alias 0) at node 5, "Puma" (alias 1) at node 7.
    expect(snapshot.outputs).toEqual([5, 0, 7, 1]);
    // The node after a declined word's ending has no parent: only a fork leads to it.
    const declined = snapshotOf([{ ...first, text: 'Путін Ок', inflection: { lang: 'uk', person: true } }]);
    expect(declined.nodes).toContain('\u0000');
    for (let i = 0; i < declined.branches.length; i += 2) {
      expect(declined.nodes.charCodeAt((declined.branches[i] as number) - 1)).not.toBe(0);
    }
  });

  it('are refused when they hold more nodes than a build could make, so that no walk probes for ever', () => {
    const snapshot = snapshotOf(TEST_ALIASES);
    const characters = TEST_ALIASES.reduce((n, a) => n + a.text.length, 0);
    const tampered = { ...snapshot, nodes: snapshot.nodes + 'a'.repeat(characters) };
    expect(tablesFromSnapshot(TEST_ALIASES, tampered)).toBeNull();
    // A node whose parent comes after it is no build's either.
    const looped = { ...snapshot, branches: [1, 5, ...snapshot.branches] };
    expect(tablesFromSnapshot(TEST_ALIASES, looped)).toBeNull();
    // Nor is a node that is its own parent.
    const own = { ...snapshot, branches: [2, 2, ...snapshot.branches] };
    expect(tablesFromSnapshot(TEST_ALIASES, own)).toBeNull();
    expect(findMentions(buildMatcher(TEST_ALIASES, tampered), 'Zelensky met Putin.').map((m) => m.text)).toEqual([
      'Zelensky',
      'Putin',
    ]);
  });

  it('hold declined names as stems and forks, and find every case form when read back', () => {
    const read = buildMatcher(seedAliases, snapshotOf(seedAliases));
    const text = 'Зустріч Зеленського з Путіним у Стамбулі; встреча Владимира Мединского с Умеровым в Кремле.';
    expect(findMentions(read, text).map((m) => m.text)).toEqual([
      'Зеленського',
      'Путіним',
      'Стамбулі',
      'Владимира Мединского',
      'Умеровым',
      'Кремле',
    ]);
    expect(findMentions(read, text)).toEqual(findMentions(buildMatcher(seedAliases), text));
    const snapshot = snapshotOf(seedAliases);
    expect(snapshot.forks.length).toBeGreaterThan(0);
    // A fork to a node or an ending set the tables do not have is no build's.
    const [node = 0, set = 0] = snapshot.forks;
    for (const forks of [
      [snapshot.nodes.length + 1, set, 1],
      [node, set, snapshot.nodes.length + 1],
      [node, set, 1e9],
      [node, snapshot.endingSets.length, 1],
    ]) {
      expect(tablesFromSnapshot(seedAliases, { ...snapshot, forks })).toBeNull();
    }
  });

  it('serve only the declensions they were made from', () => {
    const declined: AliasEntry = {
      ...TEST_ALIASES[0],
      text: 'Зеленський',
      inflection: { lang: 'uk', person: true },
    } as AliasEntry;
    const snapshot = snapshotOf([declined]);
    for (const other of [
      { ...declined, inflection: { lang: 'ru', person: true } },
      { ...declined, inflection: { lang: 'uk', person: false } },
      { ...declined, inflection: { lang: 'uk', person: true, declension: 'none' } },
      { ...declined, inflection: { lang: 'uk', person: true, obliqueStem: 'Зелен' } },
      { ...declined, inflection: undefined },
    ] as AliasEntry[]) {
      expect(tablesFromSnapshot([other], snapshot)).toBeNull();
    }
    // Declared ones too: another paradigm, or another oblique stem, is another trie.
    const declared = {
      ...declined,
      inflection: { lang: 'uk', person: true, declension: 'noun', obliqueStem: 'Зеленськ' },
    };
    const declaredSnapshot = snapshotOf([declared as AliasEntry]);
    for (const inflection of [
      { lang: 'uk', person: true, declension: 'adjective', obliqueStem: 'Зеленськ' },
      { lang: 'uk', person: true, declension: 'noun', obliqueStem: 'Зелен' },
    ]) {
      expect(tablesFromSnapshot([{ ...declined, inflection } as AliasEntry], declaredSnapshot)).toBeNull();
    }
  });

  it('are bundled for the stories a fresh install reads (the content script’s catalog)', async () => {
    fakeBrowser.reset();
    const state = await loadLiveState(fakeBrowser.storage.local, {
      bundled: bundledStories,
      host: () => 'news.example.com',
      packs: readEnabledPacks,
      corrections: loadCorrectionsFor,
    });
    const aliases = buildCatalog(state.stories).aliases;
    expectSameTables(tablesFromSnapshot(aliases, bundledMatcherSnapshot()), buildTables(aliases));
  });

  it('reach the content script as a build-time module', async () => {
    const plugin = bundledMatcherPlugin();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolveId(BUNDLED_MATCHER_MODULE) as string;
    expect(resolveId('./other')).toBeUndefined();
    const code = load(id) as string;
    expect(code.startsWith('export default ')).toBe(true);
    const value: unknown = new Function(`return ${code.slice('export default '.length)}`)();
    expect(value).toEqual(bundledMatcherSnapshot());
    // `wxt dev` keeps the modules its config loaded: there the page builds its own matcher.
    const dev = bundledMatcherPlugin();
    (dev.configResolved as (config: { mode: string }) => void)({ mode: 'development' });
    expect((dev.load as (id: string) => string)(id)).toBe('export default undefined;');
  });

  it('are read back for the catalog they were made from, and built for any other', () => {
    const bundled = bundledMatcherSnapshot();
    expect(snapshotFits(seedAliases, bundled)).toBe(true);
    expect(snapshotFits(TEST_ALIASES, bundled)).toBe(false);
    expect(snapshotFits(seedAliases.slice(1), bundled)).toBe(false);
    expectSameTables(readOrBuildTables(seedAliases, bundled), buildTables(seedAliases));
    expectSameTables(readOrBuildTables(TEST_ALIASES, bundled), buildTables(TEST_ALIASES));
  });

  it("hash a page's aliases once for both questions a start asks (do the tables fit, read them)", () => {
    const bundled = bundledMatcherSnapshot();
    let reads = 0;
    // The same aliases, each counting the reads of its text (which the key hashes).
    const counted = seedAliases.map((alias) => {
      const copy = { ...alias };
      Object.defineProperty(copy, 'text', {
        get: () => {
          reads++;
          return alias.text;
        },
      });
      return copy;
    });
    expect(snapshotFits(counted, bundled)).toBe(true);
    const firstReads = reads;
    expect(firstReads).toBeGreaterThan(0);
    expect(snapshotFits(counted, bundled)).toBe(true);
    expect(reads).toBe(firstReads);
    // Another snapshot for the same list is checked afresh, and does not fit.
    const another = { ...bundled, key: 'another' };
    expect(snapshotFits(counted, another)).toBe(false);
    expect(reads).toBeGreaterThan(firstReads);
    // Asked again, it still does not fit: only a fit is remembered.
    expect(snapshotFits(counted, another)).toBe(false);
  });

  it('are what the engine asks its table source for: the bundled ones, or those handed with a catalog', () => {
    const tables = vi.fn(readOrBuildTables);
    const prebuiltMatcher = bundledMatcherSnapshot();
    const engine = new MentionEngine({
      catalog: { aliases: seedAliases },
      highlightApi: null,
      prebuiltMatcher,
      tables,
    });
    expect(tables).toHaveBeenLastCalledWith(seedAliases, prebuiltMatcher);
    const article = snapshotOf(TEST_ALIASES);
    engine.setCatalog({ aliases: TEST_ALIASES }, article);
    expect(tables).toHaveBeenLastCalledWith(TEST_ALIASES, article);
    engine.setCatalog({ aliases: TEST_ALIASES });
    expect(tables).toHaveBeenLastCalledWith(TEST_ALIASES, prebuiltMatcher);
    engine.destroy();
  });
});

describe('the letter case the tables record', () => {
  it('is upper or lower for letters of any cased script, and none for what has no case', () => {
    for (const upper of ['A', 'Ж', 'Ω', 'É']) expect(caseOf(upper.charCodeAt(0))).toBe(CASE_UPPER);
    for (const lower of ['a', 'ж', 'ω', 'é']) expect(caseOf(lower.charCodeAt(0))).toBe(CASE_LOWER);
    for (const none of ['3', ' ', '-', '中']) expect(caseOf(none.charCodeAt(0))).toBe(CASE_NONE);
  });
});

describe('tables stored with a pack', () => {
  it('are read back from the first stored snapshot made for exactly the catalog, else built', () => {
    const stored = [snapshotOf(TEST_ALIASES), snapshotOf(seedAliases)];
    const built = buildTables(seedAliases);
    expectSameTables(tablesFor(seedAliases, stored), built);
    expectSameTables(tablesFor(TEST_ALIASES, stored.slice(1)), buildTables(TEST_ALIASES));
  });

  it('that storage damaged are built again, never a page without tables', () => {
    const damaged = snapshotOf(seedAliases);
    if (!damaged.candidates) throw new Error('no candidates');
    damaged.candidates = { ...damaged.candidates, test: ['(', ''] };
    expect(() => tablesFromSnapshot(seedAliases, damaged)).toThrow();
    expectSameTables(tablesFor(seedAliases, [damaged]), buildTables(seedAliases));
  });
});

describe('tables made from tables read back, with more aliases after them', () => {
  it('are the tables a build of every alias makes, declined names and the candidate pattern included', () => {
    const all = [...seedAliases, ...TEST_ALIASES];
    expect(seedAliases.some((alias) => alias.inflection)).toBe(true);
    const extended = extendTables(all, snapshotOf(seedAliases));
    expectSameTables(extended, buildTables(all));
    expect(extended?.candidates?.starts.source).toBe(buildTables(all).candidates?.starts.source);
    // Declined names after the read-back ones too: the other way round.
    const reversed = [...TEST_ALIASES, ...seedAliases];
    expectSameTables(extendTables(reversed, snapshotOf(TEST_ALIASES)), buildTables(reversed));
    // Declined names both before and after: those read back are not put in again.
    const [first] = TEST_ALIASES as [AliasEntry];
    const both = [...all, { ...first, text: 'Ковальчук', inflection: { lang: 'uk', person: true } } as AliasEntry];
    expectSameTables(extendTables(both, snapshotOf(seedAliases)), buildTables(both));
  });

  it('leave out, as a build does, read-back aliases no walk could find (punctuation first, no letters)', () => {
    const [first] = TEST_ALIASES as [AliasEntry];
    const declined = { ...first, text: '(Коваль', inflection: { lang: 'uk', person: true } } as AliasEntry;
    const head = [...TEST_ALIASES, { ...first, text: '«Azov»' }, { ...first, text: '\u00ad' }, declined];
    const all = [...head, { ...first, entityId: 'erdogan', text: 'Erdogan' }];
    expectSameTables(extendTables(all, snapshotOf(head)), buildTables(all));
  });

  it('take the candidate prefixes a build takes: short first words, exact case, invisible characters, declined capitals', () => {
    const [first] = TEST_ALIASES as [AliasEntry];
    const uk = { lang: 'uk', person: true } as const;
    const head: AliasEntry[] = [
      ...TEST_ALIASES,
      { ...first, text: 'Al Gore' },
      { ...first, text: 'eBay', case: 'exact' },
      { ...first, text: 'Ab\u00adcd' },
      { ...first, text: 'ДіКапріо', inflection: uk },
      { ...first, text: 'Ко\u00adзак', inflection: uk },
      // Declined, a capital inside the prefix: only the first letter with a case wants a capital.
      { ...first, text: 'ДеЛюк', inflection: uk },
      // Declined, a digit before the first letter with a case: that letter wants a capital.
      { ...first, text: '5Коваль', inflection: uk },
      // Spaces before a name, and a run of them inside it, count as none and one.
      { ...first, text: ' Bo Li' },
      { ...first, text: 'X  Ye' },
      // A digit before the first letter with a case, as written: that letter wants a capital.
      { ...first, text: '3M' },
    ];
    const all = [...head, { ...first, entityId: 'erdogan', text: 'Erdogan' }];
    expectSameTables(extendTables(all, snapshotOf(head)), buildTables(all));
  });

  it('find what a built matcher finds', () => {
    const all = [...seedAliases, ...TEST_ALIASES];
    const tables = extendTables(all, snapshotOf(seedAliases));
    if (!tables) throw new Error('not extended');
    const text = `${articleText} Зеленському сказали.`;
    expect(findMentions(new Matcher(all, tables), text)).toEqual(findMentions(buildMatcher(all), text));
  });

  it('are not made from tables of other aliases than those the list starts with', () => {
    const base = snapshotOf(seedAliases);
    expect(extendTables([...TEST_ALIASES, ...seedAliases], base)).toBeNull();
    expect(extendTables(seedAliases.slice(1), base)).toBeNull();
    // Nor from tables of the right aliases that cannot be read.
    const characters = seedAliases.reduce((n, a) => n + 3 * a.text.length, 0);
    const tampered = { ...base, nodes: base.nodes + 'a'.repeat(characters) };
    expect(extendTables([...seedAliases, ...TEST_ALIASES], tampered)).toBeNull();
    expectSameTables(
      tablesFor([...seedAliases, ...TEST_ALIASES], [base]),
      buildTables([...seedAliases, ...TEST_ALIASES]),
    );
  });
});
