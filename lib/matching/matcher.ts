/**
 * The alias matcher: every alias of every enabled story in one trie over folded text, walked over
 * the page text. Aliases always start and end on a word boundary, so the walk only starts at word
 * starts and needs no Aho–Corasick failure links: each word start costs a few typed-array lookups
 * however many names there are, which keeps the cost following the text, not the names.
 *
 * Speed (see bench/): a content script's code runs cold, so every JavaScript step per text node
 * or per character is what costs most. The page scan first asks `candidateTest` (native, from
 * candidate-pattern.ts: the aliases' first three letters) of each text node; inside the few runs
 * that pass, a second native search finds the places a match can start (the same first letters;
 * every capital, or every word character, in text holding an invisible character), and only
 * those are walked in the trie. The trie is typed arrays (an open-addressing edge table, built in
 * matcher-tables.ts, or read back from a snapshot made at build time), so building it for 10,000
 * names allocates a handful of arrays, not an object per node.
 *
 * Rules (see tests/lib/matching/matcher.test.ts): case ("proper": first letter capital as printed; "exact":
 * every letter as printed), Unicode word boundaries (\p{L}\p{N}\p{M}), folding from text-fold.ts,
 * possessives left outside the match, leftmost-longest and non-overlapping, and context-gated
 * aliases that never count when immediately followed by another capitalised word ("Bruce Willis").
 * A Ukrainian, Russian or German alias is found in each of its case forms: where a walk ends a
 * declined word's stem, it tries the few endings of that word's paradigm (declension.ts), so the
 * cost stays with the text, not with the number of names.
 */

import type { AliasEntry } from '../story/story-model';
import { type CandidatePattern, hasInvisible } from './candidate-pattern';
import { contextGate } from './context-gate';
import { CASE_LOWER, CASE_NONE, CASE_UPPER, edgeSlot, type MatcherTables } from './matcher-tables';
import { charClass, foldCode, IGNORABLE, IGNORE, isUpperCode, OTHER, SPACE, WORD } from './text-fold';

export interface AliasMatch {
  /** Offset of the first character in the searched text. */
  start: number;
  /** Offset just after the last character (a possessive "’s" is not included). */
  end: number;
  /** Index into `matcher.aliases`. */
  alias: number;
}

export interface FindOptions {
  /**
   * Sorted offsets where one DOM text node ends and the next begins. Only consulted when a match
   * or a word boundary straddles one, so that `isBreak` (a DOM walk) runs rarely.
   */
  joints?: ArrayLike<number>;
  /** Whether something between the two text nodes at `joints[index]` breaks the line (block, <br>, skipped element). */
  isBreak?: (index: number) => boolean;
}

const NONE = 0;
const NOTHING = /$^/;
/**
 * Longer than V8's threshold for compiling a pattern to machine code at once (1,000). V8 compiles
 * a pattern once for one-byte (Latin-1) subjects and once for two-byte ones, and a news page's
 * text is mostly the latter (a single curly quote makes a text two-byte): both are warmed.
 */
const WARM_UP_TEXTS = ['warm up '.repeat(160), 'warm up\u2019 '.repeat(140)];

export class Matcher {
  readonly aliases: readonly AliasEntry[];
  /** Number of trie nodes, for diagnostics and the benchmark. */
  readonly size: number;
  /** What the walk reads (made by table-builder.ts, or read back from a snapshot: matcher-tables.ts). */
  readonly tables: MatcherTables;
  /** The tables' arrays, as fields of their own: the walk reads them per character. */
  private readonly rootNext: Int32Array;
  private readonly edgeFrom: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly hashShift: number;
  private readonly hashMask: number;
  private readonly output: Int32Array;
  private readonly sharedOutputs: Map<number, number[]>;
  private readonly patterns: Uint8Array;
  private readonly patternStart: Int32Array;
  /** Where a match could start (see candidate-pattern.ts); null when nothing can match. */
  private readonly candidates: CandidatePattern | null;
  /** Where declined words' stems end (see matcher-tables.ts). */
  private readonly forkAt: Uint8Array;
  private readonly forks: Map<number, number[]>;
  private readonly endingSets: string[][];
  /** Scratch for matchAt: the ends (and trie nodes) of every alias that a walk passed. */
  private candNodes: Int32Array;
  private candEnds: Int32Array;
  private cands = 0;
  /** Set when a trie walk reached the end of its text (see `findAlone`). */
  private reachedEdge = false;

  /** `tables`: made from exactly these aliases (`buildMatcher` in table-builder.ts makes both). */
  constructor(aliases: readonly AliasEntry[], tables: MatcherTables) {
    this.aliases = aliases;
    this.tables = tables;
    this.rootNext = tables.rootNext;
    this.edgeFrom = tables.edgeFrom;
    this.edgeChar = tables.edgeChar;
    this.edgeTo = tables.edgeTo;
    this.hashShift = tables.hashShift;
    this.hashMask = tables.hashMask;
    this.output = tables.output;
    this.sharedOutputs = tables.sharedOutputs;
    this.patterns = tables.patterns;
    this.patternStart = tables.patternStart;
    this.size = tables.size;
    this.candidates = tables.candidates;
    this.forkAt = tables.forkAt;
    this.forks = tables.forks;
    this.endingSets = tables.endingSets;
    // A walk passes at most one alias end per character, plus the one-character alias (more when
    // declined words fork: the arrays grow then).
    this.candNodes = new Int32Array(tables.longest + 2);
    this.candEnds = new Int32Array(tables.longest + 2);
    this.compilePatterns();
  }

  /** The child of `node` for folded character `c`, or -1. Never asked of the root: a walk starts at its child (`rootNext`). */
  private child(node: number, c: number): number {
    const key = node + 1;
    const edgeFrom = this.edgeFrom;
    const mask = this.hashMask;
    let h = edgeSlot(node, c, this.hashShift);
    for (;;) {
      const from = edgeFrom[h] as number;
      if (from === 0) return -1;
      if (from === key && this.edgeChar[h] === c) return this.edgeTo[h] as number;
      h = (h + 1) & mask;
    }
  }

  /**
   * Whether a text could hold the start of a name, or ends part-way into one (the name may go on
   * in the next text node). One native search: the page scan asks it of every text node.
   */
  get candidateTest(): RegExp {
    return this.candidates?.test ?? NOTHING;
  }

  /**
   * Compiles the native patterns now, as part of building the matcher. V8 first interprets a
   * regular expression and compiles it to machine code on a later long search; for 10,000 names
   * that compile takes a few milliseconds, a cost of the names, not of the page: it belongs with
   * the trie, not inside the first slice of a scan. `everyStart` is one of two fixed patterns,
   * whatever the names, and only searches text holding an invisible character: a scan compiles
   * it if a page needs it.
   */
  private compilePatterns(): void {
    if (this.candidates === null) return;
    // Two searches of a long subject: the first marks the pattern for tier-up, the second compiles it.
    const { test, starts } = this.candidates;
    for (const subject of WARM_UP_TEXTS) {
      for (let i = 0; i < 2; i++) {
        test.test(subject);
        starts.lastIndex = 0;
        starts.test(subject);
      }
    }
  }

  /**
   * The search giving `text`'s candidate starts: the aliases' first letters, unless the text holds
   * an invisible character, which may hide them.
   */
  private startsFor(text: string): RegExp | null {
    const candidates = this.candidates;
    if (candidates === null) return null;
    return hasInvisible(text) ? candidates.everyStart : candidates.starts;
  }

  /**
   * Where the next match could start, at or after `from` (-1: nowhere). Runs native code over the
   * text, so JavaScript only looks at the few places a name could start.
   */
  private nextStart(starts: RegExp | null, text: string, from: number): number {
    if (starts === null) return -1;
    starts.lastIndex = from;
    // One code unit a match (an astral capital's pair: its low surrogate is not a word character).
    return starts.test(text) ? starts.lastIndex - 1 : -1;
  }

  /**
   * The matches of `text` as a text node on its own, or null when a walk in the trie reached its
   * end (a name could run on into the next text node). Everything else the matcher asks at the
   * ends of a text (a word boundary, a capitalised word after a gated name) is answered
   * permissively there, so a neighbour could only remove matches, never add one: an empty list
   * means the node holds no name, whatever its neighbours hold. The page scan asks this of a text
   * node that passed `candidateTest` before joining it with its neighbours: most such nodes hold a
   * capital that starts no name, and then cost no DOM work.
   */
  findAlone(text: string): AliasMatch[] | null {
    this.reachedEdge = false;
    const found = this.find(text);
    return this.reachedEdge ? null : found;
  }

  /** All alias matches in `text`, leftmost-longest, in order, not overlapping; gated ones included. */
  find(text: string, options: FindOptions = {}): AliasMatch[] {
    const found: AliasMatch[] = [];
    const starts = this.startsFor(text);
    const joints = options.joints;
    const jointCount = joints ? joints.length : 0;
    const isBreak = options.isBreak ?? noBreak;
    let s = this.nextStart(starts, text, 0);
    while (s >= 0) {
      let next = s + 1;
      if (charClass(text.charCodeAt(s)) === WORD && this.isWordStart(text, s, joints, jointCount, isBreak)) {
        const match = this.matchAt(text, s, joints, jointCount, isBreak);
        if (match) {
          found.push(match);
          // Always forward, even should a match ever end where it starts: a page must never hang.
          if (match.end > next) next = match.end;
        }
      }
      s = this.nextStart(starts, text, next);
    }
    return found;
  }

  /** No word character before `s` (invisible characters aside), or a line break between nodes exactly there. */
  private isWordStart(
    text: string,
    s: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): boolean {
    let m = s - 1;
    let cls = OTHER;
    while (m >= 0) {
      cls = charClass(text.charCodeAt(m));
      if (cls !== IGNORE) break;
      m--;
    }
    if (m < 0 || cls !== WORD) return true;
    if (jointCount === 0) return false;
    const j = firstJointAtOrAfter(joints as ArrayLike<number>, s);
    return j < jointCount && (joints as ArrayLike<number>)[j] === s && isBreak(j);
  }

  private matchAt(
    text: string,
    start: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): AliasMatch | null {
    const node = (this.rootNext[foldCode(text.charCodeAt(start))] as number) - 1;
    if (node < 0) return null;
    this.cands = 0;
    this.reached(text, node, start + 1, joints, jointCount, isBreak);
    this.walk(text, node, start + 1, joints, jointCount, isBreak);
    const candNodes = this.candNodes;
    const candEnds = this.candEnds;
    const cands = this.cands;
    // Longest first; of two ending in the same place, the one found first.
    for (let tried = 0; tried < cands; tried++) {
      let best = -1;
      for (let c = 0; c < cands; c++) {
        if ((candEnds[c] as number) >= 0 && (best < 0 || (candEnds[c] as number) > (candEnds[best] as number)))
          best = c;
      }
      const end = candEnds[best] as number;
      candEnds[best] = -1;
      const alias = this.pick(text, start, end, candNodes[best] as number);
      if (alias >= 0) return { start, end, alias };
    }
    return null;
  }

  /** The walk has reached `node` with the text read up to `k`: records an alias ending there, and forks. */
  private reached(
    text: string,
    node: number,
    k: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): void {
    if ((this.output[node] as number) !== NONE && this.endsWord(text, k, joints, jointCount, isBreak)) {
      this.addCandidate(node, k);
    }
    if ((this.forkAt[node] as number) !== 0) this.fork(text, node, k, joints, jointCount, isBreak);
  }

  private addCandidate(node: number, end: number): void {
    if (this.cands === this.candNodes.length) {
      const nodes = new Int32Array(this.cands * 2);
      const ends = new Int32Array(this.cands * 2);
      nodes.set(this.candNodes);
      ends.set(this.candEnds);
      this.candNodes = nodes;
      this.candEnds = ends;
    }
    this.candNodes[this.cands] = node;
    this.candEnds[this.cands++] = end;
  }

  /** Walks the trie from `node` over the text from `k` on, recording every alias end it passes. */
  private walk(
    text: string,
    from: number,
    k: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): void {
    const n = text.length;
    const forkAt = this.forkAt;
    const output = this.output;
    let node = from;
    let jj = 0;
    if (jointCount > 0) jj = firstJointAtOrAfter(joints as ArrayLike<number>, k);
    let lastSpace = false;
    while (k < n) {
      const f = foldCode(text.charCodeAt(k));
      if (f === IGNORABLE) {
        k++;
        continue;
      }
      if (jointCount > 0) {
        while (jj < jointCount && ((joints as ArrayLike<number>)[jj] as number) < k) jj++;
        if (jj < jointCount && (joints as ArrayLike<number>)[jj] === k && isBreak(jj)) break;
      }
      if (f === SPACE) {
        if (lastSpace) {
          k++;
          continue;
        }
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      const next = this.child(node, f);
      if (next < 0) break;
      node = next;
      k++;
      if ((output[node] as number) !== NONE || (forkAt[node] as number) !== 0) {
        this.reached(text, node, k, joints, jointCount, isBreak);
      }
    }
    // The name may run on into whatever text follows.
    if (k >= n) this.reachedEdge = true;
  }

  /** At the end of a declined word's stem: each ending of its paradigm that the text holds, and on. */
  private fork(
    text: string,
    node: number,
    k: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): void {
    const list = this.forks.get(node) as number[];
    for (let i = 0; i < list.length; i += 2) {
      const after = list[i + 1] as number;
      for (const ending of this.endingSets[list[i] as number] as string[]) {
        const end = this.endingAt(text, k, ending, joints, jointCount, isBreak);
        if (end < 0) continue;
        this.reached(text, after, end, joints, jointCount, isBreak);
        // The alias's next word, after a space.
        this.walk(text, after, end, joints, jointCount, isBreak);
      }
    }
  }

  /** Where `ending` (folded) ends when the text holds it at `k`, or -1. */
  private endingAt(
    text: string,
    k: number,
    ending: string,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): number {
    let m = k;
    for (let e = 0; e < ending.length; ) {
      if (m >= text.length) {
        // The form may go on in the next text node.
        this.reachedEdge = true;
        return -1;
      }
      const f = foldCode(text.charCodeAt(m));
      if (f === IGNORABLE) {
        m++;
        continue;
      }
      if (jointCount > 0) {
        const j = firstJointAtOrAfter(joints as ArrayLike<number>, m);
        if (j < jointCount && (joints as ArrayLike<number>)[j] === m && isBreak(j)) return -1;
      }
      if (f !== ending.charCodeAt(e)) return -1;
      m++;
      e++;
    }
    return m;
  }

  private endsWord(
    text: string,
    end: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): boolean {
    let m = end;
    while (m < text.length && charClass(text.charCodeAt(m)) === IGNORE) m++;
    if (m >= text.length || charClass(text.charCodeAt(m)) !== WORD) return true;
    if (jointCount === 0) return false;
    // "Zelen<span>sky</span>" joins; "Putin<br>Trump" does not.
    for (let x = firstJointAtOrAfter(joints as ArrayLike<number>, end); x < jointCount; x++) {
      if (((joints as ArrayLike<number>)[x] as number) > m) break;
      if (isBreak(x)) return true;
    }
    return false;
  }

  private pick(text: string, start: number, end: number, node: number): number {
    const shared = this.sharedOutputs.get(node);
    if (shared === undefined) {
      const index = (this.output[node] as number) - 1;
      return this.accepts(text, start, end, index) ? index : -1;
    }
    for (const index of shared) if (this.accepts(text, start, end, index)) return index;
    return -1;
  }

  private accepts(text: string, start: number, end: number, index: number): boolean {
    const alias = this.aliases[index] as AliasEntry;
    const { patternStart } = this;
    const from = patternStart[index] as number;
    if (!caseMatches(text, start, end, alias.case, this.patterns, from, patternStart[index + 1] as number))
      return false;
    return !(alias.requiresContext && followedByCapitalisedWord(text, end));
  }
}

function noBreak(): boolean {
  return false;
}

function firstJointAtOrAfter(joints: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = joints.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((joints[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compares letter case as printed with the alias, walking the page text the way the trie did. */
function caseMatches(
  text: string,
  start: number,
  end: number,
  rule: AliasEntry['case'],
  patterns: Uint8Array,
  from: number,
  to: number,
): boolean {
  let p = from;
  let lastSpace = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const f = foldCode(c);
    if (f === IGNORABLE) continue;
    if (f === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    // Past the alias's own letters (a declined form's ending) nothing is asked of the case.
    const want = p < to ? patterns[p++] : CASE_NONE;
    if (want === CASE_NONE || want === undefined) continue;
    const upper = isUpperCode(c);
    if (rule === 'exact') {
      if (upper !== (want === CASE_UPPER)) return false;
    } else {
      // "proper": only the first letter counts ("TURKEY" in a headline is still the country).
      return want === CASE_LOWER || upper;
    }
  }
  return true;
}

/** "Bruce Willis": a gated surname followed by another capitalised word is someone else. */
function followedByCapitalisedWord(text: string, end: number): boolean {
  let m = end;
  let sawSpace = false;
  while (m < text.length) {
    const f = foldCode(text.charCodeAt(m));
    if (f === IGNORABLE) m++;
    else if (f === SPACE) {
      sawSpace = true;
      m++;
    } else break;
  }
  return sawSpace && m < text.length && isUpperCode(text.charCodeAt(m));
}

/** Matches in one stand-alone text (no DOM), gated aliases resolved against that same text. */
export function findMentions(matcher: Matcher, text: string): (AliasMatch & { entityId: string; text: string })[] {
  const matches = matcher.find(text);
  const aliasOf = (m: AliasMatch) => matcher.aliases[m.alias] as AliasEntry;
  const counts = contextGate(matches.map(aliasOf));
  return matches
    .filter((m) => counts(aliasOf(m)))
    .map((m) => ({
      ...m,
      entityId: (matcher.aliases[m.alias] as AliasEntry).entityId,
      text: text.slice(m.start, m.end),
    }));
}
