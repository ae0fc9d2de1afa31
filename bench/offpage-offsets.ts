/**
 * The off-page probe's background matching (bench/offpage-worker.ts): a page's texts, one a text
 * node, joined into runs as the page marked them, matched, and each match given back as the text
 * nodes and offsets it covers, numbered over the whole request, so that the page can make its
 * Range from the nodes it kept.
 */
import type { AliasMatch, Matcher } from '../lib/matching/matcher';
import { nodeIndexAt } from '../lib/page/page-scanner';
import type { OffpageRequest } from './offpage-messages';

/** Five numbers a match, node indices counted over the whole request. */
export function matchRequest(matcher: Matcher, request: Pick<OffpageRequest, 'texts' | 'runStarts'>): number[] {
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
      const a = nodeIndexAt(starts, match.start, false);
      const b = nodeIndexAt(starts, match.end, true);
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
