/**
 * The alias matcher: every alias of every enabled story in one trie over folded text, walked once
 * over the page text. Aliases always start and end on a word boundary, so the walk only starts at
 * word starts and needs no Aho–Corasick failure links: each word start costs a few typed-array
 * lookups however many names there are, which keeps the cost following the text, not the names.
 *
 * Rules (see tests/lib/matcher.test.ts): case ("proper": first letter capital as printed; "exact":
 * every letter as printed), Unicode word boundaries (\p{L}\p{N}\p{M}), folding from text-fold.ts,
 * possessives left outside the match, leftmost-longest and non-overlapping, and context-gated
 * aliases that never count when immediately followed by another capitalised word ("Bruce Willis").
 */
import type { AliasEntry } from './story-model';
import { charClass, foldCode, IGNORABLE, IGNORE, isLowerCode, isUpperCode, OTHER, SPACE, WORD } from './text-fold';

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

const NO_NODE = -1;
const CASE_LOWER = 0;
const CASE_UPPER = 1;
const CASE_NONE = 2;

export class Matcher {
  readonly aliases: readonly AliasEntry[];
  /** Number of trie nodes, for diagnostics and the benchmark. */
  readonly size: number;
  private readonly rootNext: Int32Array;
  private readonly edgeFrom: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly hashShift: number;
  private readonly hashMask: number;
  /** Per node: index into `outputs`, or -1. */
  private readonly output: Int32Array;
  /** Alias indices ending at a node, ungated before gated, then catalog order. */
  private readonly outputs: number[][] = [];
  /** The case of each folded alias character as the alias writes it, all aliases end to end. */
  private readonly patterns: Uint8Array;
  /** Where each alias's case pattern starts in `patterns`. */
  private readonly patternStart: Int32Array;

  constructor(aliases: readonly AliasEntry[]) {
    this.aliases = aliases;
    let totalChars = 1;
    for (const alias of aliases) totalChars += alias.text.length;

    let capacity = 16;
    let bits = 4;
    // Load factor ≤ 0.8 (edges < total alias characters): half the memory of a 2× table, and
    // allocating these arrays is a large part of the build time for 10,000 names.
    while (capacity < totalChars * 1.25) {
      capacity *= 2;
      bits++;
    }
    this.hashShift = 32 - bits;
    this.hashMask = capacity - 1;
    this.edgeFrom = new Int32Array(capacity).fill(NO_NODE);
    this.edgeChar = new Uint16Array(capacity);
    this.edgeTo = new Int32Array(capacity);
    this.rootNext = new Int32Array(65536).fill(NO_NODE);
    const output = new Int32Array(totalChars).fill(NO_NODE);
    const patterns = new Uint8Array(totalChars);
    const patternStart = new Int32Array(aliases.length + 1);

    // Folds each alias inline (no per-alias allocations): 10,000 names build in a few milliseconds.
    let nodes = 1;
    let p = 0;
    for (let index = 0; index < aliases.length; index++) {
      patternStart[index] = p;
      const text = (aliases[index] as AliasEntry).text;
      let node = 0;
      let length = 0;
      let pendingSpace = false;
      let valid = true;
      for (let i = 0; i < text.length && valid; i++) {
        const c = text.charCodeAt(i);
        const f = foldCode(c);
        if (f === IGNORABLE) continue;
        if (f === SPACE) {
          pendingSpace = length > 0;
          continue;
        }
        if (length === 0 && charClass(c) !== WORD) {
          // The walk only starts at word starts: an alias starting with punctuation could never match.
          valid = false;
          break;
        }
        if (pendingSpace) {
          node = this.insert(node, SPACE, nodes);
          if (node === nodes) nodes++;
          patterns[p++] = CASE_NONE;
          length++;
        }
        node = this.insert(node, f, nodes);
        if (node === nodes) nodes++;
        patterns[p++] = caseOf(c);
        length++;
        pendingSpace = false;
      }
      if (!valid || length === 0) continue;
      let slot = output[node] as number;
      if (slot === NO_NODE) {
        slot = this.outputs.length;
        this.outputs.push([index]);
        output[node] = slot;
      } else {
        const list = this.outputs[slot] as number[];
        list.push(index);
        list.sort((a, b) => Number(aliases[a]?.requiresContext) - Number(aliases[b]?.requiresContext) || a - b);
      }
    }
    patternStart[aliases.length] = p;
    this.patterns = patterns;
    this.patternStart = patternStart;
    this.output = output;
    this.size = nodes;
  }

  private slotOf(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> this.hashShift;
  }

  private child(node: number, c: number): number {
    if (node === 0) return this.rootNext[c] as number;
    let h = this.slotOf(node, c);
    for (;;) {
      const from = this.edgeFrom[h] as number;
      if (from === NO_NODE) return NO_NODE;
      if (from === node && this.edgeChar[h] === c) return this.edgeTo[h] as number;
      h = (h + 1) & this.hashMask;
    }
  }

  /** The child of `node` for `c`, created as node number `fresh` when missing. */
  private insert(node: number, c: number, fresh: number): number {
    const next = this.child(node, c);
    if (next !== NO_NODE) return next;
    this.addEdge(node, c, fresh);
    return fresh;
  }

  private addEdge(node: number, c: number, to: number): void {
    if (node === 0) {
      this.rootNext[c] = to;
      return;
    }
    let h = this.slotOf(node, c);
    while (this.edgeFrom[h] !== NO_NODE) h = (h + 1) & this.hashMask;
    this.edgeFrom[h] = node;
    this.edgeChar[h] = c;
    this.edgeTo[h] = to;
  }

  /** All alias matches in `text`, leftmost-longest, in order, not overlapping; gated ones included. */
  find(text: string, options: FindOptions = {}): AliasMatch[] {
    const found: AliasMatch[] = [];
    const joints = options.joints;
    const jointCount = joints ? joints.length : 0;
    const isBreak = options.isBreak ?? (() => false);
    const n = text.length;
    let j = 0;
    let prevWord = false;
    let i = 0;
    while (i < n) {
      const cls = charClass(text.charCodeAt(i));
      if (cls !== WORD) {
        if (cls === OTHER) prevWord = false;
        i++;
        continue;
      }
      if (prevWord) {
        // Inside a word, unless a line break between two text nodes falls exactly here.
        if (jointCount === 0) {
          i++;
          continue;
        }
        while (j < jointCount && ((joints as ArrayLike<number>)[j] as number) < i) j++;
        if (!(j < jointCount && (joints as ArrayLike<number>)[j] === i && isBreak(j))) {
          i++;
          continue;
        }
      }
      const match = this.matchAt(text, i, joints, jointCount, isBreak);
      prevWord = true;
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return found;
  }

  private matchAt(
    text: string,
    start: number,
    joints: ArrayLike<number> | undefined,
    jointCount: number,
    isBreak: (index: number) => boolean,
  ): AliasMatch | null {
    let node = this.rootNext[foldCode(text.charCodeAt(start))] as number;
    if (node === NO_NODE) return null;
    const n = text.length;
    const candNodes: number[] = [];
    const candEnds: number[] = [];
    if ((this.output[node] as number) !== NO_NODE && this.endsWord(text, start + 1, joints, jointCount, isBreak)) {
      candNodes.push(node);
      candEnds.push(start + 1);
    }
    let jj = 0;
    if (jointCount > 0) jj = firstJointAtOrAfter(joints as ArrayLike<number>, start + 1);
    let lastSpace = false;
    let k = start + 1;
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
      if (next === NO_NODE) break;
      node = next;
      k++;
      if ((this.output[node] as number) !== NO_NODE && this.endsWord(text, k, joints, jointCount, isBreak)) {
        candNodes.push(node);
        candEnds.push(k);
      }
    }
    for (let c = candNodes.length - 1; c >= 0; c--) {
      const end = candEnds[c] as number;
      const alias = this.pick(text, start, end, candNodes[c] as number);
      if (alias !== NO_NODE) return { start, end, alias };
    }
    return null;
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
    const list = this.outputs[this.output[node] as number] as number[];
    for (const index of list) {
      const alias = this.aliases[index] as AliasEntry;
      if (!caseMatches(text, start, end, alias.case, this.patterns, this.patternStart[index] as number)) continue;
      if (alias.requiresContext && followedByCapitalisedWord(text, end)) continue;
      return index;
    }
    return NO_NODE;
  }
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

function caseOf(c: number): number {
  return isUpperCode(c) ? CASE_UPPER : isLowerCode(c) ? CASE_LOWER : CASE_NONE;
}

/** Compares letter case as printed with the alias, walking the page text the way the trie did. */
function caseMatches(
  text: string,
  start: number,
  end: number,
  rule: AliasEntry['case'],
  patterns: Uint8Array,
  from: number,
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
    const want = patterns[p++];
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

/** Whether a gated alias is unlocked by the entities that have an ungated mention on the page. */
export function isUnlocked(alias: AliasEntry, ungatedEntities: ReadonlySet<string>): boolean {
  return !alias.requiresContext || alias.contextEntities.some((id) => ungatedEntities.has(id));
}

/** Matches in one stand-alone text (no DOM), gated aliases resolved against that same text. */
export function findMentions(matcher: Matcher, text: string): (AliasMatch & { entityId: string; text: string })[] {
  const matches = matcher.find(text);
  const present = new Set<string>();
  for (const m of matches) {
    const alias = matcher.aliases[m.alias] as AliasEntry;
    if (!alias.requiresContext) present.add(alias.entityId);
  }
  return matches
    .filter((m) => isUnlocked(matcher.aliases[m.alias] as AliasEntry, present))
    .map((m) => ({
      ...m,
      entityId: (matcher.aliases[m.alias] as AliasEntry).entityId,
      text: text.slice(m.start, m.end),
    }));
}
