/**
 * Watches a page for changes after the first scan: added subtrees, replaced or edited text,
 * elements shown with the `hidden` attribute, class and style changes (which may show or hide
 * text), single-page-app navigations, and a replaced document (`document.open()`/`write()`, or a
 * new `<html>` put in the old one's place), which a watch on the old `<html>` alone would miss.
 * Changes are batched into idle time and reduced to the few block elements that need a rescan; a
 * hidden tab does no work until it is shown (replacements: docs/decisions/0020). A
 * MutationObserver on the document sees nothing inside shadow trees: each open shadow root the
 * scans find is watched on its own (`observeRoot`, docs/decisions/0025).
 */
import { isBlockElement, isInSkippedRegion, isSkippedElement, rescanRootOf } from './page-scanner';
import { hostOf, type ScanRoot } from './shadow-roots';

export interface PageChanges {
  /** Block elements (or added subtrees, or shadow roots) to scan again, none inside another. */
  roots: ScanRoot[];
  /** Nodes were removed: mentions in detached text should be dropped. */
  removed: boolean;
  /** The address changed (SPA navigation) or too much changed: scan the whole page. */
  full: boolean;
  /**
   * The page replaced its document element (or wrote a new document with `document.open()`): the
   * whole page is new (`full` too), and listeners on the old `<html>` (or, after `document.open()`,
   * on the document and window) are gone and must be added again.
   */
  replaced: boolean;
  /**
   * Elements whose class or style changed, none inside another: text under them may have been
   * shown or hidden. Rescanning each would rescan the page whenever a script toggles a class on
   * <body>, so the engine only rechecks the mentions (and the hidden matches) it knows there.
   */
  restyled: Element[];
}

export interface PageObserverOptions {
  /** Longest wait for an idle period before a batch is handled anyway. */
  idleTimeoutMs?: number;
  /** More roots than this in one batch: a full rescan is cheaper than sorting them out. */
  maxRoots?: number;
}

const OBSERVED_ATTRIBUTES = ['hidden', 'contenteditable', 'open', 'class', 'style'];
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: OBSERVED_ATTRIBUTES,
};
const STYLE_ATTRIBUTES = new Set(['class', 'style']);

export class PageObserver {
  private readonly observer: MutationObserver;
  private readonly addedRoots = new Set<Element>();
  private readonly touched = new Set<Node>();
  private readonly restyled = new Set<Element>();
  private removed = false;
  private full = false;
  private replaced = false;
  private flushHandle: number | undefined;
  private waitingForVisible = false;
  private lastHref: string;
  private running = false;
  private readonly idleTimeoutMs: number;
  private readonly maxRoots: number;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (changes: PageChanges) => void,
    options: PageObserverOptions = {},
  ) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? 300;
    this.maxRoots = options.maxRoots ?? 64;
    this.lastHref = doc.location?.href ?? '';
    this.observer = new MutationObserver((records) => this.record(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.lastHref = this.doc.location?.href ?? '';
    // The document, not its <html>: a page may put a new <html> in the old one's place.
    this.observer.observe(this.doc, OBSERVED);
    this.doc.defaultView?.addEventListener('popstate', this.onPopState);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.observer.disconnect();
    this.doc.defaultView?.removeEventListener('popstate', this.onPopState);
    this.doc.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.cancelFlush();
    this.addedRoots.clear();
    this.touched.clear();
    this.restyled.clear();
    this.removed = false;
    this.full = false;
    this.replaced = false;
    this.waitingForVisible = false;
  }

  /**
   * Watches a shadow root's tree as well (observing one twice changes nothing). Until `stop`:
   * after that, the scans that find it again ask again.
   */
  observeRoot(root: ShadowRoot): void {
    if (this.running) this.observer.observe(root, OBSERVED);
  }

  /** Whether changes are waiting to be handed over. */
  get pending(): boolean {
    return this.flushHandle !== undefined || this.waitingForVisible;
  }

  /** Hands over pending changes now (tests, and before a page is measured). */
  flushNow(): void {
    this.cancelFlush();
    this.flush();
  }

  private readonly onPopState = (): void => {
    this.scheduleFlush();
  };

  private readonly onVisibilityChange = (): void => {
    if (this.doc.visibilityState === 'hidden') return;
    this.doc.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.waitingForVisible = false;
    this.scheduleFlush();
  };

  /** Runs inside the MutationObserver callback: keep it to a few set insertions per record. */
  private record(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (target === this.doc) {
        // The document's own children: a new (or no) <html>. A doctype or comment is no news.
        if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].some(isElement)) {
          this.replaced = true;
        }
        continue;
      }
      if (record.type === 'characterData') {
        if (target.parentNode) this.touched.add(target.parentNode);
        continue;
      }
      if (record.type === 'attributes') {
        if (STYLE_ATTRIBUTES.has(record.attributeName as string)) this.restyled.add(target as Element);
        else this.touched.add(target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          const element = node as Element;
          if (isSkippedElement(element)) continue;
          if (isBlockElement(element)) this.addedRoots.add(element);
          else this.touched.add(target);
        } else if (node.nodeType === 3) {
          this.touched.add(target);
        }
      }
      for (const node of record.removedNodes) {
        this.removed = true;
        // A removed block takes its own runs with it; removed inline text changes its block's run.
        if (node.nodeType === 3 || (node.nodeType === 1 && !isBlockElement(node as Element))) this.touched.add(target);
      }
    }
    // document.open() in a hidden tab took the listener that was to wake us when it is shown.
    if (this.replaced && this.waitingForVisible) this.doc.addEventListener('visibilitychange', this.onVisibilityChange);
    if (this.touched.size + this.addedRoots.size + this.restyled.size > 0 || this.removed || this.replaced) {
      this.scheduleFlush();
    }
  }

  private scheduleFlush(): void {
    if (this.flushHandle !== undefined || this.waitingForVisible || !this.running) return;
    const view = this.doc.defaultView;
    if (view && typeof view.requestIdleCallback === 'function') {
      this.flushHandle = view.requestIdleCallback(() => this.flushFromTimer(), { timeout: this.idleTimeoutMs });
    } else {
      this.flushHandle = setTimeout(() => this.flushFromTimer(), 50) as unknown as number;
    }
  }

  private cancelFlush(): void {
    if (this.flushHandle === undefined) return;
    const view = this.doc.defaultView;
    if (view && typeof view.cancelIdleCallback === 'function') view.cancelIdleCallback(this.flushHandle);
    else clearTimeout(this.flushHandle);
    this.flushHandle = undefined;
  }

  private flushFromTimer(): void {
    this.flushHandle = undefined;
    if (this.doc.visibilityState === 'hidden') {
      this.waitingForVisible = true;
      this.doc.addEventListener('visibilitychange', this.onVisibilityChange);
      return;
    }
    this.flush();
  }

  private flush(): void {
    const href = this.doc.location?.href ?? '';
    const replaced = this.replaced;
    // document.open() takes every listener off the document and its window, ours too (Chromium).
    if (replaced) this.doc.defaultView?.addEventListener('popstate', this.onPopState);
    let full = this.full || replaced || href !== this.lastHref;
    this.lastHref = href;
    const candidates = new Set<ScanRoot>();
    for (const root of this.addedRoots) if (root.isConnected) candidates.add(root);
    for (const node of this.touched) {
      if (!node.isConnected) continue;
      candidates.add(rescanRootOf(node, this.doc));
    }
    const removed = this.removed;
    // Past a few dozen (an animation toggling classes), checking every known mention is cheaper
    // than sorting them out. Backstory's own card moves by its style: never a reason to look again.
    const restyled =
      this.restyled.size > this.maxRoots
        ? [this.doc.documentElement]
        : outermost([...this.restyled].filter((el) => el.isConnected && !isInSkippedRegion(el)));
    this.addedRoots.clear();
    this.touched.clear();
    this.restyled.clear();
    this.removed = false;
    this.full = false;
    this.replaced = false;

    const roots: ScanRoot[] = [];
    if (!full) {
      const live = [...candidates].filter((el) => !isInSkippedRegionExceptSelf(el));
      if (live.length > this.maxRoots) full = true;
      else roots.push(...outermost(live));
    }
    // Called even when nothing is left to rescan, so that callers waiting for quiet hear of it.
    this.onChange({ roots: full ? [] : roots, removed, full, replaced, restyled: full ? [] : restyled });
  }
}

const isElement = (node: Node): boolean => node.nodeType === 1;

/** The nodes that no other node of the list contains (each subtree once). */
export function outermost<T extends Node>(elements: readonly T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/**
 * Skipped because an ancestor is skipped. An element whose own `hidden` was just removed must
 * still be rescanned, so only its ancestors decide.
 */
function isInSkippedRegionExceptSelf(element: ScanRoot): boolean {
  if (element.nodeType === 11) return isInSkippedRegion((element as ShadowRoot).host);
  const el = element as Element;
  if (SKIP_SELF_TAGS.has(el.localName)) return true;
  const parent = el.parentElement ?? hostOf(el);
  return parent ? isInSkippedRegion(parent) : false;
}

const SKIP_SELF_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
