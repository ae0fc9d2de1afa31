/**
 * The article check's body search (is there a block of real prose, and which is it), loaded by
 * the content script when it first asks: in the page's idle moment after the first scan, at once
 * on a page whose metadata declares an article, or when the reader asks from the popup
 * (entrypoints/content/article-reading.ts). The cheap look at the page's metadata,
 * `declaresArticle`, stays in the content script, which every page loads. Built as an ES module
 * with its exports, like the card's (scripts/page-bundle-config.ts). Why: docs/decisions/0029.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export { askedArticle, detectArticle } from '../../lib/page/article-detection';

// WXT finds its entrypoints by their default export; nothing runs this one on its own.
export default defineUnlistedScript(() => {});
