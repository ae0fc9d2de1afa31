/**
 * The corrections the reader made from cards ("Not a name", "Wrong person"): the text, the
 * entity, where it applies and when it was made, each with its Undo. Damaged stored corrections
 * are named with a way to clear them; they never hide the ones that read.
 */
import type { Correction } from '../../lib/storage/corrections';
import { formatIsoDate } from '../../lib/story/iso-date';

export interface CorrectionListProps {
  /** Newest first. */
  corrections: readonly Correction[];
  /** Set when stored corrections were damaged, in words for the reader. */
  damage?: string | undefined;
  /** The language dates are written in. */
  locale: string;
  onRemove: (correction: Correction) => void;
  onClearDamaged: () => void;
}

/** The day a correction was made, in the reader's time zone ("14 March 2026" in en-GB). */
function madeOn(createdAt: string, locale: string): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return createdAt;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatIsoDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, locale);
}

export function CorrectionList({ corrections, damage, locale, onRemove, onClearDamaged }: CorrectionListProps) {
  return (
    <div class="op-corrections">
      {damage && (
        <div class="op-corrections__damage" role="alert">
          <p>{damage}</p>
          <button type="button" class="bs-button" onClick={onClearDamaged}>
            Clear damaged corrections
          </button>
        </div>
      )}
      {corrections.length === 0 ? (
        <p class="op-empty">
          No corrections yet. When a card marks something that is not a name, or the wrong person, choose “Not right?”
          on the card.
        </p>
      ) : (
        <ul class="op-corrections__list" aria-label="Your corrections">
          {corrections.map((correction) => (
            <li key={correction.id} class="op-correction" data-correction-id={correction.id}>
              <div class="op-correction__main">
                <p class="op-correction__text">“{correction.text}”</p>
                <p class="op-correction__what">
                  {correction.kind === 'not-a-name' ? (
                    <>
                      <strong>Not a name</strong>
                      <span class="op-muted"> · was shown as {correction.entityName}</span>
                    </>
                  ) : (
                    <>
                      <strong>Wrong person</strong>
                      <span class="op-muted"> · was linked to {correction.entityName}</span>
                    </>
                  )}
                </p>
                <p class="op-correction__meta">
                  <span class={`op-badge op-badge--${correction.scope}`}>
                    {correction.scope === 'everywhere' ? 'Everywhere' : 'One site'}
                  </span>
                  {correction.scope === 'site' && <span class="op-correction__site">{correction.site}</span>}
                  <span aria-hidden="true">·</span>
                  <span>{madeOn(correction.createdAt, locale)}</span>
                </p>
              </div>
              <button
                type="button"
                class="bs-button"
                aria-label={`Undo: “${correction.text}” ${correction.kind === 'not-a-name' ? 'is not a name' : `is not ${correction.entityName}`}`}
                onClick={() => onRemove(correction)}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
