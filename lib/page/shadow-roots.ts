/**
 * Open shadow roots: web-component pages put their text there, where a TreeWalker over the
 * document never goes. This finds them under a subtree (declarative `<template shadowrootmode>`
 * ones too, which the parser has already attached), notes custom elements that have none yet (a
 * definition may arrive later and attach one), and orders nodes across shadow trees as the reader
 * sees them. Closed roots are invisible here (`shadowRoot` is null), and so left unread.
 * Why an element walk and what it costs: docs/decisions/0025.
 */

/** A subtree a scan can start from: an element of the document or of a shadow tree, or a shadow root. */
export type ScanRoot = Element | ShadowRoot;

/** How many elements one `next` call passes over before giving the caller a chance to yield. */
const ELEMENTS_PER_CALL = 1024;

/**
 * Walks the elements under `root` (not into the shadow trees it finds: those are scanned as roots
 * of their own, and walked in turn) and collects their open shadow roots, in document order.
 */
export class ShadowRootWalk {
  private readonly walker: TreeWalker;
  private finished = false;
  /** The open shadow roots found so far. */
  readonly roots: ShadowRoot[] = [];
  /** Custom elements (a hyphen in the name) without a shadow root yet: one may be attached on upgrade. */
  readonly bare: Element[] = [];

  constructor(root: Node) {
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    // The walk starts after its root: a root that is itself a host counts too.
    if (root.nodeType === 1) this.visit(root as Element);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Walks on until `deadline` (a performance.now() time) or the end; true once done. */
  step(deadline: number): boolean {
    const walker = this.walker;
    while (!this.finished) {
      for (let count = 0; count < ELEMENTS_PER_CALL; count++) {
        const element = walker.nextNode() as Element | null;
        if (element === null) {
          this.finished = true;
          return true;
        }
        this.visit(element);
      }
      if (performance.now() >= deadline) return false;
    }
    return true;
  }

  private visit(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow !== null) this.roots.push(shadow);
    else if (element.localName.includes('-')) this.bare.push(element);
  }
}

/** The element a shadow root is attached to, or null for a node in the document (or detached). */
export function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * Whether `node` is one of `roots` or inside one, counting shadow trees as inside their hosts: one
 * walk up per node, where asking each root in turn would cost a walk per root (a page rewriting many
 * paragraphs at once sends many).
 */
export function composedWithin(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let at: Node | null = node; at !== null; at = at.parentNode ?? (at as Partial<ShadowRoot>).host ?? null) {
    if (roots.has(at)) return true;
  }
  return false;
}

/** `node`, then each shadow host above it, up to the node that sits in the document itself. */
function composedChain(node: Node): Node[] {
  const chain = [node];
  for (let host = hostOf(node); host !== null; host = hostOf(host)) chain.push(host);
  return chain;
}

/**
 * Negative when `a` comes before `b` as the reader sees the page: a node in a shadow tree counts
 * where its host stands, after the host itself and before what follows it. `compareDocumentPosition`
 * alone calls nodes of two trees unordered.
 */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = composedChain(a);
  const chainB = composedChain(b);
  // From the document down: the first level at which the two part ways holds two nodes of one tree.
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  const x = chainA[i] as Node;
  const y = chainB[j] as Node;
  if (x === y) {
    // One is the host of the other's tree (or of a tree above it): the host comes first.
    return i === 0 ? -1 : 1;
  }
  const position = x.compareDocumentPosition(y);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
