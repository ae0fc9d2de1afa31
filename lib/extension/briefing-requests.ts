/**
 * What a request to open the briefing from a page (a card's "Open briefing") may do. A page can
 * make its content script ask again and again (synthetic clicks on a card's button), so: at most
 * one open per tab in a short window, and a panel that will not open (no user gesture) becomes
 * a new tab only when the content script vouches for a trusted click.
 */
import { type BriefingApis, type BriefingOpenedIn, openBriefing } from './briefing-opener';

/** Long enough to swallow a burst of scripted requests, short enough that a reader never waits on it. */
export const BRIEFING_OPEN_INTERVAL_MS = 2000;

export interface BriefingRequest {
  tabId: number;
  entityId?: string | undefined;
  /** The content script saw a trusted event (`isTrusted`) from the reader. */
  userGesture?: boolean | undefined;
}

/** 'limited': the tab asked too soon after its last request, and nothing was tried. */
export type BriefingRequestOutcome = BriefingOpenedIn | 'limited';

export interface BriefingRequests {
  /**
   * Opens (or refuses) at once, without an await before the browser call, so that a gesture
   * the browser carried with the message still counts.
   */
  handle(request: BriefingRequest): Promise<BriefingRequestOutcome>;
  /** Forgets a closed tab. */
  forget(tabId: number): void;
}

export function createBriefingRequests(
  apis: () => BriefingApis,
  now: () => number = Date.now,
  intervalMs: number = BRIEFING_OPEN_INTERVAL_MS,
): BriefingRequests {
  const lastRequest = new Map<number, number>();
  return {
    handle(request) {
      const at = now();
      const last = lastRequest.get(request.tabId);
      // Every request counts, opened or not: a burst of refused ones must not leave a gap for the next.
      if (last !== undefined && at - last < intervalMs) return Promise.resolve('limited');
      lastRequest.set(request.tabId, at);
      return openBriefing(
        apis(),
        { tabId: request.tabId, ...(request.entityId ? { entityId: request.entityId } : {}) },
        { fallbackToTab: request.userGesture === true },
      );
    },
    forget(tabId) {
      lastRequest.delete(tabId);
    },
  };
}
