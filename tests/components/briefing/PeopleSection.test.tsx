import { fireEvent, render, screen, within } from '@testing-library/preact';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { PEOPLE_PAGE, PeopleSection } from '../../../components/briefing/PeopleSection';
import { StorySchema } from '../../../data/schema';
import { buildCatalog } from '../../../lib/story/story-model';
import { type BriefingPerson, briefingView } from '../../../lib/views/briefing-view';
import { bigPack } from '../../helpers/big-pack';

/** Who's who of a story with `count` people, all on one side. */
function bigStoryPeople(count: number): readonly BriefingPerson[] {
  const story = v.parse(StorySchema, bigPack(count));
  const view = briefingView(buildCatalog([story]), story.id, [], 'en-GB');
  return view?.people ?? [];
}

const entries = () => screen.getAllByRole('button', { expanded: false });

describe("Who's who of a big story", () => {
  it('lists a page of people at first, and the next page on request', () => {
    const people = bigStoryPeople(130);
    render(<PeopleSection story={{ origin: 'curated' }} people={people} onJump={vi.fn()} />);
    expect(entries()).toHaveLength(PEOPLE_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (80 not shown yet)' }));
    expect(entries()).toHaveLength(2 * PEOPLE_PAGE);
    expect(document.activeElement?.textContent).toContain(people[PEOPLE_PAGE]?.content.name);
  });

  it('makes an entry’s card content only when it is opened', () => {
    const people = bigStoryPeople(3);
    const { container } = render(<PeopleSection story={{ origin: 'curated' }} people={people} onJump={vi.fn()} />);
    expect(container.querySelectorAll('.bf-person__description')).toHaveLength(0);
    fireEvent.click(entries()[0] as HTMLElement);
    expect(container.querySelectorAll('.bf-person__description')).toHaveLength(1);
  });

  it('shows, opens and focuses a person asked for beyond the first page', () => {
    const people = bigStoryPeople(130);
    const far = people[120] as BriefingPerson;
    render(
      <PeopleSection
        story={{ origin: 'curated' }}
        people={people}
        focus={{ entityId: far.content.entityId, nonce: 1 }}
        onJump={vi.fn()}
      />,
    );
    const toggle = screen.getByRole('button', { name: new RegExp(far.content.name), expanded: true });
    expect(document.activeElement).toBe(toggle);
    expect(within(toggle.closest('li') as HTMLElement).getByText('Delegate.')).toBeTruthy();
  });
});
