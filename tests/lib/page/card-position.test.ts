import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardMaxHeight, followRange, rangeReference, roomBeside } from '../../../lib/page/card-position';

/**
 * happy-dom lays nothing out: the page says where the mention's line is, how big the card is and
 * how big the viewport is, as a browser would.
 */
function layout(options: { line: { top: number; left: number }; viewport?: { width: number; height: number } }) {
  const { width, height } = options.viewport ?? { width: 1024, height: 768 };
  const line = { ...options.line, width: 60, height: 20 };
  const rect = (r: { top: number; left: number; width: number; height: number }) =>
    ({ ...r, x: r.left, y: r.top, right: r.left + r.width, bottom: r.top + r.height, toJSON: () => r }) as DOMRect;
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() => rect(line));
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [rect(line)] as unknown as DOMRectList);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.id === 'card'
      ? rect({ top: 0, left: 0, width: 200, height: 100 })
      : rect({ top: 0, left: 0, width, height });
  });
  for (const [name, value] of [
    ['clientWidth', width],
    ['clientHeight', height],
  ] as const) {
    Object.defineProperty(document.documentElement, name, { configurable: true, get: () => value });
  }
}

function mention(): { range: Range; card: HTMLElement } {
  document.body.innerHTML = '<p>Talks: <b>Putin</b> spoke</p><div id="card">card</div>';
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('b') as Element);
  const card = document.getElementById('card') as HTMLElement;
  // The card's size, read by floating-ui from its style and its offset box.
  card.style.width = '200px';
  card.style.height = '100px';
  Object.defineProperty(card, 'offsetWidth', { get: () => 200 });
  Object.defineProperty(card, 'offsetHeight', { get: () => 100 });
  return { range, card };
}

const placed = (card: HTMLElement) => vi.waitFor(() => expect(card.style.top).not.toBe(''));

afterEach(() => {
  vi.restoreAllMocks();
  delete (document.documentElement as { clientWidth?: number }).clientWidth;
  delete (document.documentElement as { clientHeight?: number }).clientHeight;
  document.body.innerHTML = '';
});

describe('followRange', () => {
  it('places the card below the mention’s line, hidden and held until it is revealed', async () => {
    layout({ line: { top: 100, left: 300 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    expect(card.style.visibility).toBe('hidden');
    expect(card.hasAttribute('data-held')).toBe(true);
    await placed(card);
    expect([card.style.left, card.style.top]).toEqual(['300px', '128px']);
    expect(card.style.visibility).toBe('hidden');
    let shown = 0;
    placement.reveal(() => shown++);
    expect(card.style.visibility).toBe('visible');
    expect(card.hasAttribute('data-held')).toBe(false);
    expect(shown).toBe(1);
    placement.stop();
  });

  it('shows a card revealed before it was placed once it is placed, and says so once', async () => {
    layout({ line: { top: 100, left: 300 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    let shown = 0;
    placement.reveal(() => shown++);
    expect(card.style.visibility).toBe('hidden');
    expect(shown).toBe(0);
    await placed(card);
    expect(card.style.visibility).toBe('visible');
    expect(shown).toBe(1);
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toBe(1);
    placement.stop();
  });

  it('flips the card above a mention near the bottom, and keeps it inside the viewport', async () => {
    layout({ line: { top: 700, left: 950 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    await placed(card);
    // Above the line (700 − 8 − 100), ending at the mention's end (950 + 60 − 200).
    expect([card.style.left, card.style.top]).toEqual(['810px', '592px']);
    placement.stop();
  });

  it('lets the card scroll inside when the viewport is short, within its smallest and largest height', async () => {
    layout({ line: { top: 100, left: 300 }, viewport: { width: 1024, height: 2000 } });
    const tall = mention();
    followRange(tall.range, tall.card).stop();
    const placement = followRange(tall.range, tall.card);
    await placed(tall.card);
    expect(tall.card.style.maxHeight).toBe('480px');
    placement.stop();
    vi.restoreAllMocks();
    layout({ line: { top: 100, left: 300 }, viewport: { width: 1024, height: 350 } });
    const short = mention();
    const again = followRange(short.range, short.card);
    await placed(short.card);
    // 350 − 128 below the line, less the 8 px kept from the edge.
    expect(short.card.style.maxHeight).toBe('214px');
    again.stop();
  });

  it('keeps the whole card inside a small frame’s viewport, over the mention when neither side has room', async () => {
    // A frame 120 px tall: 14 px above the line, 54 below, for a card 100 px tall.
    layout({ line: { top: 30, left: 40 }, viewport: { width: 600, height: 120 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    await placed(card);
    const top = Number.parseFloat(card.style.top);
    expect(top).toBeGreaterThanOrEqual(8);
    expect(top + 100).toBeLessThanOrEqual(120 - 8);
    expect(card.style.maxHeight).toBe('104px');
    placement.stop();
  });

  it('hides the card while its mention is scrolled out of sight', async () => {
    layout({ line: { top: -400, left: 300 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    placement.reveal();
    await placed(card);
    expect(card.style.visibility).toBe('hidden');
    placement.stop();
  });

  it('places the card by the line under the pointer when a mention wraps onto two lines', async () => {
    layout({ line: { top: 100, left: 500 } });
    // The mention's end on the next line, at its start: two rects apart, as a browser gives them.
    const second = { top: 120, left: 10, width: 60, height: 20 };
    const first = { top: 100, left: 500, width: 60, height: 20 };
    const rect = (r: typeof first) =>
      ({ ...r, x: r.left, y: r.top, right: r.left + r.width, bottom: r.top + r.height, toJSON: () => r }) as DOMRect;
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
      () => [rect(first), rect(second)] as unknown as DOMRectList,
    );
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() =>
      rect({ top: 100, left: 10, width: 550, height: 40 }),
    );
    const { range, card } = mention();
    const placement = followRange(range, card, { x: 520, y: 110 });
    await placed(card);
    // Below the first line, where the pointer is, not below the mention's end.
    expect([card.style.left, card.style.top]).toEqual(['500px', '128px']);
    placement.stop();
  });

  it('flips the card above a line whose card below would come within the viewport’s padding', async () => {
    // Below, the card would end at 764 px in a 768 px viewport: inside it, but not 8 px from its edge.
    layout({ line: { top: 636, left: 300 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    await placed(card);
    expect([card.style.left, card.style.top]).toEqual(['300px', '528px']);
    placement.stop();
  });

  it('ends the card at the mention’s end near the right edge, below the line while there is room', async () => {
    layout({ line: { top: 100, left: 950 } });
    const { range, card } = mention();
    const placement = followRange(range, card);
    await placed(card);
    // Below the line, its right edge at the mention's (950 + 60 − 200).
    expect([card.style.left, card.style.top]).toEqual(['810px', '128px']);
    placement.stop();
  });

  it('moves the card no more once stopped', async () => {
    layout({ line: { top: 100, left: 300 } });
    const { range, card } = mention();
    followRange(range, card).stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(card.style.top).toBe('');
  });

  it('takes the mention’s element for the reference’s context, and its text’s parent for text', () => {
    const { range } = mention();
    expect(rangeReference(range).contextElement?.localName).toBe('b');
    const inText = document.createRange();
    inText.setStart(document.querySelector('b')?.firstChild as Text, 1);
    expect(rangeReference(inText).contextElement?.localName).toBe('b');
    const detached = document.createRange();
    detached.setStart(document.createTextNode('loose'), 0);
    expect(rangeReference(detached).contextElement).toBeUndefined();
    expect('contextElement' in rangeReference(detached)).toBe(false);
  });
});

describe('cardMaxHeight', () => {
  it('is the room beside the mention, between the shortest and the tallest card', () => {
    expect(cardMaxHeight(300.7, 900)).toBe(300);
    expect(cardMaxHeight(50, 900)).toBe(160);
    expect(cardMaxHeight(2000, 2400)).toBe(480);
  });

  it('is the viewport’s height, less its padding, in a viewport shorter than the shortest card', () => {
    expect(cardMaxHeight(40, 120)).toBe(104);
    expect(cardMaxHeight(150, 170)).toBe(154);
  });
});

describe('roomBeside', () => {
  it('is whether the shortest card fits above or below the line, offset and padding kept', () => {
    expect(roomBeside({ y: 30, height: 20 }, 120)).toBe(false);
    expect(roomBeside({ y: 100, height: 20 }, 350)).toBe(true);
    expect(roomBeside({ y: 176, height: 20 }, 200)).toBe(true);
    expect(roomBeside({ y: 175, height: 20 }, 200)).toBe(false);
    // Near the top, the room below decides: the viewport less the line's bottom, offset and padding.
    expect(roomBeside({ y: 30, height: 20 }, 226)).toBe(true);
    expect(roomBeside({ y: 30, height: 20 }, 225)).toBe(false);
  });
});
