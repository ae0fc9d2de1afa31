/** One entry of who's who: a disclosure whose panel holds the full card content. */

import { STORY_LANG } from '../../data/schema';
import type { BriefingPerson } from '../../lib/views/briefing-view';
import { CountBadge } from '../shared/CountBadge';
import { sideName, typeName, useMessages } from '../shared/messages';
import { SourceToggle } from '../shared/SourceToggle';

export interface PersonEntryProps {
  person: BriefingPerson;
  expanded: boolean;
  onToggle: () => void;
  onJump: (index: number) => void;
  onShowEntity: (entityId: string) => void;
}

export function PersonEntry({ person, expanded, onToggle, onJump, onShowEntity }: PersonEntryProps) {
  const { content } = person;
  const m = useMessages();
  const panelId = `bf-person-${content.entityId}-panel`;
  return (
    <li
      class="bf-person"
      id={`bf-person-${content.entityId}`}
      data-entity-id={content.entityId}
      data-side={content.side}
    >
      <button
        type="button"
        class="bf-person__toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        data-entity-id={content.entityId}
        onClick={onToggle}
      >
        <span class="bf-person__text">
          <span class="bf-person__name">{content.name}</span>
          {content.role && <span class="bf-person__role">{content.role.text}</span>}
        </span>
        {person.countOnPage > 0 && <CountBadge count={person.countOnPage} />}
        <svg class="bf-person__caret" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
      <div id={panelId} class="bf-person__panel" hidden={!expanded}>
        {/* Made when opened: a big story's who's who holds thousands of entries (docs/decisions/0027). */}
        {expanded && (
          <>
            <p class="bf-person__kicker">
              {typeName(m, content.type)} · {sideName(m, content.side)}
            </p>
            {content.role && (
              <p class="bf-person__line">
                <strong>{m.t('roleLabel')}</strong> <span lang={STORY_LANG}>{content.role.text}</span>{' '}
                <SourceToggle source={content.role.source} />
              </p>
            )}
            <p class="bf-person__description">{content.description}</p>
            {content.facts.length > 0 && (
              <>
                <h4 class="bf-person__subhead">{m.t('whatStorySays')}</h4>
                <ul class="bf-person__facts">
                  {content.facts.map((fact) => (
                    <li key={fact.text}>
                      {fact.text} <SourceToggle source={fact.source} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {content.relations.length > 0 && (
              <>
                <h4 class="bf-person__subhead">{m.t('connections')}</h4>
                <ul class="bf-person__facts">
                  {content.relations.map((r) => (
                    <li key={`${r.label}-${r.targetId}`}>
                      {content.name} {r.label}{' '}
                      <button type="button" class="bf-link" onClick={() => onShowEntity(r.targetId)}>
                        {r.targetName}
                      </button>{' '}
                      <SourceToggle source={r.source} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {content.quotes.length > 0 && (
              <>
                <h4 class="bf-person__subhead">{m.t('inTheirWords')}</h4>
                {content.quotes.map((q) => (
                  <figure key={q.id} class="bf-person__quote">
                    <blockquote>“{q.text}”</blockquote>
                    {q.context && <figcaption>{q.context}</figcaption>}
                  </figure>
                ))}
              </>
            )}
            {content.cyrillicAliases.length > 0 && (
              <p class="bf-person__aliases">
                {m.t('alsoWritten')}{' '}
                {content.cyrillicAliases.map((a, i) => (
                  <span key={a.text}>
                    {i > 0 && ', '}
                    <span lang={a.lang}>{a.text}</span>
                  </span>
                ))}
              </p>
            )}
            {person.firstMentionIndex !== undefined && (
              <button
                type="button"
                class="bs-button bf-person__jump"
                onClick={() => onJump(person.firstMentionIndex as number)}
              >
                {m.t('goToFirstMention')}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
