/**
 * Who is on this page, grouped by side: people as rows with their role, places, countries and
 * organisations as compact chips, each list a page at a time (components/shared/PagedList.tsx).
 * Each jumps to its first mention on the page and opens its card.
 */
import { useId } from 'preact/hooks';
import { STORY_LANG } from '../../data/schema';
import type { SideGroup } from '../../lib/views/panel-view';
import type { PageEntity } from '../../lib/views/tab-state';
import { CountBadge } from '../shared/CountBadge';
import { groupName, useMessages } from '../shared/messages';
import { PagedList } from '../shared/PagedList';
import { SideChip } from '../shared/SideChip';

/** Entities of a side listed at first, and added by each "show more": a page naming a big story's people may hold thousands. */
export const ENTITY_PAGE = 50;

export function PageEntityList({ groups, onJump }: { groups: readonly SideGroup[]; onJump: (e: PageEntity) => void }) {
  const m = useMessages();
  const headingId = useId();
  return (
    <section class="pp-people" aria-labelledby={headingId}>
      <h2 id={headingId} class="bs-eyebrow pp-people__title">
        {m.t('whoIsOnPage')}
      </h2>
      {groups.map((group) => {
        const people = group.entities.filter((e) => e.type === 'person');
        const others = group.entities.filter((e) => e.type !== 'person');
        return (
          <div class="pp-side" key={group.label} data-side={group.side}>
            <SideChip side={group.side} label={groupName(m, group)} as="h3" />
            {people.length > 0 && (
              <PagedList
                class="pp-side__list"
                items={people}
                pageSize={ENTITY_PAGE}
                renderItem={(entity) => (
                  <li key={entity.entityId}>
                    <button
                      type="button"
                      class="pp-entity"
                      data-entity-id={entity.entityId}
                      onClick={() => onJump(entity)}
                    >
                      <span class="pp-entity__text">
                        <span class="pp-entity__name">{entity.name}</span>
                        <span class="pp-entity__role" lang={STORY_LANG}>
                          {entity.role}
                        </span>
                        {entity.role && entity.roleAsOf && (
                          <time class="pp-entity__as-of" dateTime={entity.roleAsOf.date}>
                            {m.t('asOf', entity.roleAsOf.label)}
                          </time>
                        )}
                      </span>
                      <CountBadge count={entity.count} />
                    </button>
                  </li>
                )}
              />
            )}
            {others.length > 0 && (
              <PagedList
                class="pp-chips"
                items={others}
                pageSize={ENTITY_PAGE}
                renderItem={(entity) => (
                  <li key={entity.entityId}>
                    <button
                      type="button"
                      class="pp-chip"
                      data-entity-id={entity.entityId}
                      title={
                        entity.role && entity.roleAsOf
                          ? `${entity.role} (${m.t('asOf', entity.roleAsOf.label)})`
                          : entity.role
                      }
                      onClick={() => onJump(entity)}
                    >
                      <span class="pp-chip__name">{entity.name}</span>
                      <CountBadge count={entity.count} />
                    </button>
                  </li>
                )}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
