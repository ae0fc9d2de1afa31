/**
 * Moving between mentions on the page for the card: which mention comes next, scrolling one into
 * view (smoothly unless the reader asked for reduced motion), and the DOM questions the card
 * controller asks about a mention (same one after a rescan? inside a link?).
 */
import type { PageMention } from './page-mentions';

export const sameMention = (a: PageMention, b: PageMention): boolean =>
  a.index === b.index && a.entityId === b.entityId;

/** The next (or previous) mention after `current`, or, with no card open, from the top of the viewport. */
export function nextMention(
  mentions: readonly PageMention[],
  current: PageMention | undefined,
  direction: 1 | -1,
): PageMention | undefined {
  if (mentions.length === 0) return undefined;
  let at: number;
  if (current) {
    const i = mentions.findIndex((m) => sameMention(m, current));
    at = i < 0 ? (direction === 1 ? -1 : mentions.length) : i;
  } else {
    // Start where the reader is reading: the first mention at or below the top of the viewport.
    const firstVisible = mentions.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
    const i = firstVisible < 0 ? mentions.length : firstVisible;
    at = direction === 1 ? i - 1 : i;
  }
  const n = mentions.length;
  return mentions[(((at + direction) % n) + n) % n];
}

export function sameStart(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0;
  } catch {
    return false;
  }
}

export function isInLink(range: Range): boolean {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest('a[href]');
}

/** The focused element, looking inside open shadow roots (a page's web components). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Brings a mention into the middle band of the viewport (unless it is already there), then calls
 * `then` once the scroll has settled: the card is placed at the mention, so it must wait.
 */
export function scrollToMention(mention: Pick<PageMention, 'range'>, then: () => void): void {
  const rect = mention.range.getBoundingClientRect();
  const margin = window.innerHeight * 0.15;
  if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) {
    then();
    return;
  }
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behavior: ScrollBehavior = reduceMotion ? 'auto' : 'smooth';
  const start = mention.range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  // Scrolling the element also scrolls any scrollable box it sits in; but centring a very tall
  // element would push the mention itself off screen, so then the window scrolls to the mention.
  if (element && element.getBoundingClientRect().height < window.innerHeight * 0.6) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  } else {
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior });
  }
  if (behavior === 'auto') {
    then();
    return;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    window.removeEventListener('scrollend', finish);
    then();
  };
  window.addEventListener('scrollend', finish, { once: true });
  // Not every engine fires scrollend (and a scroll already in place fires none).
  setTimeout(finish, 700);
}

/** Where a mention sits among its entity's mentions on the page: "2 of 5" (1-based). */
export function mentionPosition(
  mentions: readonly { index: number; entityId: string }[],
  current: { index: number; entityId: string },
): { ordinal: number; count: number; previousIndex?: number; nextIndex?: number } {
  const same = mentions.filter((m) => m.entityId === current.entityId);
  const at = same.findIndex((m) => m.index === current.index);
  const count = same.length;
  if (at < 0 || count === 0) return { ordinal: 0, count };
  // Wraps around, so previous on the first mention goes to the last, as readers expect from "next" in a find bar.
  const previous = count > 1 ? same[(at - 1 + count) % count] : undefined;
  const next = count > 1 ? same[(at + 1) % count] : undefined;
  return {
    ordinal: at + 1,
    count,
    ...(previous ? { previousIndex: previous.index } : {}),
    ...(next ? { nextIndex: next.index } : {}),
  };
}
