/**
 * Which of a huge page's mentions the highlight holds: those whose block is within a screen of
 * the reader's view, followed as the reader scrolls. Chromium rebuilds the marks of every range
 * in every highlight in each frame after any change to the page's DOM or style, so the cost of a
 * frame on a page that keeps changing grows with the ranges registered, not with those on screen
 * (docs/decisions/0027). Up to PAINT_ALL_UP_TO mentions every one is painted, as before; past it,
 * the blocks holding mentions are watched with an IntersectionObserver, which the browser answers
 * from the layout it makes anyway, so knowing what is near the view costs our tasks no layout.
 * Hit-testing, the list and the reports still cover every mention. Only huge pages need it, so the
 * content script imports it on the first (entrypoints/paint-window).
 */
import type { PublishedMention } from './mention-list';
import { blockContainerOf } from './page-scanner';
import { type Phase, stepThrough } from './scan-scheduler';

/** Pages with up to this many mentions get every one painted. */
export const PAINT_ALL_UP_TO = 1000;
/** A screen above and below the view: scrolling reaches painted names before it shows them. */
const VIEW_MARGIN = '100% 0px';

/** What is used of an IntersectionObserver's entries. */
export interface ViewEntry {
  readonly target: Element;
  readonly isIntersecting: boolean;
}

/** What is used of an IntersectionObserver. */
export interface ViewObserver {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}

export type MakeViewObserver = (onEntries: (entries: readonly ViewEntry[]) => void) => ViewObserver;

/** The browser's IntersectionObserver over the viewport and a screen around it, or null where it is missing. */
export function browserViewObserver(): MakeViewObserver | null {
  if (typeof IntersectionObserver !== 'function') return null;
  return (onEntries) => new IntersectionObserver((entries) => onEntries(entries), { rootMargin: VIEW_MARGIN });
}

/**
 * The element whose place on screen stands for a mention's: its block (a paragraph moves as a
 * whole), else the element holding its text; none for text straight under a shadow root, which is
 * then always painted.
 */
function holderOf(mention: PublishedMention): Element | null {
  const first = mention.nodes[0];
  return first ? (blockContainerOf(first) ?? first.parentElement) : null;
}

/** Makes a window that calls `onMove` when the view moved, or null where nothing tells where the view is. */
export type MakePaintWindow = (onMove: () => void) => PaintWindow | null;

export const makePaintWindow: MakePaintWindow = (onMove) => {
  const observer = browserViewObserver();
  return observer ? new PaintWindow(observer, onMove) : null;
};

export class PaintWindow {
  private observer: ViewObserver | null = null;
  /** Ranges per watched element, and those with no element to watch. */
  private byHolder = new Map<Element, AbstractRange[]>();
  private unplaced: AbstractRange[] = [];
  /** Elements being watched, and those of them the observer last said are near the view. */
  private readonly watched = new Set<Element>();
  private readonly near = new Set<Element>();

  constructor(
    private readonly makeObserver: MakeViewObserver,
    /** Called when elements holding mentions came near the view or left it. */
    private readonly onMove: () => void,
  ) {}

  /**
   * Follows `mentions` from now on, as a phase of a sliced job: elements no longer holding any
   * stop being watched, new ones start.
   */
  track(mentions: readonly PublishedMention[]): Phase {
    const byHolder = new Map<Element, AbstractRange[]>();
    const unplaced: AbstractRange[] = [];
    let holders: Element[] | undefined;
    let at = 0;
    let lastParent: Element | null = null;
    let lastHolder: Element | null = null;
    return (deadline) => {
      if (!holders) {
        at = stepThrough(at, mentions.length, deadline, (i) => {
          const mention = mentions[i] as PublishedMention;
          // Mentions of one run share their text's parent: one walk up for them all.
          const parent = mention.nodes[0]?.parentElement ?? null;
          const holder = parent !== null && parent === lastParent ? lastHolder : holderOf(mention);
          lastParent = parent;
          lastHolder = holder;
          if (holder === null) unplaced.push(mention.range);
          else {
            const ranges = byHolder.get(holder);
            if (ranges) ranges.push(mention.range);
            else byHolder.set(holder, [mention.range]);
          }
        });
        if (at < mentions.length) return false;
        holders = [...byHolder.keys()];
        at = 0;
      }
      this.observer ??= this.makeObserver((entries) => this.onEntries(entries));
      const observer = this.observer;
      const watched = this.watched;
      at = stepThrough(at, holders.length, deadline, (i) => {
        const holder = holders?.[i] as Element;
        if (watched.has(holder)) return;
        watched.add(holder);
        observer.observe(holder);
      });
      if (at < holders.length) return false;
      for (const holder of watched) {
        if (byHolder.has(holder)) continue;
        observer.unobserve(holder);
        watched.delete(holder);
        this.near.delete(holder);
      }
      this.byHolder = byHolder;
      this.unplaced = unplaced;
      return true;
    };
  }

  /** The ranges to paint: those of the elements near the view, and those with no element. */
  ranges(): AbstractRange[] {
    const ranges = [...this.unplaced];
    for (const holder of this.near) ranges.push(...(this.byHolder.get(holder) ?? []));
    return ranges;
  }

  /** Stops watching (a page back under the limit, or switched off). */
  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.byHolder = new Map();
    this.unplaced = [];
    this.watched.clear();
    this.near.clear();
  }

  private onEntries(entries: readonly ViewEntry[]): void {
    let moved = false;
    for (const entry of entries) {
      if (!this.watched.has(entry.target)) continue;
      const was = this.near.has(entry.target);
      if (entry.isIntersecting === was) continue;
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
      moved = true;
    }
    if (moved) this.onMove();
  }
}
