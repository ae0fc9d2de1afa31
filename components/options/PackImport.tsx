/**
 * Importing a story pack: a file picker and a drop zone, then either a confirmation or the
 * full list of problems with their JSON paths. Every word from the file is shown as text.
 */
import { useId, useState } from 'preact/hooks';
import type { PackProblem } from '../../lib/storage/pack-file';
import { useMessages } from '../shared/messages';
import { NoticeText } from '../shared/NoticeText';

export type ImportStatus =
  | { state: 'idle' }
  | { state: 'checking'; fileName: string }
  | { state: 'imported'; fileName: string; title: string; migratedFrom?: number }
  | { state: 'failed'; fileName: string; problems: readonly PackProblem[] };

export interface PackImportProps {
  status: ImportStatus;
  maxSizeLabel: string;
  onFiles: (files: readonly File[]) => void;
}

export function PackImport({ status, maxSizeLabel, onFiles }: PackImportProps) {
  const m = useMessages();
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div class="op-import">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file button inside is the keyboard path. */}
      <div
        class="op-dropzone"
        data-dragging={dragging}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <svg class="op-dropzone__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <path
            d="M12 15V4m0 0-4 4m4-4 4 4M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3"
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        <p class="op-dropzone__title">{m.t('dropTitle')}</p>
        <p id={hintId} class="op-dropzone__hint">
          {m.t('dropHint', maxSizeLabel)}
        </p>
        <label class="bs-button bs-button--primary op-dropzone__pick" for={inputId}>
          {m.t('chooseFile')}
        </label>
        <input
          id={inputId}
          class="bs-visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          data-testid="pack-file-input"
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            // Reset so that choosing the same file again (after fixing it) fires change again.
            input.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <ImportOutcome status={status} />
    </div>
  );
}

function ImportOutcome({ status }: { status: ImportStatus }) {
  const m = useMessages();
  if (status.state === 'idle') return <div class="op-import__status" aria-live="polite" />;
  if (status.state === 'checking') {
    return (
      <div class="op-import__status" aria-live="polite">
        <p class="op-note">{m.t('checkingFile', status.fileName)}</p>
      </div>
    );
  }
  if (status.state === 'imported') {
    return (
      <div class="op-import__status" aria-live="polite">
        <p class="op-note op-note--ok" data-testid="import-success">
          {status.migratedFrom === undefined
            ? m.t('importedPack', status.title, status.fileName)
            : m.t('importedPackUpgraded', status.title, status.fileName, String(status.migratedFrom))}
        </p>
      </div>
    );
  }
  const count = status.problems.length;
  return (
    <div class="op-problems" data-testid="import-problems">
      <div role="alert" class="op-problems__summary">
        <strong>{m.t('notImported', status.fileName)}</strong> {m.count('problemsToFix', count)}
      </div>
      <ol class="op-problems__list" aria-label={m.t('problemsIn', status.fileName)}>
        {status.problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`} class="op-problem">
            {problem.path && <code class="op-problem__path">{problem.path}</code>}
            <span class="op-problem__message">
              <NoticeText notice={problem.message} />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
