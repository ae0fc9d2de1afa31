/**
 * The reading signal (has the reader read this article?), loaded by the content script in an
 * idle moment once an article's story is applied: only article pages need it, and never during
 * their start-up (entrypoints/content/article-reading.ts). Built as an ES module with its exports,
 * like the card's (scripts/page-bundle-config.ts). Why: docs/decisions/0022.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export { browserReadingEnvironment, watchReading } from '../../lib/page/reading-signal';

// WXT finds its entrypoints by their default export; nothing runs this one on its own.
export default defineUnlistedScript(() => {});
