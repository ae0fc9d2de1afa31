import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../lib/extension/content-matches';
import { FRAME_READER_FILE } from '../lib/extension/page-modules';
import type { PageScriptContext } from '../lib/extension/page-script-context';
import { frameRole } from '../lib/page/frame-gate';

/**
 * The content script of every frame (and of the top frame, which it leaves to content.js). It
 * decides first, before anything is loaded: a frame of another site, a tiny one or one without
 * text (an ad) costs this script's evaluation and nothing more; a frame worth reading (same-origin
 * or srcdoc, large enough, with text) imports Backstory from the frame reader's module
 * (entrypoints/frame-reader). Script-written about:blank frames start this script inside the
 * page's own task, so that evaluation is all it may cost there (docs/decisions/0025, 0029).
 */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  allFrames: true,
  // srcdoc frames and frames a page script writes are about: documents of the page's origin.
  matchAboutBlank: true,
  // As content.js (docs/decisions/0003).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (frameRole(window) !== 'frame') return;
    const reader: FrameReader = await import(/* @vite-ignore */ browser.runtime.getURL(FRAME_READER_FILE));
    await reader.default.main()(ctx);
  },
});

/** What the frame gate finds in the frame reader's module: a frame's start, from its definition's `main`. */
interface FrameReader {
  default: { main(): (ctx: PageScriptContext) => Promise<void> };
}
