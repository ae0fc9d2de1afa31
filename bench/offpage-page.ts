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
import { isBlockElement, isRendered, isSkippedElement } from '../lib/page/page-scanner';
import highlightsCss from '../public/highlights.css?inline';
import { type OffpageAnswer, type OffpageRequest, type OffpageResult, RESULT_ATTRIBUTE } from './offpage-messages';

/**
 * Every text node outside skipped regions, its data, and where a change of block starts a run.
 * One walk over elements and text: a skipped element's subtree is stepped over, so no text node
 * asks its ancestors whether it is skipped; a text node whose parent is not a block climbs to the
 * nearest one (an inline element or two, wrappers the walk has made already).
 */
function walk(root: Node): { nodes: Text[]; texts: string[]; runStarts: number[]; chars: number } {
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
  return { nodes, texts, runStarts, chars };
}

/** Ranges for the answer's matches in rendered holders, painted with the product's painter. */
function paint(nodes: readonly Text[], matches: readonly number[]): { mentions: number; painted: number } {
  const rendered = new Map<Element, boolean>();
  const ranges: Range[] = [];
  for (let i = 0; i < matches.length; i += 5) {
    const first = nodes[matches[i] as number] as Text;
    const holder = first.parentElement;
    if (holder) {
      let visible = rendered.get(holder);
      if (visible === undefined) {
        visible = isRendered(holder);
        rendered.set(holder, visible);
      }
      if (!visible) continue;
    }
    const range = document.createRange();
    range.setStart(first, matches[i + 1] as number);
    range.setEnd(nodes[matches[i + 2] as number] as Text, matches[i + 3] as number);
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
  const read = walk(document.body ?? document.documentElement);
  const walked = performance.now();
  // The send in a task of its own, so that the trace gives its thread time apart from the walk's.
  await new Promise((resolve) => setTimeout(() => resolve(undefined), 0));
  const sending = performance.now();
  const answer = runtime.sendMessage({ type: 'offpage-match', texts: read.texts, runStarts: read.runStarts });
  const sent = performance.now();
  const { matches, workerMs } = await answer;
  const arrived = performance.now();
  const { mentions, painted } = paint(read.nodes, matches);
  const done = performance.now();
  const result: OffpageResult = {
    walkMs: walked - begin,
    nodes: read.nodes.length,
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
