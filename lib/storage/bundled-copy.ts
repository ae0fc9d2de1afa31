/**
 * The bundled stories as a page needs them (their outlines and the matcher tables made at build
 * time), kept in storage by the background so that a page reads them with its settings instead of
 * waiting for the background, which MV3 stops when idle (docs/decisions/0022). One key, holding the
 * build's version: a page of another build finds a copy it cannot use and asks the background.
 * Not reader data: nothing migrates it, and an update overwrites it.
 */
import type { MatcherSnapshot } from '../matching/matcher-tables';
import type { StoryOutline } from '../story/story-model';
import type { StorageAreaLike } from './storage-area';

export interface BundledForPage {
  outlines: StoryOutline[];
  /** Null in a `wxt dev` build, which makes them on the page. */
  matcher: MatcherSnapshot | null;
}

export const BUNDLED_COPY_KEY = 'bundled-for-page';

interface StoredCopy extends BundledForPage {
  version: string;
}

/** The stored copy made by the build `version`, or null (none, another build's, damaged). */
export async function readBundledCopy(area: StorageAreaLike, version: string): Promise<BundledForPage | null> {
  const stored = (await area.get(BUNDLED_COPY_KEY))[BUNDLED_COPY_KEY] as Partial<StoredCopy> | undefined;
  if (stored?.version !== version || !Array.isArray(stored.outlines) || stored.matcher === undefined) return null;
  return { outlines: stored.outlines, matcher: stored.matcher };
}

/** Stores `copy` as the build `version`'s, unless it is there already. */
export async function keepBundledCopy(area: StorageAreaLike, version: string, copy: BundledForPage): Promise<void> {
  if (await readBundledCopy(area, version)) return;
  await area.set({ [BUNDLED_COPY_KEY]: { version, ...copy } satisfies StoredCopy });
}
