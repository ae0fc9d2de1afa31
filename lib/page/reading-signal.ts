/**
 * When the reader has read the page's article, for the reading archive (issue 22): the page has
 * been in the foreground for a few seconds in all, or the reader has scrolled into it. A tab
 * opened in the background and closed unread is never remembered. The signal fires once; the
 * environment is passed in so that tests drive time, visibility and scrolling.
 */

/** How long, in all, the page must be in the foreground to count as read. */
export const READ_DWELL_MS = 5000;
/** How far the reader must scroll, in viewport heights, to count as having read into the article. */
export const READ_SCROLL_VIEWPORTS = 0.5;

export interface ReadingSignalEnvironment {
  /** Whether the page is in the foreground now (`document.visibilityState === 'visible'`). */
  visible(): boolean;
  /** The page's vertical scroll offset and the viewport's height. */
  scroll(): { top: number; viewport: number };
  onVisibilityChange(listener: () => void): () => void;
  onScroll(listener: () => void): () => void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** Calls `onRead` once the page counts as read; returns the function that stops watching. */
export function watchReading(env: ReadingSignalEnvironment, onRead: () => void): () => void {
  const startTop = env.scroll().top;
  let shownMs = 0;
  let shownSince: number | undefined;
  let timer: unknown;
  let done = false;

  const finish = () => {
    if (done) return;
    stop();
    onRead();
  };

  const pauseClock = () => {
    if (shownSince !== undefined) shownMs += env.now() - shownSince;
    shownSince = undefined;
    if (timer !== undefined) env.clearTimeout(timer);
    timer = undefined;
  };

  const runClock = () => {
    if (done || shownSince !== undefined) return;
    shownSince = env.now();
    timer = env.setTimeout(finish, Math.max(0, READ_DWELL_MS - shownMs));
  };

  const onVisibility = () => (env.visible() ? runClock() : pauseClock());
  const onScroll = () => {
    const { top, viewport } = env.scroll();
    // A scroll the page made itself while hidden (restoring a position) is not reading.
    if (env.visible() && top - startTop >= viewport * READ_SCROLL_VIEWPORTS) finish();
  };

  const stopVisibility = env.onVisibilityChange(onVisibility);
  const stopScroll = env.onScroll(onScroll);

  function stop() {
    if (done) return;
    done = true;
    pauseClock();
    stopVisibility();
    stopScroll();
  }

  onVisibility();
  return stop;
}

/** The browser's environment for `watchReading`. */
export function browserReadingEnvironment(win: Window): ReadingSignalEnvironment {
  const doc = win.document;
  return {
    visible: () => doc.visibilityState === 'visible',
    scroll: () => ({ top: win.scrollY, viewport: win.innerHeight }),
    onVisibilityChange: (listener) => {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
    onScroll: (listener) => {
      win.addEventListener('scroll', listener, { passive: true });
      return () => win.removeEventListener('scroll', listener);
    },
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle as number),
    now: () => win.performance.now(),
  };
}
