/**
 * The mention engine: scans the page with the catalog's aliases, keeps the mentions current as the
 * page changes, paints them with CSS highlights and publishes them to the card controller and the
 * messaging bridge (PageMentionsSource). It never writes to the page's DOM. Open shadow roots
 * are read like the rest of the page, watched once found, and looked for again on custom
 * elements that had none yet (docs/decisions/0025).
 */

import { Matcher } from '../matching/matcher';
import type { MatcherSnapshot, MatcherTables } from '../matching/matcher-tables';
import type { HighlightStyle } from '../storage/settings';
import type { AliasEntry, Catalog } from '../story/story-model';
import { type HighlightApi, HighlightPainter } from './highlights';
import { type MentionList, mentionListPhases, type PublishedMention } from './mention-list';
import type { PageMention, PageMentionsSource } from './page-mentions';
import { outermost, type PageChanges, PageObserver } from './page-observer';
import { blockContainerOf, isRendered, PageScan, type PageScanOptions, type ScannedRun } from './page-scanner';
import { type MakePaintWindow, PAINT_ALL_UP_TO, type PaintWindow } from './paint-window';
import { AFTER_FRAME, type Phase, phasedJob, ScanScheduler, type SchedulerStats, stepThrough } from './scan-scheduler';
import { composedOrder, composedWithin } from './shadow-roots';

export interface MentionEngineOptions {
  catalog: Pick<Catalog, 'aliases'>;
  document?: Document;
  enabled?: boolean;
  highlightStyle?: HighlightStyle;
  /** Target slice length for time-sliced scanning. */
  sliceMs?: number;
  /** Injected in tests; defaults to the browser's CSS.highlights. */
  highlightApi?: HighlightApi | null;
  /**
   * Loads what paints only the mentions near the view (paint-window.ts), the first time a page has
   * more than `paintAllUpTo`; none (or a failed load) paints every mention whatever their number.
   */
  loadPaintWindow?: () => Promise<MakePaintWindow>;
  /** Pages with up to this many mentions get every one painted (PAINT_ALL_UP_TO). */
  paintAllUpTo?: number;
  /** How long the observer waits for idle time before handling a batch of changes. */
  idleTimeoutMs?: number;
  /** Matcher tables made at build time; used for a catalog with exactly their aliases. */
  prebuiltMatcher?: MatcherSnapshot;
  /** Reads open shadow roots (default true; false reads the document's own tree only). */
  shadowRoots?: boolean;
  /** The highlights' `::highlight()` rules, adopted by shadow roots that hold mentions. */
  shadowHighlightCss?: string;
  /**
   * Where the matcher's tables come from: read back from `prebuilt` when it was made from exactly
   * these aliases, built otherwise (`readOrBuildTables` in lib/matching/table-builder.ts). Passed
   * in so that a page whose catalog is the bundled one never loads the builder (docs/decisions/0022).
   */
  tables: TableSource;
}

export type TableSource = (aliases: readonly AliasEntry[], prebuilt?: MatcherSnapshot) => MatcherTables;

/** A scan waits this many times as long as the matcher took to build… */
const SETTLE_PER_BUILD_MS = 3;
/** …and never longer than this. */
const SETTLE_MAX_MS = 200;
/**
 * When custom elements met without a shadow root are asked again whether they have one (after
 * each scan that met some): a definition loaded later upgrades them, and neither the upgrade nor
 * what it puts in the new root reaches a MutationObserver on the document.
 */
const BARE_HOST_CHECKS_MS = [250, 1000, 3000, 10_000];
/** Custom elements remembered for those checks, at most. */
const BARE_HOST_LIMIT = 5000;

export class MentionEngine implements PageMentionsSource {
  private readonly doc: Document;
  private matcher: Matcher;
  private readonly prebuiltMatcher: MatcherSnapshot | undefined;
  private readonly tables: TableSource;
  /** When the background work of building the matcher is likely over (see `useMatcher`). */
  private matcherSettled = 0;
  private enabled: boolean;
  private started = false;
  private destroyed = false;
  /** Mentions per run, keyed by the run's first text node. */
  private runs = new Map<Text, ScannedRun>();
  /** Elements whose matches the scans dropped as not rendered (see `restyledBlocks`). */
  private hiddenHolders = new Set<Element>();
  private runsInOrder = true;
  private list: PublishedMention[] = [];
  private byNode = new Map<Text, PublishedMention[]>();
  private readonly listeners = new Set<(mentions: readonly PageMention[]) => void>();
  private readonly replacedListeners = new Set<() => void>();
  private readonly scheduler: ScanScheduler;
  private readonly observer: PageObserver;
  private readonly painter: HighlightPainter;
  /** Paints a huge page's mentions near the view only, once loaded; null until then, or where it cannot. */
  private window: PaintWindow | null = null;
  private readonly loadPaintWindow: (() => Promise<MakePaintWindow>) | undefined;
  private windowLoad: 'none' | 'loading' | 'done' = 'none';
  private readonly paintAllUpTo: number;
  /** The window is in use: the page has more mentions than `paintAllUpTo`. */
  private windowed = false;
  /** A repaint for a window that moved is queued. */
  private windowRepaintQueued = false;
  /** Bumped whenever queued work becomes stale (switch-off, new catalog, full rescan). */
  private generation = 0;
  /** A whole-page scan is queued, waiting (hidden tab, idle time) or running. */
  private fullScanPending = false;
  /** The first scan waits for what `start(after)` was given. */
  private holding = false;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly scanOptions: PageScanOptions;
  /** Custom elements without a shadow root when last scanned (see BARE_HOST_CHECKS_MS). */
  private bareHosts = new Set<Element>();
  private bareCheck: { timer: ReturnType<typeof setTimeout>; next: number } | undefined;
  /** The shadow roots holding mentions, and those above them: what the hit-test looks into. */
  private mentionRoots: ShadowRoot[] = [];

  constructor(options: MentionEngineOptions) {
    this.doc = options.document ?? document;
    this.scanOptions = {
      shadowRoots: options.shadowRoots ?? true,
      onShadowRoot: (root) => this.observer.observeRoot(root),
    };
    this.prebuiltMatcher = options.prebuiltMatcher;
    this.tables = options.tables;
    this.matcher = this.useMatcher(options.catalog.aliases);
    this.enabled = options.enabled ?? true;
    this.scheduler = new ScanScheduler({ sliceMs: options.sliceMs, document: this.doc });
    this.observer = new PageObserver(this.doc, (changes) => this.onPageChanges(changes), {
      idleTimeoutMs: options.idleTimeoutMs,
    });
    this.painter = new HighlightPainter(options.highlightApi, options.highlightStyle, options.shadowHighlightCss);
    this.loadPaintWindow = options.loadPaintWindow;
    this.paintAllUpTo = options.paintAllUpTo ?? PAINT_ALL_UP_TO;
  }

  /**
   * Begins scanning (when enabled). Call once the catalog and settings are known. With `after`,
   * the first scan waits until it settles (the story read from the page's article, which would
   * otherwise mean a second whole-page scan); meanwhile the page counts as being read.
   */
  start(after?: Promise<unknown>): void {
    if (this.started || this.destroyed || this.holding) return;
    if (after) {
      this.holding = true;
      const go = () => {
        this.holding = false;
        if (!this.destroyed) this.start();
        this.settleIdle();
      };
      void after.then(go, go);
      return;
    }
    this.started = true;
    if (this.enabled) this.turnOn();
  }

  setEnabled(on: boolean): void {
    if (on === this.enabled || this.destroyed) return;
    this.enabled = on;
    if (!this.started) return;
    if (on) this.turnOn();
    else this.turnOff();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  setHighlightStyle(style: HighlightStyle): void {
    this.painter.setStyle(style);
  }

  /**
   * New stories or stories switched on/off: rebuild the matcher and rescan the page. `prebuilt`:
   * tables the background made for exactly this catalog (the page's article read), so the page
   * reads them back instead of building them.
   */
  setCatalog(catalog: Pick<Catalog, 'aliases'>, prebuilt?: MatcherSnapshot): void {
    if (this.destroyed) return;
    this.matcher = this.useMatcher(catalog.aliases, prebuilt);
    if (this.started && this.enabled) this.scanAll();
  }

  setActive(mention: PageMention | undefined): void {
    this.painter.setActive(mention?.range);
  }

  flash(mention: Pick<PageMention, 'range'>): void {
    this.painter.flash(mention.range);
  }

  mentions(): readonly PageMention[] {
    return this.list;
  }

  subscribe(listener: (mentions: readonly PageMention[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls `listener` when the page has replaced its document (`document.open()`, a new `<html>`),
   * before the new one is scanned: listeners on the old `<html>`, or after `document.open()` on
   * the document and window, are gone and must be added again.
   */
  onDocumentReplaced(listener: () => void): () => void {
    this.replacedListeners.add(listener);
    return () => this.replacedListeners.delete(listener);
  }

  mentionAt(clientX: number, clientY: number): PageMention | undefined {
    // The pointer is on the page: a page that cleared the highlight registry gets the marks back.
    this.painter.restore();
    const caret = caretAt(this.doc, clientX, clientY, this.mentionRoots);
    if (caret?.node.nodeType !== 3) return undefined;
    for (const mention of this.byNode.get(caret.node as Text) ?? []) {
      for (const rect of mention.range.getClientRects()) {
        if (
          clientX >= rect.left - 1 &&
          clientX <= rect.right + 1 &&
          clientY >= rect.top - 1 &&
          clientY <= rect.bottom + 1
        ) {
          return mention;
        }
      }
    }
    return undefined;
  }

  /**
   * Whether the page is still being read as a whole (after start, switching on, a new catalog or a
   * single-page-site navigation): until then, "no mentions" is not an answer yet.
   */
  get reading(): boolean {
    return this.fullScanPending || this.holding;
  }

  /** Resolves once no scan is queued and no page change waits (tests, the benchmark, the bridge). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Task statistics of the time-sliced scans since the last reset (for the benchmark). */
  taskStats(reset = false): SchedulerStats {
    const stats = this.scheduler.readStats();
    if (reset) this.scheduler.resetStats();
    return stats;
  }

  /** Rescans the whole page (the benchmark, and SPA navigations). */
  rescan(): Promise<void> {
    if (!this.started || !this.enabled) return Promise.resolve();
    this.scanAll();
    return this.whenIdle();
  }

  /** Stops everything and removes every highlight; the page is left as it was. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.turnOff();
    this.scheduler.dispose();
    this.listeners.clear();
    this.replacedListeners.clear();
  }

  /**
   * Builds the matcher and notes when a scan should start. Building one for thousands of names
   * leaves the engine's compilers and collector busy on other threads for a while; on a two-core
   * machine a scan that starts at once shares the CPU with them (docs/decisions/0005). The wait
   * follows the build's own length, so a small catalog hardly waits.
   */
  private useMatcher(aliases: Catalog['aliases'], prebuilt = this.prebuiltMatcher): Matcher {
    const start = performance.now();
    const matcher = new Matcher(aliases, this.tables(aliases, prebuilt));
    const end = performance.now();
    this.matcherSettled = end + Math.min(SETTLE_MAX_MS, (end - start) * SETTLE_PER_BUILD_MS);
    return matcher;
  }

  private turnOn(): void {
    this.observer.start();
    this.scanAll();
  }

  private turnOff(): void {
    this.stopBareHostChecks();
    this.bareHosts = new Set();
    this.generation++;
    this.fullScanPending = false;
    this.scheduler.cancelAll();
    this.observer.stop();
    this.runs = new Map();
    this.hiddenHolders = new Set();
    this.painter.uninstall();
    this.window?.clear();
    // `windowed` goes false in the publish of the empty list, just below.
    for (const phase of this.publishPhases()) phase(Number.POSITIVE_INFINITY);
    this.settleIdle();
  }

  private scanAll(): void {
    const generation = ++this.generation;
    this.fullScanPending = true;
    this.scheduler.cancelAll();
    const root = this.doc.body ?? this.doc.documentElement;
    const scan = new PageScan(root, this.matcher, this.scanOptions);
    /** The read took more than one slice: the page ran in between and may have changed style. */
    let readAcrossSlices = false;
    void this.scheduler
      .run(
        phasedJob(
          () => generation === this.generation,
          [
            // A whole page is never urgent to the millisecond: start when the page is idle, and
            // not while the background work that building the matcher set off still runs.
            () => ({ notBefore: this.matcherSettled }),
            (deadline) => {
              const done = scan.read(deadline);
              if (!done) readAcrossSlices = true;
              return done;
            },
            // Visibility checks read computed style. The read started in an idle period, which
            // follows the page's last frame, so style is clean while nothing else has run: waiting
            // for one more frame would only add a frame and a task (docs/decisions/0029). A read
            // that took several slices let the page run between them: let it render first.
            () => (scan.hasPending && readAcrossSlices ? AFTER_FRAME : true),
            (deadline) => scan.resolve(deadline),
            () => {
              this.runs = new Map(scan.runs.map((run) => [run.key, run]));
              this.hiddenHolders = new Set(scan.hiddenHolders);
              // Shadow trees are read after the subtree holding their hosts: not in reading order.
              this.runsInOrder = scan.shadowRoots.length === 0;
              this.bareHosts = new Set();
              this.noteBareHosts(scan.bareHosts);
              return true;
            },
            ...this.publishPhases(),
          ],
        ),
      )
      .then(() => {
        // Finished, or dropped (a scan that threw): either way this reading is over.
        if (generation === this.generation) this.fullScanPending = false;
        this.settleIdle();
      });
  }

  private onPageChanges(changes: PageChanges): void {
    if (!this.enabled || this.destroyed) return;
    // The page changed: a good moment to see whether custom elements got their shadow roots.
    if (!changes.full) {
      const upgraded = this.upgradedHosts();
      if (upgraded.length > 0) changes = { ...changes, roots: outermost([...changes.roots, ...upgraded]) };
    }
    if (changes.replaced) {
      this.scheduler.reattach();
      for (const listener of [...this.replacedListeners]) {
        try {
          listener();
        } catch (error) {
          console.warn('Backstory: a document-replaced listener failed', error);
        }
      }
    }
    if (changes.full) {
      this.scanAll();
      return;
    }
    if (changes.restyled.length === 0) {
      this.rescanRoots(changes);
      return;
    }
    // Whether a restyled mention is still shown reads computed style: ask once the page has
    // rendered (style clean), not now, when it would force a recalculation in our task.
    const generation = this.generation;
    void this.scheduler
      .run(
        phasedJob(
          () => generation === this.generation,
          [
            () => AFTER_FRAME,
            this.restyledPhase(changes.restyled, (restyled) =>
              this.rescanRoots(
                restyled.length === 0 ? changes : { ...changes, roots: outermost([...changes.roots, ...restyled]) },
              ),
            ),
          ],
        ),
      )
      .then(() => this.settleIdle());
  }

  /** Rescans the changed blocks (and drops what was removed), in slices. */
  private rescanRoots(changes: PageChanges): void {
    if (changes.roots.length === 0 && !changes.removed) {
      this.settleIdle();
      return;
    }
    const generation = this.generation;
    const scans = changes.roots.map((root) => new PageScan(root, this.matcher, this.scanOptions));
    void this.scheduler
      .run(
        phasedJob(
          () => generation === this.generation,
          [
            ...scans.map(
              (scan): Phase =>
                (deadline) =>
                  scan.read(deadline),
            ),
            // The page just changed, so its style is likely dirty: resolve after it renders.
            () => (scans.some((scan) => scan.hasPending) ? AFTER_FRAME : true),
            ...scans.map(
              (scan): Phase =>
                (deadline) =>
                  scan.resolve(deadline),
            ),
            () => {
              this.applyRescan(changes, scans);
              return true;
            },
            ...this.publishPhases(),
          ],
        ),
      )
      .then(() => this.settleIdle());
  }

  /**
   * The blocks to rescan after class or style changes, handed to `done`: where a known mention is
   * no longer rendered, or a match dropped as hidden now is. Only what the scans know is checked, so
   * a class toggled on <body> costs a visibility check per mention, not a rescan of the page; on a
   * huge page those checks are cut into slices (docs/decisions/0027).
   */
  private restyledPhase(restyled: readonly Element[], done: (blocks: Element[]) => void): Phase {
    const within = new Set<Node>(restyled);
    let runs: ScannedRun[] | undefined;
    const checked = new Set<Element>();
    const blocks = new Set<Element>();
    const check = (holder: Element | null | undefined, wasRendered: boolean) => {
      if (!holder?.isConnected || checked.has(holder)) return;
      checked.add(holder);
      if (composedWithin(holder, within) && isRendered(holder) !== wasRendered) {
        blocks.add(blockContainerOf(holder) ?? holder);
      }
    };
    let at = 0;
    return (deadline) => {
      // The runs when the frame has come: jobs queued before this one may have changed them.
      runs ??= [...this.runs.values()];
      const all = runs;
      at = stepThrough(at, all.length, deadline, (i) => {
        for (const mention of (all[i] as ScannedRun).mentions) check(mention.nodes[0]?.parentElement, true);
      });
      if (at < all.length) return false;
      for (const holder of this.hiddenHolders) check(holder, false);
      done([...blocks]);
      return true;
    };
  }

  private applyRescan(changes: PageChanges, scans: readonly PageScan[]): void {
    const roots = new Set<Node>(changes.roots);
    const within = (node: Node) => (changes.removed && !node.isConnected) || composedWithin(node, roots);
    const stale = new Set<Text>();
    for (const key of this.runs.keys()) if (within(key)) stale.add(key);
    for (const holder of this.hiddenHolders) if (within(holder)) this.hiddenHolders.delete(holder);
    // A run whose first text node was there before keeps its place in page order (a Map keeps a
    // replaced key where it was), so a page rewriting text in place never costs a sort of every run.
    const kept: Text[] = [];
    for (const scan of scans) {
      for (const run of scan.runs) {
        if (stale.delete(run.key)) kept.push(run.key);
        else this.runsInOrder = false;
        this.runs.set(run.key, run);
      }
      for (const holder of scan.hiddenHolders) this.hiddenHolders.add(holder);
      this.noteBareHosts(scan.bareHosts);
    }
    for (const key of stale) this.runs.delete(key);
    if (this.runsInOrder && kept.length > 0) this.runsInOrder = keptInOrder([...this.runs.keys()], new Set(kept));
  }

  private orderedRuns(): ScannedRun[] {
    const runs = [...this.runs.values()];
    if (!this.runsInOrder) {
      runs.sort((a, b) => composedOrder(a.key, b.key));
      this.runs = new Map(runs.map((run) => [run.key, run]));
      this.runsInOrder = true;
    }
    return runs;
  }

  /**
   * Publishes what the scans found: the list, its highlights, then the listeners. Phases of the
   * scan's job, so that a huge page's list and paint are cut into slices (docs/decisions/0027).
   */
  private publishPhases(): Phase[] {
    let made: MentionList = { list: [], byNode: new Map(), roots: [] };
    let track: Phase | undefined;
    let paint: Phase | undefined;
    let repaint = false;
    let changed = false;
    return [
      ...mentionListPhases(
        () => this.orderedRuns(),
        (list) => {
          made = list;
        },
      ),
      () => {
        const next = made.list;
        changed =
          next.length !== this.list.length ||
          next.some((m, i) => m.range !== this.list[i]?.range || m.entityId !== this.list[i]?.entityId);
        this.list = next;
        this.byNode = made.byNode;
        this.mentionRoots = made.roots;
        // Registered with the first mention, not before: most pages never mention the stories, and
        // there Backstory leaves the page's highlight registry untouched (and skips its set-up cost).
        const fresh = !this.painter.installed;
        if (next.length > 0 && this.enabled && this.started && !this.destroyed) this.painter.install();
        for (const root of made.roots) this.painter.styleShadowRoot(root);
        repaint = changed || fresh;
        const over = next.length > this.paintAllUpTo;
        if (over) this.loadWindow();
        // Painting a huge page whole while the window's module loads would cost the frames it
        // spares: the load paints the window when it is in.
        if (over && this.windowLoad === 'loading') repaint = false;
        const windowed = over && this.window !== null;
        if (this.windowed && !windowed) this.window?.clear();
        this.windowed = windowed;
        if (repaint && windowed) track = this.window?.track(next);
        return true;
      },
      (deadline) => track?.(deadline) ?? true,
      (deadline) => {
        if (!repaint) return true;
        paint ??= this.painter.repaint(
          this.windowed && this.window ? this.window.ranges() : this.list.map((m) => m.range),
        );
        return paint(deadline);
      },
      () => {
        if (changed) {
          for (const listener of [...this.listeners]) {
            try {
              listener(this.list);
            } catch (error) {
              console.warn('Backstory: a mention listener failed', error);
            }
          }
        }
        return true;
      },
    ];
  }

  /**
   * The reader scrolled a huge page: paint the mentions now near the view, take out those that
   * left it. One repaint queued at a time, reading the window when it runs.
   */
  private repaintWindow(): void {
    if (this.windowRepaintQueued || !this.windowed || !this.enabled || this.destroyed) return;
    this.windowRepaintQueued = true;
    this.runWindowJob(false);
  }

  /** Imports the window's module once; the page is painted whole meanwhile, and for good if it fails. */
  private loadWindow(): void {
    if (this.windowLoad !== 'none' || !this.loadPaintWindow) return;
    this.windowLoad = 'loading';
    const loaded = (make?: MakePaintWindow) => {
      this.windowLoad = 'done';
      this.window = make?.(() => this.repaintWindow()) ?? null;
      if (!this.enabled || this.destroyed) {
        this.settleIdle();
        return;
      }
      // Watch the page's blocks and paint those near the view only; without a window, every mention.
      this.windowed = this.window !== null && this.list.length > this.paintAllUpTo;
      this.windowRepaintQueued = this.windowed;
      this.runWindowJob(true);
    };
    this.loadPaintWindow().then(loaded, () => loaded());
  }

  /**
   * Makes the highlight hold the window's ranges (every mention's when there is no window in use),
   * with `retrack` after watching the list's blocks anew.
   */
  private runWindowJob(retrack: boolean): void {
    const generation = this.generation;
    let track: Phase | undefined;
    let paint: Phase | undefined;
    void this.scheduler
      .run(
        phasedJob(
          () => generation === this.generation && (retrack || this.windowed),
          [
            // The list when the job runs: a publish queued before it may have changed it.
            (deadline) => {
              if (!retrack || !this.windowed || !this.window) return true;
              track ??= this.window.track(this.list);
              return track(deadline);
            },
            (deadline) => {
              this.windowRepaintQueued = false;
              paint ??= this.painter.repaint(
                this.windowed && this.window ? this.window.ranges() : this.list.map((m) => m.range),
              );
              return paint(deadline);
            },
          ],
        ),
      )
      .then(() => {
        this.windowRepaintQueued = false;
        this.settleIdle();
      });
  }

  /** Remembers custom elements a scan met without a shadow root, and plans to ask them again. */
  private noteBareHosts(hosts: readonly Element[]): void {
    if (hosts.length === 0) return;
    for (const host of hosts) {
      if (this.bareHosts.size >= BARE_HOST_LIMIT) break;
      this.bareHosts.add(host);
    }
    this.stopBareHostChecks();
    this.planBareHostCheck(0);
  }

  private planBareHostCheck(step: number): void {
    const delay = BARE_HOST_CHECKS_MS[step];
    if (delay === undefined || this.bareHosts.size === 0) return;
    const timer = setTimeout(() => {
      this.bareCheck = undefined;
      if (this.destroyed || !this.enabled) return;
      const upgraded = this.upgradedHosts();
      if (upgraded.length > 0) {
        this.rescanRoots({ roots: upgraded, removed: false, full: false, replaced: false, restyled: [] });
      }
      this.planBareHostCheck(step + 1);
    }, delay);
    this.bareCheck = { timer, next: step };
  }

  private stopBareHostChecks(): void {
    if (this.bareCheck) clearTimeout(this.bareCheck.timer);
    this.bareCheck = undefined;
  }

  /** The shadow roots that remembered custom elements have gained since (each forgotten then). */
  private upgradedHosts(): ShadowRoot[] {
    const roots: ShadowRoot[] = [];
    for (const host of this.bareHosts) {
      const root = host.shadowRoot;
      if (root !== null) {
        this.bareHosts.delete(host);
        this.observer.observeRoot(root);
        roots.push(root);
      } else if (!host.isConnected) this.bareHosts.delete(host);
    }
    return roots;
  }

  private isIdle(): boolean {
    return this.scheduler.idle && !this.observer.pending && !this.holding && this.windowLoad !== 'loading';
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/**
 * The text position under a viewport point (standard API first, WebKit/old Chromium after). Inside
 * the shadow roots listed, the standard API gives the text node itself; elsewhere in a shadow tree,
 * only its host.
 */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | null {
  const withCaret = doc as Document & {
    caretPositionFromPoint?(
      x: number,
      y: number,
      options?: { shadowRoots: ShadowRoot[] },
    ): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof withCaret.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length === 0
        ? withCaret.caretPositionFromPoint(x, y)
        : withCaret.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof withCaret.caretRangeFromPoint === 'function') {
    const range = withCaret.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * Whether `keys`, in page order before a rescan, still are, where only the `moved` ones can have
 * moved (a node taken from one place to another is in a changed block, so it was rescanned):
 * each of those is checked against its neighbours.
 */
function keptInOrder(keys: readonly Text[], moved: ReadonlySet<Text>): boolean {
  for (let i = 0; i < keys.length; i++) {
    if (!moved.has(keys[i] as Text)) continue;
    const before = keys[i - 1];
    const after = keys[i + 1];
    if (
      (before && composedOrder(before, keys[i] as Text) > 0) ||
      (after && composedOrder(keys[i] as Text, after) > 0)
    ) {
      return false;
    }
  }
  return true;
}
