import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../lib/page/page-mentions';
import { trackPointer } from '../../../lib/page/pointer-tracker';

const originalRoot = document.documentElement;
const controllers: AbortController[] = [];

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  if (document.documentElement !== originalRoot) {
    document.documentElement.remove();
    document.append(originalRoot);
  }
});

function track() {
  const controller = new AbortController();
  controllers.push(controller);
  const options = {
    mentionAt: vi.fn((_x: number, _y: number): PageMention | undefined => undefined),
    isOwnUi: vi.fn(() => false),
    cardShown: vi.fn(() => true),
    over: vi.fn(),
    inCard: vi.fn(),
    pin: vi.fn(),
    tap: vi.fn(),
    dismiss: vi.fn(),
  };
  return { options, tracker: trackPointer(document, controller.signal, options), controller };
}

/** What document.replaceChild(html, document.documentElement) does (happy-dom refuses that call). */
function replaceRoot(): HTMLElement {
  const html = document.createElement('html');
  html.innerHTML = '<head></head><body><p>New</p></body>';
  document.documentElement.remove();
  document.append(html);
  return html;
}

function moveTo(target: Element, clientX: number, clientY: number): void {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY, bubbles: true, pointerType: 'mouse' }));
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('trackPointer on a page that replaces its document', () => {
  it('hears the pointer leave the new <html> once it listens again', () => {
    const { options, tracker } = track();
    const html = replaceRoot();
    tracker.reattach();
    html.dispatchEvent(new Event('pointerleave'));
    expect(options.over).toHaveBeenCalledWith(undefined);
  });

  it('stops listening on the old <html>', () => {
    const { options, tracker } = track();
    replaceRoot();
    tracker.reattach();
    originalRoot.dispatchEvent(new Event('pointerleave'));
    expect(options.over).not.toHaveBeenCalled();
  });

  it('adds no listener twice when told to listen again on the same document', () => {
    const { options, tracker } = track();
    tracker.reattach();
    tracker.reattach();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    // A click on nothing while a card is open closes it: once, however often it listened again.
    expect(options.dismiss).toHaveBeenCalledTimes(1);
  });

  it('listens again on a page that removed its <html>, then on the one it adds', () => {
    const { options, tracker } = track();
    document.documentElement.remove();
    // Between the two (document.open(), a page rebuilding itself) there is no root to listen on.
    expect(() => tracker.reattach()).not.toThrow();
    const html = document.createElement('html');
    document.append(html);
    tracker.reattach();
    html.dispatchEvent(new Event('pointerleave'));
    expect(options.over).toHaveBeenCalledWith(undefined);
  });

  it('listens to nothing again once its signal has aborted', () => {
    const { options, tracker, controller } = track();
    controller.abort();
    const html = replaceRoot();
    tracker.reattach();
    html.dispatchEvent(new Event('pointerleave'));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    expect(options.over).not.toHaveBeenCalled();
    expect(options.dismiss).not.toHaveBeenCalled();
  });

  it('stops hearing the pointer leave the page once its signal has aborted', () => {
    const { options, controller } = track();
    controller.abort();
    document.documentElement.dispatchEvent(new Event('pointerleave'));
    expect(options.over).not.toHaveBeenCalled();
    expect(options.inCard).not.toHaveBeenCalled();
  });
});

describe('trackPointer', () => {
  it('hands over the mention under the pointer with the time its move event arrived', async () => {
    document.body.innerHTML = '<p>Medinsky</p>';
    const mention = { index: 0, entityId: 'vladimir-medinsky', text: 'Medinsky' } as PageMention;
    const { options } = track();
    options.mentionAt.mockImplementation((x) => (x === 10 ? mention : undefined));
    let movedAt = -1;
    document.addEventListener('pointermove', (event) => {
      movedAt = event.timeStamp;
    });
    document.body.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true, pointerType: 'mouse' }),
    );
    // The hit-test waits for the next frame; the dwell must still count from the move itself.
    await vi.waitFor(() => expect(options.over).toHaveBeenCalled());
    expect(options.over).toHaveBeenCalledWith(mention, movedAt);
    document.body.innerHTML = '';
  });

  it('ignores touch moves, says when the pointer enters or leaves the card, and forgets it when it leaves the page', async () => {
    const { options, tracker } = track();
    const move = (pointerType: string) =>
      document.body.dispatchEvent(
        new PointerEvent('pointermove', { clientX: 3, clientY: 4, bubbles: true, pointerType }),
      );
    move('touch');
    expect(tracker.position()).toBeUndefined();
    expect(options.inCard).not.toHaveBeenCalled();
    options.isOwnUi.mockReturnValue(true);
    move('mouse');
    expect(tracker.position()).toEqual({ x: 3, y: 4 });
    expect(options.inCard).toHaveBeenCalledWith(true);
    move('mouse');
    expect(options.inCard).toHaveBeenCalledTimes(1);
    // In the card: no hit-test on the page under it.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(options.mentionAt).not.toHaveBeenCalled();
    document.documentElement.dispatchEvent(new PointerEvent('pointerleave'));
    expect(tracker.position()).toBeUndefined();
    expect(options.inCard).toHaveBeenLastCalledWith(false);
    expect(options.over).toHaveBeenLastCalledWith(undefined);
  });

  it('says the pointer is in the card again when it comes back to the page straight into the card', () => {
    const { options } = track();
    options.isOwnUi.mockReturnValue(true);
    moveTo(document.body, 3, 4);
    document.documentElement.dispatchEvent(new PointerEvent('pointerleave'));
    expect(options.inCard).toHaveBeenLastCalledWith(false);
    moveTo(document.body, 3, 4);
    expect(options.inCard).toHaveBeenLastCalledWith(true);
  });

  it('hit-tests once a frame however often the pointer moves in it, and again in the next frames', async () => {
    const { options } = track();
    moveTo(document.body, 1, 1);
    moveTo(document.body, 2, 2);
    moveTo(document.body, 3, 3);
    await nextFrame();
    expect(options.mentionAt.mock.calls).toEqual([[3, 3]]);
    moveTo(document.body, 4, 4);
    await nextFrame();
    moveTo(document.body, 5, 5);
    await nextFrame();
    expect(options.mentionAt.mock.calls).toEqual([
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  it('hears the pointer move even where the page stops the event from bubbling', async () => {
    document.body.innerHTML = '<p>Medinsky</p>';
    const p = document.body.firstElementChild as HTMLElement;
    p.addEventListener('pointermove', (event) => event.stopPropagation());
    const { options, tracker } = track();
    moveTo(p, 7, 8);
    expect(tracker.position()).toEqual({ x: 7, y: 8 });
    await nextFrame();
    expect(options.mentionAt).toHaveBeenCalledWith(7, 8);
    document.body.innerHTML = '';
  });

  it("hit-tests on the frames of its document's own window", async () => {
    const other = new Window();
    // The global window's frames never come: only the other window's can run the hit-test.
    const globalFrame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      const controller = new AbortController();
      controllers.push(controller);
      const over = vi.fn();
      trackPointer(other.document as unknown as Document, controller.signal, {
        mentionAt: () => undefined,
        isOwnUi: () => false,
        cardShown: () => false,
        over,
        inCard: () => {},
        pin: () => {},
        tap: () => {},
        dismiss: () => {},
      });
      other.document.body.dispatchEvent(
        new other.PointerEvent('pointermove', { clientX: 1, clientY: 2, bubbles: true, pointerType: 'mouse' }),
      );
      await vi.waitFor(() => expect(over).toHaveBeenCalled());
      expect(globalFrame).not.toHaveBeenCalled();
    } finally {
      globalFrame.mockRestore();
      await other.happyDOM.close();
    }
  });
});

describe('trackPointer: clicks and Esc', () => {
  /** A mention whose range sits in a plain paragraph (not a link). */
  function mentionIn(p: HTMLElement): PageMention {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild as Text);
    return { index: 0, entityId: 'vladimir-putin', text: 'Putin', range } as PageMention;
  }
  const click = (init: MouseEventInit = {}) =>
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 6, bubbles: true, ...init }));
  const esc = (key = 'Escape') => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

  afterEach(() => {
    document.body.innerHTML = '';
    document.getSelection()?.removeAllRanges();
  });

  it('taps the mention clicked, and the card is then placed by the click', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const mention = mentionIn(document.body.firstElementChild as HTMLElement);
    const { options, tracker } = track();
    options.mentionAt.mockReturnValue(mention);
    click();
    expect(options.mentionAt).toHaveBeenCalledWith(5, 6);
    expect(options.tap).toHaveBeenCalledWith(mention);
    expect(tracker.position()).toEqual({ x: 5, y: 6 });
    tracker.forget();
    expect(tracker.position()).toBeUndefined();
  });

  it('ignores a click with another button, and the click that ends a text selection', () => {
    document.body.innerHTML = '<p>Putin spoke</p>';
    const p = document.body.firstElementChild as HTMLElement;
    const { options } = track();
    options.mentionAt.mockReturnValue(mentionIn(p));
    click({ button: 2 });
    const selection = document.getSelection() as Selection;
    const range = document.createRange();
    range.selectNodeContents(p);
    selection.addRange(range);
    click();
    expect(options.tap).not.toHaveBeenCalled();
    expect(options.dismiss).not.toHaveBeenCalled();
  });

  it('taps a mention whose selected text is only white space', () => {
    document.body.innerHTML = '<p>Putin</p><p> </p>';
    const [p, blank] = document.body.children as unknown as [HTMLElement, HTMLElement];
    const { options } = track();
    const mention = mentionIn(p);
    options.mentionAt.mockReturnValue(mention);
    const range = document.createRange();
    range.selectNodeContents(blank);
    document.getSelection()?.addRange(range);
    click();
    expect(options.tap).toHaveBeenCalledWith(mention);
  });

  it('leaves a click on a mention inside a link to the link', () => {
    document.body.innerHTML = '<p><a href="/putin">Putin</a></p>';
    const { options } = track();
    options.mentionAt.mockReturnValue(mentionIn(document.querySelector('a') as HTMLElement));
    click();
    expect(options.tap).not.toHaveBeenCalled();
    expect(options.dismiss).not.toHaveBeenCalled();
  });

  it('hears clicks and Esc even where the page stops them from bubbling', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const p = document.body.firstElementChild as HTMLElement;
    for (const type of ['click', 'keydown']) p.addEventListener(type, (event) => event.stopPropagation());
    const { options } = track();
    const mention = mentionIn(p);
    options.mentionAt.mockReturnValue(mention);
    p.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 6, bubbles: true }));
    expect(options.tap).toHaveBeenCalledWith(mention);
    p.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(options.dismiss).toHaveBeenCalledTimes(1);
  });

  it('pins a card clicked inside, and dismisses one on a click on nothing, only while shown', () => {
    const { options } = track();
    options.isOwnUi.mockReturnValueOnce(true);
    click();
    expect(options.pin).toHaveBeenCalledTimes(1);
    expect(options.dismiss).not.toHaveBeenCalled();
    click();
    expect(options.dismiss).toHaveBeenCalledTimes(1);
    options.cardShown.mockReturnValue(false);
    click();
    expect(options.dismiss).toHaveBeenCalledTimes(1);
  });

  it('dismisses a shown card on Esc pressed on the page, not on other keys or in the card', () => {
    const { options } = track();
    esc('Enter');
    expect(options.dismiss).not.toHaveBeenCalled();
    options.isOwnUi.mockReturnValueOnce(true);
    esc();
    expect(options.dismiss).not.toHaveBeenCalled();
    esc();
    expect(options.dismiss).toHaveBeenCalledTimes(1);
    options.cardShown.mockReturnValue(false);
    esc();
    expect(options.dismiss).toHaveBeenCalledTimes(1);
  });
});
