/** "People you've read about" (reading memory): a searchable list of everyone the reader's earlier articles named. */
import type { ArchivedPerson } from '../../lib/storage/reading-archive/archive-contract';
import { earlierArticleLink } from '../../lib/views/earlier-reading';
import { useMessages } from '../shared/messages';
import { SearchField } from './SearchField';
import { Section } from './Section';

export interface ReadPeopleSectionProps {
  query: string;
  people: readonly ArchivedPerson[];
  onQuery: (query: string) => void;
  /** The language dates are written in. */
  locale: string;
}

export function ReadPeopleSection({ query, people, onQuery, locale }: ReadPeopleSectionProps) {
  const m = useMessages();
  if (people.length === 0 && query.trim() === '') return null;
  return (
    <Section id="bf-read-people" title={m.t('sectionReadPeople')}>
      <SearchField
        label={m.t('searchReading')}
        placeholder={m.t('searchReadingPlaceholder')}
        query={query}
        onQuery={onQuery}
        status={people.length === 0 ? m.t('noOneMatches', query.trim()) : m.t('shownCount', people.length)}
      />
      <ul class="bf-read-people">
        {people.map((person) => {
          const last = earlierArticleLink(person.lastRead, locale);
          return (
            <li key={`${person.type}:${person.name}`} class="bf-read-person">
              <p class="bf-read-person__name">{person.name}</p>
              {person.role && <p class="bf-read-person__role">{person.role}</p>}
              <p class="bf-read-person__meta">
                {person.articleCount} {person.articleCount === 1 ? 'article' : 'articles'} · last{' '}
                <a class="bf-link" href={last.url} target="_blank" rel="noopener noreferrer" title={last.headline}>
                  {last.label}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
