/** Where the briefing comes from: the article itself and every background reference (shown, never fetched). */
import type { BriefingReference } from '../../lib/views/briefing-view';
import type { StorySummary } from '../../lib/views/panel-view';
import { useMessages } from '../shared/messages';
import { Section } from './Section';

export function SourcesSection({
  story,
  references,
}: {
  story: StorySummary;
  references: readonly BriefingReference[];
}) {
  const m = useMessages();
  return (
    <Section id="bf-sources" title={m.t('sectionSources')}>
      <ul class="bf-sources">
        <li class="bf-source">
          <span class="bs-eyebrow">{m.t('theArticle')}</span>
          <cite class="bf-source__title">{story.headline}</cite>
          <span class="bf-source__meta">
            {story.source} · <time dateTime={story.date}>{story.dateLabel}</time>
          </span>
        </li>
        {references.map((r) => (
          <li key={r.id} class="bf-source">
            <span class="bs-eyebrow">{m.t('backgroundTag')}</span>
            <cite class="bf-source__title">{r.title}</cite>
            <span class="bf-source__meta">
              {r.publisher} · {m.t('referenceAccessed', r.accessedLabel)}
            </span>
            {r.url && <span class="bf-source__url">{r.url}</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
