/** Key quotes with their speakers, verbatim from the article. */
import type { BriefingQuote } from '../../lib/views/briefing-view';
import { useMessages } from '../shared/messages';
import { SourceToggle } from '../shared/SourceToggle';
import { Section } from './Section';

export function QuotesSection({ quotes }: { quotes: readonly BriefingQuote[] }) {
  const m = useMessages();
  if (quotes.length === 0) return null;
  return (
    <Section id="bf-quotes" title={m.t('sectionKeyQuotes')}>
      <ul class="bf-quotes">
        {quotes.map((q) => (
          <li key={q.id}>
            <figure class="bf-quote" data-side={q.speakerSide}>
              <blockquote class="bf-quote__text">“{q.text}”</blockquote>
              <figcaption class="bf-quote__by">
                <span class="bf-quote__speaker">{q.speakerName ?? m.t('speakerNotNamed')}</span>
                {q.context && <span class="bf-quote__context">, {q.context}</span>} <SourceToggle source={q.source} />
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </Section>
  );
}
