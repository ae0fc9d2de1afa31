/**
 * A pack's page part as a version before the catalog's table stored it (lib/storage/pack-page.ts):
 * the outline whole, no table. Made from this version's part, so that it holds the same tables.
 */
export function olderPagePart(made: string): string {
  const { story, entities, catalog: _catalog, ...rest } = JSON.parse(made) as Record<string, unknown>;
  return JSON.stringify({ ...rest, outline: { ...(story as object), entities: JSON.parse(entities as string) } });
}
