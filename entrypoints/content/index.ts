import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../lib/extension/content-matches';
import { startPage } from './start-page';

/**
 * The content script of the top frame: the page the reader opened. Frames have a script of their
 * own, the frame gate (entrypoints/frame-gate), which loads Backstory only into a frame
 * worth reading: most frames on a news page are other sites' ads, and this script is the largest
 * thing Backstory puts in a page (docs/decisions/0029).
 */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // WXT also announces each start to older copies of this script with a window.postMessage (kept
  // only for scripts built by older WXT versions; ours listen for its custom event). Every message
  // listener of the page would see it, with our extension id, and it was the largest single cost
  // of Backstory on a page (docs/decisions/0003).
  noScriptStartedPostMessage: true,
  main: (ctx) => startPage(ctx),
});
