/**
 * Finds a sentence of the page's article back in the page, so that a card or a panel can jump
 * to it: the article was read off the page (its text went through Readability), so the sentence
 * is searched for, not remembered. Compared in the one text fold (case, diacritics, apostrophes,
 * invisible characters, runs of spaces), so that markup and typography do not hide it. Runs only
 * when the reader asks, never during a scan.
 */
import { foldText } from '../matching/text-fold';
import { breaksBetween, isInSkippedRegion } from './page-scanner';

/** Enough of a sentence to find it, and not so much that a small difference loses it. */
const PROBE_LENGTH = 80;

/** The Range of the first place under `root` whose text reads as `sentence`; null when it is not there. */
export function locateSentence(root: Node, sentence: string): Range | null {
  const wanted = foldText(sentence).text.trim();
  const probe = wanted.slice(0, PROBE_LENGTH);
  if (probe.length === 0) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let joined = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (isInSkippedRegion(node)) continue;
    const previous = nodes[nodes.length - 1];
    // A block boundary is not always a space in the DOM: one keeps the paragraphs' words apart.
    if (previous && breaksBetween(previous, node)) joined += ' ';
    nodes.push(node);
    starts.push(joined.length);
    joined += node.data;
  }
  const { text, map } = foldText(joined);
  const at = text.indexOf(probe);
  if (at < 0) return null;
  const start = map[at] as number;
  const end = map[Math.min(text.length, at + wanted.length)] as number;
  const range = doc.createRange();
  const [startNode, startOffset] = nodeAt(nodes, starts, start);
  const [endNode, endOffset] = nodeAt(nodes, starts, end);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The text node and offset of a position in the joined text (a separator counts as the end of the node before it). */
function nodeAt(nodes: readonly Text[], starts: readonly number[], position: number): [Text, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return [node, Math.min(node.length, position - (starts[lo] as number))];
}
