/**
 * Which story a page is about, from the entities it mentions: the counts per story and the
 * story with most mentions. Shared by the cards (content script) and the per-tab state
 * (background), so both name the same story for a page.
 */
import type { Catalog } from './story-model';

/**
 * The story a page is about: the one whose entities it mentions most (a mention counts for
 * every story that features its entity). Ties go to catalog order. Undefined for no mentions.
 */
export function primaryStoryId(catalog: Catalog, mentionedEntityIds: Iterable<string>): string | undefined {
  return mostMentionedStory(catalog, storyMentionCounts(catalog, mentionedEntityIds));
}

/** Mentions per story id: a mention counts for every story that features its entity. */
export function storyMentionCounts(catalog: Catalog, mentionedEntityIds: Iterable<string>): Record<string, number> {
  // No prototype: a story may be called "constructor" (ids are any lowercase words).
  const counts: Record<string, number> = Object.create(null);
  for (const id of mentionedEntityIds) {
    for (const storyId of catalog.entities.get(id)?.storyIds ?? []) {
      counts[storyId] = (counts[storyId] ?? 0) + 1;
    }
  }
  return counts;
}

/** The story with most mentions in `storyCounts` (ties go to catalog order); undefined when none has any. */
export function mostMentionedStory(
  catalog: Catalog,
  storyCounts: Readonly<Record<string, number>>,
): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const story of catalog.stories) {
    const count = storyCounts[story.id] ?? 0;
    if (count > bestCount) {
      best = story.id;
      bestCount = count;
    }
  }
  return best;
}
