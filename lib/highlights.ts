/**
 * Non-destructive highlighting with the CSS Custom Highlight API: ranges go into the page's
 * highlight registry and one constructed stylesheet styles them. The page's DOM is never touched,
 * so switching off (uninstall) leaves the page exactly as it was.
 *
 * The registry is shared with the page's own scripts, hence the distinctive names. The
 * `::highlight()` rules must live in a page-level stylesheet (adoptedStyleSheets): a rule inside
 * the card's shadow root would not reach page text.
 */
import type { HighlightStyle } from './settings';

export const MENTION_HIGHLIGHT = 'backstory-mention';
export const ACTIVE_HIGHLIGHT = 'backstory-active';
export const FLASH_MS = 1600;

/** What we use of a `Highlight` (a set of ranges with a priority). */
export interface HighlightLike {
  priority: number;
  readonly size: number;
  add(range: AbstractRange): unknown;
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

// Amber reads on white and on near-black pages alike; the dotted line tells a mention from a link.
const ACCENT = 'rgb(217 119 6)';
const STYLE_RULES: Record<HighlightStyle, string> = {
  underline: `::highlight(${MENTION_HIGHLIGHT}) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: ${ACCENT};
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`,
  tint: `::highlight(${MENTION_HIGHLIGHT}) { background-color: rgb(245 180 20 / 0.24); }`,
  // "hover": mentions stay unmarked until the pointer finds one (the active highlight shows it).
  hover: '',
};
const ACTIVE_RULE = `::highlight(${ACTIVE_HIGHLIGHT}) {
  background-color: rgb(245 180 20 / 0.38);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: ${ACCENT};
  text-decoration-thickness: 2px;
}`;

export function highlightCss(style: HighlightStyle): string {
  return `${STYLE_RULES[style]}\n${ACTIVE_RULE}`;
}

export class HighlightPainter {
  private mention: HighlightLike | null = null;
  private active: HighlightLike | null = null;
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  private style: HighlightStyle;
  private activeRange: AbstractRange | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly api: HighlightApi | null = browserHighlightApi(),
    style: HighlightStyle = 'underline',
  ) {
    this.style = style;
  }

  get installed(): boolean {
    return this.mention !== null;
  }

  install(): void {
    if (this.mention || !this.api) return;
    this.mention = this.api.create();
    this.active = this.api.create();
    this.active.priority = 1;
    this.api.registry.set(MENTION_HIGHLIGHT, this.mention);
    this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
    this.applyStyle();
  }

  uninstall(): void {
    clearTimeout(this.flashTimer);
    this.activeRange = undefined;
    if (this.api && this.mention) {
      // Only remove what is ours: a page could have reused the name after we registered.
      if (this.api.registry.get(MENTION_HIGHLIGHT) === this.mention) this.api.registry.delete(MENTION_HIGHLIGHT);
      if (this.api.registry.get(ACTIVE_HIGHLIGHT) === this.active) this.api.registry.delete(ACTIVE_HIGHLIGHT);
      this.mention.clear();
      this.active?.clear();
    }
    this.mention = null;
    this.active = null;
    this.removeStyle();
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    if (this.mention) this.applyStyle();
  }

  /** Replaces the highlighted mentions. */
  paint(ranges: readonly AbstractRange[]): void {
    if (!this.mention) return;
    this.mention.clear();
    for (const range of ranges) this.mention.add(range);
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
    this.active.clear();
    if (range) this.active.add(range);
  }

  private applyStyle(): void {
    const css = highlightCss(this.style);
    if (this.sheet) {
      this.sheet.replaceSync(css);
      return;
    }
    if (this.styleElement) {
      this.styleElement.textContent = css;
      return;
    }
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Firefox content scripts cannot always adopt a sheet built in their own compartment: fall
      // back to a <style> in <head>, which leaves the page's <body> untouched.
      const element = this.doc.createElement('style');
      element.setAttribute('data-backstory-ui', '');
      element.textContent = css;
      (this.doc.head ?? this.doc.documentElement).append(element);
      this.styleElement = element;
    }
  }

  private removeStyle(): void {
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
    this.styleElement?.remove();
    this.styleElement = null;
  }
}
