/** The sites where Backstory stays off: add by name or address, remove with one click. */
import { useId, useState } from 'preact/hooks';
import type { SiteInput } from '../../lib/storage/site-match';
import type { Messages } from '../../lib/views/messages';
import { useMessages } from '../shared/messages';

export interface SiteListProps {
  sites: readonly string[];
  /** What the typed text is as a site key (the background answers: it holds the public suffix list). */
  keyOf: (input: string) => Promise<SiteInput>;
  onAdd: (siteKey: string) => void;
  onRemove: (siteKey: string) => void;
}

/** Why typed text is not a site, in words for the reader. */
export function siteInputProblem(answer: Exclude<SiteInput, { ok: true }>, m: Messages): string {
  return answer.reason === 'shared-suffix' ? m.t('siteSharedSuffix', answer.host) : m.t('siteInputError');
}

export function SiteList({ sites, keyOf, onAdd, onRemove }: SiteListProps) {
  const m = useMessages();
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    let answer: SiteInput;
    try {
      answer = await keyOf(text);
    } catch {
      setError(m.t('siteCheckFailed'));
      return;
    }
    if (!answer.ok) {
      setError(siteInputProblem(answer, m));
      return;
    }
    const { key } = answer;
    if (sites.includes(key)) {
      setError(m.t('siteAlreadyListed', key));
      return;
    }
    setError(null);
    setText('');
    onAdd(key);
  };

  return (
    <div class="op-sites">
      <form class="op-sites__form" onSubmit={submit} noValidate>
        <label class="op-field-label" for={inputId}>
          {m.t('siteOffLabel')}
        </label>
        <div class="op-sites__row">
          <input
            id={inputId}
            class="op-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" class="bs-button">
            {m.t('addSite')}
          </button>
        </div>
        {error && (
          <p id={errorId} class="op-field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="op-empty">{m.t('sitesEmpty')}</p>
      ) : (
        <ul class="op-sites__list" aria-label={m.t('sitesListLabel')}>
          {sites.map((site) => (
            <li key={site} class="op-sites__item">
              <span class="op-sites__name">{site}</span>
              <button
                type="button"
                class="op-link-button"
                aria-label={m.t('siteOnAgain', site)}
                onClick={() => onRemove(site)}
              >
                {m.t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
