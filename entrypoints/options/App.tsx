/**
 * Wires the options page to extension storage: loads settings and packs, saves each change,
 * and follows changes made elsewhere (the popup's switches) without a reload.
 */

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { ImportStatus } from '../../components/options/PackImport';
import type { Shortcut } from '../../components/options/ShortcutList';
import type { StoryRow } from '../../components/options/StoryList';
import { useMessages } from '../../components/shared/messages';
import type { Story } from '../../data/schema';
import { bundledStories } from '../../data/stories';
import { sendMessage } from '../../lib/extension/messages';
import { uiLocale } from '../../lib/extension/ui-locale';
import {
  clearDamagedCorrections,
  type LoadedCorrections,
  loadCorrections,
  removeCorrection,
  watchCorrections,
} from '../../lib/storage/corrections';
import { type Notice, notice, sameNotice } from '../../lib/storage/notice';
import { MAX_PACK_BYTES, sizeProblem } from '../../lib/storage/pack-file';
import { inspectPacks, type StoredPack } from '../../lib/storage/pack-health';
import { deletePack, exportPack, importPack, isPackChange, setPackEnabled } from '../../lib/storage/pack-storage';
import {
  DEFAULT_SETTINGS,
  isSettingsChange,
  loadSettings,
  type Settings,
  setGlobalEnabled,
  setSiteEnabled,
  setStoryEnabled,
  updateSettings,
} from '../../lib/storage/settings';
import { describeStorageError, type StorageChanges } from '../../lib/storage/storage-area';
import { sizeLabel } from '../../lib/views/size-label';
import { useReadingMemory } from './reading-memory';

const area = browser.storage.local;
const browserName = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/** The stories' rows; a bundled story's title in `lang` when the story translates it. */
function storyRows(settings: Settings, packs: readonly StoredPack[], lang: string): StoryRow[] {
  const bundled: StoryRow[] = bundledStories.map((story) => ({
    id: story.id,
    ...storyTitle(story, lang),
    date: story.article.date,
    entityCount: story.entities.length,
    origin: 'bundled',
    enabled: !settings.disabledStories.includes(story.id),
  }));
  const imported: StoryRow[] = packs.map(({ meta, damage }) => ({
    id: meta.id,
    title: meta.title,
    date: meta.date,
    entityCount: meta.entityCount,
    origin: 'imported',
    enabled: damage === undefined && meta.enabled && !settings.disabledStories.includes(meta.id),
    fileName: meta.fileName,
    ...(damage === undefined ? {} : { damage }),
  }));
  return [...bundled, ...imported];
}

function storyTitle(story: Story, lang: string): { title: string; titleLang?: string } {
  const translated = story.translations?.[lang as keyof NonNullable<Story['translations']>]?.title;
  return translated ? { title: translated, titleLang: lang } : { title: story.title };
}

async function readShortcuts(): Promise<Shortcut[] | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands
      .filter((c) => c.name && c.name !== '_execute_action' && c.name !== '_execute_browser_action')
      .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
  } catch {
    return null;
  }
}

/** Firefox 137+ can open its shortcut manager for us; Chrome lets an extension open chrome://extensions/shortcuts. */
function shortcutOpener(): (() => void) | undefined {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.FIREFOX) {
    return typeof commands.openShortcutSettings === 'function'
      ? () => void commands.openShortcutSettings?.()
      : undefined;
  }
  return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function download(fileName: string, json: string): void {
  // An object URL for a local Blob: the file never leaves the browser.
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const messages = useMessages();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [storageProblems, setStorageProblems] = useState<Notice[]>([]);
  // Repairs are said once they are made; the reload their own write triggers finds nothing left
  // to repair, so they are kept here rather than in storageProblems.
  const [repairNotices, setRepairNotices] = useState<Notice[]>([]);
  const [saveError, setSaveError] = useState<Notice | null>(null);
  const [importStatus, setImportStatus] = useState<ImportStatus>({ state: 'idle' });
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [ready, setReady] = useState(false);
  const [corrections, setCorrections] = useState<LoadedCorrections>({ corrections: [], damaged: 0 });
  const reading = useReadingMemory(download, messages);

  const reload = useCallback(async () => {
    const [loadedSettings, loadedPacks] = await Promise.all([loadSettings(area), inspectPacks(area)]);
    setSettings(loadedSettings.settings);
    setPacks(loadedPacks.packs);
    setStorageProblems(loadedSettings.problem ? [loadedSettings.problem] : []);
    if (loadedPacks.notices.length > 0) {
      setRepairNotices((shown) => [
        ...shown,
        ...loadedPacks.notices.filter((found) => !shown.some((said) => sameNotice(said, found))),
      ]);
    }
    setReady(true);
  }, []);

  useEffect(() => {
    void reload();
    void readShortcuts().then(setShortcuts);
    const onChanged = (changes: StorageChanges) => {
      if (isSettingsChange(changes) || isPackChange(changes)) void reload();
    };
    area.onChanged.addListener(onChanged);
    return () => area.onChanged.removeListener(onChanged);
  }, [reload]);

  // Corrections are made on the page, from cards: follow them while this page is open.
  useEffect(() => {
    let stale = false;
    loadCorrections(area).then(
      (loaded) => {
        if (!stale) setCorrections(loaded);
      },
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
    const stop = watchCorrections(area, (loaded) => {
      stale = true;
      setCorrections(loaded);
    });
    return () => {
      stale = true;
      stop();
    };
  }, []);

  /** Runs a save; a failure is shown and the page re-reads what is really stored. */
  const save = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        const result = await action();
        if (result && typeof result === 'object' && 'ok' in result && result.ok === false && 'message' in result) {
          // Every change lib/storage makes answers a failure with a notice (ChangeResult, CorrectionChange).
          setSaveError(result.message as Notice);
        } else {
          setSaveError(null);
        }
      } catch (error) {
        setSaveError(describeStorageError(error));
      }
      await reload();
    },
    [reload],
  );

  const onImportFiles = useCallback(
    async (files: readonly File[]) => {
      const file = files[0];
      if (!file) return;
      if (files.length > 1) {
        setImportStatus({
          state: 'failed',
          fileName: messages.count('filesCount', files.length),
          problems: [{ path: '', message: notice('oneFileAtATime') }],
        });
        return;
      }
      const tooBig = sizeProblem(file.size);
      if (tooBig) {
        setImportStatus({ state: 'failed', fileName: file.name, problems: [tooBig] });
        return;
      }
      setImportStatus({ state: 'checking', fileName: file.name });
      try {
        const text = await file.text();
        const result = await importPack(area, { name: file.name, size: file.size, text }, { bundled: bundledStories });
        setImportStatus(
          result.ok
            ? {
                state: 'imported',
                fileName: file.name,
                title: result.pack.title,
                ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}),
              }
            : { state: 'failed', fileName: file.name, problems: result.problems },
        );
      } catch (error) {
        setImportStatus({
          state: 'failed',
          fileName: file.name,
          problems: [{ path: '', message: describeStorageError(error) }],
        });
      }
      await reload();
    },
    [reload],
  );

  if (!ready) return <main class="op-loading" aria-busy="true" />;

  return (
    <OptionsPage
      settings={settings}
      locale={uiLocale()}
      stories={storyRows(settings, packs, messages.lang)}
      importStatus={importStatus}
      maxPackSizeLabel={sizeLabel(MAX_PACK_BYTES, messages)}
      shortcuts={shortcuts}
      browserName={browserName}
      problems={[...(saveError ? [saveError] : []), ...storageProblems, ...repairNotices]}
      onGlobalChange={(on) => save(() => setGlobalEnabled(area, on))}
      onStyleChange={(style) => save(() => updateSettings(area, () => ({ highlightStyle: style })))}
      onHoverDelayChange={(ms) => save(() => updateSettings(area, () => ({ hoverDelayMs: ms })))}
      siteKeyOf={(input) => sendMessage('siteKeyFromInput', input)}
      onAddSite={(site) => save(() => setSiteEnabled(area, site, false))}
      onRemoveSite={(site) => save(() => setSiteEnabled(area, site, true))}
      onToggleStory={(row, on) =>
        save(async () => {
          if (row.origin === 'bundled') return setStoryEnabled(area, row.id, on);
          // A pack may also sit in disabledStories (switched off before it was deleted and re-imported).
          if (on && settings.disabledStories.includes(row.id)) await setStoryEnabled(area, row.id, true);
          return setPackEnabled(area, row.id, on);
        })
      }
      onExportPack={(id) =>
        save(async () => {
          const exported = await exportPack(area, id);
          if (exported.ok) download(exported.fileName, exported.json);
          return exported;
        })
      }
      onDeletePack={(id) => save(() => deletePack(area, id))}
      onImportFiles={onImportFiles}
      onOpenShortcutSettings={shortcutOpener()}
      corrections={[...corrections.corrections].reverse()}
      correctionDamage={corrections.problem}
      onRemoveCorrection={(correction) => save(() => removeCorrection(area, correction.id))}
      onClearDamagedCorrections={() => save(() => clearDamagedCorrections(area))}
      reading={{
        ...reading,
        onRememberChange: (on) => save(() => updateSettings(area, () => ({ rememberReading: on }))),
      }}
    />
  );
}
