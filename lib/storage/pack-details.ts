/**
 * A pack's details parts (`pack-details:v1:<id>:<n>`): what the panel part leaves out of its
 * entities (their descriptions, facts and relations), in chunks of `DETAILS_PER_CHUNK` entities in
 * the story's order, so that an opened who's-who entry reads the panel part and one chunk rather
 * than the whole pack (docs/decisions/0028). Made from the pack when it is imported, or by the
 * background (`pack-page-refresh.ts`) and the options page (`pack-health.ts`) when one is missing or
 * damaged. Never the only copy of anything: an entry whose chunk is missing, damaged or does not
 * hold it reads the pack whole.
 *
 * Each chunk is one JSON string, as the other parts are (a string is one storage value).
 */
import type { Entity, Story } from '../../data/schema';
import { packDetailsKey } from './pack-keys';
import { parseStoredJson } from './stored-json';
import { isRecord } from './story-shape';

/** Small enough that reading and parsing one chunk of a big pack is a short task; few enough keys for one write. */
export const DETAILS_PER_CHUNK = 200;

/** What an entity's card reads that the panel part leaves out. */
export type EntityDetails = Pick<Entity, 'id' | 'description' | 'facts' | 'relations'>;

/** The chunk holding the entity at `index` of its story's entities. */
export const detailsChunkOf = (index: number) => Math.floor(index / DETAILS_PER_CHUNK);

/** The keys of the details parts of a pack of `entityCount` entities. */
export function packDetailsKeys(id: string, entityCount: number): string[] {
  return Array.from({ length: Math.ceil(entityCount / DETAILS_PER_CHUNK) }, (_, n) => packDetailsKey(id, n));
}

/** The details parts of `story`, as stored: key to JSON string. */
export function makePackDetailsParts(story: Story): Record<string, string> {
  const parts: Record<string, string> = {};
  story.entities.forEach(({ id, description, facts, relations }, i) => {
    const key = packDetailsKey(story.id, detailsChunkOf(i));
    const entity: EntityDetails = { id, description, facts, relations };
    parts[key] = parts[key] === undefined ? `{"id":${JSON.stringify(story.id)},"entities":[` : `${parts[key]},`;
    parts[key] += JSON.stringify(entity);
  });
  for (const key of Object.keys(parts)) parts[key] += ']}';
  return parts;
}

const hasDetailsShape = (entity: unknown): entity is EntityDetails =>
  isRecord(entity) &&
  typeof entity.id === 'string' &&
  typeof entity.description === 'string' &&
  Array.isArray(entity.facts) &&
  Array.isArray(entity.relations);

/** A stored chunk of pack `id`: its entities' details, or null when it is missing or damaged. */
export function readPackDetailsChunk(value: unknown, id: string): EntityDetails[] | null {
  const chunk = parseStoredJson(value);
  if (!isRecord(chunk) || chunk.id !== id || !Array.isArray(chunk.entities)) return null;
  return chunk.entities.every(hasDetailsShape) ? chunk.entities : null;
}

/**
 * Whether `stored` holds every details part of pack `id`, each readable and holding its entities
 * of `entityIds` (the story's, in order): a part made for another version of the pack does not.
 */
export function packDetailsFit(stored: Record<string, unknown>, id: string, entityIds: readonly string[]): boolean {
  return packDetailsKeys(id, entityIds.length).every((key, n) => {
    const chunk = readPackDetailsChunk(stored[key], id);
    const wanted = entityIds.slice(n * DETAILS_PER_CHUNK, (n + 1) * DETAILS_PER_CHUNK);
    return chunk !== null && chunk.length === wanted.length && chunk.every((entity, i) => entity.id === wanted[i]);
  });
}
