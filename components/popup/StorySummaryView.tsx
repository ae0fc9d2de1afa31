/** The story the page is about: headline, source and date, and the article's "What you should know". */
import { useId } from 'preact/hooks';
import { STORY_LANG } from '../../data/schema';
import { type StorySummary, summaryIn } from '../../lib/views/panel-view';
import { useMessages } from '../shared/messages';

export function StorySummaryView({
  story,
  related,
  totalMentions,
}: {
  story: StorySummary;
  related?: StorySummary | undefined;
  totalMentions: number;
}) {
  const m = useMessages();
  const shown = summaryIn(story, m.lang);
  const headingId = useId();
  const knowId = useId();
  return (
    <section class="pp-story" aria-labelledby={headingId}>
      <p class="bs-eyebrow">{m.t('thisPageIsAbout')}</p>
      <h2 id={headingId} class="bs-headline pp-story__headline" lang={shown.headline.lang}>
        {shown.headline.text}
      </h2>
      <p class="pp-story__meta">
        <span>{story.source}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={story.date}>{story.dateLabel}</time>
        <span aria-hidden="true"> · </span>
        <span>{m.count('mentionsHere', totalMentions)}</span>
      </p>
      <section class="pp-know" aria-labelledby={knowId}>
        <h3 id={knowId} class="pp-know__title">
          {story.origin === 'article' ? m.t('howArticleOpens') : m.t('whatYouShouldKnow')}
        </h3>
        <ul class="pp-know__list" lang={shown.summary.lang}>
          {shown.summary.sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      {related && (
        <p class="pp-story__related">
          {m.t('relatedBefore')} <cite lang={STORY_LANG}>{related.headline}</cite> ({related.source},{' '}
          <time dateTime={related.date}>{related.dateLabel}</time>){m.t('relatedAfter')}
        </p>
      )}
    </section>
  );
}
