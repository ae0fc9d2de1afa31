/**
 * The background half of the off-page matching probe (bench/offpage-probe.ts, issue 23): the
 * service worker of the test extension. It holds the bundled stories' matcher, read back from the
 * build's snapshot as the product's background hands it to pages, and answers a page's text with
 * the offsets of its matches: each run (a block's inline text) joined and matched as the scanner
 * does, the matches mapped back to node offsets (offpage-offsets.ts). What the probe leaves out: the context gate and
 * line breaks between joined nodes (a <br> inside a block), which the page would be asked about.
 */
import bundledMatcher from 'virtual:backstory/bundled-matcher';
import { bundledStories } from '../data/stories';
import { buildMatcher } from '../lib/matching/table-builder';
import { buildCatalog } from '../lib/story/story-model';
import { CANDIDATE_KEY, type OffpageAnswer, type OffpageRequest } from './offpage-messages';
import { matchRequest } from './offpage-offsets';

const matcher = buildMatcher(buildCatalog(bundledStories).aliases, bundledMatcher);

interface WorkerChrome {
  runtime: WorkerRuntime;
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

interface WorkerRuntime {
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, reply: (answer: OffpageAnswer) => void) => boolean): void;
  };
}

const api = (globalThis as unknown as { chrome?: WorkerChrome }).chrome;
// For the variant that keeps the candidate pattern on the page (offpage-page.ts `candidateWalk`).
void api?.storage.local.set({ [CANDIDATE_KEY]: bundledMatcher.candidates?.test });
const runtime = api?.runtime;
runtime?.onMessage.addListener((message, _sender, reply) => {
  const request = message as Partial<OffpageRequest> | null;
  if (request?.type !== 'offpage-match' || !request.texts || !request.runStarts) return false;
  const begin = performance.now();
  const matches = matchRequest(matcher, { texts: request.texts, runStarts: request.runStarts });
  reply({ matches, workerMs: performance.now() - begin });
  return false;
});
