import { describe, expect, it } from 'vitest';
import { nextPage, shownCount } from '../../../lib/views/paging';

describe('paging a long list', () => {
  it('shows a page at a time, never more than there is', () => {
    expect(shownCount(130, 50, 1)).toBe(50);
    expect(shownCount(130, 50, 2)).toBe(100);
    expect(shownCount(130, 50, 3)).toBe(130);
    expect(shownCount(20, 50, 1)).toBe(20);
    expect(shownCount(20, 1, 1)).toBe(1);
    expect(shownCount(20, 50, 0)).toBe(0);
  });

  it('extends to an item asked for beyond the pages shown', () => {
    expect(shownCount(130, 50, 1, 120)).toBe(121);
    expect(shownCount(130, 50, 1, 10)).toBe(50);
    expect(shownCount(130, 50, 1, -1)).toBe(50);
  });

  it('says what the next page adds and what is left', () => {
    expect(nextPage(130, 50, 50)).toEqual({ adds: 50, left: 80 });
    expect(nextPage(130, 100, 50)).toEqual({ adds: 30, left: 30 });
    expect(nextPage(130, 130, 50)).toEqual({ adds: 0, left: 0 });
  });
});
