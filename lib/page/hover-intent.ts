/**
 * Hover intent for the cards: decides when the pointer means "tell me about this name".
 * A card opens only after the pointer rests on one mention for a short dwell (a pointer merely
 * crossing a line of text never opens one), stays open while the pointer travels from the
 * mention into the card, and closes after a short grace period once the pointer has left both.
 * A card opened by click, tap or keyboard is pinned: pointer movement no longer closes it.
 * Pure state machine; timers are injected so tests drive time with fake timers.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverIntentOptions<T> {
  /** Called when a card should show `target` (a different target replaces the current card). */
  open(target: T, how: 'hover' | 'pinned'): void;
  close(): void;
  /** Same target? Mentions are re-created on rescans, so identity is up to the caller. */
  same?(a: T, b: T): boolean;
  /**
   * How long the pointer must rest on a mention before its card opens. A function is read at
   * each dwell, so a setting changed in the options page applies without a reload.
   */
  dwellMs?: number | (() => number);
  /** How long the card survives once the pointer has left the mention and the card. */
  graceMs?: number;
  timers?: Timers;
}

export const DEFAULT_DWELL_MS = 300;
export const DEFAULT_GRACE_MS = 400;

export interface HoverIntent<T> {
  /**
   * The pointer is over `target`, or over no mention (undefined). Call on each hit-test.
   * `restedMs`: how long the pointer has already rested there (it arrived before the call could be
   * made), taken off the dwell.
   */
  pointerOver(target: T | undefined, restedMs?: number): void;
  /** The pointer entered or left the open card. */
  pointerInCard(inside: boolean): void;
  /** Open at once and pin (click, tap, keyboard). */
  openPinned(target: T): void;
  /** Pins the open card (the reader clicked inside it): pointer movement no longer closes it. */
  pin(): void;
  /** Close at once (Esc, tap elsewhere, close button). */
  closeNow(): void;
  /** The target whose card is open, if any. */
  current(): T | undefined;
  /** The target the pointer rests on while its dwell runs, if any. */
  pending(): T | undefined;
  isPinned(): boolean;
  dispose(): void;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const dwellOption = options.dwellMs ?? DEFAULT_DWELL_MS;
  const dwellMs = () => (typeof dwellOption === 'function' ? dwellOption() : dwellOption);
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
  const same = options.same ?? ((a: T, b: T) => a === b);

  let open: T | undefined;
  let pinned = false;
  let pending: T | undefined;
  let dwellTimer: unknown;
  let graceTimer: unknown;
  let inCard = false;

  const cancelDwell = () => {
    if (dwellTimer !== undefined) timers.clearTimeout(dwellTimer);
    dwellTimer = undefined;
    pending = undefined;
  };
  const cancelGrace = () => {
    if (graceTimer !== undefined) timers.clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = () => {
    if (graceTimer !== undefined || open === undefined || pinned) return;
    graceTimer = timers.setTimeout(() => {
      graceTimer = undefined;
      doClose();
    }, graceMs);
  };
  const doOpen = (target: T, how: 'hover' | 'pinned') => {
    cancelDwell();
    cancelGrace();
    open = target;
    pinned = how === 'pinned';
    options.open(target, how);
  };
  const doClose = () => {
    cancelDwell();
    cancelGrace();
    if (open === undefined) return;
    open = undefined;
    pinned = false;
    inCard = false;
    options.close();
  };

  return {
    pointerOver(target, restedMs = 0) {
      if (inCard) return;
      if (target === undefined) {
        cancelDwell();
        startGrace();
        return;
      }
      if (open !== undefined && same(open, target)) {
        cancelDwell();
        cancelGrace();
        return;
      }
      if (pending !== undefined && same(pending, target)) return;
      // A new mention: the dwell starts over, and the card for another mention (if any) starts its grace.
      cancelDwell();
      startGrace();
      pending = target;
      dwellTimer = timers.setTimeout(
        () => {
          dwellTimer = undefined;
          const chosen = pending;
          pending = undefined;
          // Hovering another name replaces even a pinned card: the reader has moved on.
          if (chosen !== undefined) doOpen(chosen, 'hover');
        },
        Math.max(0, dwellMs() - restedMs),
      );
    },
    pointerInCard(inside) {
      inCard = inside && open !== undefined;
      if (inCard) {
        cancelDwell();
        cancelGrace();
      } else {
        startGrace();
      }
    },
    openPinned(target) {
      doOpen(target, 'pinned');
    },
    pin() {
      if (open === undefined) return;
      pinned = true;
      cancelGrace();
    },
    closeNow: doClose,
    current: () => open,
    pending: () => pending,
    isPinned: () => pinned,
    dispose() {
      cancelDwell();
      cancelGrace();
      open = undefined;
      pinned = false;
    },
  };
}
