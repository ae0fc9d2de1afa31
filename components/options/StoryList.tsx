/**
 * Every story Backstory knows, bundled and imported, each with its switch; imported packs
 * can also be exported and deleted (after a confirmation). A pack whose stored story cannot be
 * read is listed as damaged, with why and a way to remove it, never silently left out. Pack
 * text is rendered as text only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STORY_LANG } from '../../data/schema';
import type { Notice } from '../../lib/storage/notice';
import { formatIsoDate } from '../../lib/story/iso-date';
import { noticeText } from '../../lib/views/notice-text';
import { useMessages } from '../shared/messages';
import { Switch } from '../shared/Switch';

export interface StoryRow {
  id: string;
  title: string;
  /** The title's language when it is a translation (the story's own language otherwise). */
  titleLang?: string;
  /** The story's date as the story gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  entityCount: number;
  origin: 'bundled' | 'imported';
  enabled: boolean;
  fileName?: string;
  /** Why an imported pack's stored story cannot be read (it is then unused, and has no count to show). */
  damage?: Notice | string;
}

export interface StoryListProps {
  rows: readonly StoryRow[];
  /** The language dates are written in. */
  locale: string;
  onToggle: (row: StoryRow, on: boolean) => void;
  onExport: (id: string) => void;
  onDelete: (id: string) => void;
}

export function StoryList({ rows, locale, onToggle, onExport, onDelete }: StoryListProps) {
  const m = useMessages();
  if (rows.length === 0) return <p class="op-empty">{m.t('storiesEmpty')}</p>;
  return (
    <ul class="op-stories" aria-label={m.t('storiesListLabel')}>
      {rows.map((row) => (
        <StoryItem key={row.id} row={row} locale={locale} onToggle={onToggle} onExport={onExport} onDelete={onDelete} />
      ))}
    </ul>
  );
}

function StoryItem({ row, locale, onToggle, onExport, onDelete }: { row: StoryRow } & Omit<StoryListProps, 'rows'>) {
  const m = useMessages();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (row.damage !== undefined) {
    return (
      <DamagedItem
        row={row}
        damage={row.damage}
        confirming={confirming}
        setConfirming={setConfirming}
        confirmRef={confirmRef}
        onExport={onExport}
        onDelete={onDelete}
      />
    );
  }
  const entities = m.count('names', row.entityCount);
  return (
    <li class="op-story" data-enabled={row.enabled} data-story-id={row.id}>
      <div class="op-story__main">
        <div class="op-story__meta">
          <span class={`op-badge op-badge--${row.origin}`}>
            {row.origin === 'bundled' ? m.t('builtIn') : m.t('importedBadge')}
          </span>
          <span>{formatIsoDate(row.date, locale)}</span>
          <span aria-hidden="true">·</span>
          <span>{entities}</span>
        </div>
        <Switch
          label={row.title}
          labelLang={row.titleLang ?? STORY_LANG}
          checked={row.enabled}
          onChange={(on) => onToggle(row, on)}
        />
        {row.origin === 'imported' && row.fileName && <p class="op-story__file">{m.t('fromFile', row.fileName)}</p>}
      </div>
      {row.origin === 'imported' && (
        <PackActions
          id={row.id}
          question={m.t('deletePackQuestion')}
          confirmText={m.t('deletePack')}
          exportLabel={m.t('exportNamed', row.title)}
          removeText={m.t('delete')}
          removeLabel={m.t('deleteNamed', row.title)}
          {...{ confirming, setConfirming, confirmRef, onExport, onDelete }}
        />
      )}
    </li>
  );
}

interface DamagedItemProps {
  row: StoryRow;
  damage: Notice | string;
  confirming: boolean;
  setConfirming: (on: boolean) => void;
  confirmRef: { current: HTMLButtonElement | null };
  onExport: (id: string) => void;
  onDelete: (id: string) => void;
}

function DamagedItem({ row, damage, confirming, setConfirming, confirmRef, onExport, onDelete }: DamagedItemProps) {
  const m = useMessages();
  return (
    <li class="op-story op-story--damaged" data-enabled="false" data-story-id={row.id} data-damaged="true">
      <div class="op-story__main">
        <div class="op-story__meta">
          <span class="op-badge op-badge--damaged">{m.t('damagedBadge')}</span>
        </div>
        <p class="op-story__title">{row.title}</p>
        <p class="op-story__damage">
          {m.t('damagedStory', typeof damage === 'string' ? damage : noticeText(m, damage))}
        </p>
        {row.fileName && <p class="op-story__file">{m.t('fromFile', row.fileName)}</p>}
      </div>
      <PackActions
        id={row.id}
        question={m.t('removeDamagedQuestion')}
        confirmText={m.t('removePack')}
        exportLabel={m.t('exportStoredFor', row.title)}
        removeText={m.t('remove')}
        removeLabel={m.t('removeDamagedNamed', row.title)}
        {...{ confirming, setConfirming, confirmRef, onExport, onDelete }}
      />
    </li>
  );
}

interface PackActionsProps {
  id: string;
  /** What the confirmation asks, and its button's words. */
  question: string;
  confirmText: string;
  exportLabel: string;
  removeText: string;
  removeLabel: string;
  confirming: boolean;
  setConfirming: (on: boolean) => void;
  confirmRef: { current: HTMLButtonElement | null };
  onExport: (id: string) => void;
  onDelete: (id: string) => void;
}

/** An imported pack's Export and Delete (or Remove), and the confirmation Delete asks for. */
function PackActions(props: PackActionsProps) {
  const { id, confirming, setConfirming, confirmRef, onExport, onDelete } = props;
  const m = useMessages();
  return confirming ? (
    <div class="op-story__confirm">
      <p>{props.question}</p>
      <div class="op-story__actions">
        <button ref={confirmRef} type="button" class="bs-button bs-button--danger" onClick={() => onDelete(id)}>
          {props.confirmText}
        </button>
        <button type="button" class="bs-button" onClick={() => setConfirming(false)}>
          {m.t('cancel')}
        </button>
      </div>
    </div>
  ) : (
    <div class="op-story__actions">
      <button type="button" class="bs-button" onClick={() => onExport(id)} aria-label={props.exportLabel}>
        {m.t('export')}
      </button>
      <button type="button" class="bs-button" onClick={() => setConfirming(true)} aria-label={props.removeLabel}>
        {props.removeText}
      </button>
    </div>
  );
}
