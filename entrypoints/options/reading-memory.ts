/**
 * The options page's reading memory: asks the background what the archive holds, and forgets,
 * exports and imports through it (the background is the archive's one owner).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadingMemoryStatus } from '../../components/options/ReadingMemorySettings';
import { sendMessage } from '../../lib/extension/messages';

/** An archive export larger than this is not read: it is not one of ours. */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export function useReadingMemory(download: (fileName: string, json: string) => void) {
  const [status, setStatus] = useState<ReadingMemoryStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setStatus(
      await sendMessage('readingStatus', undefined).catch((error: unknown) => ({
        articles: 0,
        bytes: 0,
        problem: `Backstory could not ask about the reading archive (${String(error)}).`,
      })),
    );
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs an action, says how it went, and shows the archive afresh. */
  const act = (action: () => Promise<string>) =>
    void action()
      .then(setMessage, (error: unknown) => setMessage(`That did not work: ${String(error)}`))
      .finally(() => void refresh());

  return {
    status,
    message,
    onForgetSite: (site: string) =>
      act(async () => {
        const forgotten = await sendMessage('forgetReading', { site });
        return `Forgot ${forgotten} ${forgotten === 1 ? 'article' : 'articles'} from ${site}.`;
      }),
    onForgetAll: () =>
      act(async () => {
        await sendMessage('forgetReading', {});
        return 'Backstory has forgotten every article you read.';
      }),
    onExport: () =>
      act(async () => {
        const packs = await sendMessage('exportReading', undefined);
        download(`backstory-reading-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(packs, null, 2));
        return `Exported ${packs.length} ${packs.length === 1 ? 'article' : 'articles'} as story packs.`;
      }),
    onImportFile: (file: File) =>
      act(async () => {
        if (file.size > MAX_IMPORT_BYTES) return `${file.name} is too large to be a reading archive export.`;
        let data: unknown;
        try {
          data = JSON.parse(await file.text());
        } catch {
          return `${file.name} is not a JSON file, so it cannot be a reading archive export.`;
        }
        const outcome = await sendMessage('importReading', data);
        const refused = outcome.refused.length > 0 ? ` Refused: ${outcome.refused.join(' ')}` : '';
        return `Imported ${outcome.imported} ${outcome.imported === 1 ? 'article' : 'articles'}.${refused}`;
      }),
  };
}
