/**
 * The script every frame loads (declared in wxt.config.ts for every frame, `about:blank` and
 * `srcdoc` ones included; the top frame runs it too and it leaves there at once, content.js being
 * the top frame's). It decides first, before anything is loaded: a frame of another site, a tiny
 * one or one without text (an ad) costs this script's evaluation and nothing more; a frame worth
 * reading (same-origin or srcdoc, large enough, with text) imports Backstory from the frame
 * reader's module (entrypoints/frame-reader). An unlisted script rather than a WXT content script,
 * so that it carries no content-script context: the frame reader makes one where it starts.
 * Script-written about:blank frames start it inside the page's own task, so that evaluation is all
 * it may cost there (docs/decisions/0025, 0029).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FRAME_READER_FILE } from '../../lib/extension/page-modules';
import { frameRole } from '../../lib/page/frame-gate';

export default defineUnlistedScript(() => {
  if (frameRole(window) !== 'frame') return;
  // An orphaned script (the extension reloaded) cannot load it: the frame simply stays unread.
  import(/* @vite-ignore */ browser.runtime.getURL(FRAME_READER_FILE)).then(
    (reader: FrameReader) => reader.default.main()(),
    () => {},
  );
});

/** What the frame gate finds in the frame reader's module: a frame's start, from its definition's `main`. */
interface FrameReader {
  default: { main(): () => Promise<void> };
}
