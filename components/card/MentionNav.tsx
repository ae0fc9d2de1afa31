/** "N mentions on this page" with previous / next, which move to the entity's other mentions. */

export interface MentionNavProps {
  name: string;
  /** ordinal: which of the entity's mentions the card sits on (0: none on this page). */
  mentions: { ordinal: number; count: number };
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
}

import { useMessages } from '../shared/messages';

export function MentionNav({ name, mentions, onPrevious, onNext }: MentionNavProps) {
  const m = useMessages();
  const { ordinal, count } = mentions;
  const label = count === 0 ? m.t('notMentionedOnPage') : m.count('mentionsOnPage', count);
  const canMove = count > 1;
  return (
    <div class="bs-mentions">
      <span class="bs-mentions__count">
        {label}
        {ordinal > 0 && count > 1 && <span class="bs-visually-hidden">{m.t('mentionOrdinal', ordinal, count)}</span>}
      </span>
      {count > 0 && (
        <span class="bs-mentions__nav">
          <button
            type="button"
            class="bs-icon-button"
            aria-label={m.t('previousMentionOf', name)}
            disabled={!canMove}
            onClick={onPrevious}
          >
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <path d="M7.5 2.5 4 6l3.5 3.5" fill="none" stroke="currentColor" stroke-width="1.6" />
            </svg>
          </button>
          <button
            type="button"
            class="bs-icon-button"
            aria-label={m.t('nextMentionOf', name)}
            disabled={!canMove}
            onClick={onNext}
          >
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <path d="M4.5 2.5 8 6 4.5 9.5" fill="none" stroke="currentColor" stroke-width="1.6" />
            </svg>
          </button>
        </span>
      )}
    </div>
  );
}
