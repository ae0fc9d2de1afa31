/**
 * One story's catalog (`buildCatalog([story])`) as a compact table, and the catalog read back from
 * it without reading the story's entities: the alias entries the matcher needs, story rule
 * included, and entities made only when one is asked for (entity-maps.ts). Made when a pack is
 * imported and stored in its page part (lib/storage/pack-page.ts), so that a page with a big pack on
 * neither builds a catalog over the pack's entities nor reads them (docs/decisions/0028, "a pack's
 * catalog stored with its page part").
 */
import { storyEntities } from './entity-maps';
import type { AliasEntry, Catalog, Inflection, StoryOutline } from './story-model';

export interface CatalogTable {
  /** The story's entity ids, in its order, joined by newlines: one value to read, not thousands. */
  ids: string;
  /** Each alias entry's text, in the catalog's order. */
  texts: string[];
  /** Each entry's entity (its index in `ids`) × 8, plus GENERIC, EXACT and GATED. */
  keys: number[];
  /** The entries with more than that: index, the other entities that unlock it, its inflection (0: none). */
  more: [number, string[], Inflection | 0][];
}

const GENERIC = 4;
const EXACT = 2;
const GATED = 1;

/**
 * The table of `catalog`, which must be `buildCatalog([story])`; null when the story names one
 * entity twice (its catalog's entities are then not the story's, one for one).
 */
export function catalogTableOf(story: StoryOutline, catalog: Catalog<StoryOutline>): CatalogTable | null {
  const ids = story.entities.map((entity) => entity.id);
  if (catalog.entities.size !== ids.length) return null;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const texts: string[] = [];
  const keys: number[] = [];
  const more: CatalogTable['more'] = [];
  catalog.aliases.forEach((entry, i) => {
    texts.push(entry.text);
    keys.push(
      (indexOf.get(entry.entityId) as number) * 8 +
        (entry.generic ? GENERIC : 0) +
        (entry.case === 'exact' ? EXACT : 0) +
        (entry.requiresContext ? GATED : 0),
    );
    const others = entry.contextEntities.slice(1);
    if (others.length > 0 || entry.inflection) more.push([i, others, entry.inflection ?? 0]);
  });
  return { ids: ids.join('\n'), texts, keys, more };
}

/** The table's entity ids, in the story's order. */
export function tableIds(table: Pick<CatalogTable, 'ids'>): string[] {
  return table.ids === '' ? [] : table.ids.split('\n');
}

/**
 * `buildCatalog([story])` from its table, reading nothing of `story` but its id and origin; null
 * when the table cannot be one (a damaged part).
 */
export function catalogFromTable<S extends StoryOutline>(story: S, table: CatalogTable): Catalog<S> | null {
  const { texts, keys, more } = table;
  const ids = tableIds(table);
  if (texts.length !== keys.length) return null;
  // One story: its entities' curated stories are it, unless it is an article's.
  const inArticle = story.origin === 'article';
  const stories: readonly string[] = inArticle ? [] : [story.id];
  const aliases: AliasEntry[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const entityId = ids[key >> 3];
    if (entityId === undefined) return null;
    aliases.push({
      text: texts[i] as string,
      entityId,
      case: key & EXACT ? 'exact' : 'proper',
      requiresContext: (key & GATED) !== 0,
      contextEntities: [entityId],
      generic: (key & GENERIC) !== 0,
      stories,
      inArticle,
    });
  }
  for (const [i, others, inflection] of more) {
    const entry = aliases[i];
    if (!entry) return null;
    entry.contextEntities = [entry.entityId, ...others];
    if (inflection) entry.inflection = inflection;
  }
  return {
    stories: [story],
    storyById: new Map([[story.id, story]]),
    entities: storyEntities(story as S & { entities: readonly S['entities'][number][] }, ids, table.ids),
    aliases,
  };
}
