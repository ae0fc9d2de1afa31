/**
 * Non-destructive highlighting with the CSS Custom Highlight API: ranges go into the page's
 * highlight registry, and the `::highlight()` rules that style them ship as a manifest content
 * stylesheet (public/highlights.css, listed in wxt.config.ts). The page's DOM is never touched, so
 * switching off (uninstall) leaves the page exactly as it was.
 *
 * Why a manifest stylesheet and not one added at run time: a `::highlight()` rule could apply to
 * any element, so adding one to a page that has rendered restyles the whole document, which costs
 * more than the whole scan (docs/decisions/0002). The browser injects a
 * manifest stylesheet at document_start, before the page first renders, out of reach of the
 * page's scripts (Firefox would wait for a script's run_at, hence its own CSS-only entry), and
 * registering or moving a highlight only repaints. Each highlight style is therefore a highlight
 * name with its own rule, and switching style moves the mention highlight to another name.
 *
 * The registry is shared with the page's own scripts, hence the distinctive names.
 *
 * A mention inside a shadow tree is painted only by `::highlight()` rules that reach that tree:
 * Chromium lets the document's rules through (highlight styles inherit along the flat tree),
 * Firefox does not, so each shadow root holding a mention adopts a stylesheet with the same rules
 * (docs/decisions/0025). It is taken out again on uninstall, and put back if the page resets the
 * root's sheets.
 */
import type { HighlightStyle } from '../storage/settings';
import { type Phase, stepThrough } from './scan-scheduler';

export const MENTION_HIGHLIGHT = 'backstory-mention';
export const ACTIVE_HIGHLIGHT = 'backstory-active';
export const FLASH_MS = 1600;

/** What we use of a `Highlight` (a set of ranges with a priority). */
export interface HighlightLike {
  priority: number;
  readonly size: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
}

/** What we use of `CSS.highlights`. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
}

export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(): HighlightLike;
}

/** The browser's own API, or null where it is missing (old browsers, happy-dom). */
export function browserHighlightApi(): HighlightApi | null {
  const css = (globalThis as { CSS?: { highlights?: unknown } }).CSS;
  const HighlightClass = (globalThis as { Highlight?: new () => HighlightLike }).Highlight;
  if (!css?.highlights || typeof HighlightClass !== 'function') return null;
  return { registry: css.highlights as HighlightRegistryLike, create: () => new HighlightClass() };
}

/** The highlight name of each style: its rule lives in public/highlights.css. */
const MENTION_NAMES: Record<HighlightStyle, string> = {
  underline: MENTION_HIGHLIGHT,
  tint: `${MENTION_HIGHLIGHT}-tint`,
  // "hover": mentions stay unmarked until the pointer finds one (the active highlight shows it).
  hover: `${MENTION_HIGHLIGHT}-hover`,
};

/** The name the mention highlight is registered under for `style`. */
export function mentionHighlightName(style: HighlightStyle): string {
  return MENTION_NAMES[style];
}

export class HighlightPainter {
  /** The shared sheet shadow roots adopt, made on first need. */
  private sheet: CSSStyleSheet | null = null;
  /**
   * The ranges painted into the mention highlight. Kept here, not read back from the highlight:
   * read back in a Firefox content script, it did not answer with the ranges added (names found by a
   * rescan went unmarked there; docs/decisions/0027).
   */
  private readonly painted = new Set<AbstractRange>();
  /** Shadow roots that adopted `sheet`. */
  private readonly adopted = new Set<ShadowRoot>();
  /** The API, once `install` first needed it (undefined: not looked up yet). */
  private api: HighlightApi | null | undefined;
  private mention: HighlightLike | null = null;
  private active: HighlightLike | null = null;
  /** The name `mention` is registered under (its style's). */
  private mentionName: string;
  private activeRange: AbstractRange | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `api` undefined: the browser's, looked up at the first `install`. A page's first touch of
   * `CSS.highlights` makes the browser set up its highlight registry (docs/decisions/0004), which a
   * page Backstory finds nothing on should not pay.
   */
  constructor(
    api?: HighlightApi | null,
    style: HighlightStyle = 'underline',
    /** The text of public/highlights.css, for shadow roots; none: they are left to the browser. */
    private readonly shadowCss?: string,
  ) {
    this.api = api;
    this.mentionName = mentionHighlightName(style);
  }

  /** Gives a shadow root holding mentions the highlights' rules (see the header). */
  styleShadowRoot(root: ShadowRoot): void {
    if (!this.shadowCss || !this.mention || this.adopted.has(root)) return;
    try {
      if (this.sheet === null) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(this.shadowCss);
      }
      adopt(root, this.sheet);
      this.adopted.add(root);
    } catch {
      // A page that froze the root's sheets: the mentions there keep what the browser gives them.
    }
  }

  get installed(): boolean {
    return this.mention !== null;
  }

  install(): void {
    if (this.mention) return;
    if (this.api === undefined) this.api = browserHighlightApi();
    const api = this.api;
    if (!api) return;
    this.mention = api.create();
    this.active = api.create();
    this.active.priority = 1;
    api.registry.set(this.mentionName, this.mention);
    api.registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  uninstall(): void {
    clearTimeout(this.flashTimer);
    this.activeRange = undefined;
    if (this.api && this.mention) {
      this.unregister(this.mentionName, this.mention);
      if (this.active) this.unregister(ACTIVE_HIGHLIGHT, this.active);
      this.mention.clear();
      this.painted.clear();
      this.active?.clear();
    }
    const sheet = this.sheet;
    if (sheet) for (const root of this.adopted) quietly(() => unadopt(root, sheet));
    this.adopted.clear();
    this.mention = null;
    this.active = null;
  }

  /** Moves the mentions to the highlight name of `style`: a repaint, no restyle of the page. */
  setStyle(style: HighlightStyle): void {
    const name = mentionHighlightName(style);
    if (name === this.mentionName) return;
    if (this.api && this.mention) {
      this.unregister(this.mentionName, this.mention);
      this.api.registry.set(name, this.mention);
    }
    this.mentionName = name;
  }

  /**
   * Puts Backstory's highlights back in the registry if the page took them out (a page's
   * `CSS.highlights.clear()` would otherwise unmark every name until a reload). Two lookups:
   * called on every repaint and every pointer hit-test.
   */
  restore(): void {
    const api = this.api;
    if (!api || !this.mention || !this.active) return;
    if (api.registry.get(this.mentionName) !== this.mention) api.registry.set(this.mentionName, this.mention);
    if (api.registry.get(ACTIVE_HIGHLIGHT) !== this.active) api.registry.set(ACTIVE_HIGHLIGHT, this.active);
    const sheet = this.sheet;
    if (sheet) {
      for (const root of this.adopted) {
        if (!root.host.isConnected) this.adopted.delete(root);
        else quietly(() => adopt(root, sheet));
      }
    }
  }

  /** Makes the mention highlight hold exactly `ranges`, now. */
  paint(ranges: readonly AbstractRange[]): void {
    this.repaint(ranges)(Number.POSITIVE_INFINITY);
  }

  /**
   * Makes the mention highlight hold exactly `ranges`, as a phase of a sliced job: a huge page's
   * paint is cut into slices, and only the ranges gone are taken out, so a page that rewrites one
   * paragraph does not clear and repaint them all (docs/decisions/0027). Adding a range the
   * highlight holds already changes nothing.
   */
  repaint(ranges: readonly AbstractRange[]): Phase {
    let gone: AbstractRange[] | undefined;
    let at = 0;
    return (deadline) => {
      const mention = this.mention;
      if (!mention) return true;
      if (!gone) {
        this.restore();
        const next = new Set(ranges);
        gone = [...this.painted].filter((range) => !next.has(range));
      }
      const out = gone;
      const painted = this.painted;
      const end = ranges.length + out.length;
      // Every range is added, even one painted before: a page may have emptied the highlight itself.
      // `painted` follows each step, so a paint given up half-way leaves nothing unaccounted for.
      at = stepThrough(at, end, deadline, (i) => {
        if (i < ranges.length) {
          const range = ranges[i] as AbstractRange;
          mention.add(range);
          painted.add(range);
        } else {
          const range = out[i - ranges.length] as AbstractRange;
          mention.delete(range);
          painted.delete(range);
        }
      });
      return at >= end;
    };
  }

  /** The hovered or focused mention, painted above the others (undefined clears it). */
  setActive(range: AbstractRange | undefined): void {
    clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    this.activeRange = range;
    this.paintActive(range);
  }

  /** Shows a mention briefly (after a jump to it), then goes back to the hovered one, if any. */
  flash(range: AbstractRange, ms = FLASH_MS): void {
    clearTimeout(this.flashTimer);
    this.paintActive(range);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = undefined;
      this.paintActive(this.activeRange);
    }, ms);
  }

  private paintActive(range: AbstractRange | undefined): void {
    if (!this.active) return;
    this.restore();
    this.active.clear();
    if (range) this.active.add(range);
  }

  /** Only removes what is ours: a page could have reused the name after we registered. */
  private unregister(name: string, highlight: HighlightLike): void {
    if (this.api?.registry.get(name) === highlight) this.api.registry.delete(name);
  }
}

/** Adds `sheet` to the root's adopted sheets once; the page's own sheets stay as they are. */
function adopt(root: ShadowRoot, sheet: CSSStyleSheet): void {
  const sheets = root.adoptedStyleSheets;
  if (!sheets.includes(sheet)) sheets.push(sheet);
}

function unadopt(root: ShadowRoot, sheet: CSSStyleSheet): void {
  const sheets = root.adoptedStyleSheets;
  const at = sheets.indexOf(sheet);
  if (at >= 0) sheets.splice(at, 1);
}

function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // The page made the root's sheets unwritable: nothing of ours to undo or redo there.
  }
}
