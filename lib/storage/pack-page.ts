/**
 * A pack's page part (`pack-page:v1:<id>`): what a page needs of a switched-on pack to scan, made
 * from the pack when it is imported, or when an update finds it missing or made with other bundled
 * stories (`pack-page-refresh.ts`), and stored beside it. It holds the story's outline (names and
 * aliases, as the bundled copy gives a page the bundled stories') and the matcher tables of the
 * catalog a page usually has with that pack on: the bundled stories, then the pack. A page reads
 * this instead of the whole pack, whose facts only a card needs (it reads them on first use), and
 * reads the tables back instead of building them; tables made for another catalog (a story
 * switched off, two packs on, an update's stories) simply do not fit, and the page builds its own.
 *
 * Stored as one JSON string rather than as objects: what a storage answer costs the page grows
 * with the number of values in it, and a string is one value (docs/decisions/0028).
 */
import type { Story } from '../../data/schema';
import { aliasesKey, type MatcherSnapshot } from '../matching/matcher-tables';
import { buildTables, snapshotOf } from '../matching/table-builder';
import { buildCatalog, outlineOf, type StoryOutline } from '../story/story-model';
import { parseStoredJson } from './stored-json';
import { hasStoryShape, isRecord } from './story-shape';

export interface PackPagePart {
  /** The bundled stories' aliases it was made with (`bundledKey`): other ones make its tables stale. */
  bundled: string;
  outline: StoryOutline;
  /** The tables of the catalog of the bundled stories, then this pack. */
  matcher: MatcherSnapshot;
}

/** Names the bundled stories' aliases: the part of a pack's tables that an update can change. */
export function bundledKey(bundled: readonly StoryOutline[]): string {
  return aliasesKey(buildCatalog(bundled).aliases);
}

/** The page part of `story`, as stored: the outline and the tables of the bundled stories with it. */
export function makePackPagePart(story: Story, bundled: readonly StoryOutline[]): string {
  const outline = outlineOf(story);
  const { aliases } = buildCatalog([...bundled, outline]);
  const part: PackPagePart = {
    bundled: bundledKey(bundled),
    outline,
    matcher: snapshotOf(aliases, buildTables(aliases)),
  };
  return JSON.stringify(part);
}

const isNumberList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number');
const isSource = (value: unknown) =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

/** Whether a stored snapshot has the fields and types `tablesFromSnapshot` reads (what they say, it checks itself). */
function hasSnapshotShape(value: unknown): value is MatcherSnapshot {
  if (!isRecord(value)) return false;
  const c = value.candidates;
  return (
    typeof value.key === 'string' &&
    typeof value.nodes === 'string' &&
    typeof value.patterns === 'string' &&
    typeof value.longest === 'number' &&
    isNumberList(value.branches) &&
    isNumberList(value.outputs) &&
    isNumberList(value.patternStart) &&
    isNumberList(value.forks) &&
    Array.isArray(value.sharedOutputs) &&
    value.sharedOutputs.every(
      (entry: unknown) => Array.isArray(entry) && typeof entry[0] === 'number' && isNumberList(entry[1]),
    ) &&
    Array.isArray(value.endingSets) &&
    value.endingSets.every((set: unknown) => typeof set === 'string') &&
    (c === null || (isRecord(c) && isSource(c.test) && isSource(c.starts) && isSource(c.everyStart)))
  );
}

/** The stored page part of pack `id`, or null when there is none or it is damaged (the pack is then read whole). */
export function readPackPagePart(value: unknown, id: string): PackPagePart | null {
  const part = parseStoredJson(value);
  if (!isRecord(part) || typeof part.bundled !== 'string' || !hasSnapshotShape(part.matcher)) return null;
  const { outline } = part;
  if (!isRecord(outline) || outline.id !== id || !hasStoryShape(outline)) return null;
  return part as unknown as PackPagePart;
}
