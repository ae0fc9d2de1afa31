/**
 * Who's who: every entity in the story, grouped by side (one group for an article Backstory read),
 * searchable by name, alias or role, each group shown a page at a time (components/shared/PagedList.tsx).
 * `focus` asks for one entry to be shown: it is expanded, scrolled to and given focus. An entry's
 * card content is asked for (`onOpen`) when it is opened, and shown when it comes (`contents`).
 */
import { useEffect, useState } from 'preact/hooks';
import { type BriefingPerson, filterPeople, groupPeople } from '../../lib/views/briefing-view';
import type { CardContent } from '../../lib/views/card-content';
import type { StorySummary } from '../../lib/views/panel-view';
import { groupName, useMessages } from '../shared/messages';
import { PagedList } from '../shared/PagedList';
import { SideChip } from '../shared/SideChip';
import { PersonEntry } from './PersonEntry';
import { SearchField } from './SearchField';
import { Section } from './Section';

/** Entries of a group listed at first, and added by each "show more": a big story has thousands. */
export const PEOPLE_PAGE = 50;

export interface PeopleSectionProps {
  /** Whether the story is curated (people by side) or read from the page's article (one group). */
  story: Pick<StorySummary, 'origin'>;
  people: readonly BriefingPerson[];
  /** The entity to show; `nonce` changes with each request so asking twice works. */
  focus?: { entityId: string; nonce: number };
  /** Card content made for opened entries, by entity id: null when it cannot be made. */
  contents: ReadonlyMap<string, CardContent | null>;
  /** Asks for an opened entry's card content (again after `contents` lost it: a new page). */
  onOpen: (entityId: string) => void;
  onJump: (index: number, frameId?: number) => void;
}

export function PeopleSection({ story, people, focus, contents, onOpen, onJump }: PeopleSectionProps) {
  const m = useMessages();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(undefined);
  // The last entry asked for stays within the shown part of its group's list.
  const [revealed, setRevealed] = useState<string | undefined>(undefined);

  const show = (entityId: string) => {
    if (!people.some((p) => p.entityId === entityId)) return;
    setQuery((q) => (filterPeople(people, q).some((p) => p.entityId === entityId) ? q : ''));
    setExpanded((set) => new Set(set).add(entityId));
    setPendingFocus(entityId);
    setRevealed(entityId);
  };

  useEffect(() => {
    if (focus) show(focus.entityId);
  }, [focus?.nonce, focus?.entityId]);

  useEffect(() => {
    for (const entityId of expanded) if (!contents.has(entityId)) onOpen(entityId);
  }, [expanded, contents]);

  useEffect(() => {
    if (!pendingFocus) return;
    const button = document.querySelector<HTMLElement>(`#bf-person-${CSS.escape(pendingFocus)} .bf-person__toggle`);
    button?.scrollIntoView?.({ block: 'start' });
    button?.focus({ preventScroll: true });
    setPendingFocus(undefined);
  }, [pendingFocus]);

  const shown = filterPeople(people, query);
  const toggle = (id: string) =>
    setExpanded((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Section id="bf-people" title={m.t('sectionWhoIsWho')}>
      <SearchField
        label={m.t('searchPeople')}
        placeholder={m.t('searchPeoplePlaceholder')}
        query={query}
        onQuery={setQuery}
        status={
          query.trim() === ''
            ? m.t(story.origin === 'article' ? 'inThisArticleCount' : 'inThisStoryCount', people.length)
            : shown.length === 0
              ? m.t('noOneMatches', query.trim())
              : m.t('matchCount', shown.length, people.length)
        }
      />
      {groupPeople(story, shown).map((group) => (
        <div key={group.side} class="bf-people-group" data-side={group.side}>
          <SideChip side={group.side} label={groupName(m, group)} as="h3" />
          <PagedList
            class="bf-people"
            items={group.entities}
            pageSize={PEOPLE_PAGE}
            reveal={group.entities.findIndex((p) => p.entityId === revealed)}
            renderItem={(person) => (
              <PersonEntry
                key={person.entityId}
                person={person}
                content={contents.get(person.entityId)}
                expanded={expanded.has(person.entityId)}
                onToggle={() => toggle(person.entityId)}
                onJump={onJump}
                onShowEntity={show}
              />
            )}
          />
        </div>
      ))}
    </Section>
  );
}
