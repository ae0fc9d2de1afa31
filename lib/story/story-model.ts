/**
 * The story model: validated stories merged into one catalog that the matcher and the
 * interface read. An entity shared by several stories (Putin, Trump) has one id; each story
 * keeps its own view of it (role, facts, relations as of that story's date).
 */
import type { Alias, Declension, Entity, EntityType, Story } from '../../data/schema';

/** One alias as the matcher needs it, already resolved to its entity and rules. */
export interface AliasEntry {
  text: string;
  entityId: string;
  case: NonNullable<Alias['case']>;
  requiresContext: boolean;
  /** Entities whose ungated mention on the page unlocks this alias (always includes its own). */
  contextEntities: readonly string[];
  /**
   * The story rule (see `storiesAbout` in story-ranking.ts); absent, the alias always counts.
   * `generic`: a country, capital or alliance, which counts only on a page about one of its
   * `stories` (the curated stories featuring it) or when `inArticle` (the page's article names it).
   */
  generic?: boolean;
  stories?: readonly string[];
  inArticle?: boolean;
  /** How the alias declines (lib/matching/declension.ts); absent: matched only as written. */
  inflection?: Inflection;
}

/** What the matcher needs to know to find every case form of a Ukrainian, Russian or German alias. */
export interface Inflection {
  lang: 'uk' | 'ru' | 'de';
  declension?: Declension | readonly Declension[];
  obliqueStem?: string;
  /** The entity is a person: a last word in -ов/-ин is a surname (Путин), not a place (Берлин). */
  person: boolean;
}

/** The inflection of an alias of an entity of `type`; undefined when it is matched only as written. */
export function inflectionOf(alias: Alias, type: EntityType): Inflection | undefined {
  const { lang } = alias;
  if ((lang !== 'uk' && lang !== 'ru' && lang !== 'de') || alias.declension === 'none' || alias.case === 'exact') {
    return undefined;
  }
  return {
    lang,
    ...(alias.declension === undefined ? {} : { declension: alias.declension }),
    ...(alias.obliqueStem === undefined ? {} : { obliqueStem: alias.obliqueStem }),
    person: type === 'person',
  };
}

/** What the page needs of an entity to find and rank its mentions; a card needs the whole `Entity`. */
export type EntityOutline = Pick<Entity, 'id' | 'type' | 'name' | 'aliases' | 'generic'>;

/**
 * A story as the page needs it before any card opens: its entities' names and aliases, none of
 * its facts, quotes or sources (docs/decisions/0011). A whole `Story` is one too.
 */
export interface StoryOutline extends Pick<Story, 'id' | 'title' | 'origin'> {
  entities: readonly EntityOutline[];
}

/** The outline of a story: what a page gets of the bundled stories (`bundledForPage`, from the background). */
export function outlineOf(story: Story): StoryOutline {
  return {
    id: story.id,
    title: story.title,
    ...(story.origin ? { origin: story.origin } : {}),
    entities: story.entities.map(({ id, type, name, aliases, generic }) => ({
      id,
      type,
      name,
      // Where a spelling is printed is for editors: no page needs it.
      aliases: aliases.map(({ source: _source, ...alias }) => alias),
      ...(generic === undefined ? {} : { generic }),
    })),
  };
}

type EntityOf<S extends StoryOutline> = S['entities'][number];

export interface CatalogEntity<E extends EntityOutline = Entity> {
  id: string;
  type: EntityType;
  name: string;
  /** Story ids, in catalog order, that feature this entity. */
  storyIds: readonly string[];
  /** The entity as each story tells it. */
  views: ReadonlyMap<string, E>;
}

/**
 * A catalog's stories and entities, without the matcher's alias list: what reads stories but
 * matches nothing needs (the panels build only this: lib/story/story-index.ts).
 */
export interface CatalogIndex<S extends StoryOutline = Story> {
  stories: readonly S[];
  storyById: ReadonlyMap<string, S>;
  entities: ReadonlyMap<string, CatalogEntity<EntityOf<S>>>;
}

/** Whole stories by default; the page's catalog before a card opens is one of outlines. */
export interface Catalog<S extends StoryOutline = Story> extends CatalogIndex<S> {
  aliases: readonly AliasEntry[];
}

/** Merges stories (already validated) into a catalog. Alias duplicates across stories collapse. */
export function buildCatalog<S extends StoryOutline>(stories: readonly S[]): Catalog<S> {
  const storyById = new Map<string, S>();
  const entities = new Map<
    string,
    { id: string; type: EntityType; name: string; storyIds: string[]; views: Map<string, EntityOf<S>> }
  >();
  const aliases: AliasEntry[] = [];
  const seenAlias = new Set<string>();

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
      for (const alias of entity.aliases) {
        const entry = toAliasEntry(entity.id, entity.type, alias);
        const key = aliasKey(entry);
        if (seenAlias.has(key)) continue;
        seenAlias.add(key);
        aliases.push(entry);
      }
    }
  }
  // The story rule needs every story an entity is in, known only now.
  for (const entry of aliases) {
    const merged = entities.get(entry.entityId);
    if (!merged) continue;
    const curated = merged.storyIds.filter((id) => storyById.get(id)?.origin !== 'article');
    entry.generic = isGeneric(merged.type, [...merged.views.values()]);
    entry.stories = curated;
    entry.inArticle = curated.length < merged.storyIds.length;
  }
  return { stories, storyById, entities, aliases };
}

/** The key under which a catalog keeps one of an entity's aliases and drops its repeats. */
export function aliasKey(entry: AliasEntry): string {
  // The same spelling in Ukrainian and in Russian ("Трамп") declines by each language's rules.
  const inflected = entry.inflection ? `\u0000${entry.inflection.lang}` : '';
  return `${entry.entityId}\u0000${entry.text}\u0000${entry.case}\u0000${entry.requiresContext}${inflected}`;
}

/** Countries always; other entities when a story marks them `generic`. */
export function isGeneric(type: EntityType, views: readonly Pick<EntityOutline, 'generic'>[]): boolean {
  return type === 'country' || views.some((view) => view.generic === true);
}

function toAliasEntry(entityId: string, type: EntityType, alias: Alias): AliasEntry {
  const requiresContext = alias.requiresContext ?? false;
  const inflection = inflectionOf(alias, type);
  return {
    text: alias.text,
    entityId,
    case: alias.case ?? 'proper',
    requiresContext,
    contextEntities: [entityId, ...(alias.contextEntities ?? [])],
    ...(inflection ? { inflection } : {}),
  };
}

/**
 * The catalog with the story Backstory read from the page's article added (or swapped for an
 * earlier one); the catalog itself when there is none.
 */
export function withArticle<S extends StoryOutline>(catalog: Catalog<S>, article: S | undefined): Catalog<S> {
  if (!article) return catalog;
  return buildCatalog([...catalog.stories.filter((story) => story.origin !== 'article'), article]);
}

/** The entity as told by `storyId`, falling back to the first story that features it. */
export function entityView<S extends StoryOutline = Story>(
  catalog: CatalogIndex<S>,
  entityId: string,
  storyId?: string,
): EntityOf<S> | undefined {
  const teller = tellingStoryId(catalog, entityId, storyId);
  return teller === undefined ? undefined : catalog.entities.get(entityId)?.views.get(teller);
}

/** The story `entityView` tells the entity by: `storyId` when it features the entity, else the first that does. */
export function tellingStoryId(
  catalog: CatalogIndex<StoryOutline>,
  entityId: string,
  storyId?: string,
): string | undefined {
  const entity = catalog.entities.get(entityId);
  if (!entity) return undefined;
  if (storyId !== undefined && entity.views.has(storyId)) return storyId;
  return entity.storyIds[0];
}
