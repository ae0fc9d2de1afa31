/**
 * One entry of who's who: a disclosure whose panel holds the full card content, made when the
 * entry is opened (`content`, from the whole story: docs/decisions/0028). Until it comes, the
 * panel says what the list row knows.
 */

import { STORY_LANG } from '../../data/schema';
import type { BriefingPerson } from '../../lib/views/briefing-view';
import type { CardContent } from '../../lib/views/card-content';
import { CountBadge } from '../shared/CountBadge';
import { sideName, typeName, useMessages } from '../shared/messages';
import { SourceToggle } from '../shared/SourceToggle';

export interface PersonEntryProps {
  person: BriefingPerson;
  /** The card content once made; undefined while it is being made, null when it cannot be. */
  content: CardContent | null | undefined;
  expanded: boolean;
  onToggle: () => void;
  onJump: (index: number, frameId?: number) => void;
  onShowEntity: (entityId: string) => void;
}

export function PersonEntry({ person, content, expanded, onToggle, onJump, onShowEntity }: PersonEntryProps) {
  const m = useMessages();
  const { entityId } = person;
  const panelId = `bf-person-${entityId}-panel`;
  return (
    <li class="bf-person" id={`bf-person-${entityId}`} data-entity-id={entityId} data-side={person.side}>
      <button
        type="button"
        class="bf-person__toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        data-entity-id={entityId}
        onClick={onToggle}
      >
        <span class="bf-person__text">
          <span class="bf-person__name">{person.name}</span>
          {person.role && <span class="bf-person__role">{person.role}</span>}
        </span>
        {person.countOnPage > 0 && <CountBadge count={person.countOnPage} />}
        <svg class="bf-person__caret" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
      <div id={panelId} class="bf-person__panel" hidden={!expanded}>
        {/* Made when opened: a big story's who's who holds thousands of entries (docs/decisions/0027). */}
        {expanded && !content && (
          <>
            <p class="bf-person__kicker">
              {typeName(m, person.type)} · {sideName(m, person.side)}
            </p>
            {person.role && (
              <p class="bf-person__line">
                <strong>{m.t('roleLabel')}</strong> <span lang={STORY_LANG}>{person.role}</span>
              </p>
            )}
            {content === undefined && <p class="bf-person__loading">{m.t('loading')}</p>}
          </>
        )}
        {expanded && content && (
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
                onClick={() => onJump(person.firstMentionIndex as number, person.firstMentionFrame)}
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
