import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { PEOPLE_PAGE, PeopleSection } from '../../../components/briefing/PeopleSection';
import { StorySchema } from '../../../data/schema';
import { buildCatalog, type Catalog } from '../../../lib/story/story-model';
import { type BriefingPerson, briefingView } from '../../../lib/views/briefing-view';
import { type CardContent, cardContent } from '../../../lib/views/card-content';
import { bigPack } from '../../helpers/big-pack';

/** A story with `count` people, all on one side, and its who's who. */
function bigStory(count: number): { catalog: Catalog; storyId: string; people: readonly BriefingPerson[] } {
  const story = v.parse(StorySchema, bigPack(count));
  const catalog = buildCatalog([story]);
  return { catalog, storyId: story.id, people: briefingView(catalog, story.id, [], 'en-GB')?.people ?? [] };
}

/** Who's who as the side panel wires it: an opened entry's content made (here at once) when asked for. */
function Wired({
  count,
  focus,
  asked,
}: {
  count: number;
  focus?: { entityId: string; nonce: number };
  asked: (entityId: string) => void;
}) {
  const [{ catalog, storyId, people }] = useState(() => bigStory(count));
  const [contents, setContents] = useState<ReadonlyMap<string, CardContent | null>>(new Map());
  return (
    <PeopleSection
      story={{ origin: 'curated' }}
      people={people}
      contents={contents}
      onOpen={(entityId) => {
        asked(entityId);
        setContents((shown) => new Map(shown).set(entityId, cardContent(catalog, entityId, storyId, 'en-GB') ?? null));
      }}
      onJump={vi.fn()}
      {...(focus ? { focus } : {})}
    />
  );
}

const entries = () => screen.getAllByRole('button', { expanded: false });

describe("Who's who of a big story", () => {
  it('lists a page of people at first, and the next page on request', () => {
    const { people } = bigStory(130);
    render(<Wired count={130} asked={vi.fn()} />);
    expect(entries()).toHaveLength(PEOPLE_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (80 not shown yet)' }));
    expect(entries()).toHaveLength(2 * PEOPLE_PAGE);
    expect(document.activeElement?.textContent).toContain(people[PEOPLE_PAGE]?.name);
  });

  it('asks for an entry’s card content only when it is opened, and shows it when it comes', () => {
    const asked = vi.fn();
    const { container } = render(<Wired count={3} asked={asked} />);
    expect(asked).not.toHaveBeenCalled();
    expect(container.querySelectorAll('.bf-person__description')).toHaveLength(0);
    fireEvent.click(entries()[1] as HTMLElement);
    expect(asked.mock.calls).toEqual([['p2']]);
    expect(container.querySelectorAll('.bf-person__description')).toHaveLength(1);
    expect(container.querySelector('#bf-person-p2 .bf-person__description')?.textContent).toBe('Delegate.');
  });

  it('says what the row knows while the content is being made, and waits for it', () => {
    const onOpen = vi.fn();
    const { people } = bigStory(2);
    const { container } = render(
      <PeopleSection
        story={{ origin: 'curated' }}
        people={people}
        contents={new Map()}
        onOpen={onOpen}
        onJump={vi.fn()}
      />,
    );
    fireEvent.click(entries()[0] as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith('p1');
    const panel = container.querySelector('#bf-person-p1-panel') as HTMLElement;
    expect(panel.hidden).toBe(false);
    expect(within(panel).getByText('Delegate')).toBeTruthy();
    expect(within(panel).getByText('Loading…')).toBeTruthy();
    expect(panel.querySelector('.bf-person__description')).toBeNull();
  });

  it('shows, opens and focuses a person asked for beyond the first page', () => {
    const { people } = bigStory(130);
    const far = people[120] as BriefingPerson;
    render(<Wired count={130} asked={vi.fn()} focus={{ entityId: far.entityId, nonce: 1 }} />);
    const toggle = screen.getByRole('button', { name: new RegExp(far.name), expanded: true });
    expect(document.activeElement).toBe(toggle);
    expect(within(toggle.closest('li') as HTMLElement).getByText('Delegate.')).toBeTruthy();
  });
});
