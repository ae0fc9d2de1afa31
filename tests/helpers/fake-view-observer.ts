/**
 * A stand-in for the IntersectionObserver that tells a huge page's painter which blocks are near
 * the view (lib/page/paint-window.ts): the test says which elements come near or leave, as the
 * browser would after a frame.
 */
import type { MakeViewObserver, ViewEntry } from '../../lib/page/paint-window';

export interface FakeView {
  make: MakeViewObserver;
  /** Elements being watched now. */
  readonly watched: Set<Element>;
  /** Tells the painter these elements came near the view (true) or left it (false). */
  move(changes: [Element, boolean][]): void;
}

export function fakeView(): FakeView {
  const watched = new Set<Element>();
  let listener: ((entries: readonly ViewEntry[]) => void) | undefined;
  return {
    watched,
    make(onEntries) {
      listener = onEntries;
      return {
        observe: (target) => watched.add(target),
        unobserve: (target) => watched.delete(target),
        disconnect: () => watched.clear(),
      };
    },
    move(changes) {
      listener?.(changes.map(([target, isIntersecting]) => ({ target, isIntersecting })));
    },
  };
}
