/**
 * A pack's page part as a version before the catalog's table stored it (lib/storage/pack-page.ts):
 * the outline whole, no table, JSON alone. Made from this version's part, so that it holds the same tables.
 */
import { parsePagePart } from './page-part-text';

export function olderPagePart(made: string): string {
  const { story, entities, catalog: _catalog, ...rest } = parsePagePart(made);
  return JSON.stringify({ ...rest, outline: { ...(story as object), entities: JSON.parse(entities as string) } });
}
