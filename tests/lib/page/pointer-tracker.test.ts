import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../lib/page/page-mentions';
import { trackPointer } from '../../../lib/page/pointer-tracker';

describe('pointer tracker', () => {
  const controller = new AbortController();
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('hands over the mention under the pointer with the time its move event arrived', async () => {
    document.body.innerHTML = '<p>Medinsky</p>';
    const mention = { index: 0, entityId: 'vladimir-medinsky', text: 'Medinsky' } as PageMention;
    const over = vi.fn();
    trackPointer(document, controller.signal, {
      mentionAt: (x) => (x === 10 ? mention : undefined),
      isOwnUi: () => false,
      cardShown: () => false,
      over,
      inCard: () => {},
      pin: () => {},
      tap: () => {},
      dismiss: () => {},
    });
    let movedAt = -1;
    document.addEventListener('pointermove', (event) => {
      movedAt = event.timeStamp;
    });
    document.body.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true, pointerType: 'mouse' }),
    );
    // The hit-test waits for the next frame; the dwell must still count from the move itself.
    await vi.waitFor(() => expect(over).toHaveBeenCalled());
    expect(over).toHaveBeenCalledWith(mention, movedAt);
    controller.abort();
  });
});
