/**
 * The mentions on the current page in page order, each with its surrounding words; choosing one
 * scrolls the page to it. A page with very many mentions reports only the first ones
 * (lib/views/report-summary.ts): the section then says how many it lists of how many. The list
 * shows a page at a time (components/shared/PagedList.tsx).
 */
import type { MentionRow } from '../../lib/views/briefing-view';
import { useMessages } from '../shared/messages';
import { PagedList } from '../shared/PagedList';
import { Section } from './Section';

/** Mentions listed at first, and added by each "show more". */
export const MENTION_PAGE = 50;

export interface OnThisPageProps {
  rows: readonly MentionRow[];
  /** Mentions on the whole page (more than `rows` when the list was capped). */
  total: number;
  onJump: (index: number, frameId?: number) => void;
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
        <PagedList
          ordered
          class="bf-mentions"
          items={rows}
          pageSize={MENTION_PAGE}
          renderItem={(row) => (
            <li key={`${row.frameId ?? 0} ${row.index}`} data-side={row.side}>
              <button
                type="button"
                class="bf-mention"
                data-mention-index={row.index}
                data-frame-id={row.frameId}
                onClick={() => onJump(row.index, row.frameId)}
              >
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
          )}
        />
      )}
    </Section>
  );
}
