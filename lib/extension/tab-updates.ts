/**
 * What a tab's `tabs.onUpdated` means for the state the background keeps for it (decision 0025,
 * 2026-12-07). A new address means the old page and its mentions are gone; a change of #fragment
 * does not. "Loading" at the same address is a reload in Firefox, but in Chromium any frame's
 * navigation (an ad frame reloading, an embedded post replaced) says the same: when the state
 * knows which top document reported it, the question waits until the tab has loaded and is then
 * asked of that document (`check`); a state without one (an older version's) is dropped as before.
 */

import { withoutFragment } from '../story/page-address';

/** `keep` the state, `drop` it, or `check` whether its top document is still the tab's. */
export type TabUpdateVerdict = 'keep' | 'drop' | 'check';

export function verdictOnTabUpdate(
  change: { status?: string; url?: string },
  kept: { url: string; topDocument?: string },
): TabUpdateVerdict {
  if (change.status === 'complete') return kept.topDocument ? 'check' : 'keep';
  if (change.status !== 'loading') return 'keep';
  if (change.url !== undefined) return withoutFragment(change.url) === withoutFragment(kept.url) ? 'keep' : 'drop';
  return kept.topDocument ? 'keep' : 'drop';
}
