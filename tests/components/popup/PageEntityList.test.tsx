import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ENTITY_PAGE, PageEntityList } from '../../../components/popup/PageEntityList';
import { ARTICLE_GROUP_LABEL, ELSEWHERE_GROUP_LABEL } from '../../../lib/views/panel-view';
import type { PageEntity } from '../../../lib/views/tab-state';
import { bigPackNames } from '../../helpers/big-pack';

/** A page that names `count` people of a big story, all on one side. */
function people(count: number): PageEntity[] {
  return bigPackNames(count).map(({ entityId, name }, i) => ({
    entityId,
    name,
    type: 'person',
    role: 'Delegate',
    side: 'other',
    count: 1,
    firstMentionIndex: i,
  }));
}

describe('the popup’s list of who is on a page naming many people', () => {
  it('lists a page of them, the next on request, and each still jumps', () => {
    const onJump = vi.fn();
    render(<PageEntityList groups={[{ side: 'other', label: 'Other', entities: people(70) }]} onJump={onJump} />);
    expect(document.querySelectorAll('.pp-entity')).toHaveLength(ENTITY_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (20 not shown yet)' }));
    const rows = document.querySelectorAll<HTMLElement>('.pp-entity');
    expect(rows).toHaveLength(70);
    expect(document.activeElement).toBe(rows[ENTITY_PAGE]);
    fireEvent.click(rows[69] as HTMLElement);
    expect(onJump).toHaveBeenCalledWith(expect.objectContaining({ firstMentionIndex: 69 }));
  });
});

describe('a role the page’s own story does not tell', () => {
  it('says the date it held on, beside the role and in a chip’s title', () => {
    const roleAsOf = { date: '2025-05-16', label: '16 May 2025' };
    const dated: PageEntity[] = [
      { ...(people(1)[0] as PageEntity), role: 'President of the United States', roleAsOf },
      {
        entityId: 'nato',
        name: 'NATO',
        type: 'organisation',
        role: 'Alliance',
        roleAsOf,
        side: 'other',
        count: 1,
        firstMentionIndex: 1,
      },
    ];
    render(<PageEntityList groups={[{ side: 'other', label: 'Other', entities: dated }]} onJump={() => {}} />);
    const asOf = document.querySelector('.pp-entity time');
    expect(asOf?.textContent).toBe('As of 16 May 2025');
    expect(asOf?.getAttribute('datetime')).toBe('2025-05-16');
    expect(screen.getByRole('button', { name: /NATO/ }).title).toBe('Alliance (As of 16 May 2025)');
  });

  it('says no date for a role its own story tells', () => {
    render(<PageEntityList groups={[{ side: 'other', label: 'Other', entities: people(1) }]} onJump={() => {}} />);
    expect(document.querySelector('.pp-entity time')).toBeNull();
  });
});

describe('an article read by Backstory', () => {
  it('heads what its text names and what else the page shows apart, each with its own list', () => {
    const [named, elsewhere] = people(2) as [PageEntity, PageEntity];
    render(
      <PageEntityList
        groups={[
          { side: 'other', label: ARTICLE_GROUP_LABEL, entities: [named] },
          { side: 'other', label: ELSEWHERE_GROUP_LABEL, entities: [elsewhere] },
        ]}
        onJump={() => {}}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Named in this article', 'Also on this page']);
    expect([...document.querySelectorAll('.pp-side')].map((g) => g.querySelectorAll('.pp-entity').length)).toEqual([
      1, 1,
    ]);
  });
});
