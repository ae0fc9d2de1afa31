/**
 * A catalog made from one catalog per story, merged: the same catalog `buildCatalog` makes of those
 * stories, without building again what a story already had. A page with a big pack on makes its
 * catalog again whenever its article is read or a setting changes; the pack's own catalog is made
 * once, in a task of its own, and each page catalog after that only adds the small stories to it
 * (docs/decisions/0028, "the page's catalog from one per story").
 */

import { joinEntities } from './entity-maps';
import {
  type AliasEntry,
  aliasKey,
  buildCatalog,
  type Catalog,
  type CatalogEntity,
  isGeneric,
  type StoryOutline,
} from './story-model';

type EntityOf<S extends StoryOutline> = S['entities'][number];

/**
 * `buildCatalog([...first.stories, ...second.stories])`, made from the two catalogs: neither is
 * changed, and what only one of them names is shared with it (entities, alias entries). An entity
 * both name gets a new entry, with the story rule (`buildCatalog`'s second pass) worked out again
 * for its aliases. Two stories with one id: built whole, as `buildCatalog` lets the later one win.
 */
export function mergeCatalogs<S extends StoryOutline>(first: Catalog<S>, second: Catalog<S>): Catalog<S> {
  const stories = [...first.stories, ...second.stories];
  if (second.stories.some((story) => first.storyById.has(story.id))) return buildCatalog(stories);
  const storyById = new Map(first.storyById);
  for (const [id, story] of second.storyById) storyById.set(id, story);
  // The entities both name, found from the smaller side: a big pack's entities are neither read
  // nor copied (entity-maps.ts makes one only when it is asked for).
  const [few, many] =
    first.entities.size <= second.entities.size ? [first.entities, second.entities] : [second.entities, first.entities];
  const sharedEntities = new Map<string, CatalogEntity<EntityOf<S>>>();
  for (const id of few.keys()) {
    if (!many.has(id)) continue;
    const before = first.entities.get(id) as CatalogEntity<EntityOf<S>>;
    const entity = second.entities.get(id) as CatalogEntity<EntityOf<S>>;
    sharedEntities.set(id, {
      id,
      type: before.type,
      name: before.name,
      storyIds: [...before.storyIds, ...entity.storyIds],
      views: new Map([...before.views, ...entity.views]),
    });
  }
  const entities = joinEntities(first.entities, second.entities, sharedEntities);
  const shared = new Set(sharedEntities.keys());
  if (shared.size === 0) return { stories, storyById, entities, aliases: [...first.aliases, ...second.aliases] };

  /**
   * The story rule of each shared entity, as `buildCatalog`'s second pass works it out (written
   * again rather than shared: that pass is in what every page loads, where a shared function costs
   * bytes; catalog-merge's tests hold the two equal).
   */
  const rules = new Map<string, Pick<AliasEntry, 'generic' | 'stories' | 'inArticle'>>();
  const ruled = (entry: AliasEntry): AliasEntry => {
    if (!shared.has(entry.entityId)) return entry;
    let rule = rules.get(entry.entityId);
    if (!rule) {
      const merged = entities.get(entry.entityId) as CatalogEntity<EntityOf<S>>;
      const curated = merged.storyIds.filter((id) => storyById.get(id)?.origin !== 'article');
      rule = {
        generic: isGeneric(merged.type, [...merged.views.values()]),
        stories: curated,
        inArticle: curated.length < merged.storyIds.length,
      };
      rules.set(entry.entityId, rule);
    }
    return { ...entry, ...rule };
  };
  // One loop over the first catalog's entries, with no call for an entry of no shared entity: with a
  // big pack's 10,000 that are almost all of them, in the cold code of an article's answer.
  const aliases = [...first.aliases];
  const seen = new Set<string>();
  for (let i = 0; i < aliases.length; i++) {
    const entry = aliases[i] as AliasEntry;
    if (!shared.has(entry.entityId)) continue;
    seen.add(aliasKey(entry));
    aliases[i] = ruled(entry);
  }
  for (const entry of second.aliases) {
    if (!shared.has(entry.entityId) || !seen.has(aliasKey(entry))) aliases.push(ruled(entry));
  }
  return { stories, storyById, entities, aliases };
}

/** Each story's own catalog, made once for as long as the story object lives. */
const ofStory = new WeakMap<StoryOutline, Catalog<StoryOutline>>();

/** The catalog of one story, made the first time it is asked for and kept with the story. */
export function storyCatalog<S extends StoryOutline>(story: S): Catalog<S> {
  let catalog = ofStory.get(story) as Catalog<S> | undefined;
  if (!catalog) {
    catalog = buildCatalog([story]);
    ofStory.set(story, catalog);
  }
  return catalog;
}

/**
 * Keeps `catalog` as `story`'s own, made elsewhere than by `buildCatalog` (read back from a stored
 * table, catalog-table.ts): it must be what `buildCatalog([story])` makes.
 */
export function keepStoryCatalog<S extends StoryOutline>(story: S, catalog: Catalog<S>): void {
  ofStory.set(story, catalog);
}

/** `buildCatalog(stories)`, merged from each story's kept catalog (`storyCatalog`). */
export function catalogFromStories<S extends StoryOutline>(stories: readonly S[]): Catalog<S> {
  let catalog: Catalog<S> | undefined;
  for (const story of stories) catalog = catalog ? mergeCatalogs(catalog, storyCatalog(story)) : storyCatalog(story);
  return catalog ?? buildCatalog(stories);
}
