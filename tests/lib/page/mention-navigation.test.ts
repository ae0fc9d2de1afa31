import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deepActiveElement,
  isInLink,
  mentionPosition,
  nextMention,
  sameMention,
  sameStart,
  scrollToMention,
} from '../../../lib/page/mention-navigation';

describe('next mention', () => {
  const m = (index: number) => ({ index, entityId: 'x', text: 'x', range: document.createRange() });
  const mentions = [m(0), m(1), m(2)];

  it('goes forward and back from the open mention, wrapping at the ends', () => {
    expect(nextMention(mentions, mentions[1], 1)?.index).toBe(2);
    expect(nextMention(mentions, mentions[2], 1)?.index).toBe(0);
    expect(nextMention(mentions, mentions[0], -1)?.index).toBe(2);
    expect(nextMention(mentions, mentions[0], 1)?.index).toBe(1);
  });

  it('starts from the first mention at or below the top of the viewport when no card is open', () => {
    expect(nextMention(mentions, undefined, 1)?.index).toBeDefined();
    expect(nextMention([], undefined, 1)).toBeUndefined();
  });

  it('goes forward to the first mention not scrolled above the view, and back to the one before it', () => {
    // Mention 0 has scrolled above the view (its bottom at 0); 1 and 2 are below its top.
    const placed = [-40, 0, 300, 900].map((bottom, index) => {
      const range = document.createRange();
      vi.spyOn(range, 'getBoundingClientRect').mockReturnValue({ bottom } as DOMRect);
      return { index, entityId: 'x', text: 'x', range };
    });
    expect(nextMention(placed, undefined, 1)?.index).toBe(2);
    expect(nextMention(placed, undefined, -1)?.index).toBe(1);
    // Every mention above the view: forward wraps to the first, back is the last.
    const above = placed.slice(0, 2);
    expect(nextMention(above, undefined, 1)?.index).toBe(0);
    expect(nextMention(above, undefined, -1)?.index).toBe(1);
  });

  it('starts from an end when the open mention is gone from the list', () => {
    const gone = { ...m(7), entityId: 'y' };
    expect(nextMention(mentions, gone, 1)?.index).toBe(0);
    expect(nextMention(mentions, gone, -1)?.index).toBe(2);
    // The same index of another entity is another mention.
    expect(sameMention(m(1), { ...m(1), entityId: 'y' })).toBe(false);
    expect(sameMention(m(1), m(1))).toBe(true);
  });
});

describe('a mention in the page', () => {
  it('knows two ranges starting at one point, and none across documents', () => {
    document.body.innerHTML = '<p>Putin met Zelensky</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const at = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      return range;
    };
    expect(sameStart(at(0, 5), at(0, 9))).toBe(true);
    expect(sameStart(at(0, 5), at(10, 18))).toBe(false);
    const other = document.implementation.createHTMLDocument('');
    const elsewhere = other.createRange();
    elsewhere.selectNodeContents(other.body);
    expect(sameStart(at(0, 5), elsewhere)).toBe(false);
    // A browser throws when the two ranges cannot be compared: not the same start either.
    const incomparable = at(0, 5);
    vi.spyOn(incomparable, 'compareBoundaryPoints').mockImplementation(() => {
      throw new DOMException('wrong document', 'WrongDocumentError');
    });
    expect(sameStart(incomparable, at(0, 5))).toBe(false);
  });

  it('knows a mention inside a link, in its text or around an element', () => {
    document.body.innerHTML = '<a href="/x">Putin <b>Zelensky</b></a><a name="anchor">Trump</a><p>Rubio</p>';
    const range = (node: Node) => {
      const r = document.createRange();
      r.setStart(node, 0);
      return r;
    };
    const [link, anchor] = [...document.querySelectorAll('a')];
    expect(isInLink(range(link?.firstChild as Text))).toBe(true);
    expect(isInLink(range(link?.querySelector('b') as Element))).toBe(true);
    expect(isInLink(range(anchor?.firstChild as Text))).toBe(false);
    expect(isInLink(range(document.querySelector('p')?.firstChild as Text))).toBe(false);
    // Text not (or no longer) in any element is in no link.
    expect(isInLink(range(document.createTextNode('Putin')))).toBe(false);
  });
});

describe('mention position', () => {
  it('counts a mention among its entity’s mentions and wraps previous / next around', () => {
    const mentions = [
      { index: 0, entityId: 'a' },
      { index: 1, entityId: 'b' },
      { index: 2, entityId: 'a' },
      { index: 3, entityId: 'a' },
    ];
    expect(mentionPosition(mentions, { index: 2, entityId: 'a' })).toEqual({
      ordinal: 2,
      count: 3,
      previousIndex: 0,
      nextIndex: 3,
    });
    expect(mentionPosition(mentions, { index: 0, entityId: 'a' })).toMatchObject({ previousIndex: 3, nextIndex: 2 });
    expect(mentionPosition(mentions, { index: 1, entityId: 'b' })).toEqual({ ordinal: 1, count: 1 });
  });

  it('gives no place to a mention gone from the list, but still counts its entity’s others', () => {
    const mentions = [
      { index: 0, entityId: 'a' },
      { index: 2, entityId: 'a' },
    ];
    expect(mentionPosition(mentions, { index: 5, entityId: 'a' })).toEqual({ ordinal: 0, count: 2 });
    expect(mentionPosition(mentions, { index: 0, entityId: 'z' })).toEqual({ ordinal: 0, count: 0 });
    // Two mentions: previous and next are both the other one.
    expect(mentionPosition(mentions, { index: 2, entityId: 'a' })).toEqual({
      ordinal: 2,
      count: 2,
      previousIndex: 0,
      nextIndex: 0,
    });
  });
});

describe('the focused element', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is the page’s own focused element outside web components', () => {
    document.body.innerHTML = '<input id="plain">';
    const input = document.getElementById('plain') as HTMLInputElement;
    input.focus();
    expect(deepActiveElement()).toBe(input);
  });

  it('is looked for inside open shadow roots, however deep', () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const inner = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    const field = document.createElement('input');
    inner.attachShadow({ mode: 'open' }).append(field);
    field.focus();
    expect(document.activeElement).toBe(outer);
    expect(deepActiveElement()).toBe(field);
  });

  it('is none when the document has no focused element', () => {
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(null);
    expect(deepActiveElement()).toBeNull();
  });
});

describe('scrolling to a mention', () => {
  const HEIGHT = 1000; // the middle band is 150–850 px
  let reduceMotion: boolean | undefined;

  /** A mention in a paragraph (or `start` itself), its range and paragraph measured as given. */
  function setUp(rect: { top: number; bottom: number }, paragraphHeight = 40, start?: Node) {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(HEIGHT);
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({ matches: query === '(prefers-reduced-motion: reduce)' && reduceMotion === true }) as MediaQueryList,
    );
    document.body.innerHTML = '<p>Putin met Zelensky</p>';
    const paragraph = document.querySelector('p') as HTMLParagraphElement;
    const range = document.createRange();
    range.setStart(start ?? (paragraph.firstChild as Text), 0);
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValue(rect as DOMRect);
    vi.spyOn(paragraph, 'getBoundingClientRect').mockReturnValue({ height: paragraphHeight } as DOMRect);
    const intoView = vi.spyOn(paragraph, 'scrollIntoView').mockImplementation(() => {});
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const then = vi.fn();
    return { mention: { range }, paragraph, intoView, scrollBy, then };
  }

  afterEach(() => {
    reduceMotion = undefined;
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('does not scroll a mention already in the middle band, edges included, and goes on at once', () => {
    for (const rect of [
      { top: 150, bottom: 850 },
      { top: 400, bottom: 420 },
    ]) {
      const { mention, intoView, scrollBy, then } = setUp(rect);
      scrollToMention(mention, then);
      expect(then).toHaveBeenCalledTimes(1);
      expect(intoView).not.toHaveBeenCalled();
      expect(scrollBy).not.toHaveBeenCalled();
    }
  });

  it('centres the mention’s element when it sits above or below the band, at once for reduced motion', () => {
    reduceMotion = true;
    for (const rect of [
      { top: 149, bottom: 170 },
      { top: 830, bottom: 851 },
      { top: -300, bottom: -280 },
    ]) {
      const { mention, intoView, scrollBy, then } = setUp(rect);
      scrollToMention(mention, then);
      expect(intoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'auto' });
      expect(scrollBy).not.toHaveBeenCalled();
      expect(then).toHaveBeenCalledTimes(1);
    }
  });

  it('scrolls the window to the mention itself when its element is too tall to centre', () => {
    reduceMotion = true;
    const { mention, intoView, scrollBy, then } = setUp({ top: 2000, bottom: 2020 }, 600);
    scrollToMention(mention, then);
    expect(intoView).not.toHaveBeenCalled();
    // A third of the way down the view.
    expect(scrollBy).toHaveBeenCalledWith({ top: 2000 - HEIGHT / 3, behavior: 'auto' });
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('centres an element the mention starts at, and scrolls the window for a mention with no element', () => {
    reduceMotion = true;
    const box = document.createElement('div');
    const intoBox = vi.spyOn(box, 'scrollIntoView').mockImplementation(() => {});
    vi.spyOn(box, 'getBoundingClientRect').mockReturnValue({ height: 10 } as DOMRect);
    const first = setUp({ top: 900, bottom: 920 }, 40, box);
    scrollToMention(first.mention, first.then);
    expect(intoBox).toHaveBeenCalledTimes(1);
    expect(first.intoView).not.toHaveBeenCalled();

    const loose = document.createTextNode('Putin');
    const second = setUp({ top: 900, bottom: 920 }, 40, loose);
    scrollToMention(second.mention, second.then);
    expect(second.scrollBy).toHaveBeenCalledWith({ top: 900 - HEIGHT / 3, behavior: 'auto' });
    expect(second.then).toHaveBeenCalledTimes(1);
  });

  it('scrolls smoothly unless reduced motion is asked for, and waits for the scroll to end', () => {
    reduceMotion = false;
    vi.useFakeTimers();
    const { mention, intoView, then } = setUp({ top: 900, bottom: 920 });
    scrollToMention(mention, then);
    expect(intoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    expect(then).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('scrollend'));
    expect(then).toHaveBeenCalledTimes(1);
    // The fallback timer, when it comes, does not go on a second time.
    vi.runAllTimers();
    window.dispatchEvent(new Event('scrollend'));
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes on after a while when no scrollend comes, and only once', () => {
    reduceMotion = false;
    vi.useFakeTimers();
    const { mention, then } = setUp({ top: 900, bottom: 920 });
    scrollToMention(mention, then);
    expect(then).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('scrollend'));
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('scrolls smoothly where the browser cannot be asked about reduced motion', () => {
    const { mention, intoView, then } = setUp({ top: 900, bottom: 920 });
    vi.stubGlobal('matchMedia', undefined);
    try {
      scrollToMention(mention, then);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(intoView).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'smooth' }));
    expect(then).not.toHaveBeenCalled();
  });
});
