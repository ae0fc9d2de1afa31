/**
 * The page's side of the card: the pointer tracker (the hit-test runs here), the keyboard
 * commands and the popup's "open its card" reach the card through this. The card's module
 * (entrypoints/card-view: the controller, the view, the stories' facts) is loaded on the first
 * need — the pointer resting on a mention, a tap, a command — and every event waits for it in
 * order; until then a page pays for none of it (docs/decisions/0011).
 */
import type { PageMention } from '../../lib/page/page-mentions';
import { type PointerTracker, trackPointer } from '../../lib/page/pointer-tracker';
import type { CardController } from '../card-view/index';

export interface CardTrigger {
  /** Opens the card on a mention, optionally scrolling to it and moving focus into the card. */
  open(mention: PageMention, options?: { focus?: boolean; scroll?: boolean }): void;
  /** The keyboard commands: go to the next / previous mention on the page and open its card. */
  step(direction: 1 | -1): void;
  /** Listens to the pointer again after the page replaced its document. */
  reattach(): void;
}

export interface CardTriggerOptions {
  signal: AbortSignal;
  /** The engine's hit-test. */
  mentionAt(x: number, y: number): PageMention | undefined;
  /** Loads the card's module and starts its controller (called again after a failure). */
  load(pointer: PointerTracker): Promise<CardController>;
}

export function startCardTrigger(options: CardTriggerOptions): CardTrigger {
  let cards: CardController | undefined;
  let loading: Promise<CardController> | undefined;

  /** Runs `use` on the card's controller, loading it first if need be; calls keep their order. */
  const withCards = (use: (controller: CardController) => void) => {
    if (cards) {
      use(cards);
      return;
    }
    loading ??= options.load(pointer).then(
      (controller) => {
        cards = controller;
        return controller;
      },
      (error: unknown) => {
        // An orphaned script cannot load it; a later attempt may, if the extension comes back.
        loading = undefined;
        throw error;
      },
    );
    loading.then(use, () => {});
  };

  const pointer = trackPointer(document, options.signal, {
    mentionAt: options.mentionAt,
    isOwnUi: (event) => cards?.isOwnUi(event) ?? false,
    cardShown: () => cards?.shown() ?? false,
    over: (mention, movedAt) => {
      if (!mention) {
        cards?.pointerOver(undefined);
        return;
      }
      // The dwell counts from the pointer's arrival (its move event, a frame before the hit-test
      // that found the mention), not from when the card's module is loaded.
      const arrived = Math.min(movedAt ?? Number.POSITIVE_INFINITY, performance.now());
      withCards((controller) => controller.pointerOver(mention, performance.now() - arrived));
    },
    inCard: (inside) => cards?.pointerInCard(inside),
    pin: () => cards?.pin(),
    tap: (mention) => withCards((controller) => controller.tap(mention)),
    dismiss: () => cards?.dismiss(),
  });

  return {
    open: (mention, openOptions) => withCards((controller) => controller.open(mention, openOptions)),
    step: (direction) => withCards((controller) => controller.step(direction)),
    reattach: () => pointer.reattach(),
  };
}
