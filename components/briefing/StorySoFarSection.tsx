/**
 * "Story so far" (reading memory): the reader's earlier articles that share people with this
 * page, oldest first, and what this page says that the reader had not read before about each.
 */
import type { StorySoFarView } from '../../lib/views/story-so-far';
import { useMessages } from '../shared/messages';
import { Section } from './Section';

export function StorySoFarSection({ view }: { view: StorySoFarView }) {
  const m = useMessages();
  if (view.timeline.length === 0) return null;
  return (
    <Section id="bf-so-far" title={m.t('sectionStorySoFar')}>
      <p class="bf-note">{m.t('fromEarlierArticles')}</p>
      <ol class="bf-timeline">
        {view.timeline.map((entry) => (
          <li key={entry.article.url} class="bf-event">
            <p class="bf-event__when">
              <time dateTime={entry.date}>{entry.article.label}</time>
            </p>
            <p class="bf-event__text">
              <a class="bf-link" href={entry.article.url} target="_blank" rel="noopener noreferrer">
                {entry.article.headline}
              </a>
            </p>
            {entry.shared.length > 0 && <p class="bf-event__shared">{m.t('alsoNamed', entry.shared.join(', '))}</p>}
          </li>
        ))}
      </ol>
      {view.newSince.map((person) => (
        <div key={person.entityId} class="bf-new-since" data-entity-id={person.entityId}>
          <h3 class="bf-new-since__title">{m.t('newSinceLastRead', person.name)}</h3>
          <p class="bf-new-since__last">
            {m.t('lastRead')}{' '}
            <a class="bf-link" href={person.lastRead.url} target="_blank" rel="noopener noreferrer">
              {person.lastRead.label}
            </a>
          </p>
          <ul class="bf-summary">
            {person.lines.map((line) => (
              <li key={line.sentence}>{line.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
