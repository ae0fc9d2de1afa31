import { describe, expect, it, vi } from 'vitest';
import type { PublishedMention } from '../../../lib/page/mention-list';
import { browserViewObserver, makePaintWindow, PaintWindow, type ViewEntry } from '../../../lib/page/paint-window';
import { fakeView } from '../../helpers/fake-view-observer';

/** One mention per word of each paragraph's text, in page order. */
function mentionsOf(paragraphs: HTMLElement[]): PublishedMention[] {
  const mentions: PublishedMention[] = [];
  for (const p of paragraphs) {
    const text = p.firstChild as Text;
    for (const word of text.data.split(' ')) {
      const start = text.data.indexOf(word);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      mentions.push({ index: mentions.length, entityId: word, text: word, range, nodes: [text] });
    }
  }
  return mentions;
}

function page(): HTMLElement[] {
  document.body.innerHTML = '<p id="a">Putin Zelensky</p><div><span id="b">Medinsky</span></div><p id="c">Fidan</p>';
  return ['a', 'b', 'c'].map((id) => document.getElementById(id) as HTMLElement);
}

const run = (window: PaintWindow, mentions: PublishedMention[]) => window.track(mentions)(Number.POSITIVE_INFINITY);
const texts = (window: PaintWindow) => window.ranges().map(String).sort();

describe('PaintWindow', () => {
  it('paints the mentions of blocks near the view only, and follows the reader as blocks come and go', () => {
    const [a, b, c] = page() as [HTMLElement, HTMLElement, HTMLElement];
    const view = fakeView();
    const moved = vi.fn();
    const window = new PaintWindow(view.make, moved);
    expect(run(window, mentionsOf([a, b, c]))).toBe(true);
    // Each block is watched once (b's text sits in an inline span: its block is the div).
    expect([...view.watched].map((el) => el.id || el.localName).sort()).toEqual(['a', 'c', 'div']);
    expect(window.ranges()).toEqual([]);
    view.move([
      [a, true],
      [c, false],
    ]);
    expect(moved).toHaveBeenCalledTimes(1);
    expect(texts(window)).toEqual(['Putin', 'Zelensky']);
    view.move([
      [a, false],
      [b.parentElement as Element, true],
    ]);
    expect(texts(window)).toEqual(['Medinsky']);
    // Nothing changed: no repaint asked for.
    view.move([[a, false]]);
    expect(moved).toHaveBeenCalledTimes(2);
  });

  it('stops watching blocks that no longer hold mentions, and forgets that they were near', () => {
    const [a, b, c] = page() as [HTMLElement, HTMLElement, HTMLElement];
    const view = fakeView();
    const window = new PaintWindow(view.make, () => {});
    run(window, mentionsOf([a, b, c]));
    view.move([
      [a, true],
      [c, true],
    ]);
    run(window, mentionsOf([a, b]));
    expect(view.watched.has(c)).toBe(false);
    expect(texts(window)).toEqual(['Putin', 'Zelensky']);
    // A late answer about an element no longer watched changes nothing.
    view.move([[c, true]]);
    expect(texts(window)).toEqual(['Putin', 'Zelensky']);
  });

  it('watches the blocks of a huge page in slices, keeping what the view says of those watched meanwhile', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>Putin${i}</p>`).join('');
    const paragraphs = [...document.querySelectorAll('p')] as HTMLElement[];
    const view = fakeView();
    const window = new PaintWindow(view.make, () => {});
    const track = window.track(mentionsOf(paragraphs));
    // A deadline already past: each slice does one unit of work (64 items) and stops.
    const past = performance.now() - 1;
    let slices = 1;
    while (view.watched.size === 0) {
      expect(track(past)).toBe(false);
      slices++;
    }
    expect(slices).toBeGreaterThan(2);
    expect(view.watched.size).toBeLessThan(200);
    // The browser answers between two slices about a block already watched.
    view.move([[paragraphs[0] as HTMLElement, true]]);
    // Until the slices are done, the ranges painted are those of the last finished watch: none.
    expect(window.ranges()).toEqual([]);
    while (!track(past)) slices++;
    expect(view.watched.size).toBe(200);
    expect(window.ranges().map(String)).toEqual(['Putin0']);
  });

  it('always paints text with no element to place it by, and stops watching when cleared', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append('Putin');
    const text = root.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    const view = fakeView();
    const window = new PaintWindow(view.make, () => {});
    run(window, [{ index: 0, entityId: 'putin', text: 'Putin', range, nodes: [text] }]);
    expect(window.ranges().map(String)).toEqual(['Putin']);
    expect(view.watched.size).toBe(0);
    window.clear();
    expect(window.ranges()).toEqual([]);
  });

  it('watches the view with the browser’s IntersectionObserver, a screen above and below it, where there is one', () => {
    const made: { options: IntersectionObserverInit | undefined; callback: IntersectionObserverCallback }[] = [];
    class FakeIntersectionObserver {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        made.push({ callback, options });
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    try {
      vi.stubGlobal('IntersectionObserver', undefined);
      expect(browserViewObserver()).toBeNull();
      expect(makePaintWindow(() => {})).toBeNull();
      vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
      const heard: (readonly ViewEntry[])[] = [];
      const observer = browserViewObserver()?.((entries) => heard.push(entries));
      expect(observer).toBeInstanceOf(FakeIntersectionObserver);
      expect(made[0]?.options).toEqual({ rootMargin: '100% 0px' });
      const entries = [{ target: document.body, isIntersecting: true }] as unknown as IntersectionObserverEntry[];
      made[0]?.callback(entries, observer as unknown as IntersectionObserver);
      expect(heard).toEqual([entries]);
      // The window the content script loads moves with that observer.
      document.body.innerHTML = '<p id="a">Putin</p>';
      const a = document.getElementById('a') as HTMLElement;
      let moves = 0;
      const window = makePaintWindow(() => moves++);
      expect(window).toBeInstanceOf(PaintWindow);
      run(window as PaintWindow, mentionsOf([a]));
      made[1]?.callback(
        [{ target: a, isIntersecting: true }] as unknown as IntersectionObserverEntry[],
        {} as IntersectionObserver,
      );
      expect(moves).toBe(1);
      expect(window?.ranges().map(String)).toEqual(['Putin']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('paints nothing before it follows any mention, and can be cleared then', () => {
    const window = new PaintWindow(fakeView().make, () => {});
    expect(window.ranges()).toEqual([]);
    expect(() => window.clear()).not.toThrow();
  });

  it('takes no news of an element it no longer watches for a move', () => {
    const [a, b] = page() as [HTMLElement, HTMLElement, HTMLElement];
    const view = fakeView();
    let moves = 0;
    const window = new PaintWindow(view.make, () => moves++);
    run(window, mentionsOf([a, b]));
    run(window, mentionsOf([b]));
    // An answer about `a` the browser had queued before it was unobserved.
    view.move([[a, true]]);
    expect(moves).toBe(0);
    expect(window.ranges()).toEqual([]);
  });
});
