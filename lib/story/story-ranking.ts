/**
 * Which story a page is about, from the entities it mentions. A curated story counts only when
 * the page names several of its distinctive people, places or organisations: the countries,
 * capitals and alliances that half of all news names (`generic`) never make a page about a
 * story. The same rule decides, in the page, whether a story's generic names are highlighted
 * at all (matching/context-gate.ts), and, in the background, which story the popup announces.
 */
import { type Catalog, isGeneric, type StoryOutline } from './story-model';

/** Distinct distinctive entities a page must name to be about a curated story. */
export const NAMES_FOR_A_STORY = 2;

/** An entity as the rule sees it: its curated stories and whether it is generic. */
export interface NamedEntity {
  entityId: string;
  generic?: boolean;
  stories?: readonly string[];
}

/** The curated stories a page that names these entities is about. */
export function storiesAbout(named: Iterable<NamedEntity>): Set<string> {
  const distinctive = new Map<string, Set<string>>();
  for (const entity of named) {
    if (entity.generic) continue;
    for (const story of entity.stories ?? []) {
      const names = distinctive.get(story) ?? new Set<string>();
      names.add(entity.entityId);
      distinctive.set(story, names);
    }
  }
  const about = new Set<string>();
  for (const [story, names] of distinctive) if (names.size >= NAMES_FOR_A_STORY) about.add(story);
  return about;
}

/** What a page's mentions say about the stories: counts, the stories it is about, the main one. */
export interface PageStories {
  /** Mentions per story id: a mention counts for every story that features its entity. */
  counts: Record<string, number>;
  /** The curated stories the page is about (see `storiesAbout`). */
  about: Set<string>;
  /** Of those, the one it mentions most (ties go to catalog order); undefined when none. */
  primary: string | undefined;
}

/** One pass over the mentions: each mention's entity is looked up once. */
export function pageStories(catalog: Catalog<StoryOutline>, mentionedEntityIds: Iterable<string>): PageStories {
  // No prototype: a story may be called "constructor" (ids are any lowercase words).
  const counts: Record<string, number> = Object.create(null);
  const named = new Map<string, NamedEntity>();
  for (const id of mentionedEntityIds) {
    const entity = catalog.entities.get(id);
    if (!entity) continue;
    for (const storyId of entity.storyIds) counts[storyId] = (counts[storyId] ?? 0) + 1;
    if (named.has(id)) continue;
    named.set(id, {
      entityId: id,
      generic: isGeneric(entity.type, [...entity.views.values()]),
      stories: entity.storyIds.filter((storyId) => catalog.storyById.get(storyId)?.origin !== 'article'),
    });
  }
  const about = storiesAbout(named.values());
  return { counts, about, primary: mostMentionedStory(catalog, counts, about) };
}

/** The curated story a page is about, if any (see `pageStories`). */
export function primaryStoryId(
  catalog: Catalog<StoryOutline>,
  mentionedEntityIds: Iterable<string>,
): string | undefined {
  return pageStories(catalog, mentionedEntityIds).primary;
}

/** Of the stories in `eligible`, the one with most mentions (ties go to catalog order); undefined when none. */
export function mostMentionedStory(
  catalog: Catalog<StoryOutline>,
  storyCounts: Readonly<Record<string, number>>,
  eligible: ReadonlySet<string>,
): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const story of catalog.stories) {
    if (!eligible.has(story.id)) continue;
    const count = storyCounts[story.id] ?? 0;
    if (count > bestCount) {
      best = story.id;
      bestCount = count;
    }
  }
  return best;
}
