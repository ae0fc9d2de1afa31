import { describe, expect, it } from 'vitest';
import { mentionPosition, nextMention } from '../../../lib/page/mention-navigation';

describe('next mention', () => {
  const m = (index: number) => ({ index, entityId: 'x', text: 'x', range: document.createRange() });
  const mentions = [m(0), m(1), m(2)];

  it('goes forward and back from the open mention, wrapping at the ends', () => {
    expect(nextMention(mentions, mentions[1], 1)?.index).toBe(2);
    expect(nextMention(mentions, mentions[2], 1)?.index).toBe(0);
    expect(nextMention(mentions, mentions[0], -1)?.index).toBe(2);
  });

  it('starts from the first mention at or below the top of the viewport when no card is open', () => {
    expect(nextMention(mentions, undefined, 1)?.index).toBeDefined();
    expect(nextMention([], undefined, 1)).toBeUndefined();
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
