/**
 * A catalog's entities without a copy of every one: one story's made from the story only when one
 * is asked for (`storyEntities`), and two catalogs' seen as one (`joinEntities`). A page with a big
 * pack on asks for the few entities a card or a report names, not the pack's thousands
 * (docs/decisions/0028, "a pack's catalog stored with its page part").
 */
import type { CatalogEntity, EntityOutline, StoryOutline } from './story-model';

/** What a catalog's `entities` is: a map, read only. */
type Entities<V> = ReadonlyMap<string, V>;

/** The iteration methods of a read-only map, from its keys and its `get`. */
abstract class KeyedMap<V> implements Entities<V> {
  abstract readonly size: number;
  abstract get(key: string): V | undefined;
  abstract has(key: string): boolean;
  abstract keys(): MapIterator<string>;
  *entries(): MapIterator<[string, V]> {
    for (const key of this.keys()) yield [key, this.get(key) as V];
  }
  *values(): MapIterator<V> {
    for (const key of this.keys()) yield this.get(key) as V;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}

class StoryEntities<E extends EntityOutline> extends KeyedMap<CatalogEntity<E>> {
  private index: Map<string, number> | undefined;
  private readonly made = new Map<string, CatalogEntity<E>>();
  constructor(
    private readonly story: StoryOutline & { entities: readonly E[] },
    private readonly ids: readonly string[],
    private readonly lines: string | undefined,
  ) {
    super();
  }
  get size(): number {
    return this.ids.length;
  }
  private indexOf(id: string): number | undefined {
    if (!this.index) {
      // Made for the first entity asked for (a card, a report): a plain loop, without a pair array
      // for each of thousands of ids.
      const index = new Map<string, number>();
      for (let i = 0; i < this.ids.length; i++) index.set(this.ids[i] as string, i);
      this.index = index;
    }
    return this.index.get(id);
  }
  has(id: string): boolean {
    // A page's start asks which of a few stories' entities a big pack has (the merge): a native
    // search of its ids as stored, one line each, rather than an index of thousands made in cold
    // code (docs/decisions/0028, "the start without the pack's index").
    if (this.index || this.lines === undefined) return this.indexOf(id) !== undefined;
    return holdsLine(this.lines, id);
  }
  get(id: string): CatalogEntity<E> | undefined {
    let entity = this.made.get(id);
    if (entity) return entity;
    const i = this.indexOf(id);
    const view = i === undefined ? undefined : this.story.entities[i];
    // The story's entities are read only now; ones that are not those ids (a damaged part) name nothing.
    if (view?.id !== id) return undefined;
    entity = {
      id,
      type: view.type,
      name: view.name,
      storyIds: [this.story.id],
      views: new Map([[this.story.id, view]]),
    };
    this.made.set(id, entity);
    return entity;
  }
  keys(): MapIterator<string> {
    return this.ids.values();
  }
}

/** Whether `line` is one of the newline-separated lines of `lines` (an empty one, or several, never is). */
export function holdsLine(lines: string, line: string): boolean {
  if (line === '' || line.includes('\n')) return false;
  for (let at = lines.indexOf(line); at >= 0; at = lines.indexOf(line, at + 1)) {
    const end = at + line.length;
    if ((at === 0 || lines.charCodeAt(at - 1) === 10) && (end === lines.length || lines.charCodeAt(end) === 10)) {
      return true;
    }
  }
  return false;
}

/**
 * The entities of `buildCatalog([story])`, whose ids (`ids`, unique, in the story's order) are
 * known without reading the story's entities: each is made from the story the first time it is
 * asked for. `lines`: the same ids joined by newlines (a stored catalog table's), for `has`.
 */
export function storyEntities<E extends EntityOutline>(
  story: StoryOutline & { entities: readonly E[] },
  ids: readonly string[],
  lines?: string,
): Entities<CatalogEntity<E>> {
  return new StoryEntities(story, ids, lines);
}

class JoinedEntities<V> extends KeyedMap<V> {
  constructor(
    private readonly first: Entities<V>,
    private readonly second: Entities<V>,
    private readonly shared: Entities<V>,
  ) {
    super();
  }
  get size(): number {
    return this.first.size + this.second.size - this.shared.size;
  }
  has(key: string): boolean {
    return this.first.has(key) || this.second.has(key);
  }
  get(key: string): V | undefined {
    return this.shared.get(key) ?? this.first.get(key) ?? this.second.get(key);
  }
  *keys(): MapIterator<string> {
    yield* this.first.keys();
    for (const key of this.second.keys()) if (!this.first.has(key)) yield key;
  }
}

/**
 * `first`'s entities then `second`'s, in that order, as one map: `shared` holds, for every id both
 * have, the entity that stands for both. Neither map is copied or changed.
 */
export function joinEntities<V>(first: Entities<V>, second: Entities<V>, shared: Entities<V>): Entities<V> {
  if (second.size === 0) return first;
  if (first.size === 0) return second;
  return new JoinedEntities(first, second, shared);
}
