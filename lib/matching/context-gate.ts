/**
 * The context rule, in one place for the page engine and for stand-alone text: an alias marked
 * `requiresContext` (a bare surname such as "Bruce", "Washington" for the US government) counts
 * only when an unambiguous (ungated) alias of its own entity, or of one of its `contextEntities`,
 * is found in the same page or text. Unrelated names never unlock it.
 */
import type { AliasEntry } from '../story/story-model';

/** Given every alias found, which of them count. */
export function contextGate(found: Iterable<AliasEntry>): (alias: AliasEntry) => boolean {
  const present = new Set<string>();
  for (const alias of found) if (!alias.requiresContext) present.add(alias.entityId);
  return (alias) => !alias.requiresContext || alias.contextEntities.some((id) => present.has(id));
}
