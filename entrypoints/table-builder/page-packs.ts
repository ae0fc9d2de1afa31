/**
 * The switched-on packs as a page reads them (`readEnabledPackOutlines`: each pack's page part,
 * parsed in the task its storage answer arrives in), with what the page's start takes from each
 * part made ahead, each step in a task of its own (`pagePartSteps`: the pack's catalog, its tables
 * read back), so that the page's catalog, then merged (`pageCatalog`), and its matcher start in a
 * later task: a big pack's parse, its catalog, its tables and the page's start are four tasks
 * rather than one (docs/decisions/0028).
 */

import type { EnabledPacks } from '../../lib/storage/pack-reading';
import { readEnabledPackOutlines } from '../../lib/storage/pack-reading';
import { pagePartSteps } from '../../lib/storage/page-catalog';
import type { StorageAreaLike } from '../../lib/storage/storage-area';
import type { StoryOutline } from '../../lib/story/story-model';

/**
 * Resolves in a later task. A message to ourselves rather than `setTimeout`, which a tab opened in
 * the background would hold back to one a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function pagePacks(
  area: StorageAreaLike,
  yieldTask: () => Promise<void> = nextTask,
): Promise<EnabledPacks<StoryOutline>> {
  const packs = await readEnabledPackOutlines(area);
  const steps = (packs.parts ?? []).flatMap(pagePartSteps);
  for (const step of steps) {
    await yieldTask();
    step();
  }
  if (steps.length > 0) await yieldTask();
  return packs;
}
