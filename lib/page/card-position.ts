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
        offset(8),
        flip({ padding: VIEWPORT_PADDING, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          // The card scrolls inside rather than running off a short viewport.
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(160, Math.min(480, Math.floor(availableHeight)))}px`;
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
