/**
 * The catalog and matcher tables of a page with packs on, made from what their page parts
 * (`pack-page.ts`) hold with as little work as possible in the task that starts the page: each
 * pack's own catalog and its stored tables are made ahead (`pagePartSteps`, each step a task of its
 * own: entrypoints/table-builder/page-packs.ts), and the page's catalog is then merged from each
 * story's (`catalogFromStories`). When the catalog is the one a part's tables were made for (the
 * bundled stories, then that pack: `makePackPagePart`), it says so (`holdTables`) rather than hashing
 * every alias again to find out, and an article's catalog grows those tables (docs/decisions/0028).
 */
import { aliasesKey } from '../matching/matcher-tables';
import { holdTables, readTablesAhead } from '../matching/stored-tables';
import { catalogFromStories, keepStoryCatalog, mergeCatalogs, storyCatalog } from '../story/catalog-merge';
import { catalogFromTable } from '../story/catalog-table';
import type { Catalog, StoryOutline } from '../story/story-model';
import { correctedCatalog } from './apply-corrections';
import type { Correction } from './corrections';
import type { PackPagePart } from './pack-page';

/** The page parts read, by their outline: a catalog ending with one may fit its tables. */
const partOf = new WeakMap<StoryOutline, PackPagePart>();

/**
 * What the page's start takes from `part`, made ahead, in steps to run in tasks of their own: the
 * pack's own catalog (read from the part's table, catalog-table.ts, or else built), then its tables
 * read back (`readTablesAhead`).
 */
export function pagePartSteps(part: PackPagePart): (() => void)[] {
  return [
    () => {
      // The pack's catalog from its stored table, when the part has one and it reads back.
      const read = part.catalog && catalogFromTable(part.outline, part.catalog);
      if (read) keepStoryCatalog(part.outline, read);
      else storyCatalog(part.outline);
    },
    () => {
      readTablesAhead(part.matcher);
      partOf.set(part.outline, part);
    },
  ];
}

/**
 * `correctedCatalog`, merged from each story's kept catalog: the page's, whose big pack is built
 * once rather than again for each article read or setting changed.
 */
export function pageCatalog<S extends StoryOutline>(
  stories: readonly S[],
  corrections: readonly Correction[],
  article?: S,
): Catalog<S> {
  const last = stories.at(-1);
  const part = last && partOf.get(last);
  if (!last || !part || corrections.length > 0 || article) {
    return correctedCatalog(stories, corrections, article, catalogFromStories);
  }
  const before = catalogFromStories(stories.slice(0, -1));
  const catalog = mergeCatalogs(before, storyCatalog(last));
  // The stories before the pack have the aliases the part's tables were made after: the catalog is
  // the one they were made for, alias by alias; the page holds its tables for an article to grow.
  const { matcher } = part;
  if (aliasesKey(before.aliases) === part.bundled && matcher.patternStart.length === catalog.aliases.length + 1) {
    holdTables(catalog.aliases, matcher);
  }
  return catalog;
}
