/**
 * Backstory for a frame worth reading, imported by the frame gate (entrypoints/frame-gate)
 * only where it lets a frame in: the same start as the top frame's content script, kept out of
 * the script every frame loads. Built as an ES module (scripts/page-bundle-config.ts). Why:
 * docs/decisions/0029.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../../lib/extension/page-messages';
import { ContentScriptContext } from '../../lib/extension/page-script-context';
import { readerPageUrl } from '../../lib/page/frame-gate';
import { startPage } from '../content/start-page';

/**
 * The start is handed out by the definition's `main`, not exported beside it: WXT reads each
 * entrypoint's options by running its file with `main` taken out, in a Vite that cannot load the
 * page's stylesheet import, and code reached only from `main` is left out of that run.
 */
export default defineUnlistedScript({
  main: () => () => {
    // The frame reports its mentions like the top frame; when it navigates or is taken out of the
    // page, the background forgets them, and the tab's list no longer offers jumps into it (0025).
    addEventListener('pagehide', () => void sendMessage('frameGone').catch(() => {}));
    // The frame gate carries no context (it would cost every frame): the frame's is made here, as
    // WXT makes the top frame's (docs/decisions/0029).
    return startPage(new ContentScriptContext('frame-reader', { noScriptStartedPostMessage: true }), {
      pageUrl: () => readerPageUrl(window),
    });
  },
});
