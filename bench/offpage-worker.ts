/**
 * The background half of the off-page matching probe (bench/offpage-probe.ts, issue 23): the
 * service worker of the test extension. It holds the bundled stories' matcher, read back from the
 * build's snapshot as the product's background hands it to pages, and answers a page's text with
 * the offsets of its matches: each run (a block's inline text) joined and matched as the scanner
 * does, the matches mapped back to node offsets. What the probe leaves out: the context gate and
 * line breaks between joined nodes (a <br> inside a block), which the page would be asked about.
 */
import bundledMatcher from 'virtual:backstory/bundled-matcher';
import { bundledStories } from '../data/stories';
import type { AliasMatch } from '../lib/matching/matcher';
import { buildMatcher } from '../lib/matching/table-builder';
import { buildCatalog } from '../lib/story/story-model';
import type { OffpageAnswer, OffpageRequest } from './offpage-messages';

const matcher = buildMatcher(buildCatalog(bundledStories).aliases, bundledMatcher);

/** The first node of `starts` (offsets in the joined text) that holds `offset`. */
function nodeAt(starts: readonly number[], offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const start = starts[mid] as number;
    if (isEnd ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Five numbers a match, node indices counted over the whole request. */
export function matchRequest(request: Pick<OffpageRequest, 'texts' | 'runStarts'>): number[] {
  const out: number[] = [];
  const { texts, runStarts } = request;
  for (let r = 0; r < runStarts.length; r++) {
    const first = runStarts[r] as number;
    const end = r + 1 < runStarts.length ? (runStarts[r + 1] as number) : texts.length;
    const starts: number[] = [];
    let text = '';
    for (let i = first; i < end; i++) {
      starts.push(text.length);
      text += texts[i] as string;
    }
    const found: AliasMatch[] =
      end - first === 1 ? matcher.find(text) : matcher.find(text, { joints: starts.slice(1) });
    for (const match of found) {
      const a = nodeAt(starts, match.start, false);
      const b = nodeAt(starts, match.end, true);
      out.push(
        first + a,
        match.start - (starts[a] as number),
        first + b,
        match.end - (starts[b] as number),
        match.alias,
      );
    }
  }
  return out;
}

interface WorkerRuntime {
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, reply: (answer: OffpageAnswer) => void) => boolean): void;
  };
}

const runtime = (globalThis as unknown as { chrome?: { runtime: WorkerRuntime } }).chrome?.runtime;
runtime?.onMessage.addListener((message, _sender, reply) => {
  const request = message as Partial<OffpageRequest> | null;
  if (request?.type !== 'offpage-match' || !request.texts || !request.runStarts) return false;
  const begin = performance.now();
  const matches = matchRequest({ texts: request.texts, runStarts: request.runStarts });
  reply({ matches, workerMs: performance.now() - begin });
  return false;
});
