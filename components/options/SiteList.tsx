/** The sites where Backstory stays off: add by name or address, remove with one click. */
import { useId, useState } from 'preact/hooks';
import { siteKeyFromInput } from '../../lib/storage/site-key';

export interface SiteListProps {
  sites: readonly string[];
  onAdd: (siteKey: string) => void;
  onRemove: (siteKey: string) => void;
}

export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const key = siteKeyFromInput(text);
    if (!key) {
      setError('Type a site such as nytimes.com, or paste a page address.');
      return;
    }
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
