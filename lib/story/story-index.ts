/**
 * A story as the panels list it, and the catalog they read stories through. The popup and the side
 * panel list a story's people by name, role and side, and show its summary, sides, timeline,
 * quotes, figures and sources; an entity's description, facts and relations only an opened
 * who's-who entry shows, from the whole story (docs/decisions/0028). And the panels match nothing,
 * so their catalog has no alias list: for a pack of thousands of names that list is most of the
 * cost of building one.
 */
import type { Entity, Story } from '../../data/schema';
import type { CatalogEntity, CatalogIndex, EntityOutline, StoryOutline } from './story-model';

/** An entity as a list shows it (a whole `Entity` is one too). */
export type PanelEntity = EntityOutline & Pick<Entity, 'role' | 'side'>;

/** A story as the panels list it: all of it but its entities' descriptions, facts and relations. */
export type PanelStory = Omit<Story, 'entities'> & { entities: readonly PanelEntity[] };

/** The story without what only an opened entry shows: a pack's panel part (storage/pack-panel.ts). */
export function panelStoryOf(story: Story): PanelStory {
  return {
    ...story,
    entities: story.entities.map(({ id, type, name, aliases, generic, role, side }) => ({
      id,
      type,
      name,
      // Where a spelling is printed is for editors, as in the page's outline.
      aliases: aliases.map(({ source: _source, ...alias }) => alias),
      ...(generic === undefined ? {} : { generic }),
      ...(role === undefined ? {} : { role }),
      side,
    })),
  };
}

/**
 * Stories merged by entity as `buildCatalog` merges them (the same `storyIds` order and views),
 * without making an alias entry for every spelling.
 */
export function indexStories<S extends StoryOutline>(stories: readonly S[]): CatalogIndex<S> {
  type E = S['entities'][number];
  const storyById = new Map<string, S>();
  const entities = new Map<string, CatalogEntity<E> & { storyIds: string[]; views: Map<string, E> }>();
  for (const story of stories) {
    storyById.set(story.id, story);
    for (const entity of story.entities) {
      let merged = entities.get(entity.id);
      if (!merged) {
        merged = { id: entity.id, type: entity.type, name: entity.name, storyIds: [], views: new Map() };
        entities.set(entity.id, merged);
      }
      merged.storyIds.push(story.id);
      merged.views.set(story.id, entity);
    }
  }
  return { stories, storyById, entities };
}

/** The index with the story read from the page's article in place of any earlier one (as `withArticle`). */
export function indexWithArticle<S extends StoryOutline>(
  stories: readonly S[],
  article: S | undefined,
): CatalogIndex<S> {
  return indexStories(article ? [...stories.filter((story) => story.origin !== 'article'), article] : stories);
}
