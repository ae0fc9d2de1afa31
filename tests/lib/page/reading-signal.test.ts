import { describe, expect, it, vi } from 'vitest';
import {
  browserReadingEnvironment,
  READ_DWELL_MS,
  READ_SCROLL_VIEWPORTS,
  type ReadingSignalEnvironment,
  watchReading,
} from '../../../lib/page/reading-signal';

/** A page whose time, visibility and scrolling the test drives. */
function fakePage(options: { visible?: boolean; top?: number } = {}) {
  let now = 0;
  let visible = options.visible ?? true;
  let top = options.top ?? 0;
  const viewport = 800;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextTimer = 1;
  const visibilityListeners = new Set<() => void>();
  const scrollListeners = new Set<() => void>();
  const env: ReadingSignalEnvironment = {
    visible: () => visible,
    scroll: () => ({ top, viewport }),
    onVisibilityChange: (listener) => {
      visibilityListeners.add(listener);
      return () => visibilityListeners.delete(listener);
    },
    onScroll: (listener) => {
      scrollListeners.add(listener);
      return () => scrollListeners.delete(listener);
    },
    setTimeout: (callback, ms) => {
      const id = nextTimer++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => timers.delete(handle as number),
    now: () => now,
  };
  return {
    env,
    viewport,
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
    setVisible(next: boolean) {
      visible = next;
      for (const listener of [...visibilityListeners]) listener();
    },
    scrollTo(next: number) {
      top = next;
      for (const listener of [...scrollListeners]) listener();
    },
    listeners: () => visibilityListeners.size + scrollListeners.size,
    timers: () => timers.size,
  };
}

describe('watchReading', () => {
  it('counts a page read after a few seconds in the foreground, once', () => {
    const page = fakePage();
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.advance(READ_DWELL_MS - 1);
    expect(onRead).not.toHaveBeenCalled();
    page.advance(1);
    expect(onRead).toHaveBeenCalledTimes(1);
    page.advance(READ_DWELL_MS * 3);
    page.scrollTo(10_000);
    expect(onRead).toHaveBeenCalledTimes(1);
    expect(page.listeners()).toBe(0);
  });

  it('never counts a tab that stays in the background', () => {
    const page = fakePage({ visible: false });
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.advance(READ_DWELL_MS * 10);
    expect(onRead).not.toHaveBeenCalled();
  });

  it('adds up the time in the foreground across switches, without counting the time away', () => {
    const page = fakePage();
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.advance(READ_DWELL_MS / 2);
    page.setVisible(false);
    page.advance(READ_DWELL_MS * 5);
    expect(onRead).not.toHaveBeenCalled();
    page.setVisible(true);
    page.advance(READ_DWELL_MS / 2 - 1);
    expect(onRead).not.toHaveBeenCalled();
    page.advance(1);
    expect(onRead).toHaveBeenCalledTimes(1);
  });

  it('counts the time in the foreground from when the page was shown, late in its life too', () => {
    const page = fakePage({ visible: false });
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.advance(READ_DWELL_MS * 2);
    // Told twice that the tab is hidden: still no time counted.
    page.setVisible(false);
    page.setVisible(true);
    page.advance(READ_DWELL_MS / 2);
    page.setVisible(false);
    page.setVisible(true);
    page.advance(READ_DWELL_MS / 2 - 1);
    expect(onRead).not.toHaveBeenCalled();
    page.advance(1);
    expect(onRead).toHaveBeenCalledTimes(1);
  });

  it('takes a second "shown" for nothing: hidden again, the page is not read on the first clock', () => {
    const page = fakePage();
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.advance(1000);
    page.setVisible(true);
    page.advance(1000);
    page.setVisible(false);
    page.advance(READ_DWELL_MS * 2);
    expect(onRead).not.toHaveBeenCalled();
  });

  it('counts a reader who scrolls into the article before the dwell is over', () => {
    const page = fakePage({ top: 200 });
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.scrollTo(200 + page.viewport * READ_SCROLL_VIEWPORTS - 1);
    expect(onRead).not.toHaveBeenCalled();
    page.scrollTo(200 + page.viewport * READ_SCROLL_VIEWPORTS);
    expect(onRead).toHaveBeenCalledTimes(1);
    expect(page.timers()).toBe(0);
  });

  it('does not count a scroll made while the page is hidden', () => {
    const page = fakePage({ visible: false });
    const onRead = vi.fn();
    watchReading(page.env, onRead);
    page.scrollTo(page.viewport * 3);
    expect(onRead).not.toHaveBeenCalled();
  });

  it('stops watching when told to', () => {
    const page = fakePage();
    const onRead = vi.fn();
    const stop = watchReading(page.env, onRead);
    stop();
    page.advance(READ_DWELL_MS * 2);
    page.scrollTo(page.viewport * 3);
    expect(onRead).not.toHaveBeenCalled();
    expect(page.listeners()).toBe(0);
    expect(page.timers()).toBe(0);
  });
});

describe('browserReadingEnvironment', () => {
  it("reads the window's visibility, scrolling, listeners and clock", () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let state: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      const env = browserReadingEnvironment(window);
      expect(env.visible()).toBe(true);
      state = 'hidden';
      expect(env.visible()).toBe(false);
      expect(env.scroll()).toEqual({ top: window.scrollY, viewport: window.innerHeight });
      const heard: string[] = [];
      const stopVisibility = env.onVisibilityChange(() => heard.push('visibility'));
      const stopScroll = env.onScroll(() => heard.push('scroll'));
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('scroll'));
      stopVisibility();
      stopScroll();
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('scroll'));
      expect(heard).toEqual(['visibility', 'scroll']);
      const start = env.now();
      const fired: string[] = [];
      env.setTimeout(() => fired.push('kept'), 100);
      env.clearTimeout(env.setTimeout(() => fired.push('cleared'), 50));
      vi.advanceTimersByTime(100);
      expect(fired).toEqual(['kept']);
      expect(env.now() - start).toBe(100);
    } finally {
      delete (document as unknown as { visibilityState?: unknown }).visibilityState;
      vi.useRealTimers();
    }
  });
});
