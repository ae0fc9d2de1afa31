/**
 * Injected into each benchmark page (bundled by bench/bundle.ts): the three measurements run in
 * the page itself, so that nothing crosses the DevTools protocol while the clock runs.
 */
import Mark from 'mark.js';
import type { MatcherSnapshot } from '../lib/matching/matcher-tables';
import { buildMatcher, readOrBuildTables } from '../lib/matching/table-builder';
import { MentionEngine } from '../lib/page/mention-engine';
import { ShadowRootWalk } from '../lib/page/shadow-roots';
import type { AliasEntry } from '../lib/story/story-model';

const aliasSets = new Map<string, AliasEntry[]>();

export interface EngineRun {
  /** Main-thread work: the sum of the scan's tasks. */
  ms: number;
  /** From start to the last task's end, yields between tasks included. */
  wallMs: number;
  longestTaskMs: number;
  tasks: number;
  mentions: number;
  /**
   * The same scan again in the same page: code compiled, DOM wrappers made. Not a target, a
   * diagnosis: the gap to `ms` is start-up (V8 compiling and tiering our code on first use).
   */
  warmMs: number;
  /**
   * The page's style and layout update forced right after the scan: what the scan left for the
   * page's next frame to redo (a stylesheet added to a rendered page restyles all of it).
   */
  restyleMs: number;
}

const bench = {
  setAliases(name: string, aliases: AliasEntry[]): void {
    aliasSets.set(name, aliases);
  },

  textStats(): { textNodes: number; chars: number; elements: number } {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      textNodes++;
      chars += (node as Text).data.length;
    }
    return { textNodes, chars, elements: document.body.getElementsByTagName('*').length };
  },

  /**
   * The floor: a bare TreeWalker pass reading every text node's data, every character of it (a
   * cheap hash), since the engine cannot find a name without looking at each character. The hash
   * is kept so that the engine cannot drop the reads.
   */
  floor(): number {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hash = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + data.charCodeAt(i)) | 0;
    }
    const ms = performance.now() - start;
    (window as unknown as { __sink: number }).__sink = hash;
    return ms;
  },

  /** The same pass reading only each node's `data` handle and length, not its characters. */
  floorLengths(): number {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
    const ms = performance.now() - start;
    (window as unknown as { __sink: number }).__sink = chars;
    return ms;
  },

  /**
   * The reference the issue quotes: one plain regular expression of every name (longest first,
   * word-bounded) over each text node, a Range per hit, one highlight registered. No folding,
   * no joined runs, no skipped regions or visibility: a lower bound for "regex + Ranges".
   */
  regex(set: string): number {
    const names = [...new Set((aliasSets.get(set) ?? []).map((a) => a.text))].sort((a, b) => b.length - a.length);
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const start = performance.now();
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
    const highlight = new Highlight();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(data); m; m = pattern.exec(data)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
      }
    }
    CSS.highlights.set('backstory-bench-regex', highlight);
    const ms = performance.now() - start;
    CSS.highlights.delete('backstory-bench-regex');
    return ms;
  },

  /** The matcher built for a set, or read back from `prebuilt` tables (as the extension does for its own stories). */
  buildMatcher(set: string, prebuilt?: MatcherSnapshot): number {
    const aliases = aliasSets.get(set) ?? [];
    const start = performance.now();
    const matcher = buildMatcher(aliases, prebuilt);
    const ms = performance.now() - start;
    (window as unknown as { __sink: number }).__sink = matcher.size;
    return ms;
  },

  /** The element walk that looks for open shadow roots, alone, over the whole page, cold (bench/shadow-walk.ts). */
  shadowWalk(): { ms: number; roots: number; bare: number } {
    const start = performance.now();
    const walk = new ShadowRootWalk(document.body);
    walk.step(Number.POSITIVE_INFINITY);
    return { ms: performance.now() - start, roots: walk.roots.length, bare: walk.bare.length };
  },

  /** `shadowRoots: false`: the document's own tree only, as before shadow roots were read (bench/shadow-walk.ts). */
  async engine(set: string, shadowRoots = true): Promise<EngineRun> {
    const engine = new MentionEngine({
      tables: readOrBuildTables,
      catalog: { aliases: aliasSets.get(set) ?? [] },
      shadowRoots,
    });
    engine.taskStats(true);
    const start = performance.now();
    engine.start();
    await engine.whenIdle();
    const wallMs = performance.now() - start;
    const stats = engine.taskStats(true);
    const restyleStart = performance.now();
    document.body.getBoundingClientRect();
    const restyleMs = performance.now() - restyleStart;
    const mentions = engine.mentions().length;
    await engine.rescan();
    const warmMs = engine.taskStats().totalMs;
    engine.destroy();
    return {
      ms: stats.totalMs,
      wallMs,
      longestTaskMs: stats.longestTaskMs,
      tasks: stats.tasks,
      mentions,
      warmMs,
      restyleMs,
    };
  },

  mark(set: string): Promise<{ ms: number; marks: number }> {
    const names = [...new Set((aliasSets.get(set) ?? []).map((a) => a.text))];
    return new Promise((resolve) => {
      const marker = new Mark(document.body);
      const start = performance.now();
      marker.mark(names, {
        separateWordSearch: false,
        accuracy: 'exactly',
        done: (marks) => {
          const ms = performance.now() - start;
          marker.unmark({ done: () => resolve({ ms, marks }) });
        },
      });
    });
  },
};

(window as unknown as { __bench: typeof bench }).__bench = bench;
export type Bench = typeof bench;
