/**
 * Places the card beside a mention with @floating-ui/dom: below the line by default, flipping
 * above and shifting sideways to stay in the viewport, and following scroll and resize. The
 * mention is a Range, possibly over several lines, so the reference is a virtual element whose
 * client rects let the `inline` middleware pick the line the reader is pointing at.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

const VIEWPORT_PADDING = 8;
/** The card's tallest, and its shortest where the viewport has room: it scrolls inside below that. */
const CARD_MAX_HEIGHT = 480;
const CARD_MIN_HEIGHT = 160;
/** Between the mention's line and the card. */
const CARD_OFFSET = 8;

/** Whether a viewport `viewport` px tall holds the shortest card above or below the mention's `line`. */
export function roomBeside(line: { y: number; height: number }, viewport: number): boolean {
  const margin = CARD_OFFSET + VIEWPORT_PADDING;
  return Math.max(line.y - margin, viewport - line.y - line.height - margin) >= CARD_MIN_HEIGHT;
}

/**
 * How tall the card may be with `available` px beside the mention in a viewport `viewport` px tall.
 * Never below the shortest card, except in a viewport shorter than that (a small frame, whose card
 * is drawn inside it, decision 0025): there it is as tall as the viewport, so none of it is clipped.
 */
export function cardMaxHeight(available: number, viewport: number): number {
  const floor = Math.min(CARD_MIN_HEIGHT, viewport - 2 * VIEWPORT_PADDING);
  return Math.max(floor, Math.min(CARD_MAX_HEIGHT, Math.floor(available)));
}

export function rangeReference(range: Range): VirtualElement {
  const start = range.startContainer;
  const contextElement = start instanceof Element ? start : (start.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}

/** A card kept placed at its mention: laid out hidden, shown when the reader's dwell ends. */
export interface CardPlacement {
  /**
   * Shows the card (at once if it has been placed, else at its first placement) and then calls
   * `onShown`: a hidden element cannot take focus, so focusing waits for this moment.
   */
  reveal(onShown?: () => void): void;
  /** Stops following the mention. */
  stop(): void;
}

/**
 * Keeps `card` placed at `range` until `stop()`. The card stays invisible until it is revealed
 * and placed, so it never flashes at the top-left corner, and it can be placed while the reader's
 * pointer still rests: the dwell's end then only has to show it. Until it is revealed the card
 * carries `data-held` (its entrance animation waits for the reveal).
 */
export function followRange(range: Range, card: HTMLElement, pointer?: { x: number; y: number }): CardPlacement {
  const reference = rangeReference(range);
  card.style.visibility = 'hidden';
  card.toggleAttribute('data-held', true);
  let stopped = false;
  let placed = false;
  let referenceHidden = false;
  let revealed = false;
  let onShown: (() => void) | undefined;
  const applyVisibility = () => {
    const visible = placed && revealed && !referenceHidden;
    card.style.visibility = visible ? 'visible' : 'hidden';
    if (visible && onShown) {
      const shown = onShown;
      onShown = undefined;
      shown();
    }
  };
  const update = () => {
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // With a pointer position, the line under the pointer; otherwise the first line.
        inline(pointer ? { x: pointer.x, y: pointer.y, padding: 2 } : { padding: 2 }),
        offset(CARD_OFFSET),
        flip({ padding: VIEWPORT_PADDING, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        // Along the line; and where neither side of the line has room for the shortest card (a small
        // frame), over the mention rather than past the viewport's edge.
        shift(({ rects }) => ({
          padding: VIEWPORT_PADDING,
          crossAxis: !roomBeside(rects.reference, document.documentElement.clientHeight),
        })),
        size({
          padding: VIEWPORT_PADDING,
          // The card scrolls inside rather than running off a short viewport.
          apply({ availableHeight }) {
            card.style.maxHeight = `${cardMaxHeight(availableHeight, document.documentElement.clientHeight)}px`;
          },
        }),
        // Scrolled out of sight, the mention takes its card with it (instead of the card sticking to the edge).
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, middlewareData }) => {
      if (stopped) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      placed = true;
      referenceHidden = middlewareData.hide?.referenceHidden === true;
      applyVisibility();
    });
  };
  const stopAuto = autoUpdate(reference, card, update, { animationFrame: false });
  return {
    reveal: (shown) => {
      revealed = true;
      card.toggleAttribute('data-held', false);
      onShown = shown;
      applyVisibility();
    },
    stop: () => {
      stopped = true;
      stopAuto();
    },
  };
}
