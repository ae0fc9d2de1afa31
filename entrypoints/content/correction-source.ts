/**
 * The reader's corrections in force on this page. What is stored is looked at first, unchecked:
 * only when an entry may apply here (made everywhere, for a site covering this host, or not
 * readable at all) does the page load the builder's module, which reads and checks corrections
 * in full and is needed then anyway (a corrected alias's tables are built). Most pages of most
 * readers never load it. Why: docs/decisions/0022.
 */
import { CORRECTIONS_VERSIONS, type LoadedCorrections } from '../../lib/storage/corrections';
import { siteCovers } from '../../lib/storage/site-match';
import type { StorageAreaLike } from '../../lib/storage/storage-area';
import { keysToRead } from '../../lib/storage/versioned-keys';

export interface CorrectionReaderModule {
  loadCorrectionsFor(
    area: StorageAreaLike,
    host: string | null,
  ): Promise<Pick<LoadedCorrections, 'corrections' | 'problem'>>;
}

export function correctionSource(
  load: () => Promise<CorrectionReaderModule>,
): (area: StorageAreaLike, host: string | null) => Promise<Pick<LoadedCorrections, 'corrections' | 'problem'>> {
  return async (area, host) => {
    const stored = Object.values(await area.get(keysToRead(CORRECTIONS_VERSIONS)));
    if (!stored.some((value) => mayApply(value, host))) return { corrections: [] };
    return (await load()).loadCorrectionsFor(area, host);
  };
}

/** Whether a stored list holds an entry that may be in force on `host` (damage counts: the full reader names it). */
function mayApply(value: unknown, host: string | null): boolean {
  if (value === undefined || value === null) return false;
  if (!Array.isArray(value)) return true;
  return value.some((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return true;
    const { scope, site } = entry as { scope?: unknown; site?: unknown };
    if (scope === 'everywhere') return true;
    if (scope !== 'site' || typeof site !== 'string') return true;
    return host !== null && siteCovers(site, host);
  });
}
