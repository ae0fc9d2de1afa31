/** The sites where Backstory stays off: add by name or address, remove with one click. */
import { useId, useState } from 'preact/hooks';
import type { SiteInput } from '../../lib/storage/site-match';

export interface SiteListProps {
  sites: readonly string[];
  /** What the typed text is as a site key (the background answers: it holds the public suffix list). */
  keyOf: (input: string) => Promise<SiteInput>;
  onAdd: (siteKey: string) => void;
  onRemove: (siteKey: string) => void;
}

/** Why typed text is not a site, in words for the reader. */
export function siteInputProblem(answer: Exclude<SiteInput, { ok: true }>): string {
  return answer.reason === 'shared-suffix'
    ? `Many separate sites end in ${answer.host}: type the one you mean, such as example.${answer.host}.`
    : 'Type a site such as nytimes.com, or paste a page address.';
}

export function SiteList({ sites, keyOf, onAdd, onRemove }: SiteListProps) {
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
      setError('Backstory could not check that site just now. Try again in a moment.');
      return;
    }
    if (!answer.ok) {
      setError(siteInputProblem(answer));
      return;
    }
    const { key } = answer;
    if (sites.includes(key)) {
      setError(`${key} is already in the list.`);
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
          Turn Backstory off on a site
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
            Add site
          </button>
        </div>
        {error && (
          <p id={errorId} class="op-field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="op-empty">Backstory is on for every site. You can also switch a site off from the toolbar popup.</p>
      ) : (
        <ul class="op-sites__list" aria-label="Sites where Backstory is off">
          {sites.map((site) => (
            <li key={site} class="op-sites__item">
              <span class="op-sites__name">{site}</span>
              <button
                type="button"
                class="op-link-button"
                aria-label={`Turn Backstory on again for ${site}`}
                onClick={() => onRemove(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
