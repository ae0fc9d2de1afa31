/**
 * The mentions on the current page in page order, each with its surrounding words; choosing one
 * scrolls the page to it. A page with very many mentions reports only the first ones
 * (lib/views/report-summary.ts): the section then says how many it lists of how many.
 */
import type { MentionRow } from '../../lib/views/briefing-view';
import { useMessages } from '../shared/messages';
import { Section } from './Section';

export interface OnThisPageProps {
  rows: readonly MentionRow[];
  /** Mentions on the whole page (more than `rows` when the list was capped). */
  total: number;
  onJump: (index: number) => void;
}

export function OnThisPage({ rows, total, onJump }: OnThisPageProps) {
  const m = useMessages();
  const capped = total > rows.length;
  return (
    <Section
      id="bf-page"
      title={m.t('sectionOnThisPage')}
      aside={
        <span class="bf-section__note">
          {m.t('inPageOrder', capped ? m.t('firstOfTotal', rows.length, total) : m.number(rows.length))}
        </span>
      }
    >
      {capped && (
        <p class="bf-note" role="note">
          {m.t('mentionsCapped', total, rows.length)}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="bf-empty">{m.t('noMentionsOnPage')}</p>
      ) : (
        <ol class="bf-mentions">
          {rows.map((row) => (
            <li key={row.index} data-side={row.side}>
              <button type="button" class="bf-mention" data-mention-index={row.index} onClick={() => onJump(row.index)}>
                <span class="bf-mention__who">
                  <span class="bf-mention__name">{row.name}</span>
                  <span class="bf-mention__go" aria-hidden="true">
                    Go to ↗
                  </span>
                </span>
                <span class="bf-mention__snippet">
                  {row.before}
                  <mark>{row.text}</mark>
                  {row.after}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
