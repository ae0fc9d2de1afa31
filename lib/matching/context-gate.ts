/**
 * Which aliases found on a page (or in a stand-alone text) count, in one place for the page
 * engine and for text:
 * - the context rule: an alias marked `requiresContext` (a bare surname such as "Bruce",
 *   "Washington" for the US government) counts only when an unambiguous (ungated) alias of its
 *   own entity, or of one of its `contextEntities`, is found too. Unrelated names never unlock it.
 * - the story rule: a generic name (a country, a capital, an alliance) counts only on a page about
 *   one of its curated stories (story/story-ranking.ts `storiesAbout`), or one whose own article
 *   names it.
 */

import type { AliasEntry } from '../story/story-model';
import { storiesAbout } from '../story/story-ranking';

/** Given every alias found, which of them count. */
export function contextGate(found: Iterable<AliasEntry>): (alias: AliasEntry) => boolean {
  const all = [...found];
  const present = new Set<string>();
  for (const alias of all) if (!alias.requiresContext) present.add(alias.entityId);
  const unlocked = (alias: AliasEntry) => !alias.requiresContext || alias.contextEntities.some((id) => present.has(id));
  const about = storiesAbout(all.filter(unlocked));
  return (alias) =>
    unlocked(alias) && (!alias.generic || alias.inArticle === true || (alias.stories ?? []).some((s) => about.has(s)));
}
