/**
 * A pack's page part (`pack-page:v3:<id>`): what a page needs of a switched-on pack to scan, made
 * from the pack when it is imported, or when an update finds it missing or made with other bundled
 * stories (`pack-page-refresh.ts`), and stored beside it. It holds the story's outline (names and
 * aliases, as the bundled copy gives a page the bundled stories') and the matcher tables of the
 * catalog a page usually has with that pack on: the bundled stories, then the pack. A page reads
 * this instead of the whole pack, whose facts only a card needs (it reads them on first use), and
 * reads the tables back instead of building them; tables made for another catalog (a story
 * switched off, two packs on, an update's stories) simply do not fit, and the page builds its own.
 *
 * Stored as one JSON string rather than as objects: what a storage answer costs the page grows
 * with the number of values in it, and a string is one value (docs/decisions/0028). The string is
 * the part's JSON, a newline, then the outline's entities' JSON (JSON has no raw newline): those are
 * parsed only when a card or a correction reads them, and are not escaped as a string inside the
 * part would be. The pack's own catalog is stored as a table (lib/story/catalog-table.ts): a page
 * makes its alias entries from that, not from the entities (0028, "a pack's catalog stored with
 * its page part").
 * The matcher tables are stored as themselves (lib/matching/packed-tables.ts: no relinking, no
 * number parsed from JSON); a newline part holding them as a snapshot (the version before's) is not
 * read. A part made before the table (its outline stored whole, its tables a snapshot) is read as
 * it was, and made again by the background's refresh (`pagePartCurrent`).
 */
import type { Story } from '../../data/schema';
import { aliasesKey, type MatcherSnapshot } from '../matching/matcher-tables';
import { type PackedTables, packTables, unpackedSnapshot } from '../matching/packed-tables';
import { buildTables, snapshotOf } from '../matching/table-builder';
import { type CatalogTable, catalogTableOf, tableIds } from '../story/catalog-table';
import { buildCatalog, type EntityOutline, outlineOf, type StoryOutline } from '../story/story-model';
import { parseStoredJson } from './stored-json';
import { hasStoryShape, isRecord } from './story-shape';

export interface PackPagePart {
  /** The bundled stories' aliases it was made with (`bundledKey`): other ones make its tables stale. */
  bundled: string;
  outline: StoryOutline;
  /** The tables of the catalog of the bundled stories, then this pack. */
  matcher: MatcherSnapshot;
  /** The pack's own catalog as a table; absent in a part made before there were tables. */
  catalog?: CatalogTable;
}

/**
 * The part as stored before the newline: the outline without its entities, which follow it, and
 * the tables as themselves (packed-tables.ts).
 */
interface StoredPart {
  bundled: string;
  story: Omit<StoryOutline, 'entities'>;
  catalog: CatalogTable;
  tables: PackedTables;
}

/** Names the bundled stories' aliases: the part of a pack's tables that an update can change. */
export function bundledKey(bundled: readonly StoryOutline[]): string {
  return aliasesKey(buildCatalog(bundled).aliases);
}

/** The page part of `story`, as stored: the outline and the tables of the bundled stories with it. */
export function makePackPagePart(story: Story, bundled: readonly StoryOutline[]): string {
  const outline = outlineOf(story);
  const { aliases } = buildCatalog([...bundled, outline]);
  const tables = buildTables(aliases);
  const catalog = catalogTableOf(outline, buildCatalog([outline]));
  if (!catalog) {
    // A story naming one entity twice: stored whole, its catalog made by the page as before.
    const matcher = snapshotOf(aliases, tables);
    return JSON.stringify({ bundled: bundledKey(bundled), outline, matcher } satisfies PackPagePart);
  }
  const { entities, ...head } = outline;
  const packed = packTables(aliasesKey(aliases), aliases.length, tables);
  const part: StoredPart = { bundled: bundledKey(bundled), story: head, catalog, tables: packed };
  return `${JSON.stringify(part)}\n${JSON.stringify(entities)}`;
}

/**
 * Whether a part read back is the one this version makes for these bundled stories (`bundledKey`):
 * with its catalog's table and its entities readable. Any other is made again from the pack.
 */
export function pagePartCurrent(part: PackPagePart | null, bundled: string): boolean {
  if (part?.bundled !== bundled || !part.catalog) return false;
  return part.outline.entities.length === tableIds(part.catalog).length;
}

const isNumberList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number');
const isSource = (value: unknown) =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

/** A stored candidate pattern: none, or its three regular expressions as source and flags. */
const hasCandidateSources = (c: unknown) =>
  c === null || (isRecord(c) && isSource(c.test) && isSource(c.starts) && isSource(c.everyStart));

/** Whether a stored snapshot has the fields and types `tablesFromSnapshot` reads (what they say, it checks itself). */
function hasSnapshotShape(value: unknown): value is MatcherSnapshot {
  if (!isRecord(value)) return false;
  return (
    typeof value.key === 'string' &&
    typeof value.nodes === 'string' &&
    typeof value.patterns === 'string' &&
    typeof value.longest === 'number' &&
    isNumberList(value.branches) &&
    isNumberList(value.outputs) &&
    isNumberList(value.patternStart) &&
    isNumberList(value.forks) &&
    hasSmallLists(value) &&
    hasCandidateSources(value.candidates)
  );
}

/** Whether stored packed tables have the fields and types `unpackTables` reads (what they say, it checks itself). */
function hasPackedShape(value: unknown): value is PackedTables {
  if (!isRecord(value)) return false;
  return (
    typeof value.key === 'string' &&
    typeof value.size === 'number' &&
    typeof value.slots === 'number' &&
    typeof value.edges === 'string' &&
    typeof value.output === 'string' &&
    typeof value.patterns === 'string' &&
    typeof value.patternStart === 'string' &&
    typeof value.longest === 'number' &&
    isNumberList(value.root) &&
    isNumberList(value.forks) &&
    hasSmallLists(value) &&
    hasCandidateSources(value.candidates)
  );
}

/** The shared outputs and ending sets, as a snapshot and packed tables hold them. */
function hasSmallLists(value: Record<string, unknown>): boolean {
  return (
    Array.isArray(value.sharedOutputs) &&
    value.sharedOutputs.every(
      (entry: unknown) => Array.isArray(entry) && typeof entry[0] === 'number' && isNumberList(entry[1]),
    ) &&
    Array.isArray(value.endingSets) &&
    value.endingSets.every((set: unknown) => typeof set === 'string')
  );
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((each) => typeof each === 'string');

/** Whether a stored table has the fields and types `catalogFromTable` reads. */
function hasTableShape(value: unknown): value is CatalogTable {
  return (
    isRecord(value) &&
    typeof value.ids === 'string' &&
    isStringList(value.texts) &&
    isNumberList(value.keys) &&
    Array.isArray(value.more) &&
    value.more.every(
      (entry: unknown) =>
        Array.isArray(entry) &&
        typeof entry[0] === 'number' &&
        isStringList(entry[1]) &&
        (entry[2] === 0 || (isRecord(entry[2]) && typeof entry[2].lang === 'string')),
    )
  );
}

/**
 * The outline `head` with its entities parsed from `entities` the first time they are read (a card,
 * a correction): a page scanning with the pack's table never parses them. Damaged, they read as none.
 */
function lazyOutline(head: Record<string, unknown>, entities: string): StoryOutline {
  let parsed: readonly EntityOutline[] | undefined;
  return {
    ...(head as Omit<StoryOutline, 'entities'>),
    get entities() {
      if (!parsed) {
        const value = parseStoredJson(entities);
        parsed = hasStoryShape({ ...head, entities: value }) ? (value as EntityOutline[]) : [];
      }
      return parsed;
    },
  };
}

/** The stored page part of pack `id`, or null when there is none or it is damaged (the pack is then read whole). */
export function readPackPagePart(value: unknown, id: string): PackPagePart | null {
  // A part made before the table is JSON alone, with no newline.
  const cut = typeof value === 'string' ? value.indexOf('\n') : -1;
  const part = parseStoredJson(cut < 0 ? value : (value as string).slice(0, cut));
  if (!isRecord(part) || typeof part.bundled !== 'string') return null;
  if (cut >= 0) {
    const { story, catalog } = part;
    if (!isRecord(story) || story.id !== id || typeof story.title !== 'string' || !hasTableShape(catalog)) return null;
    const matcher = hasPackedShape(part.tables) && unpackedSnapshot(part.tables);
    if (!matcher) return null;
    const entities = (value as string).slice(cut + 1);
    return { bundled: part.bundled, outline: lazyOutline(story, entities), matcher, catalog };
  }
  if (!hasSnapshotShape(part.matcher)) return null;
  const { outline } = part;
  if (!isRecord(outline) || outline.id !== id || !hasStoryShape(outline)) return null;
  return part as unknown as PackPagePart;
}
