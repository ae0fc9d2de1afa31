/**
 * Reading memory in the options (issue 22): pause it, see what it holds, forget one site or
 * everything, and take the archive out as story packs or bring an export back. Props in; the
 * entrypoint talks to the background.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Notice } from '../../lib/storage/notice';
import type { SiteInput } from '../../lib/storage/site-match';
import { noticeText } from '../../lib/views/notice-text';
import { sizeLabel } from '../../lib/views/size-label';
import { useMessages } from '../shared/messages';
import { Switch } from '../shared/Switch';
import { siteInputProblem } from './SiteList';

export interface ReadingMemoryStatus {
  articles: number;
  bytes: number;
  /** Why the archive cannot answer, as the background said it. */
  problem?: Notice;
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
  const m = useMessages();
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
      setSiteError(m.t('siteCheckFailed'));
      return;
    }
    if (!answer.ok) {
      setSiteError(siteInputProblem(answer, m));
      return;
    }
    setSiteError(null);
    setSite('');
    props.onForgetSite(answer.key);
  };

  return (
    <div class="op-reading">
      <Switch
        label={m.t('rememberLabel')}
        hint={m.t('rememberHint')}
        checked={props.remember}
        onChange={props.onRememberChange}
      />
      <p class="op-note" data-testid="reading-usage">
        {status === null ? m.t('archiveLooking') : m.count('archiveUsage', status.articles, sizeLabel(status.bytes, m))}
      </p>
      {status?.problem && (
        <p class="op-field-error" role="alert">
          {noticeText(m, status.problem)}
        </p>
      )}
      {props.message && (
        <p class="op-note op-note--ok" role="status">
          {props.message}
        </p>
      )}

      <form class="op-sites__form" onSubmit={forgetSite} noValidate>
        <label class="op-field-label" for={siteId}>
          {m.t('forgetOneSite')}
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
            {m.t('forgetSite')}
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
          {m.t('export')}
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
          {m.t('importEllipsis')}
        </label>
        {!confirming && (
          <button type="button" class="bs-button" onClick={() => setConfirming(true)}>
            {m.t('forgetEverything')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="op-story__confirm">
          <p>{m.t('forgetEverythingQuestion')}</p>
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
              {m.t('forgetEverything')}
            </button>
            <button type="button" class="bs-button" onClick={() => setConfirming(false)}>
              {m.t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
