/**
 * Reading memory in the options (issue 22): pause it, see what it holds, forget one site or
 * everything, and take the archive out as story packs or bring an export back. Props in; the
 * entrypoint talks to the background.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SiteInput } from '../../lib/storage/site-match';
import { Switch } from '../shared/Switch';
import { siteInputProblem } from './SiteList';

export interface ReadingMemoryStatus {
  articles: number;
  bytes: number;
  problem?: string;
}

export interface ReadingMemorySettingsProps {
  remember: boolean;
  status: ReadingMemoryStatus | null;
  /** The outcome of the last action (forget, export, import), in words for the reader. */
  message: string | null;
  /** What the typed text is as a site key (the background answers, as for the site switches). */
  keyOf: (input: string) => Promise<SiteInput>;
  onRememberChange: (on: boolean) => void;
  onForgetSite: (site: string) => void;
  onForgetAll: () => void;
  onExport: () => void;
  onImportFile: (file: File) => void;
}

export function ReadingMemorySettings(props: ReadingMemorySettingsProps) {
  const siteId = useId();
  const siteErrorId = useId();
  const fileId = useId();
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const { status } = props;

  const forgetSite = async (event: Event) => {
    event.preventDefault();
    let answer: SiteInput;
    try {
      answer = await props.keyOf(site);
    } catch {
      setSiteError('Backstory could not check that site just now. Try again in a moment.');
      return;
    }
    if (!answer.ok) {
      setSiteError(siteInputProblem(answer));
      return;
    }
    setSiteError(null);
    setSite('');
    props.onForgetSite(answer.key);
  };

  return (
    <div class="op-reading">
      <Switch
        label="Remember the articles I read"
        hint="Names, roles and quotes from each article you read, so that a later card can say what you learned before. Never in private windows or on sites switched off."
        checked={props.remember}
        onChange={props.onRememberChange}
      />
      <p class="op-note" data-testid="reading-usage">
        {status === null
          ? 'Looking at the archive…'
          : `${status.articles} ${status.articles === 1 ? 'article' : 'articles'} remembered, ${sizeLabel(status.bytes)}, on this device only.`}
      </p>
      {status?.problem && (
        <p class="op-field-error" role="alert">
          {status.problem}
        </p>
      )}
      {props.message && (
        <p class="op-note op-note--ok" role="status">
          {props.message}
        </p>
      )}

      <form class="op-sites__form" onSubmit={forgetSite} noValidate>
        <label class="op-field-label" for={siteId}>
          Forget one site
        </label>
        <div class="op-sites__row">
          <input
            id={siteId}
            class="op-input"
            type="text"
            inputMode="url"
            placeholder="bbc.co.uk"
            autoComplete="off"
            spellcheck={false}
            value={site}
            aria-invalid={siteError !== null}
            aria-describedby={siteError ? siteErrorId : undefined}
            onInput={(event) => setSite(event.currentTarget.value)}
          />
          <button type="submit" class="bs-button">
            Forget site
          </button>
        </div>
        {siteError && (
          <p id={siteErrorId} class="op-field-error" role="alert">
            {siteError}
          </p>
        )}
      </form>

      <div class="op-story__actions op-reading__actions">
        <button type="button" class="bs-button" onClick={props.onExport} disabled={!status || status.articles === 0}>
          Export
        </button>
        <input
          id={fileId}
          class="bs-visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) props.onImportFile(file);
          }}
        />
        <label class="bs-button op-reading__import" for={fileId}>
          Import…
        </label>
        {!confirming && (
          <button type="button" class="bs-button" onClick={() => setConfirming(true)}>
            Forget everything
          </button>
        )}
      </div>
      {confirming && (
        <div class="op-story__confirm">
          <p>Forget every article Backstory remembers? This cannot be undone.</p>
          <div class="op-story__actions">
            <button
              ref={confirmRef}
              type="button"
              class="bs-button bs-button--danger"
              onClick={() => {
                setConfirming(false);
                props.onForgetAll();
              }}
            >
              Forget everything
            </button>
            <button type="button" class="bs-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** "3.2 MB", "14 KB": the archive's size as a reader reads it. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
