/**
 * Building a Matcher's tables from an alias list (the trie, each alias's letter cases, declined
 * words' stems and endings, the candidate pattern) and writing them out as a snapshot. Run where
 * a catalog is not the one the tables were made for at build time: in the build itself, the
 * background, the panels, and on a page only through the module the content script loads when
 * it needs one (docs/decisions/0022). The tables' layout: matcher-tables.ts.
 */

import type { AliasEntry } from '../story/story-model';
import {
  type CandidatePattern,
  candidatePattern,
  PREFIX_LENGTH,
  prefixKey,
  type RegExpSource,
} from './candidate-pattern';
import { DeclensionProblem, declinedWords, type WordForms } from './declension';
import { tablesWithRoom } from './held-tables';
import { Matcher } from './matcher';
import {
  aliasesKey,
  allocate,
  CASE_NONE,
  caseOf,
  edgeSlot,
  type MatcherSnapshot,
  type MatcherTables,
  sizeOf,
  tablesFromSnapshot,
} from './matcher-tables';
import { charClass, foldCode, IGNORABLE, SPACE, WORD } from './text-fold';

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
  const prefixes: number[][] = [];
  const tables = insertAliases(allocate(aliases.length, totalChars), aliases, 0, declined, prefixes);
  tables.candidates = candidatePattern(prefixes);
  return tables;
}

/**
 * Puts `aliases` from `from` on into `tables`, which hold those before it (empty tables when
 * `from` is 0), pushing their candidate prefixes onto `prefixes`: the candidate pattern is the
 * caller's to make (from those and the prefixes of the aliases before `from`), or to take made.
 * `declined`: the indexes of the aliases that decline (`sizeOf`).
 */
export function insertAliases(
  tables: MatcherTables,
  aliases: readonly AliasEntry[],
  from: number,
  declined: readonly number[],
  prefixes: number[][],
): MatcherTables {
  const { rootNext, edgeFrom, edgeChar, edgeTo, patterns, patternStart, hashShift: shift, hashMask: mask } = tables;

  // One tight loop, no calls per character but the fold tables (and the prefix keys of the first
  // few): it runs cold, once per catalog.
  let nodes = tables.size;
  let longest = tables.longest;
  let p = patternStart[from] as number;
  let d = 0;
  while (d < declined.length && (declined[d] as number) < from) d++;
  let nextDeclined = d < declined.length ? (declined[d] as number) : -1;
  for (let index = from; index < aliases.length; index++) {
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
  return tables;
}

const sourceOf = (pattern: RegExp): RegExpSource => [pattern.source, pattern.flags];

/** A candidate pattern as a snapshot holds it (JSON). */
export function candidateSources(candidates: CandidatePattern | null): MatcherSnapshot['candidates'] {
  return (
    candidates && {
      test: sourceOf(candidates.test),
      starts: sourceOf(candidates.starts),
      everyStart: sourceOf(candidates.everyStart),
    }
  );
}

export function snapshotOf(aliases: readonly AliasEntry[], tables: MatcherTables): MatcherSnapshot {
  return snapshotFromTables(aliasesKey(aliases), aliases.length, tables);
}

/** The snapshot of `tables`, made from `aliasCount` aliases whose key is `key`. */
export function snapshotFromTables(key: string, aliasCount: number, tables: MatcherTables): MatcherSnapshot {
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
  const patternEnd = patternStart[aliasCount] as number;
  return {
    key,
    nodes: String.fromCharCode(...chars.slice(1)),
    branches,
    outputs,
    sharedOutputs: [...tables.sharedOutputs].map(([node, list]) => [node, [...list]]),
    patterns: Array.from(patterns.subarray(0, patternEnd)).join(''),
    patternStart: Array.from(patternStart.subarray(0, aliasCount + 1)),
    longest: tables.longest,
    candidates: candidateSources(candidates),
    forks: [...tables.forks].flatMap(([node, list]) => {
      const triples: number[] = [];
      for (let i = 0; i < list.length; i += 2) triples.push(node, list[i] as number, list[i + 1] as number);
      return triples;
    }),
    endingSets: tables.endingSets.map((set) => set.join(' ')),
  };
}

/**
 * Tables for `aliases` made from `base`'s tables, when `base` was made from exactly the aliases
 * they start with: read back, and only the rest put in (a pack's 10,000 names are not made again
 * for the few an article adds after them, docs/decisions/0028). Null when `base` does not fit.
 */
export function extendTables(
  aliases: readonly AliasEntry[],
  base: MatcherSnapshot,
  storedBase?: (base: MatcherSnapshot) => MatcherTables | null | undefined,
): MatcherTables | null {
  const from = base.patternStart.length - 1;
  if (from < 0 || from > aliases.length) return null;
  const head = aliases.slice(0, from);
  if (base.key !== aliasesKey(head)) return null;
  const { totalChars, declined } = sizeOf(aliases);
  // `base`'s tables as stored (packed-tables.ts), copied with room rather than read.
  const baseTables = storedBase?.(base);
  const tables = baseTables
    ? tablesWithRoom(baseTables, aliases.length, totalChars)
    : tablesFromSnapshot(head, base, allocate(aliases.length, totalChars));
  if (!tables) return null;
  const prefixes = head.flatMap(prefixesOf);
  insertAliases(tables, aliases, from, declined, prefixes);
  tables.candidates = candidatePattern(prefixes);
  return tables;
}

/**
 * The candidate pattern's prefixes of one alias, as the build takes them while it puts the alias
 * in (one per stem of a declined first word): for tables read back, whose build is not redone.
 */
function prefixesOf(alias: AliasEntry): number[][] {
  const { text } = alias;
  const words = alias.inflection ? declinedWordsOf(alias) : null;
  if (words && charClass(text.charCodeAt(0)) === WORD) {
    return (words[0] ?? []).map(({ stem }) => {
      const prefix: number[] = [];
      let cased = false;
      for (let i = 0; i < stem.length && prefix.length < PREFIX_LENGTH; i++) {
        const c = stem.charCodeAt(i);
        const f = foldCode(c);
        if (f === IGNORABLE || f === SPACE) continue;
        prefix.push(prefixKey(c, f, false, !cased));
        if (caseOf(c) !== CASE_NONE) cased = true;
      }
      return prefix;
    });
  }
  const exact = alias.case === 'exact';
  const prefix: number[] = [];
  let cased = false;
  let pendingSpace = false;
  for (let i = 0; i < text.length && prefix.length < PREFIX_LENGTH; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f === IGNORABLE) continue;
    if (f === SPACE) {
      pendingSpace = prefix.length > 0;
      continue;
    }
    if (prefix.length === 0 && charClass(c) !== WORD) return [];
    if (pendingSpace) prefix.push(SPACE);
    if (prefix.length < PREFIX_LENGTH) prefix.push(prefixKey(c, f, exact, !cased));
    if (caseOf(c) !== CASE_NONE) cased = true;
    pendingSpace = false;
  }
  return prefix.length === 0 ? [] : [prefix];
}

/** Tables for `aliases`: read back from `prebuilt` when it was made from exactly them, else built. */
export function readOrBuildTables(aliases: readonly AliasEntry[], prebuilt?: MatcherSnapshot): MatcherTables {
  return (prebuilt && tablesFromSnapshot(aliases, prebuilt)) ?? buildTables(aliases);
}

/** A Matcher for `aliases`, its tables read back from `prebuilt` when it fits (see `readOrBuildTables`). */
export function buildMatcher(aliases: readonly AliasEntry[], prebuilt?: MatcherSnapshot): Matcher {
  return new Matcher(aliases, readOrBuildTables(aliases, prebuilt));
}

/** A matcher's tables as JSON, for a build to bundle or the background to hand a page. */
export function matcherSnapshot(matcher: Matcher): MatcherSnapshot {
  return snapshotOf(matcher.aliases, matcher.tables);
}
