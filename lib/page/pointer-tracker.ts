/**
 * The reader's pointer, clicks and Esc on the page, turned into what the card cares about: the
 * mention under a resting pointer (hit-tested once per animation frame), whether the pointer is
 * in the card, a click or tap on a mention, a click elsewhere, Esc. Listeners go when `signal`
 * aborts (the content script's context), so an orphaned script leaves nothing behind.
 */
import { isInLink } from './mention-navigation';
import type { PageMention } from './page-mentions';

export interface PointerTrackerOptions {
  /** The mention under a viewport point (the engine's hit-test). */
  mentionAt(x: number, y: number): PageMention | undefined;
  /** Whether an event happened inside Backstory's own card. */
  isOwnUi(event: Event): boolean;
  /** Whether a card is open (a click elsewhere or Esc then closes it). */
  cardShown(): boolean;
  /**
   * The mention under the resting pointer, or undefined when it left every mention; `movedAt`, the
   * time stamp (`performance.now()`'s clock) of the pointer move that brought it there.
   */
  over(mention: PageMention | undefined, movedAt?: number): void;
  inCard(inside: boolean): void;
  /** The reader clicked inside the card: it stays open. */
  pin(): void;
  /** A click or tap on a mention (not one inside a link, which still follows the link). */
  tap(mention: PageMention): void;
  /** A click on nothing, or Esc, while a card is open. */
  dismiss(): void;
}

export interface PointerTracker {
  /** The last pointer position in the viewport, if the pointer is over the page. */
  position(): { x: number; y: number } | undefined;
  /** Forgets the position, so the next card is placed beside its mention, not the pointer. */
  forget(): void;
  /** Listens again after the page replaced its document (the engine's `onDocumentReplaced`). */
  reattach(): void;
}

export function trackPointer(doc: Document, signal: AbortSignal, options: PointerTrackerOptions): PointerTracker {
  const view = doc.defaultView ?? window;
  let pointer: { x: number; y: number } | undefined;
  let movedAt = 0;
  let pointerInCard = false;
  let framePending = false;

  const hitTest = () => {
    framePending = false;
    if (!pointer || pointerInCard || signal.aborted) return;
    options.over(options.mentionAt(pointer.x, pointer.y), movedAt);
  };

  const onMove = (event: PointerEvent) => {
    // Touch has no hover: a tap is handled as a click.
    if (event.pointerType === 'touch') return;
    pointer = { x: event.clientX, y: event.clientY };
    movedAt = event.timeStamp;
    const inCard = options.isOwnUi(event);
    if (inCard !== pointerInCard) {
      pointerInCard = inCard;
      options.inCard(inCard);
    }
    // Hit-testing walks caret positions and ranges: once per frame is plenty. The page's own
    // rAF, not the context's wrapper, which would add an abort listener on every frame.
    if (!framePending) {
      framePending = true;
      view.requestAnimationFrame(hitTest);
    }
  };

  const onLeave = () => {
    pointer = undefined;
    pointerInCard = false;
    options.inCard(false);
    options.over(undefined);
  };

  const onClick = (event: MouseEvent) => {
    if (options.isOwnUi(event)) {
      options.pin();
      return;
    }
    if (event.button !== 0) return;
    // The end of a text selection is not a request for a card.
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const mention = options.mentionAt(event.clientX, event.clientY);
    if (!mention) {
      if (options.cardShown()) options.dismiss();
      return;
    }
    if (isInLink(mention.range)) return;
    pointer = { x: event.clientX, y: event.clientY };
    options.tap(mention);
  };

  const onKey = (event: KeyboardEvent) => {
    // Keys pressed inside the card are handled by the card itself.
    if (event.key === 'Escape' && options.cardShown() && !options.isOwnUi(event)) options.dismiss();
  };

  /** The element `onLeave` listens on: the page's <html>, which the page may replace. */
  let root: Element | null = null;
  /**
   * Adds the listeners; again after the page replaced its document, which takes the old <html>'s
   * with it (and after `document.open()`, the document's too). The same function added twice to
   * one target is one listener, so calling this again adds none twice.
   */
  const listen = () => {
    if (signal.aborted) return;
    doc.addEventListener('pointermove', onMove, { passive: true, capture: true, signal });
    doc.addEventListener('click', onClick, { capture: true, signal });
    doc.addEventListener('keydown', onKey, { capture: true, signal });
    const html = doc.documentElement;
    if (html === root) return;
    root?.removeEventListener('pointerleave', onLeave);
    root = html;
    root?.addEventListener('pointerleave', onLeave, { passive: true, signal });
  };
  listen();

  return {
    reattach: listen,
    position: () => (pointer ? { ...pointer } : undefined),
    forget: () => {
      pointer = undefined;
    },
  };
}
