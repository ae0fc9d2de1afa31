/**
 * Which frames Backstory reads. The content script is declared for every frame (`all_frames`,
 * `match_about_blank` for `srcdoc` and script-written frames), so it also starts in each ad frame
 * of a page: before it reads storage or builds anything, a frame is dropped unless it is the top
 * one, or shares the top page's origin (an embed of the page's own content, a `srcdoc` frame) and
 * is large enough to read and holds text. A cross-origin frame is another site's page: not read.
 * What a frame costs either way: docs/decisions/0025.
 */

/** What this frame does: everything (`top`), read and show cards only (`frame`), or nothing. */
export type FrameRole = 'top' | 'frame' | 'none';

/** Smaller than this (CSS px) in either direction, a frame holds no line a reader would hover. */
export const MIN_FRAME_SIDE = 40;

/** The frame's role; never throws, whatever the page did to its frames. */
export function frameRole(win: Window): FrameRole {
  try {
    if (win === win.top || win.top === null) return 'top';
    if (!sameOriginAsTop(win)) return 'none';
    if (win.innerWidth < MIN_FRAME_SIDE || win.innerHeight < MIN_FRAME_SIDE) return 'none';
    return hasText(win.document) ? 'frame' : 'none';
  } catch {
    return 'none';
  }
}

/**
 * The address that stands for the page the reader sees: the top page's, from a frame (a
 * `srcdoc` frame's own is about:srcdoc). Only asked of frames `frameRole` let in.
 */
export function readerPageUrl(win: Window): string {
  try {
    return win.top?.location.href ?? win.location.href;
  } catch {
    return win.location.href;
  }
}

/**
 * The documents' origins (a `srcdoc` frame's is its parent's; its address's is opaque). Reading
 * the top window's from a cross-origin frame throws, in a content script as in the page.
 */
function sameOriginAsTop(win: Window): boolean {
  try {
    return (win.top as Window).origin === win.origin;
  } catch {
    return false;
  }
}

/** Whether the document holds any text that is not white space (stops at the first that does). */
export function hasText(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (NON_BLANK.test((node as Text).data)) return true;
  }
  return false;
}

const NON_BLANK = /[^\s\u00a0]/;
