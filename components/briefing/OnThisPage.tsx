/** The mentions on the current page in page order, each with its surrounding words; choosing one scrolls the page to it. */
import type { MentionRow } from '../../lib/views/briefing-view';
import { Section } from './Section';

export function OnThisPage({ rows, onJump }: { rows: readonly MentionRow[]; onJump: (index: number) => void }) {
  return (
    <Section
      id="bf-page"
      title="On this page"
      aside={<span class="bf-section__note">{rows.length} in page order</span>}
    >
      {rows.length === 0 ? (
        <p class="bf-empty">No mentions on this page.</p>
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
