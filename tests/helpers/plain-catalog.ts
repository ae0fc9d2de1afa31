/**
 * A catalog with its entities in a plain `Map`: a catalog merged or read from a stored table keeps
 * them in maps of its own (lib/story/entity-maps.ts), which `toEqual` would tell from a `Map` by
 * their class alone, whatever they hold.
 */
import type { Catalog, StoryOutline } from '../../lib/story/story-model';

export function plainCatalog<S extends StoryOutline>(catalog: Catalog<S>): Catalog<S> {
  return { ...catalog, entities: new Map(catalog.entities) };
}
