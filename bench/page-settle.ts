/**
 * When a page load is over for Backstory, read from outside the page (the service worker), so that
 * waiting adds nothing to the measured page's main thread:
 *
 * 1. First read: the content script's report in the tab's state says `reading: false` (the first
 *    scan is over; tests/e2e/page-read-probe.ts uses the same signal).
 * 2. The article, when the page is one. A page whose metadata says it is an article sends its body
 *    block (`readArticle`) before its first scan, which waits for the answer: the story is in the
 *    tab's state at the first read, and that read is the end. Any other page is checked after the
 *    first scan, in an idle callback; for an article the background stores the story in the tab's
 *    state before it answers, the page applies it and rescans, and its next report (a later
 *    `updatedAt`, `reading: false`) is the rescan's. A rescan that changes nothing (no mentions
 *    before or after) sends no report: then the story having been in the state for
 *    QUIET_AFTER_STORY_MS with nothing after it is the end.
 * 3. Not an article: no request within `detectionWaitMs` of the first read. The check's idle
 *    callback has a 2 s timeout, so a caller that cannot tell afterwards whether it ran (from a
 *    trace) waits DETECTION_BOUND_MS.
 *
 * Every wait is bounded; a load that ended on a bound rather than on its signal says so.
 */
import type { Page } from 'playwright-core';
import type { ArticleRequestSeen, ExtensionSession, TabSnapshot } from './extension-session';

export type SettleOutcome =
  /** No article request: the page is not read as an article (or the request log was lost). */
  | 'no article'
  /** The story was applied before the first scan (a page that declares itself an article). */
  | 'read with the story'
  /** The story was applied and the rescan reported. */
  | 'rescan reported'
  /** The story was stored and nothing followed: a rescan with nothing to report, or one that never came. */
  | 'story, no report'
  /** The page asked but no story ever reached the tab's state (none found, or the wait ran out). */
  | 'asked, no story';

export interface Settled {
  outcome: SettleOutcome;
  /** The page's request, when the worker's log saw it. */
  request: ArticleRequestSeen | null;
  /** The tab's state when the wait ended. */
  state: TabSnapshot;
}

export interface SettleOptions {
  /** Epoch ms taken before the navigation: requests logged before it are an earlier load's. */
  since: number;
  /** Wait for the story even without a logged request (after a worker restart the log is gone). */
  expectArticle?: boolean;
  /** How long after the first read a page with no request counts as not an article. */
  detectionWaitMs?: number;
  /** Wait kept after the signal for trailing work (a traced load needs it; a timed one does not). */
  trailingMs?: number;
}

/** Where the idle check can be confirmed afterwards (a trace), this much quiet after the first read is enough. */
export const SETTLE_MS = 300;
/** The check's idle callback times out after 2 s (entrypoints/content/article-reading.ts); with a margin. */
export const DETECTION_BOUND_MS = 2500;
const QUIET_AFTER_STORY_MS = 1500;
const READ_TIMEOUT_MS = 15_000;
/** From the request (or the first read) to the story in the tab's state: a long article right after a worker start. */
const STORY_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

export async function waitUntilSettled(
  session: ExtensionSession,
  page: Page,
  { since, expectArticle = false, detectionWaitMs = SETTLE_MS, trailingMs = SETTLE_MS }: SettleOptions,
): Promise<Settled> {
  const url = page.url();
  const readBy = Date.now() + READ_TIMEOUT_MS;
  let state = await session.tabState(url);
  while (!state || state.reading) {
    if (Date.now() > readBy) throw new Error(`${url}: Backstory never reported the page as read`);
    await page.waitForTimeout(POLL_MS);
    state = await session.tabState(url);
  }
  const firstRead = state;
  const firstReadAt = Date.now();
  let request: ArticleRequestSeen | null = null;
  let storySeenAt: number | undefined;
  let outcome: SettleOutcome | undefined;
  if (firstRead.articleNames !== null) outcome = 'read with the story';
  while (!outcome) {
    const now = Date.now();
    if (state.articleNames !== null) {
      storySeenAt ??= now;
      if (state.updatedAt > firstRead.updatedAt && !state.reading) outcome = 'rescan reported';
      else if (now - storySeenAt > QUIET_AFTER_STORY_MS) outcome = 'story, no report';
    } else if (request || expectArticle) {
      if (now - (request?.sentAt ?? firstReadAt) > STORY_TIMEOUT_MS) outcome = 'asked, no story';
    } else if (now - firstReadAt >= detectionWaitMs) {
      outcome = 'no article';
    }
    if (outcome) break;
    await page.waitForTimeout(POLL_MS);
    request ??= (await session.requests(url, since))?.[0] ?? null;
    state = (await session.tabState(url)) ?? state;
  }
  // Trailing work: the last report's reply, a late idle callback.
  if (trailingMs > 0) await page.waitForTimeout(trailingMs);
  request ??= (await session.requests(url, since))?.[0] ?? null;
  return { outcome, request, state };
}

/** Whether a load's wait ended on a time bound rather than on its signal. */
export const endedOnBound = (settled: Settled): boolean =>
  settled.outcome === 'story, no report' || settled.outcome === 'asked, no story';
