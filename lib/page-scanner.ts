/**
 * The page scanner: reads a page's visible text with one TreeWalker, joins inline runs into
 * block-level text ("Vladimir <b>Medinsky</b>" is one run), runs the matcher over each run and maps
 * matches back to DOM Ranges. It only reads the DOM, never writes it.
 *
 * Costs are kept near a bare TreeWalker pass: elements are classified once per parent (cached),
 * blank text nodes are not classified at all, whether markup between two text nodes breaks the
 * line is only asked when a name straddles it, and computed style is only read for elements
 * holding a match.
 */
import type { AliasMatch, Matcher } from './matcher';
import type { AliasEntry } from './story-model';

/** Marks Backstory's own interface (the card's shadow host): never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-backstory-ui';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Elements that start a new line of text: their text never joins the text around them. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** 1: skipped tag, 2: block tag (inline tags are absent): one lookup per element while reading. */
const TAG_KIND = new Map<string, number>([
  ...[...SKIP_TAGS].map((tag): [string, number] => [tag, 1]),
  ...[...BLOCK_TAGS].map((tag): [string, number] => [tag, 2]),
]);

/** The elements `isSkippedElement` may skip for an attribute, as one selector (matched natively). */
const SKIPPED_BY_ATTRIBUTE = `[hidden],[${OWN_UI_ATTRIBUTE}],[contenteditable]`;

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** Skipped for its own sake (not for an ancestor): code, forms, scripts, hidden, editable, our UI. */
export function isSkippedElement(element: Element): boolean {
  if (SKIP_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Whether a node sits in (or is) a region the scanner skips. */
export function isInSkippedRegion(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The nearest block element holding `node` (the element whose text a change can affect). */
export function blockContainerOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlockElement(el)) return el;
  }
  return null;
}

/** One stretch of text that reads as a line: consecutive text nodes under the same block. */
export interface TextRun {
  container: Element;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
  text: string;
}

function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 32 && c !== 160) return false;
  }
  return true;
}

/** Yields the text runs under `root` in document order, one per call. */
export class RunReader {
  private readonly walker: TreeWalker;
  /** Per element: the block its text belongs to, or null when it is skipped. */
  private readonly containers = new Map<Element, Element | null>();
  /** Consecutive text nodes often share a parent: the last lookup, without touching the map. */
  private lastParent: Node | null = null;
  private lastContainer: Element | null = null;
  private pending: Text | null = null;
  private done = false;

  /** Elements under the root skipped for an attribute: found in one native query, not per element. */
  private readonly skippedByAttribute: Set<Element>;

  constructor(root: Node) {
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const scope = root as ParentNode;
    this.skippedByAttribute = new Set();
    if (typeof scope.querySelectorAll === 'function') {
      // contenteditable="false" islands are read like normal text: isSkippedElement has the last word.
      for (const element of scope.querySelectorAll(SKIPPED_BY_ATTRIBUTE)) {
        if (isSkippedElement(element)) this.skippedByAttribute.add(element);
      }
    }
    // The root and its ancestors are outside that query: classify them the slow, complete way.
    if (root.nodeType === 1) this.classifyAncestors(root as Element);
  }

  private classifyAncestors(element: Element): Element | null {
    const cached = this.containers.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentElement;
    let result: Element | null;
    if (isSkippedElement(element)) result = null;
    else if (!parent) result = element;
    else {
      const up = this.classifyAncestors(parent);
      result = up === null ? null : isBlockElement(element) ? element : up;
    }
    this.containers.set(element, result);
    return result;
  }

  next(): TextRun | null {
    let nodes: Text[] | null = null;
    const starts: number[] = [];
    let text = '';
    let length = 0;
    // The last code unit of `text`, tracked here: reading it back would flatten the joined string.
    let last = 0;
    let container: Element | null = null;
    for (;;) {
      let node = this.pending;
      if (node !== null) this.pending = null;
      else {
        if (this.done) break;
        node = this.walker.nextNode() as Text | null;
        if (node === null) {
          this.done = true;
          break;
        }
      }
      const data = node.data;
      const size = data.length;
      if (size === 0) continue;
      const first = data.charCodeAt(0);
      if ((first <= 32 || first === 160) && isBlank(data)) {
        // Blank nodes between inline elements still separate words: "<a>Vladimir</a> <a>Putin</a>".
        if (nodes !== null && last !== 32) {
          text += ' ';
          length++;
          last = 32;
        }
        continue;
      }
      const parent = node.parentNode;
      let holder: Element | null;
      if (parent === this.lastParent) holder = this.lastContainer;
      else {
        if (parent === null || parent.nodeType !== 1) continue;
        holder = this.containerOf(parent as Element);
        this.lastParent = parent;
        this.lastContainer = holder;
      }
      if (holder === null) continue;
      if (container !== null && holder !== container) {
        this.pending = node;
        break;
      }
      container = holder;
      if (nodes === null) nodes = [node];
      else nodes.push(node);
      starts.push(length);
      text = length === 0 ? data : text + data;
      length += size;
      last = data.charCodeAt(size - 1);
    }
    return nodes !== null && container !== null ? { container, nodes, starts, text } : null;
  }

  /** The block holding `element`'s text (itself or an ancestor), or null inside a skipped region. */
  private containerOf(element: Element): Element | null {
    const cached = this.containers.get(element);
    if (cached !== undefined) return cached;
    let result: Element | null;
    const parent = element.parentElement;
    const kind = TAG_KIND.get(element.localName);
    if (kind === 1 || this.skippedByAttribute.has(element)) result = null;
    else if (!parent) result = element;
    else {
      const up = this.containerOf(parent);
      result = up === null ? null : kind === 2 ? element : up;
    }
    this.containers.set(element, result);
    return result;
  }
}

/** Whether anything between two text nodes of one run breaks the line (<br>, a block, skipped markup). */
export function breaksBetween(a: Text, b: Text): boolean {
  if (a.nextSibling === b) return false;
  const doc = a.ownerDocument;
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = a;
  for (let node = walker.nextNode(); node && node !== b; node = walker.nextNode()) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.localName === 'br' || isBlockElement(el) || isSkippedElement(el)) return true;
  }
  return false;
}

/** All matches in one run; the DOM is only consulted for names that straddle two text nodes. */
export function matchRun(run: TextRun, matcher: Matcher): AliasMatch[] {
  // Most runs hold no place a name could start: one native search, no joints, no closures.
  const from = matcher.firstCandidate(run.text);
  if (from < 0) return [];
  if (run.nodes.length === 1) return matcher.find(run.text, {}, from);
  const joints = run.starts.slice(1);
  const known = new Int8Array(joints.length);
  return matcher.find(
    run.text,
    {
      joints,
      isBreak(index) {
        if (known[index] === 0) {
          known[index] = breaksBetween(run.nodes[index] as Text, run.nodes[index + 1] as Text) ? 1 : 2;
        }
        return known[index] === 1;
      },
    },
    from,
  );
}

function nodeIndexAt(starts: readonly number[], offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const start = starts[mid] as number;
    if (isEnd ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first and last text nodes a match covers, with offsets inside them. */
export function matchBounds(
  run: TextRun,
  match: { start: number; end: number },
): { startIndex: number; startOffset: number; endIndex: number; endOffset: number } {
  const startIndex = nodeIndexAt(run.starts, match.start, false);
  const endIndex = nodeIndexAt(run.starts, match.end, true);
  const endNode = run.nodes[endIndex] as Text;
  return {
    startIndex,
    startOffset: match.start - (run.starts[startIndex] as number),
    endIndex,
    endOffset: Math.min(match.end - (run.starts[endIndex] as number), endNode.length),
  };
}

export function rangeForMatch(run: TextRun, match: { start: number; end: number }): Range {
  const b = matchBounds(run, match);
  const range = (run.nodes[0] as Text).ownerDocument.createRange();
  range.setStart(run.nodes[b.startIndex] as Text, b.startOffset);
  range.setEnd(run.nodes[b.endIndex] as Text, b.endOffset);
  return range;
}

const INVISIBLE_CHARS = /\u00ad|\u034f|\u180e|[\u200b-\u200d]|\u2060|\ufeff/g;
const WHITESPACE_RUN = /\s+/g;

/** The mention as a reader sees it: no soft hyphens or zero-width characters, one space between words. */
export function printedText(run: TextRun, match: { start: number; end: number }): string {
  return run.text.slice(match.start, match.end).replace(INVISIBLE_CHARS, '').replace(WHITESPACE_RUN, ' ');
}

/** Whether the element is rendered (not display:none, visibility:hidden or in a closed <details>). */
export function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') {
    if (element.checkVisibility({ visibilityProperty: true })) return true;
    // `display: contents` has no box of its own, so checkVisibility says no: ask its parent.
    const view = element.ownerDocument.defaultView;
    if (view && element.parentElement && view.getComputedStyle(element).display === 'contents') {
      return isRendered(element.parentElement);
    }
    return false;
  }
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  if (view.getComputedStyle(element).visibility === 'hidden') return false;
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (view.getComputedStyle(el).display === 'none') return false;
  }
  return true;
}

/** One mention found by a scan, before context gating. */
export interface FoundMention {
  alias: AliasEntry;
  range: Range;
  /** As printed, possessive excluded. */
  text: string;
  /** The text nodes the mention covers (for hit-testing under the pointer). */
  nodes: readonly Text[];
}

/** The mentions in one run, keyed by the run's first text node (document order sorts by it). */
export interface ScannedRun {
  key: Text;
  mentions: FoundMention[];
}

/** A run with matches whose visibility and Ranges are not settled yet. */
interface PendingRun {
  run: TextRun;
  matches: AliasMatch[];
}

/**
 * A time-sliceable scan of one subtree, in two phases: `read` walks the text and matches it (no
 * style needed), `resolve` drops matches in hidden elements and makes the Ranges. Visibility needs
 * clean style: between the two, the engine lets the page render a frame, so that checking costs a
 * lookup instead of a forced style recalculation. `step` runs both, for callers that cannot wait.
 */
export class PageScan {
  readonly runs: ScannedRun[] = [];
  private readonly reader: RunReader;
  private readonly rendered = new Map<Element, boolean>();
  private readonly pending: PendingRun[] = [];
  private resolved = 0;
  private readDone = false;

  constructor(
    readonly root: Node,
    private readonly matcher: Matcher,
  ) {
    this.reader = new RunReader(root);
  }

  /** Whether the read phase found matches still to resolve. */
  get hasPending(): boolean {
    return this.resolved < this.pending.length;
  }

  /** Scans until `deadline` (a performance.now() time) passes; true once the subtree is done. */
  step(deadline: number): boolean {
    return this.read(deadline) && this.resolve(deadline);
  }

  /** Reads and matches runs until `deadline`; true once every run is read. */
  read(deadline: number): boolean {
    if (this.readDone) return true;
    for (let count = 1; ; count++) {
      const run = this.reader.next();
      if (!run) {
        this.readDone = true;
        return true;
      }
      const matches = matchRun(run, this.matcher);
      if (matches.length > 0) this.pending.push({ run, matches });
      if ((count & 7) === 0 && performance.now() >= deadline) return false;
    }
  }

  /** Checks visibility and makes Ranges for what `read` found, until `deadline`; true when done. */
  resolve(deadline: number): boolean {
    while (this.resolved < this.pending.length) {
      const { run, matches } = this.pending[this.resolved++] as PendingRun;
      this.collect(run, matches);
      if (performance.now() >= deadline) return this.resolved >= this.pending.length;
    }
    return true;
  }

  private collect(run: TextRun, matches: readonly AliasMatch[]): void {
    const mentions: FoundMention[] = [];
    for (const match of matches) {
      const bounds = matchBounds(run, match);
      const first = run.nodes[bounds.startIndex] as Text;
      const holder = first.parentElement;
      if (holder) {
        let visible = this.rendered.get(holder);
        if (visible === undefined) {
          visible = isRendered(holder);
          this.rendered.set(holder, visible);
        }
        if (!visible) continue;
      }
      const range = first.ownerDocument.createRange();
      range.setStart(first, bounds.startOffset);
      range.setEnd(run.nodes[bounds.endIndex] as Text, bounds.endOffset);
      mentions.push({
        alias: this.matcher.aliases[match.alias] as AliasEntry,
        range,
        text: printedText(run, match),
        nodes: run.nodes.slice(bounds.startIndex, bounds.endIndex + 1),
      });
    }
    if (mentions.length > 0) this.runs.push({ key: run.nodes[0] as Text, mentions });
  }
}
