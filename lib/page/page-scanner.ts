/**
 * The page scanner: reads a page's visible text with one TreeWalker, joins inline runs into
 * block-level text ("Vladimir <b>Medinsky</b>" is one run), runs the matcher over each run and maps
 * matches back to DOM Ranges. It only reads the DOM, never writes it.
 *
 * Costs are kept near a bare TreeWalker pass: each text node is first asked one native question
 * (could a name start here? see candidate-pattern.ts); a node that answers yes is matched on its
 * own first (`Matcher.findAlone`), and only around the few that may hold a name is markup
 * classified (cached per element), text joined and matched; whether markup between two
 * text nodes breaks the line is only asked when a name straddles it, and computed style is only
 * read for elements holding a match (docs/decisions/0009).
 *
 * Open shadow roots are read as roots of their own, after the subtree that holds their host: a
 * TreeWalker never enters them (shadow-roots.ts, docs/decisions/0025).
 */
import type { AliasMatch, Matcher } from '../matching/matcher';
import { removeInvisible } from '../matching/text-fold';
import type { AliasEntry } from '../story/story-model';
import { hostOf, type ScanRoot, ShadowRootWalk } from './shadow-roots';

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
  // An SVG <text> is a label drawn where it is placed (a chart's axis, a map's place): a line of its own.
  'text',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

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

/** The element above `element`, through a shadow root to its host: what a reader sees it inside. */
function composedParent(element: Element): Element | null {
  return element.parentElement ?? hostOf(element);
}

/** Whether a node sits in (or is) a region the scanner skips, a shadow host's ancestors included. */
export function isInSkippedRegion(node: Node): boolean {
  for (
    let el = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? hostOf(node));
    el;
    el = composedParent(el)
  ) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The nearest block element holding `node` in its own tree (the element whose text a change can affect). */
export function blockContainerOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlockElement(el)) return el;
  }
  return null;
}

/**
 * What to scan again when `node` changed: its block, else the shadow root it sits in, else the
 * whole document.
 */
export function rescanRootOf(node: Node, doc: Document): ScanRoot {
  const block = blockContainerOf(node);
  if (block) return block;
  const root = node.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : doc.documentElement;
}

/** One stretch of text that reads as a line: consecutive text nodes under the same block. */
export interface TextRun {
  container: Element;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
  text: string;
  /** Already known when the run is one text node that was matched on its own (see `RunReader`). */
  matches?: readonly AliasMatch[];
}

function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 32 && c !== 160) return false;
  }
  return true;
}

/** How many text nodes `RunReader.next` passes over before giving the caller a chance to yield. */
const NODES_PER_CALL = 512;

/**
 * Yields, in document order, the text runs under `root` that may hold a name. Text nodes are
 * asked first (`mayHold`, one native search each); only around a node that answers yes is the
 * markup read: which block holds it, and which neighbours join it into one run. Most of a page
 * is therefore never classified, concatenated or matched.
 */
export class RunReader {
  private readonly walker: TreeWalker;
  /** Per element: the block its text belongs to, or null when it is skipped. */
  private readonly containers = new Map<Element, Element | null>();
  private finished = false;
  private lastParent: Node | null = null;
  private lastHolder: Element | null = null;

  constructor(
    private readonly root: Node,
    /** Whether a text node's text may hold (the start of) a name: one native search a node, no JS call. */
    private readonly mayHold: RegExp,
    /**
     * Asked of a node that passed `mayHold`, before its run is built: its matches, when its text
     * alone decides them (an empty list: no name, whatever its neighbours hold), or null when a
     * name may run on into a neighbour (see `Matcher.findAlone`).
     */
    private readonly matchAlone: (text: string) => readonly AliasMatch[] | null = () => null,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** True once every text node under the root has been read. */
  get done(): boolean {
    return this.finished;
  }

  /**
   * The next run that may hold a name, or null: either the end (see `done`) or a pause after a
   * few hundred text nodes without one, so that the caller can check its time budget.
   */
  next(): TextRun | null {
    if (this.finished) return null;
    const walker = this.walker;
    const mayHold = this.mayHold;
    for (let count = 0; count < NODES_PER_CALL; count++) {
      const node = walker.nextNode() as Text | null;
      if (node === null) {
        this.finished = true;
        return null;
      }
      const data = node.data;
      if (!mayHold.test(data)) continue;
      const alone = this.matchAlone(data);
      if (alone?.length === 0) continue;
      const run = this.runAround(node);
      if (run === null) continue;
      // Nothing joined it: the node's own matches are the run's (its ends were read permissively).
      if (alone !== null && run.nodes.length === 1) run.matches = alone;
      return run;
    }
    return null;
  }

  /** The run `node` belongs to; the main walker is left on the run's last node. */
  private runAround(node: Text): TextRun | null {
    if (isBlank(node.data)) return null;
    const container = this.holderOf(node);
    if (container === null) return null;
    // Runs are split by a change of block; blank nodes inside one read as a space, and text in
    // skipped markup (<code> inside a <p>) is left out without splitting it.
    const items: (Text | null)[] = [];
    // Walking back never needs to leave the block (text before it belongs to another one).
    const scope = this.root.contains(container) ? container : this.root;
    const back = (node.ownerDocument as Document).createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    back.currentNode = node;
    for (let prev = back.previousNode() as Text | null; prev; prev = back.previousNode() as Text | null) {
      const kind = this.kindOf(prev, container);
      if (kind === STOP) break;
      if (kind === BLANK) items.push(null);
      else if (kind === JOIN) items.push(prev);
    }
    items.reverse();
    items.push(node);
    const walker = this.walker;
    let last: Node = node;
    for (let next = walker.nextNode() as Text | null; next; next = walker.nextNode() as Text | null) {
      const kind = this.kindOf(next, container);
      if (kind === STOP) {
        // Not ours: step back so that the main walk asks about this node too.
        walker.currentNode = last;
        break;
      }
      if (kind === BLANK) items.push(null);
      else if (kind === JOIN) items.push(next);
      last = next;
    }
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    let length = 0;
    // The last code unit of `text`, tracked here: reading it back would flatten the joined string.
    let lastCode = 0;
    for (const item of items) {
      if (item === null) {
        // Blank nodes between inline elements still separate words: "<a>Vladimir</a> <a>Putin</a>".
        if (nodes.length > 0 && lastCode !== 32) {
          text += ' ';
          length++;
          lastCode = 32;
        }
        continue;
      }
      const data = item.data;
      nodes.push(item);
      starts.push(length);
      text = length === 0 ? data : text + data;
      length += data.length;
      lastCode = data.charCodeAt(data.length - 1);
    }
    return { container, nodes, starts, text };
  }

  /** How a neighbour of a run's node relates to it. */
  private kindOf(node: Text, container: Element): number {
    const data = node.data;
    if (data.length === 0) return PASS;
    const first = data.charCodeAt(0);
    if ((first <= 32 || first === 160) && isBlank(data)) return BLANK;
    const holder = this.holderOf(node);
    if (holder === null) return PASS;
    return holder === container ? JOIN : STOP;
  }

  /** The block `node`'s text belongs to, or null when it is skipped. */
  private holderOf(node: Text): Element | null {
    // Neighbours mostly share a parent: the last answer, without a map lookup.
    const parent = node.parentNode;
    if (parent === this.lastParent) return this.lastHolder;
    let holder: Element | null = null;
    if (parent !== null && parent.nodeType === 1) holder = this.containerOf(parent as Element);
    else if (parent !== null && parent.nodeType === 11) {
      // Text right at the top of a shadow tree: it reads as part of its host's line.
      const host = (parent as Partial<ShadowRoot>).host;
      if (host && !isInSkippedRegion(host)) holder = host;
    }
    this.lastParent = parent;
    this.lastHolder = holder;
    return holder;
  }

  /** The block holding `element`'s text (itself or an ancestor), or null inside a skipped region. */
  private containerOf(element: Element): Element | null {
    const cached = this.containers.get(element);
    if (cached !== undefined) return cached;
    let result: Element | null;
    const parent = element.parentElement;
    // Ancestors above the scan's root count too: a rescan inside a hidden or editable region is skipped.
    if (isSkippedElement(element)) result = null;
    else if (!parent) {
      // At the top of a shadow tree, inline text joins under its host (one line, as in the
      // document), unless the host sits in a skipped region.
      const host = hostOf(element);
      if (host === null) result = element;
      else if (isInSkippedRegion(host)) result = null;
      else result = isBlockElement(element) ? element : host;
    } else {
      const up = this.containerOf(parent);
      result = up === null ? null : isBlockElement(element) ? element : up;
    }
    this.containers.set(element, result);
    return result;
  }
}

/** `RunReader.kindOf`: empty or skipped (ignored), blank (a space), same block (joins), another block (ends the run). */
const PASS = 0;
const BLANK = 1;
const JOIN = 2;
const STOP = 3;

/** Whether anything between two text nodes of one run breaks the line (<br>, a block, skipped markup). */
export function breaksBetween(a: Text, b: Text): boolean {
  if (a.nextSibling === b) return false;
  // The tree the two nodes share: the document, or a shadow root.
  const walker = a.ownerDocument.createTreeWalker(a.getRootNode(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = a;
  for (let node = walker.nextNode(); node && node !== b; node = walker.nextNode()) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.localName === 'br' || isBlockElement(el) || isSkippedElement(el)) return true;
  }
  return false;
}

/** All matches in one run; the DOM is only consulted for names that straddle two text nodes. */
export function matchRun(run: TextRun, matcher: Matcher): readonly AliasMatch[] {
  if (run.matches) return run.matches;
  if (run.nodes.length === 1) return matcher.find(run.text);
  const joints = run.starts.slice(1);
  const known = new Int8Array(joints.length);
  return matcher.find(run.text, {
    joints,
    isBreak(index) {
      if (known[index] === 0) {
        known[index] = breaksBetween(run.nodes[index] as Text, run.nodes[index + 1] as Text) ? 1 : 2;
      }
      return known[index] === 1;
    },
  });
}

/** The node of `starts` (each node's offset in the joined run) that holds `offset`; an end offset belongs to the node it closes. */
export function nodeIndexAt(starts: readonly number[], offset: number, isEnd: boolean): number {
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

/** The DOM Range over a match whose bounds `matchBounds` found. */
export function rangeFromBounds(run: TextRun, b: ReturnType<typeof matchBounds>): Range {
  const range = (run.nodes[0] as Text).ownerDocument.createRange();
  range.setStart(run.nodes[b.startIndex] as Text, b.startOffset);
  range.setEnd(run.nodes[b.endIndex] as Text, b.endOffset);
  return range;
}

const WHITESPACE_RUN = /\s+/g;

/** The mention as a reader sees it: no soft hyphens or zero-width characters, one space between words. */
export function printedText(run: TextRun, match: { start: number; end: number }): string {
  return removeInvisible(run.text.slice(match.start, match.end)).replace(WHITESPACE_RUN, ' ');
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
  matches: readonly AliasMatch[];
}

/**
 * A time-sliceable scan of one subtree, in two phases: `read` walks the text and matches it (no
 * style needed), `resolve` drops matches in hidden elements and makes the Ranges. Visibility needs
 * clean style: between the two, the engine lets the page render a frame, so that checking costs a
 * lookup instead of a forced style recalculation. `step` runs both, for callers that cannot wait.
 */
export interface PageScanOptions {
  /** Reads open shadow roots under the root too (on unless a caller turns it off). */
  shadowRoots?: boolean;
  /** Told of each open shadow root as soon as it is found (to watch it for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export class PageScan {
  readonly runs: ScannedRun[] = [];
  /** Elements whose matches were dropped as not rendered: a class or style change may show them. */
  readonly hiddenHolders: Element[] = [];
  /** The open shadow roots this scan read, in the order it found them. */
  readonly shadowRoots: ShadowRoot[] = [];
  /** Custom elements met without a shadow root: an upgrade may attach one later. */
  readonly bareHosts: Element[] = [];
  /** The subtree being read, its text first (`reader`), then its elements for shadow roots (`walk`). */
  private current: Node;
  private reader: RunReader | null;
  private walk: ShadowRootWalk | null = null;
  /** Shadow roots found and not yet read. */
  private readonly queue: ShadowRoot[] = [];
  private readonly rendered = new Map<Element, boolean>();
  private readonly pending: PendingRun[] = [];
  private resolved = 0;
  private readDone = false;

  constructor(
    readonly root: ScanRoot | Document,
    private readonly matcher: Matcher,
    private readonly options: PageScanOptions = {},
  ) {
    this.current = root;
    this.reader = this.readerOf(root);
  }

  private readerOf(root: Node): RunReader {
    const matcher = this.matcher;
    return new RunReader(root, matcher.candidateTest, (text) => matcher.findAlone(text));
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
    for (;;) {
      const reader = this.reader;
      if (reader !== null) {
        const run = reader.next();
        if (run !== null) {
          const matches = matchRun(run, this.matcher);
          if (matches.length > 0) this.pending.push({ run, matches });
        } else if (reader.done) {
          this.reader = null;
          if (this.options.shadowRoots !== false) this.walk = new ShadowRootWalk(this.current);
        }
      } else if (this.walk === null || this.walk.step(deadline)) {
        if (this.walk !== null) this.noteWalked(this.walk);
        this.walk = null;
        const next = this.queue.shift();
        if (next === undefined) {
          this.readDone = true;
          return true;
        }
        this.current = next;
        this.reader = this.readerOf(next);
      }
      if (performance.now() >= deadline) return false;
    }
  }

  private noteWalked(walk: ShadowRootWalk): void {
    for (const root of walk.roots) {
      this.shadowRoots.push(root);
      this.queue.push(root);
      this.options.onShadowRoot?.(root);
    }
    for (const host of walk.bare) this.bareHosts.push(host);
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
          if (!visible) this.hiddenHolders.push(holder);
        }
        if (!visible) continue;
      }
      const range = rangeFromBounds(run, bounds);
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
