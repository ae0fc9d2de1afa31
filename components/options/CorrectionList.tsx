/**
 * The corrections the reader made from cards ("Not a name", "Wrong person"): the text, the
 * entity, where it applies and when it was made, each with its Undo. Damaged stored corrections
 * are named with a way to clear them; they never hide the ones that read.
 */
import type { Correction } from '../../lib/storage/corrections';
import type { Notice } from '../../lib/storage/notice';
import { formatIsoDate } from '../../lib/story/iso-date';
import { useMessages } from '../shared/messages';
import { NoticeText } from '../shared/NoticeText';

export interface CorrectionListProps {
  /** Newest first. */
  corrections: readonly Correction[];
  /** Set when stored corrections were damaged: what to tell the reader. */
  damage?: Notice | undefined;
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
  const m = useMessages();
  return (
    <div class="op-corrections">
      {damage && (
        <div class="op-corrections__damage" role="alert">
          <p>
            <NoticeText notice={damage} />
          </p>
          <button type="button" class="bs-button" onClick={onClearDamaged}>
            {m.t('clearDamagedCorrections')}
          </button>
        </div>
      )}
      {corrections.length === 0 ? (
        <p class="op-empty">{m.t('correctionsEmpty')}</p>
      ) : (
        <ul class="op-corrections__list" aria-label={m.t('correctionsListLabel')}>
          {corrections.map((correction) => (
            <li key={correction.id} class="op-correction" data-correction-id={correction.id}>
              <div class="op-correction__main">
                <p class="op-correction__text">“{correction.text}”</p>
                <p class="op-correction__what">
                  {correction.kind === 'not-a-name' ? (
                    <>
                      <strong>{m.t('notAName')}</strong>
                      <span class="op-muted"> · {m.t('wasShownAs', correction.entityName)}</span>
                    </>
                  ) : (
                    <>
                      <strong>{m.t('wrongPerson')}</strong>
                      <span class="op-muted"> · {m.t('wasLinkedTo', correction.entityName)}</span>
                    </>
                  )}
                </p>
                <p class="op-correction__meta">
                  <span class={`op-badge op-badge--${correction.scope}`}>
                    {correction.scope === 'everywhere' ? m.t('scopeEverywhere') : m.t('scopeSite')}
                  </span>
                  {correction.scope === 'site' && <span class="op-correction__site">{correction.site}</span>}
                  <span aria-hidden="true">·</span>
                  <span>{madeOn(correction.createdAt, locale)}</span>
                </p>
              </div>
              <button
                type="button"
                class="bs-button"
                aria-label={
                  correction.kind === 'not-a-name'
                    ? m.t('undoNotAName', correction.text)
                    : m.t('undoNotPerson', correction.text, correction.entityName)
                }
                onClick={() => onRemove(correction)}
              >
                {m.t('undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
