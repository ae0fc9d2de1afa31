/** The story's events in date order. */
import type { BriefingEvent } from '../../lib/views/briefing-view';
import { useMessages } from '../shared/messages';
import { SourceToggle } from '../shared/SourceToggle';
import { Section } from './Section';

export function TimelineSection({ events }: { events: readonly BriefingEvent[] }) {
  const m = useMessages();
  if (events.length === 0) return null;
  return (
    <Section id="bf-timeline" title={m.t('sectionTimeline')}>
      <ol class="bf-timeline">
        {events.map((e) => (
          <li key={e.id} class="bf-event">
            <p class="bf-event__when">
              <time dateTime={e.date}>{e.dateLabel}</time>
              {e.time && <span class="bf-event__time"> · {e.time}</span>}
            </p>
            <p class="bf-event__text">
              {e.text} <SourceToggle source={e.source} />
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
