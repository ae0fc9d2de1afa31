import { describe, expect, it, vi } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { createTableSource, type TableBuilderModule } from '../../../entrypoints/content/table-source';
import { pagePacks } from '../../../entrypoints/table-builder/page-packs';
import { heldKey, tablesFor } from '../../../lib/matching/stored-tables';
import { buildTables } from '../../../lib/matching/table-builder';
import { loadCorrectionsFor } from '../../../lib/storage/corrections';
import { pageCatalog } from '../../../lib/storage/page-catalog';
import { buildCatalog } from '../../../lib/story/story-model';
import { bundledMatcherSnapshot } from '../../../scripts/bundled-matcher';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

const builder: TableBuilderModule = {
  buildTables,
  heldKey,
  tablesFor,
  pageCatalog,
  pagePacks,
  loadCorrectionsFor,
  default: {} as TableBuilderModule['default'],
};
const seedAliases = buildCatalog(bundledStories).aliases;
const bundled = bundledMatcherSnapshot();

describe('the page’s matcher tables', () => {
  it('are read back from the bundled tables without loading the builder', () => {
    const load = vi.fn(() => Promise.resolve(builder));
    const source = createTableSource(load);
    expect(source.canMake(seedAliases, bundled)).toBe(true);
    expect(source.tables(seedAliases, bundled)).toEqual(buildTables(seedAliases));
    expect(load).not.toHaveBeenCalled();
  });

  it('need the builder for another catalog, loaded once however often asked', async () => {
    const load = vi.fn(() => Promise.resolve(builder));
    const source = createTableSource(load);
    expect(source.canMake(TEST_ALIASES, bundled)).toBe(false);
    expect(() => source.tables(TEST_ALIASES, bundled)).toThrow();
    await Promise.all([source.load(), source.load()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(source.builder()).toBe(builder);
    expect(source.canMake(TEST_ALIASES, bundled)).toBe(true);
    expect(source.tables(TEST_ALIASES, bundled)).toEqual(buildTables(TEST_ALIASES));
  });

  it('read a pack’s stored tables back through the builder, which a page with a pack on has loaded', async () => {
    const stored = [bundledMatcherSnapshot()];
    const tablesForSpy = vi.fn(tablesFor);
    const source = createTableSource(() => Promise.resolve({ ...builder, tablesFor: tablesForSpy }));
    await source.load();
    expect(source.tables(seedAliases, undefined, stored)).toEqual(buildTables(seedAliases));
    expect(tablesForSpy).toHaveBeenCalledWith(seedAliases, stored, undefined);
  });

  it('hand the builder how the background said to grow the tables it holds for the page’s article', async () => {
    const stored = [bundledMatcherSnapshot()];
    const tablesForSpy = vi.fn(tablesFor);
    const source = createTableSource(() => Promise.resolve({ ...builder, tablesFor: tablesForSpy }));
    await source.load();
    const extension = { base: 'pack-key', added: 'article-key', candidates: null };
    // None held here: the builder reads or builds them as before.
    expect(source.tables(seedAliases, undefined, stored, extension)).toEqual(buildTables(seedAliases));
    expect(tablesForSpy).toHaveBeenCalledWith(seedAliases, stored, extension);
  });

  it('try the builder again after it could not be loaded', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Extension context invalidated.')).mockResolvedValue(builder);
    const source = createTableSource(load);
    await expect(source.load()).rejects.toThrow('invalidated');
    expect(source.builder()).toBeUndefined();
    await expect(source.load()).resolves.toBe(builder);
  });
});
