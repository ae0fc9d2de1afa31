import { describe, expect, it, vi } from 'vitest';
import { isInLink, mentionPosition, nextMention, sameMention, sameStart } from '../../../lib/page/mention-navigation';

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
});
