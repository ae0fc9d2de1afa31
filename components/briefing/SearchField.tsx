/** The briefing's search box: a labelled search input and its live status line (who's who, people read about). */
import { useId } from 'preact/hooks';

export interface SearchFieldProps {
  label: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  /** What the search shows, announced as it changes. */
  status: string;
}

export function SearchField({ label, placeholder, query, onQuery, status }: SearchFieldProps) {
  const inputId = useId();
  const statusId = useId();
  return (
    <div class="bf-search">
      <label for={inputId} class="bf-search__label">
        {label}
      </label>
      <input
        id={inputId}
        class="bf-search__input"
        type="search"
        placeholder={placeholder}
        autoComplete="off"
        spellcheck={false}
        value={query}
        aria-describedby={statusId}
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      <p id={statusId} class="bf-search__status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
