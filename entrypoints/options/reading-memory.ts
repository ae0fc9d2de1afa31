/**
 * The options page's reading memory: asks the background what the archive holds, and forgets,
 * exports and imports through it (the background is the archive's one owner).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadingMemoryStatus } from '../../components/options/ReadingMemorySettings';
import { sendMessage } from '../../lib/extension/messages';
import { notice } from '../../lib/storage/notice';
import type { Messages } from '../../lib/views/messages';
import { noticeText } from '../../lib/views/notice-text';

/** An archive export larger than this is not read: it is not one of ours. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export function useReadingMemory(download: (fileName: string, json: string) => void, m: Messages) {
  const [status, setStatus] = useState<ReadingMemoryStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setStatus(
      await sendMessage('readingStatus', undefined).catch((error: unknown) => ({
        articles: 0,
        bytes: 0,
        problem: notice('readingAskFailed', String(error)),
      })),
    );
  }, [m]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs an action, says how it went, and shows the archive afresh. */
  const act = (action: () => Promise<string>) =>
    void action()
      .then(setMessage, (error: unknown) => setMessage(m.t('actionFailed', String(error))))
      .finally(() => void refresh());

  return {
    status,
    message,
    onForgetSite: (site: string) =>
      act(async () => {
        const forgotten = await sendMessage('forgetReading', { site });
        return m.count('forgotFromSite', forgotten, site);
      }),
    onForgetAll: () =>
      act(async () => {
        await sendMessage('forgetReading', {});
        return m.t('forgotEverything');
      }),
    onExport: () =>
      act(async () => {
        const packs = await sendMessage('exportReading', undefined);
        download(`backstory-reading-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(packs, null, 2));
        return m.count('exportedArticles', packs.length);
      }),
    onImportFile: (file: File) =>
      act(async () => {
        if (file.size > MAX_IMPORT_BYTES) return m.t('readingImportTooLarge', file.name);
        let data: unknown;
        try {
          data = JSON.parse(await file.text());
        } catch {
          return m.t('readingImportNotJson', file.name);
        }
        const outcome = await sendMessage('importReading', data);
        const refused =
          outcome.refused.length > 0
            ? ` ${m.t('refused', outcome.refused.map((line) => noticeText(m, line)).join(' '))}`
            : '';
        return `${m.count('importedArticles', outcome.imported)}${refused}`;
      }),
  };
}
