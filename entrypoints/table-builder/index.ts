/**
 * The matcher's table builder, the reader's corrections (a corrected alias's case forms come
 * from declension, as the tables' do) and the reading of switched-on packs' page parts (pack-source.ts) and the page's catalog made from
 * each story's own (`pageCatalog`: a big pack's is made once, page-packs.ts),
 * loaded by the content script only when the page's catalog
 * is not one whose tables were made elsewhere (a pack switched on, a story off, a correction in
 * force, a `wxt dev` build): entrypoints/content/table-source.ts. Built as an ES module with its exports,
 * like the card's (scripts/page-bundle-config.ts). Why: docs/decisions/0022.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export { heldKey, tablesFor } from '../../lib/matching/stored-tables';
export { buildTables } from '../../lib/matching/table-builder';
export { loadCorrectionsFor } from '../../lib/storage/corrections';
export { pageCatalog } from '../../lib/storage/page-catalog';
export { pagePacks } from './page-packs';

// WXT finds its entrypoints by their default export; nothing runs this one on its own.
export default defineUnlistedScript(() => {});
