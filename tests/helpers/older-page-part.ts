/**
 * A pack's page part as a version before the catalog's table stored it (lib/storage/pack-page.ts):
 * the outline whole, no table, its tables as a snapshot, JSON alone. Made from this version's part,
 * so that it holds the same tables.
 */
import { type PackedTables, unpackedSnapshot } from '../../lib/matching/packed-tables';
import { parsePagePart } from './page-part-text';

/** The snapshot (`MatcherSnapshot` JSON) of the packed tables a part made now holds. */
export function snapshotJson(tables: unknown): Record<string, unknown> {
  const read = unpackedSnapshot(tables as PackedTables);
  if (!read) throw new Error('not packed tables');
  const { nodes, branches, outputs, patterns } = read;
  return { ...read, nodes, branches, outputs, patterns, patternStart: Array.from(read.patternStart) };
}

export function olderPagePart(made: string): string {
  const { story, entities, catalog: _catalog, tables, ...rest } = parsePagePart(made);
  return JSON.stringify({
    ...rest,
    matcher: snapshotJson(tables),
    outline: { ...(story as object), entities: JSON.parse(entities as string) },
  });
}
