import { describe, expect, it, vi } from 'vitest';
import { MENTION_LIST_LIMIT, summariseMentions } from '../../../lib/views/report-summary';
import { capTitle, TITLE_LIMIT } from '../../../lib/views/tab-state';

/** `count` mentions in page order, cycling through `entities`. */
function pageOf(count: number, entities: readonly string[]) {
  return Array.from({ length: count }, (_, index) => {
    const entityId = entities[index % entities.length] ?? 'nato';
    return { index, entityId, text: entityId.toUpperCase() };
  });
}

describe('the mention report of a page', () => {
  it('lists only the first mentions of a 40,000-mention page, with counts for the whole page', () => {
    const snippet = vi.fn(() => ({ before: 'b ', after: ' a' }));
    const tally = summariseMentions(pageOf(40_000, ['nato', 'kremlin', 'afp', 'nato']), snippet);
    expect(tally.mentions).toHaveLength(MENTION_LIST_LIMIT);
    expect(tally.mentions.map((m) => m.index)).toEqual([...Array(MENTION_LIST_LIMIT).keys()]);
    expect(tally.totalMentions).toBe(40_000);
    expect(tally.entityCounts).toEqual({ nato: 20_000, kremlin: 10_000, afp: 10_000 });
    expect(tally.firstMentions).toEqual({ nato: 0, kremlin: 1, afp: 2 });
  });

  it('reads a snippet only for the mentions it lists', () => {
    const snippet = vi.fn(() => ({ before: '', after: '' }));
    summariseMentions(pageOf(5000, ['nato']), snippet);
    expect(snippet).toHaveBeenCalledTimes(MENTION_LIST_LIMIT);
  });

  it('knows where an entity first appears even when that is past the list', () => {
    const page = [...pageOf(300, ['nato']), { index: 300, entityId: 'kremlin', text: 'Kremlin' }];
    const tally = summariseMentions(page, () => ({ before: '', after: '' }));
    expect(tally.mentions.some((m) => m.entityId === 'kremlin')).toBe(false);
    expect(tally.firstMentions.kremlin).toBe(300);
    expect(tally.entityCounts.kremlin).toBe(1);
  });

  it('lists every mention of a page with fewer than the limit', () => {
    const tally = summariseMentions(pageOf(3, ['nato']), () => ({ before: 'x', after: 'y' }));
    expect(tally.mentions).toEqual([
      { index: 0, entityId: 'nato', text: 'NATO', before: 'x', after: 'y' },
      { index: 1, entityId: 'nato', text: 'NATO', before: 'x', after: 'y' },
      { index: 2, entityId: 'nato', text: 'NATO', before: 'x', after: 'y' },
    ]);
  });

  it('counts an entity called "constructor" like any other', () => {
    const tally = summariseMentions(pageOf(2, ['constructor']), () => ({ before: '', after: '' }));
    expect(tally.entityCounts.constructor).toBe(2);
    expect(tally.firstMentions.constructor).toBe(0);
  });
});

describe('the page title in a report', () => {
  it('cuts a ten-million-character title to a line', () => {
    const title = capTitle('x'.repeat(10_000_000));
    expect(title).toHaveLength(TITLE_LIMIT);
    expect(title.endsWith('…')).toBe(true);
  });

  it('keeps an ordinary title as it is', () => {
    expect(capTitle('Talks in Istanbul')).toBe('Talks in Istanbul');
  });
});
