/** The story the page is about: headline, source and date, and the article's "What you should know". */
import { useId } from 'preact/hooks';
import type { StorySummary } from '../../lib/views/panel-view';

export function StorySummaryView({
  story,
  related,
  totalMentions,
}: {
  story: StorySummary;
  related?: StorySummary | undefined;
  totalMentions: number;
}) {
  const headingId = useId();
  const knowId = useId();
  return (
    <section class="pp-story" aria-labelledby={headingId}>
      <p class="bs-eyebrow">This page is about</p>
      <h2 id={headingId} class="bs-headline pp-story__headline">
        {story.headline}
      </h2>
      <p class="pp-story__meta">
        <span>{story.source}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={story.date}>{story.dateLabel}</time>
        <span aria-hidden="true"> · </span>
        <span>
          {totalMentions} mention{totalMentions === 1 ? '' : 's'} here
        </span>
      </p>
      <section class="pp-know" aria-labelledby={knowId}>
        <h3 id={knowId} class="pp-know__title">
          {story.origin === 'article' ? 'How the article opens' : 'What you should know'}
        </h3>
        <ul class="pp-know__list">
          {story.summary.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      {related && (
        <p class="pp-story__related">
          Backstory also has the story <cite>{related.headline}</cite> ({related.source},{' '}
          <time dateTime={related.date}>{related.dateLabel}</time>), which this page is about too.
        </p>
      )}
    </section>
  );
}
