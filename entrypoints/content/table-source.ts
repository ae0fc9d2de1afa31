/**
 * The page's matcher tables: read back from tables made elsewhere when they were made from
 * exactly the catalog's aliases (the bundled stories' at build time, an article's by the
 * background), built otherwise by the table builder's module (entrypoints/table-builder), which
 * the page imports only then, or to apply the reader's corrections. A page whose catalog is the
 * bundled one never compiles the builder (declension, the trie's build, the candidate pattern).
 * Why: docs/decisions/0022.
 */
import { browser } from 'wxt/browser';
import { TABLE_BUILDER_FILE } from '../../lib/extension/page-modules';
import type { TablesExtension } from '../../lib/matching/held-tables';
import {
  type MatcherSnapshot,
  type MatcherTables,
  snapshotFits,
  tablesFromSnapshot,
} from '../../lib/matching/matcher-tables';
import type { AliasEntry } from '../../lib/story/story-model';

export type TableBuilderModule = typeof import('../table-builder/index');

export interface TableSource {
  /** The builder's module, once loaded. */
  builder(): TableBuilderModule | undefined;
  /** Loads the builder's module (once); rejects when it cannot be loaded (an orphaned script). */
  load(): Promise<TableBuilderModule>;
  /** Whether `tables` can answer for these aliases now. */
  canMake(aliases: readonly AliasEntry[], prebuilt: MatcherSnapshot | undefined): boolean;
  /**
   * The tables for `aliases`; those that need building only once the builder is loaded, which
   * first grows those it holds as `extension` says (an article's, lib/matching/held-tables.ts),
   * then tries `stored` (the packs' tables: a pack on loads the builder anyway).
   */
  tables(
    aliases: readonly AliasEntry[],
    prebuilt?: MatcherSnapshot,
    stored?: readonly MatcherSnapshot[],
    extension?: TablesExtension,
  ): MatcherTables;
}

/** One short message for both places that need the builder (every byte here is paid on each load). */
export const BUILDER_NOT_LOADED = 'Backstory: table builder not loaded';

export function createTableSource(
  importBuilder: () => Promise<TableBuilderModule> = () =>
    import(/* @vite-ignore */ browser.runtime.getURL(TABLE_BUILDER_FILE)),
): TableSource {
  let loaded: TableBuilderModule | undefined;
  let loading: Promise<TableBuilderModule> | undefined;
  return {
    builder: () => loaded,
    load() {
      loading ??= importBuilder().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    canMake: (aliases, prebuilt) => loaded !== undefined || (prebuilt !== undefined && snapshotFits(aliases, prebuilt)),
    tables(aliases, prebuilt, stored, extension) {
      const read = prebuilt && tablesFromSnapshot(aliases, prebuilt);
      if (read) return read;
      if (!loaded) throw new Error(BUILDER_NOT_LOADED);
      return loaded.tablesFor(aliases, stored, extension);
    },
  };
}
