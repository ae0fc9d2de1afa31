/**
 * The page half of the off-page matching probe (bench/offpage-probe.ts, issue 23): the content
 * script of a throwaway test extension, not the product. It does what the page would still do if
 * the background matched: walk the text as page-scanner.ts does (skipped regions left out, inline
 * text joined under its block), send the text to the background in one message, make Ranges and
 * highlights for the offsets that come back (visibility checked per holder, as the scanner does).
 * The script of the probe's second build adds, unrun, the modules the page would keep
 * (offpage-page-kept.ts). Each piece's time (performance.now(), wall) lands in an attribute of
 * the root element for the driver to read.
 */
import { HighlightPainter } from '../lib/page/highlights';
import {
  isBlockElement,
  isRendered,
  isSkippedElement,
  matchBounds,
  RunReader,
  rangeFromBounds,
  type TextRun,
} from '../lib/page/page-scanner';
import highlightsCss from '../public/highlights.css?inline';
import {
  CANDIDATE_KEY,
  type OffpageAnswer,
  type OffpageRequest,
  type OffpageResult,
  RESULT_ATTRIBUTE,
} from './offpage-messages';

/** What a walk read: the texts to send, where runs start among them, and how to make a match's Range. */
interface PageRead {
  texts: string[];
  runStarts: number[];
  nodes: number;
  chars: number;
  /** The Range of the match whose five numbers start at `matches[i]`, and the element holding its start. */
  rangeOf(matches: readonly number[], i: number): { holder: Element | null; range: Range };
}

interface StorageLike {
  get(key: string): Promise<Record<string, { source: string; flags: string } | undefined>>;
}

const storage = (globalThis as unknown as { chrome: { storage: { local: StorageLike } } }).chrome.storage.local;
// Read at the script's start, as the product reads its tables: only in the variant that needs it.
const candidateTest = location.hash === '#offpage-candidates' ? storage.get(CANDIDATE_KEY) : null;

/**
 * Every text node outside skipped regions, its data, and where a change of block starts a run.
 * One walk over elements and text: a skipped element's subtree is stepped over, so no text node
 * asks its ancestors whether it is skipped; a text node whose parent is not a block climbs to the
 * nearest one (an inline element or two, wrappers the walk has made already).
 */
function walk(root: Node): PageRead {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const texts: string[] = [];
  const runStarts: number[] = [];
  let lastParent: Node | null = null;
  let runHolder: Node | null = null;
  let chars = 0;
  let node: Node | null = walker.nextNode();
  while (node !== null) {
    if (node.nodeType === 1) {
      if (isSkippedElement(node as Element)) {
        // Past the subtree: its next sibling, or an ancestor's.
        let next: Node | null = walker.nextSibling();
        while (next === null && walker.parentNode() !== null) next = walker.nextSibling();
        node = next;
        continue;
      }
      node = walker.nextNode();
      continue;
    }
    const data = (node as Text).data;
    if (data.length > 0) {
      const parent = node.parentNode;
      if (parent !== lastParent) {
        lastParent = parent;
        let holder = parent;
        while (holder !== null && holder.nodeType === 1 && !isBlockElement(holder as Element))
          holder = holder.parentNode;
        if (holder !== runHolder) {
          runStarts.push(nodes.length);
          runHolder = holder;
        }
      }
      nodes.push(node as Text);
      texts.push(data);
      chars += data.length;
    }
    node = walker.nextNode();
  }
  return {
    texts,
    runStarts,
    nodes: nodes.length,
    chars,
    rangeOf(matches, i) {
      const first = nodes[matches[i] as number] as Text;
      const range = document.createRange();
      range.setStart(first, matches[i + 1] as number);
      range.setEnd(nodes[matches[i + 2] as number] as Text, matches[i + 3] as number);
      return { holder: first.parentElement, range };
    },
  };
}

/**
 * The variant that keeps the candidate pattern on the page (`#offpage-candidates`): the product's
 * own reader (page-scanner.ts `RunReader`) asks it of each text node and joins runs only around
 * the nodes that pass, and only those runs' texts are sent, one string a run. The pattern is the
 * bundled stories', read from storage at the script's start, as a page would read it.
 */
function candidateWalk(root: Node, test: { source: string; flags: string }): PageRead {
  const reader = new RunReader(root, new RegExp(test.source, test.flags));
  const runs: TextRun[] = [];
  let chars = 0;
  while (!reader.done) {
    const run = reader.next();
    if (run === null) continue;
    runs.push(run);
    chars += run.text.length;
  }
  return {
    texts: runs.map((run) => run.text),
    runStarts: runs.map((_, i) => i),
    nodes: runs.reduce((sum, run) => sum + run.nodes.length, 0),
    chars,
    rangeOf(matches, i) {
      const run = runs[matches[i] as number] as TextRun;
      const bounds = matchBounds(run, { start: matches[i + 1] as number, end: matches[i + 3] as number });
      return { holder: (run.nodes[bounds.startIndex] as Text).parentElement, range: rangeFromBounds(run, bounds) };
    },
  };
}

/** Ranges for the answer's matches in rendered holders, painted with the product's painter. */
function paint(read: PageRead, matches: readonly number[]): { mentions: number; painted: number } {
  const rendered = new Map<Element, boolean>();
  const ranges: Range[] = [];
  for (let i = 0; i < matches.length; i += 5) {
    const { holder, range } = read.rangeOf(matches, i);
    if (holder) {
      let visible = rendered.get(holder);
      if (visible === undefined) {
        visible = isRendered(holder);
        rendered.set(holder, visible);
      }
      if (!visible) continue;
    }
    ranges.push(range);
  }
  if (ranges.length > 0) {
    const painter = new HighlightPainter(undefined, 'underline', highlightsCss);
    painter.install();
    painter.paint(ranges);
  }
  return { mentions: matches.length / 5, painted: ranges.length };
}

interface RuntimeLike {
  sendMessage(message: OffpageRequest): Promise<OffpageAnswer>;
}

/**
 * The floor the issue names: a bare TreeWalker pass reading every text node's data (the same
 * walk bench/page-entry.ts times), with nothing kept; or the walk keeping the texts without asking
 * which block holds them. For loads whose address asks for it (`#offpage-floor`, `#offpage-texts`).
 */
function bareWalk(root: Node, keep: boolean): { nodes: number; chars: number; texts: string[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    nodes++;
    chars += data.length;
    if (keep) texts.push(data);
  }
  return { nodes, chars, texts };
}

async function probe(): Promise<void> {
  const bare = location.hash === '#offpage-floor' ? false : location.hash === '#offpage-texts' ? true : null;
  if (bare !== null) {
    const begin = performance.now();
    const read = bareWalk(document.body ?? document.documentElement, bare);
    const walkMs = performance.now() - begin;
    const result: Partial<OffpageResult> = { walkMs, nodes: read.nodes, chars: read.chars, runs: read.texts.length };
    document.documentElement.setAttribute(RESULT_ATTRIBUTE, JSON.stringify(result));
    return;
  }
  const runtime = (globalThis as unknown as { chrome: { runtime: RuntimeLike } }).chrome.runtime;
  const begin = performance.now();
  const root = document.body ?? document.documentElement;
  const test = candidateTest && (await candidateTest)[CANDIDATE_KEY];
  const read = test ? candidateWalk(root, test) : walk(root);
  const walked = performance.now();
  // The send in a task of its own, so that the trace gives its thread time apart from the walk's.
  await new Promise((resolve) => setTimeout(() => resolve(undefined), 0));
  const sending = performance.now();
  const answer = runtime.sendMessage({ type: 'offpage-match', texts: read.texts, runStarts: read.runStarts });
  const sent = performance.now();
  const { matches, workerMs } = await answer;
  const arrived = performance.now();
  const { mentions, painted } = paint(read, matches);
  const done = performance.now();
  const result: OffpageResult = {
    walkMs: walked - begin,
    nodes: read.nodes,
    runs: read.runStarts.length,
    chars: read.chars,
    sendMs: sent - sending,
    roundTripMs: arrived - sending,
    workerMs,
    paintMs: done - arrived,
    mentions,
    painted,
    startMs: done,
    doneAt: Date.now(),
  };
  document.documentElement.setAttribute(RESULT_ATTRIBUTE, JSON.stringify(result));
}

// The product's first scan waits for an idle period after load (scan-scheduler.ts); so does this.
requestIdleCallback(() => void probe(), { timeout: 1000 });
