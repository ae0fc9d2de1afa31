/**
 * Which stories Backstory uses right now: the bundled ones plus the enabled packs, minus the
 * stories the reader switched off. The content script builds its catalog from this list and
 * the panels list it, so both always agree.
 */
import type { StoryOutline } from './story-model';

export function activeStories<S extends StoryOutline>(
  bundled: readonly S[],
  enabledPacks: readonly S[],
  disabledStories: readonly string[],
): S[] {
  const off = new Set(disabledStories);
  const seen = new Set<string>();
  const result: S[] = [];
  // Bundled first: a pack can never shadow a story that ships with the extension.
  for (const story of [...bundled, ...enabledPacks]) {
    if (off.has(story.id) || seen.has(story.id)) continue;
    seen.add(story.id);
    result.push(story);
  }
  return result;
}
