/**
 * What paints only the mentions near the view on a page with more than Backstory paints whole
 * (lib/page/paint-window.ts), loaded by the content script the first time a page has that many:
 * most pages never do. Built as an ES module with its exports, like the card's
 * (scripts/page-bundle-config.ts). Why: docs/decisions/0027.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export { makePaintWindow } from '../../lib/page/paint-window';

// WXT finds its entrypoints by their default export; nothing runs this one on its own.
export default defineUnlistedScript(() => {});
