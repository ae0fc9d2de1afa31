/**
 * The contract between the content script's parts: the engine (scan, observe, highlight)
 * publishes the page's mentions; the card controller and the messaging bridge read them.
 * Types only, so that each part can be built and tested on its own.
 */

/** One mention found on the page, in document order. */
export interface PageMention {
  /** Position in document order among the page's current mentions (0-based). */
  index: number;
  entityId: string;
  /** The text as printed on the page ("Medinsky’s" is reported as "Medinsky"). */
  text: string;
  /** Live DOM range over the mention (may span inline elements). */
  range: Range;
}

export interface PageMentionsSource {
  /** The current mentions in document order. */
  mentions(): readonly PageMention[];
  /** Called after each (re)scan that changed the mention list. Returns an unsubscribe function. */
  subscribe(listener: (mentions: readonly PageMention[]) => void): () => void;
  /** The mention under a viewport point, if any (hit-tested against the live ranges). */
  mentionAt(clientX: number, clientY: number): PageMention | undefined;
}
