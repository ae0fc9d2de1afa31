import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOrBuildTables } from '../../../lib/matching/table-builder';
import { ACTIVE_HIGHLIGHT, FLASH_MS, MENTION_HIGHLIGHT, mentionHighlightName } from '../../../lib/page/highlights';
import { MentionEngine, type MentionEngineOptions } from '../../../lib/page/mention-engine';
import type { PageMention } from '../../../lib/page/page-mentions';
import { PageScan } from '../../../lib/page/page-scanner';
import { type MakePaintWindow, PaintWindow } from '../../../lib/page/paint-window';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';
import { fakeHighlightApi } from '../../helpers/fake-highlights';
import { fakeView } from '../../helpers/fake-view-observer';

const engines: MentionEngine[] = [];

async function settle(): Promise<void> {
  // MutationObserver callbacks are microtasks; the batch is flushed in idle time (a timer here).
  await new Promise((resolve) => setTimeout(resolve, 80));
}

/**
 * An engine over the test aliases, painting nothing, that handles a batch of page changes soon
 * after it; `options` holds what a test changes. Not started: for tests that act before `start`.
 */
function newEngine(options: Partial<MentionEngineOptions> = {}): MentionEngine {
  const e = new MentionEngine({
    tables: readOrBuildTables,
    catalog: { aliases: TEST_ALIASES },
    highlightApi: null,
    idleTimeoutMs: 20,
    ...options,
  });
  engines.push(e);
  return e;
}

/** `newEngine`, started. */
function startEngine(options: Partial<MentionEngineOptions> = {}): MentionEngine {
  const e = newEngine(options);
  e.start();
  return e;
}

/**
 * A started engine over a paint-all limit of 2 whose paint window loads only when the test calls
 * `loadWindow` (`held.loads` counts the engine's requests for it).
 */
function startHeldEngine() {
  const { api, registry } = fakeHighlightApi();
  const view = fakeView();
  const held = { loads: 0, resolve: (_make: MakePaintWindow) => {} };
  const e = startEngine({
    highlightApi: api,
    loadPaintWindow: () => {
      held.loads++;
      return new Promise<MakePaintWindow>((resolve) => {
        held.resolve = resolve;
      });
    },
    paintAllUpTo: 2,
  });
  const loadWindow = () => held.resolve((onMove) => new PaintWindow(view.make, onMove));
  return { e, registry, view, held, loadWindow };
}

const texts = (e: MentionEngine) => e.mentions().map((m) => m.text);

/** A custom element that never upgrades: it has no shadow root, and each look for one is counted. */
function shadowRootReads(element: Element): () => number {
  let reads = 0;
  Object.defineProperty(element, 'shadowRoot', {
    get: () => {
      reads++;
      return null;
    },
  });
  return () => reads;
}

const originalRoot = document.documentElement;

afterEach(() => {
  for (const e of engines.splice(0)) e.destroy();
  if (document.documentElement !== originalRoot) {
    document.documentElement.remove();
    document.append(originalRoot);
  }
  document.body.innerHTML = '';
});

describe('MentionEngine on a changing page', () => {
  it('finds mentions in text the page replaces', async () => {
    document.body.innerHTML = '<p id="ticker">Nothing yet.</p><p>Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
    (document.getElementById('ticker') as HTMLElement).innerHTML = 'Vladimir <b>Medinsky</b> arrived';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Vladimir Medinsky', 'Putin']);
  });

  it('follows text that a class or style change shows or hides', async () => {
    document.body.innerHTML =
      '<style>.collapsed p { display: none; }</style>' +
      '<p>Putin</p><section id="more" class="collapsed"><p>Vladimir Medinsky</p></section><p id="z">Zelensky</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky']);
    // "Read more": the page's script removes a class and the hidden paragraph shows.
    (document.getElementById('more') as HTMLElement).classList.remove('collapsed');
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky', 'Zelensky']);
    (document.getElementById('z') as HTMLElement).style.display = 'none';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky']);
  });

  it('rescans the whole paragraph when the inline element a mention starts in is hidden', async () => {
    document.body.innerHTML = '<p><span id="s">Zelensky</span> met Vladimir Medinsky.</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Zelensky', 'Vladimir Medinsky']);
    (document.getElementById('s') as HTMLElement).style.display = 'none';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Vladimir Medinsky']);
  });

  it('leaves the list alone, telling no listener, after a restyle that shows or hides no mention', async () => {
    document.body.innerHTML =
      '<style>.faded { color: grey; }</style><section id="s"><p>Putin</p><p>Vladimir Medinsky</p></section><p>Zelensky</p>';
    const e = startEngine();
    await e.whenIdle();
    const before = e.mentions();
    const heard = vi.fn();
    e.subscribe(heard);
    (document.getElementById('s') as HTMLElement).className = 'faded';
    document.body.className = 'night';
    await settle();
    await e.whenIdle();
    expect(heard).not.toHaveBeenCalled();
    // The very same mentions: nothing was scanned again.
    expect(e.mentions()).toBe(before);
  });

  it('tells listeners when a mention moved within its paragraph, the count and entity the same', async () => {
    document.body.innerHTML = '<p id="p">Putin spoke.</p>';
    const e = startEngine();
    await e.whenIdle();
    const heard = vi.fn();
    e.subscribe(heard);
    (document.getElementById('p') as HTMLElement).textContent = 'Then Putin spoke.';
    await settle();
    await e.whenIdle();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(e.mentions()[0]?.range.toString()).toBe('Putin');
    expect(e.mentions()[0]?.range.startOffset).toBe(5);
  });

  it('still shows a class-hidden mention later, after a rescan elsewhere on the page', async () => {
    document.body.innerHTML =
      '<style>.collapsed p { display: none; }</style>' +
      '<section id="more" class="collapsed"><p>Vladimir Medinsky</p></section><p id="other">Nothing.</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual([]);
    (document.getElementById('other') as HTMLElement).textContent = 'Putin';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
    (document.getElementById('more') as HTMLElement).classList.remove('collapsed');
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Vladimir Medinsky', 'Putin']);
  });

  it('checks every known mention after a restyle, on a page too long for one slice', async () => {
    const paragraphs = Array.from({ length: 150 }, (_, i) => `<p>${i} Putin</p>`).join('');
    document.body.innerHTML = `<section id="s">${paragraphs}<p id="last">Zelensky</p></section>`;
    const e = startEngine({ sliceMs: 0 });
    await e.whenIdle();
    expect(texts(e)).toHaveLength(151);
    // The last mention's paragraph is hidden by a style change on the section.
    const style = document.createElement('style');
    style.textContent = '.cut #last { display: none; }';
    document.head.append(style);
    (document.getElementById('s') as HTMLElement).className = 'cut';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toHaveLength(150);
    expect(texts(e)).not.toContain('Zelensky');
    style.remove();
  });

  it('reads style after a class change only once the page has rendered a frame', async () => {
    document.body.innerHTML =
      '<style>.collapsed p { display: none; }</style><section id="more" class="collapsed"><p>Putin</p></section>';
    const e = startEngine();
    await e.whenIdle();
    const frames: (() => void)[] = [];
    const realFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(() => callback(performance.now()));
    // Before the frame, a style read would force the browser to recalculate style in our task.
    const styleReads = vi.spyOn(window, 'getComputedStyle');
    const visibilityReads =
      typeof Element.prototype.checkVisibility === 'function' ? vi.spyOn(Element.prototype, 'checkVisibility') : null;
    try {
      (document.getElementById('more') as HTMLElement).classList.remove('collapsed');
      // Waited for, not timed: on a loaded machine the batch may come later than usual.
      await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
      expect(styleReads).not.toHaveBeenCalled();
      if (visibilityReads) expect(visibilityReads).not.toHaveBeenCalled();
      expect(texts(e)).toEqual([]);
      window.requestAnimationFrame = realFrame;
      for (const frame of frames.splice(0)) frame();
      await e.whenIdle();
      expect(texts(e)).toEqual(['Putin']);
    } finally {
      window.requestAnimationFrame = realFrame;
      vi.restoreAllMocks();
    }
  });

  it('checks a first scan read in one slice at once, without asking for a frame', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p>';
    const frames: FrameRequestCallback[] = [];
    const realFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      const e = startEngine();
      await e.whenIdle();
      expect(texts(e)).toEqual(['Putin', 'Zelensky']);
      expect(frames).toHaveLength(0);
    } finally {
      window.requestAnimationFrame = realFrame;
    }
  });

  it('lets the page render before checking a first scan whose read took several slices', async () => {
    document.body.innerHTML = '<p>Putin</p><div>and</div><p>Zelensky</p>';
    const frames: FrameRequestCallback[] = [];
    const realFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      // Slices of no length: the read stops after each text run, so it takes several tasks.
      const e = startEngine({ sliceMs: 0 });
      await e.whenIdle();
      expect(frames.length).toBeGreaterThan(0);
      expect(texts(e)).toEqual(['Putin', 'Zelensky']);
    } finally {
      window.requestAnimationFrame = realFrame;
    }
  });

  it('drops mentions whose text was removed and keeps document order', async () => {
    document.body.innerHTML = '<p id="a">Zelensky</p><p id="b">Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    document.getElementById('a')?.remove();
    const p = document.createElement('p');
    p.textContent = 'Trump';
    document.body.prepend(p);
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Trump', 'Putin']);
  });

  it('says it is reading while a whole-page scan is under way, not while it rescans a change', async () => {
    document.body.innerHTML = '<p id="p">Nothing here.</p>';
    const e = newEngine();
    expect(e.reading).toBe(false);
    e.start();
    expect(e.reading).toBe(true);
    await e.whenIdle();
    expect(e.reading).toBe(false);
    (document.getElementById('p') as HTMLElement).textContent = 'Putin arrived.';
    await settle();
    expect(e.reading).toBe(false);
    e.setEnabled(false);
    expect(e.reading).toBe(false);
    e.setEnabled(true);
    expect(e.reading).toBe(true);
    await e.whenIdle();
    expect(e.reading).toBe(false);
    expect(texts(e)).toEqual(['Putin']);
  });

  it('keeps saying it is reading when switched off and on, or given a new catalog, during its first scan', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const microtasks = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    const e = startEngine();
    e.setEnabled(false);
    e.setEnabled(true);
    // The first scan, dropped, ends after the second began: that is no end of the reading.
    await microtasks();
    expect(e.reading).toBe(true);
    e.setCatalog({ aliases: TEST_ALIASES });
    await microtasks();
    expect(e.reading).toBe(true);
    await e.whenIdle();
    expect(e.reading).toBe(false);
    expect(texts(e)).toEqual(['Putin']);
  });

  it('reads a page with no <body> from its <html>', async () => {
    const body = document.body;
    body.remove();
    const div = document.createElement('div');
    div.textContent = 'Putin';
    document.documentElement.append(div);
    try {
      const e = startEngine();
      await e.whenIdle();
      expect(texts(e)).toEqual(['Putin']);
    } finally {
      div.remove();
      document.documentElement.append(body);
    }
  });

  it('stops saying it is reading when a whole-page scan fails on a hostile page', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    vi.spyOn(PageScan.prototype, 'read').mockImplementation(() => {
      throw new Error('hostile page');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const e = startEngine();
    expect(e.reading).toBe(true);
    await e.whenIdle();
    expect(e.reading).toBe(false);
  });

  it('leaves the highlight registry untouched until the page mentions a name', async () => {
    document.body.innerHTML = '<p id="p">Nothing about the talks here.</p>';
    const { api, registry } = fakeHighlightApi();
    const create = vi.spyOn(api, 'create');
    const e = startEngine({ highlightApi: api });
    await e.whenIdle();
    expect(registry.size).toBe(0);
    expect(create).not.toHaveBeenCalled();
    (document.getElementById('p') as HTMLElement).textContent = 'Putin arrived.';
    await settle();
    await e.whenIdle();
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])].map(String)).toEqual(['Putin']);
    // Once registered, the highlight stays (emptied) while the page changes.
    (document.getElementById('p') as HTMLElement).textContent = 'Nothing again.';
    await settle();
    await e.whenIdle();
    expect(registry.get(MENTION_HIGHLIGHT)?.size).toBe(0);
    e.destroy();
    expect(registry.size).toBe(0);
  });

  it('paints only the mentions near the view on a page with more than it paints whole, and follows scrolling', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const { api, registry } = fakeHighlightApi();
    const view = fakeView();
    const e = startEngine({
      highlightApi: api,
      loadPaintWindow: async () => (onMove) => new PaintWindow(view.make, onMove),
      paintAllUpTo: 2,
    });
    await e.whenIdle();
    const painted = () => [...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])].map(String).sort();
    const p = (id: string) => document.getElementById(id) as HTMLElement;
    // Every mention is listed; once the window is loaded, none is painted before the view is known.
    expect(e.mentions()).toHaveLength(3);
    expect(painted()).toEqual([]);
    view.move([
      [p('a'), true],
      [p('b'), true],
      [p('c'), false],
    ]);
    await e.whenIdle();
    expect(painted()).toEqual(['Putin', 'Zelensky']);
    // The reader scrolls down.
    view.move([
      [p('a'), false],
      [p('c'), true],
    ]);
    await e.whenIdle();
    expect(painted()).toEqual(['Vladimir Medinsky', 'Zelensky']);
    // Text rewritten near the view is painted again once rescanned.
    p('b').textContent = 'Zelensky and Putin';
    await settle();
    await e.whenIdle();
    expect(painted()).toEqual(['Putin', 'Vladimir Medinsky', 'Zelensky']);
    // Back under the limit: every mention painted, nothing watched any more.
    p('c').remove();
    p('b').textContent = 'Zelensky';
    await settle();
    await e.whenIdle();
    expect(painted()).toEqual(['Putin', 'Zelensky']);
    expect(view.watched.size).toBe(0);
  });

  it('does not paint a page over the limit whole while what paints near the view only loads', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p>Zelensky</p><p>Vladimir Medinsky</p>';
    const { e, registry, view, loadWindow } = startHeldEngine();
    const listed = new Promise((resolve) => e.subscribe(resolve));
    await listed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(e.mentions()).toHaveLength(3);
    expect(registry.get(MENTION_HIGHLIGHT)?.size ?? 0).toBe(0);
    loadWindow();
    await e.whenIdle();
    view.move([[document.getElementById('a') as HTMLElement, true]]);
    await e.whenIdle();
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])].map(String)).toEqual(['Putin']);
  });

  it('never loads what paints near the view on a page within the limit', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p>';
    const { e, held } = startHeldEngine();
    await e.whenIdle();
    expect(e.mentions()).toHaveLength(2);
    expect(held.loads).toBe(0);
  });

  it('loads what paints near the view once, and is idle only once it has loaded', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p>Zelensky</p><p>Vladimir Medinsky</p>';
    const { e, held, loadWindow } = startHeldEngine();
    let idle = false;
    void e.whenIdle().then(() => (idle = true));
    // The page is read and listed; what paints it is still loading.
    await vi.waitFor(() => expect(e.reading).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(idle).toBe(false);
    // A rescan over the limit again while it loads asks for no second load.
    document.body.insertAdjacentHTML('beforeend', '<p>Trump</p>');
    await vi.waitFor(() => expect(e.mentions()).toHaveLength(4));
    expect(held.loads).toBe(1);
    loadWindow();
    await vi.waitFor(() => expect(idle).toBe(true));
    expect(held.loads).toBe(1);
  });

  it('paints nothing when what paints near the view loads after switching off', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p><p>Vladimir Medinsky</p>';
    const { e, registry, view, loadWindow } = startHeldEngine();
    await new Promise((resolve) => e.subscribe(resolve));
    e.setEnabled(false);
    loadWindow();
    await e.whenIdle();
    expect(registry.size).toBe(0);
    expect(view.watched.size).toBe(0);
    expect(e.mentions()).toEqual([]);
  });

  it('settles when what paints near the view loads after the engine was destroyed', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p><p>Vladimir Medinsky</p>';
    const { e, registry, loadWindow } = startHeldEngine();
    await new Promise((resolve) => e.subscribe(resolve));
    let idle = false;
    void e.whenIdle().then(() => (idle = true));
    e.destroy();
    loadWindow();
    await vi.waitFor(() => expect(idle).toBe(true));
    expect(registry.size).toBe(0);
  });

  it('paints every mention, watching nothing, when the page falls under the limit while what paints near the view loads', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const { e, registry, view, loadWindow } = startHeldEngine();
    await new Promise((resolve) => e.subscribe(resolve));
    document.getElementById('c')?.remove();
    await vi.waitFor(() => expect(e.mentions()).toHaveLength(2));
    loadWindow();
    await e.whenIdle();
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])].map(String)).toEqual(['Putin', 'Zelensky']);
    expect(view.watched.size).toBe(0);
  });

  it('paints every mention when what paints near the view only cannot be loaded', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p><p>Vladimir Medinsky</p>';
    const { api, registry } = fakeHighlightApi();
    const e = startEngine({
      highlightApi: api,
      // An orphaned script: the module's address no longer answers.
      loadPaintWindow: () => Promise.reject(new Error('gone')),
      paintAllUpTo: 2,
    });
    await e.whenIdle();
    expect(registry.get(MENTION_HIGHLIGHT)?.size).toBe(3);
  });

  it('publishes changes to subscribers with indexes in document order', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = startEngine();
    const published: string[][] = [];
    e.subscribe((mentions) => published.push(mentions.map((m) => `${m.index}:${m.text}`)));
    await e.whenIdle();
    document.body.insertAdjacentHTML('afterbegin', '<p>Zelensky</p>');
    await settle();
    await e.whenIdle();
    expect(published.at(-1)).toEqual(['0:Zelensky', '1:Putin']);
  });

  it('keeps page order when a page rewrites text in place, and when it moves a paragraph', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const e = startEngine();
    await e.whenIdle();
    const b = document.getElementById('b') as HTMLElement;
    (b.firstChild as Text).data = 'Zelensky again';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky', 'Vladimir Medinsky']);
    // The same text node, now last: its run's old place in the order is wrong.
    document.body.append(b);
    (b.firstChild as Text).data = 'Zelensky at the end';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky', 'Zelensky']);
    expect(e.mentions().map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('keeps page order when a page moves a paragraph up, rewriting its text', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const e = startEngine();
    await e.whenIdle();
    const c = document.getElementById('c') as HTMLElement;
    // The same text node, now first: its run's old place, after its neighbours, is wrong.
    document.body.prepend(c);
    (c.firstChild as Text).data = 'Vladimir Medinsky first';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Vladimir Medinsky', 'Putin', 'Zelensky']);
    expect(e.mentions().map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('keeps page order when a page moves a paragraph down one place, and when it swaps two it rewrites', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const e = startEngine();
    await e.whenIdle();
    const p = (id: string) => document.getElementById(id) as HTMLElement;
    // Only the paragraph after it tells that the moved one is out of place.
    p('b').after(p('a'));
    (p('a').firstChild as Text).data = 'Putin again';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Zelensky', 'Putin', 'Vladimir Medinsky']);
    // Two paragraphs swapped, both rewritten in place.
    p('c').after(p('b'));
    (p('b').firstChild as Text).data = 'Zelensky later';
    (p('c').firstChild as Text).data = 'Vladimir Medinsky earlier';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky', 'Zelensky']);
  });

  it('unlocks a gated alias when its context appears later on the page', async () => {
    document.body.innerHTML = '<p>Bruce said no.</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p>Tammy Bruce spoke.</p>');
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Bruce', 'Tammy Bruce']);
  });

  it('switching off empties the mention list and stops watching', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    e.setEnabled(false);
    expect(e.mentions()).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<p>Zelensky</p>');
    await settle();
    expect(e.mentions()).toEqual([]);
    e.setEnabled(true);
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky']);
  });

  it('reads the new document when the page puts a new <html> in place, and says so first', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    const heard: string[][] = [];
    e.onDocumentReplaced(() => heard.push(texts(e)));
    const html = document.createElement('html');
    html.innerHTML = '<head></head><body><p>Vladimir Medinsky met Zelensky.</p></body>';
    // What document.replaceChild(html, document.documentElement) does (happy-dom refuses that call).
    document.documentElement.remove();
    document.append(html);
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Vladimir Medinsky', 'Zelensky']);
    // Told before the rescan, while the old mentions were still published.
    expect(heard).toEqual([['Putin']]);
  });

  it('reads the document the page writes with document.open()', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    let replaced = 0;
    e.onDocumentReplaced(() => replaced++);
    document.open();
    document.write('<html><head></head><body><p>Zelensky spoke.</p></body></html>');
    document.close();
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Zelensky']);
    expect(replaced).toBeGreaterThan(0);
  });

  it('rescans with a new catalog', async () => {
    document.body.innerHTML = '<p>Putin and Zelensky</p>';
    const e = startEngine();
    await e.whenIdle();
    e.setCatalog({ aliases: TEST_ALIASES.filter((a) => a.entityId !== 'vladimir-putin') });
    await e.whenIdle();
    expect(texts(e)).toEqual(['Zelensky']);
  });

  it('holds its first scan until what it waits for settles, reading meanwhile, and scans once', async () => {
    document.body.innerHTML = '<p>Putin and Zelensky</p>';
    const e = newEngine();
    const scans = vi.spyOn(PageScan.prototype, 'read');
    let release: () => void = () => {};
    e.start(new Promise<void>((resolve) => (release = resolve)));
    let idle = false;
    void e.whenIdle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(e.reading).toBe(true);
    expect(idle).toBe(false);
    expect(texts(e)).toEqual([]);
    // The story read from the article arrives first: its catalog is the one scanned.
    e.setCatalog({ aliases: TEST_ALIASES.filter((a) => a.entityId !== 'vladimir-putin') });
    release();
    await vi.waitFor(() => expect(idle).toBe(true));
    expect(texts(e)).toEqual(['Zelensky']);
    expect(e.reading).toBe(false);
    expect(new Set(scans.mock.instances).size).toBe(1);
    scans.mockRestore();
  });

  it('starts a page scan in an idle period, not in the task that started it', async () => {
    const view = window as unknown as { requestIdleCallback?: unknown };
    const idle: (() => void)[] = [];
    view.requestIdleCallback = (callback: () => void) => idle.push(callback);
    try {
      document.body.innerHTML = '<p>Putin and Zelensky</p>';
      const e = startEngine();
      // Waited for, not timed: the scan first waits out the matcher's build, longer on a loaded machine.
      await vi.waitFor(() => expect(idle.length).toBeGreaterThan(0));
      expect(texts(e)).toEqual([]);
      for (const callback of idle.splice(0)) callback();
      await e.whenIdle();
      expect(texts(e)).toEqual(['Putin', 'Zelensky']);
    } finally {
      delete view.requestIdleCallback;
    }
  });
});

describe('MentionEngine and shadow roots', () => {
  it('lists mentions in shadow roots in reading order, where their hosts stand', async () => {
    document.body.innerHTML = '<p>Putin</p><x-card id="a"></x-card><p>Zelensky</p>';
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Vladimir Medinsky</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky', 'Zelensky']);
    expect(e.mentions().map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('follows a restyle on a page with a mention in text straight under a shadow root', async () => {
    document.body.innerHTML = '<x-card id="a"></x-card><p id="z">Zelensky</p>';
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.append('Putin');
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky']);
    (document.getElementById('z') as HTMLElement).style.display = 'none';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
  });

  it('finds what a custom element upgraded since the last scan holds at the next change of the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Message ticks and microtasks, without moving the fake clock to the next bare-host check.
    const ticks = async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    try {
      document.body.innerHTML = '<p id="p">Putin</p><news-quote id="q"></news-quote>';
      const e = startEngine();
      await ticks();
      await vi.advanceTimersByTimeAsync(10);
      await ticks();
      expect(texts(e)).toEqual(['Putin']);
      const root = (document.getElementById('q') as Element).attachShadow({ mode: 'open' });
      root.innerHTML = '<p>Vladimir Medinsky</p>';
      (document.getElementById('p') as HTMLElement).append(' spoke.');
      await ticks();
      await vi.advanceTimersByTimeAsync(50);
      await ticks();
      expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows text that changes inside a shadow root after the first scan', async () => {
    document.body.innerHTML = '<x-card id="a"></x-card>';
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="p">Nothing yet</p>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual([]);
    (root.getElementById('p') as Element).textContent = 'Zelensky spoke';
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Zelensky']);
  });

  it('reads a shadow root a custom element attaches after load, with no other change to the page', async () => {
    document.body.innerHTML = '<p>Putin</p><news-quote id="q"></news-quote>';
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
    // The definition arrives: the upgrade attaches a root, which no observer on the document sees.
    const root = (document.getElementById('q') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Vladimir Medinsky</p>';
    await vi.waitFor(() => expect(texts(e)).toEqual(['Putin', 'Vladimir Medinsky']), { timeout: 3000, interval: 50 });
  });

  it('waits before its first scan for three times as long as building its matcher took, at most a fifth of a second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // The scheduler's ticks are messages, not timers: let them run without moving the fake clock.
    const ticks = async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    try {
      document.body.innerHTML = '<p>Putin</p>';
      // Well into the page's life: the build's length is not the clock's reading.
      vi.advanceTimersByTime(5000);
      const building =
        (ms: number): MentionEngineOptions['tables'] =>
        (aliases, prebuilt) => {
          vi.advanceTimersByTime(ms);
          return readOrBuildTables(aliases, prebuilt);
        };
      const e = startEngine({ tables: building(10) });
      await ticks();
      await vi.advanceTimersByTimeAsync(29);
      await ticks();
      expect(texts(e)).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await ticks();
      expect(texts(e)).toEqual(['Putin']);
      // A long build waits no more than the cap.
      const slow = startEngine({ tables: building(1000) });
      await ticks();
      await vi.advanceTimersByTimeAsync(199);
      await ticks();
      expect(texts(slow)).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await ticks();
      expect(texts(slow)).toEqual(['Putin']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks a custom element without a shadow root again within a quarter second, then one, three and ten seconds on, then no more', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p>Putin</p><news-quote id="q"></news-quote>';
      // Never upgraded: every check finds it bare and asks again at the next step.
      const asks = shadowRootReads(document.getElementById('q') as Element);
      const e = startEngine();
      // vi.waitFor moves the fake clock on as it polls: the first check is found by stepping.
      await vi.waitFor(() => expect(texts(e)).toEqual(['Putin']));
      const first = asks();
      let waited = 0;
      while (asks() === first && waited < 300) {
        await vi.advanceTimersByTimeAsync(1);
        waited++;
      }
      expect(waited).toBeLessThanOrEqual(250);
      expect(asks()).toBe(first + 1);
      const askedAfter = (ms: number) => vi.advanceTimersByTimeAsync(ms).then(asks);
      expect(await askedAfter(999)).toBe(first + 1);
      expect(await askedAfter(1)).toBe(first + 2);
      expect(await askedAfter(2999)).toBe(first + 2);
      expect(await askedAfter(1)).toBe(first + 3);
      expect(await askedAfter(9999)).toBe(first + 3);
      expect(await askedAfter(1)).toBe(first + 4);
      expect(await askedAfter(60_000)).toBe(first + 4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads shadow roots unless told otherwise', async () => {
    document.body.innerHTML = '<p>Putin</p><x-card id="a"></x-card>';
    (document.getElementById('a') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>Zelensky</p>';
    // No `shadowRoots` given: the default.
    const e = startEngine();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky']);
  });

  it('reads no shadow root when told not to', async () => {
    document.body.innerHTML = '<p>Putin</p><x-card id="a"></x-card>';
    (document.getElementById('a') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>Zelensky</p>';
    const e = startEngine({ shadowRoots: false });
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
  });
});

describe('MentionEngine answering the pointer and the card', () => {
  // happy-dom has neither caret call: each test gives the page the one it needs.
  interface CaretDocument {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => unknown;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  }
  const caretDoc = document as unknown as CaretDocument;

  afterEach(() => {
    delete caretDoc.caretPositionFromPoint;
    delete caretDoc.caretRangeFromPoint;
    vi.restoreAllMocks();
  });

  /** Every range on screen as one box: left 100 to right 200, top 10 to bottom 30. */
  function rangesAt(): void {
    const box = { left: 100, right: 200, top: 10, bottom: 30, x: 100, y: 10, width: 100, height: 20 };
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
  }

  it('finds the mention under the pointer by the caret there and the mention’s boxes, a pixel of slack around them', async () => {
    document.body.innerHTML = '<p>Putin met Zelensky</p>';
    const e = startEngine();
    await e.whenIdle();
    const text = document.body.querySelector('p')?.firstChild as Text;
    const asked: unknown[][] = [];
    caretDoc.caretPositionFromPoint = (...args) => {
      asked.push(args);
      return { offsetNode: text, offset: 1 };
    };
    rangesAt();
    expect(e.mentionAt(150, 20)?.text).toBe('Putin');
    expect(asked).toEqual([[150, 20]]);
    // A pixel outside the box on each side still counts; two do not.
    expect(e.mentionAt(99, 20)?.text).toBe('Putin');
    expect(e.mentionAt(201, 20)?.text).toBe('Putin');
    expect(e.mentionAt(150, 9)?.text).toBe('Putin');
    expect(e.mentionAt(150, 31)?.text).toBe('Putin');
    expect(e.mentionAt(98, 20)).toBeUndefined();
    expect(e.mentionAt(202, 20)).toBeUndefined();
    expect(e.mentionAt(150, 8)).toBeUndefined();
    expect(e.mentionAt(150, 32)).toBeUndefined();
  });

  it('finds no mention where the caret is in an element, in text without mentions, or nowhere', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Nobody here</p>';
    const e = startEngine();
    await e.whenIdle();
    const [named, plain] = [...document.body.querySelectorAll('p')];
    rangesAt();
    let position: unknown = { offsetNode: named, offset: 0 };
    const asked: unknown[][] = [];
    caretDoc.caretPositionFromPoint = (...args) => {
      asked.push(args);
      return position;
    };
    expect(e.mentionAt(150, 20)).toBeUndefined();
    position = { offsetNode: plain?.firstChild, offset: 0 };
    expect(e.mentionAt(150, 20)).toBeUndefined();
    position = null;
    expect(e.mentionAt(150, 20)).toBeUndefined();
    position = { offsetNode: named?.firstChild, offset: 0 };
    expect(e.mentionAt(150, 20)?.text).toBe('Putin');
    // No shadow root holds a mention: the caret is asked about the document alone.
    expect(asked.every((args) => args.length === 2)).toBe(true);
  });

  it('answers the pointer before its first scan without looking into shadow roots', () => {
    const e = newEngine();
    const asked: unknown[][] = [];
    caretDoc.caretPositionFromPoint = (...args) => {
      asked.push(args);
      return null;
    };
    expect(e.mentionAt(5, 5)).toBeUndefined();
    expect(asked).toEqual([[5, 5]]);
  });

  it('asks the older caretRangeFromPoint where the standard call is missing, and nothing where both are', async () => {
    document.body.innerHTML = '<p>Zelensky</p>';
    const e = startEngine();
    await e.whenIdle();
    rangesAt();
    expect(e.mentionAt(150, 20)).toBeUndefined();
    const text = document.body.querySelector('p')?.firstChild as Text;
    let found: Range | null = null;
    caretDoc.caretRangeFromPoint = () => found;
    expect(e.mentionAt(150, 20)).toBeUndefined();
    found = document.createRange();
    found.setStart(text, 2);
    expect(e.mentionAt(150, 20)?.text).toBe('Zelensky');
  });

  it('asks the caret inside the shadow roots that hold mentions, and only when some do', async () => {
    document.body.innerHTML = '<p>Putin</p><x-card id="a"></x-card><x-card id="b"></x-card>';
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Zelensky</p>';
    (document.getElementById('b') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>nobody</p>';
    const e = startEngine();
    await e.whenIdle();
    const asked: unknown[][] = [];
    const text = root.querySelector('p')?.firstChild as Text;
    caretDoc.caretPositionFromPoint = (...args) => {
      asked.push(args);
      return { offsetNode: text, offset: 0 };
    };
    rangesAt();
    expect(e.mentionAt(150, 20)?.text).toBe('Zelensky');
    expect(asked).toEqual([[150, 20, { shadowRoots: [root] }]]);
    document.body.innerHTML = '<p>Putin</p>';
    await settle();
    await e.whenIdle();
    asked.length = 0;
    e.mentionAt(150, 20);
    expect(asked).toEqual([[150, 20]]);
  });

  it('puts back the highlights a page cleared when the pointer looks for a mention', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const { api, registry } = fakeHighlightApi();
    const e = startEngine({ highlightApi: api });
    await e.whenIdle();
    const highlight = registry.get(MENTION_HIGHLIGHT);
    registry.clear();
    e.mentionAt(0, 0);
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(highlight);
  });

  it('paints the active mention and a flash, and moves the marks to another style', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p>Putin and Zelensky</p>';
      const { api, registry } = fakeHighlightApi();
      const e = startEngine({ highlightApi: api });
      await vi.waitFor(() => expect(e.mentions()).toHaveLength(2));
      const [putin, zelensky] = e.mentions() as PageMention[];
      const active = () => [...(registry.get(ACTIVE_HIGHLIGHT)?.ranges ?? [])].map(String);
      e.setActive(putin);
      expect(active()).toEqual(['Putin']);
      e.flash(zelensky as PageMention);
      expect(active()).toEqual(['Zelensky']);
      vi.advanceTimersByTime(FLASH_MS);
      expect(active()).toEqual(['Putin']);
      e.setActive(undefined);
      expect(active()).toEqual([]);
      e.setHighlightStyle('tint');
      expect(registry.has(MENTION_HIGHLIGHT)).toBe(false);
      expect(registry.get(mentionHighlightName('tint'))?.size).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('MentionEngine listeners and life cycle', () => {
  it('stops telling a listener once it unsubscribed, and tells the others when one throws', async () => {
    document.body.innerHTML = '<p id="p">Putin</p>';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const e = newEngine();
    const heard: string[][] = [];
    const gone: string[][] = [];
    e.subscribe(() => {
      throw new Error('a broken listener');
    });
    e.subscribe((mentions) => heard.push(mentions.map((m) => m.text)));
    const unsubscribe = e.subscribe((mentions) => gone.push(mentions.map((m) => m.text)));
    e.start();
    await e.whenIdle();
    expect(heard).toEqual([['Putin']]);
    expect(warn).toHaveBeenCalled();
    unsubscribe();
    (document.getElementById('p') as HTMLElement).textContent = 'Zelensky';
    await settle();
    await e.whenIdle();
    expect(heard).toEqual([['Putin'], ['Zelensky']]);
    expect(gone).toEqual([['Putin']]);
    vi.restoreAllMocks();
  });

  it('tells listeners nothing when a page change leaves the mentions as they were', async () => {
    document.body.innerHTML = '<p id="p">Putin</p><p id="q">Zelensky</p>';
    const e = newEngine();
    let told = 0;
    e.subscribe(() => told++);
    e.start();
    await e.whenIdle();
    expect(told).toBe(1);
    // A paragraph without names: no news. Another name in place of one: news.
    document.body.insertAdjacentHTML('beforeend', '<p>Nobody new.</p>');
    await settle();
    await e.whenIdle();
    expect(told).toBe(1);
    (document.getElementById('q') as HTMLElement).textContent = 'Trump';
    await settle();
    await e.whenIdle();
    expect(told).toBe(2);
    expect(texts(e)).toEqual(['Putin', 'Trump']);
  });

  it('tells replaced-document listeners nothing when the page only changes its text', async () => {
    document.body.innerHTML = '<p id="p">Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    let told = 0;
    e.onDocumentReplaced(() => told++);
    (document.getElementById('p') as HTMLElement).append(' and Zelensky');
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky']);
    expect(told).toBe(0);
  });

  it('tells no replaced-document listener that unsubscribed, and the others when one throws', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const e = newEngine();
    e.start();
    await e.whenIdle();
    let told = 0;
    let gone = 0;
    e.onDocumentReplaced(() => {
      throw new Error('a broken listener');
    });
    e.onDocumentReplaced(() => told++);
    e.onDocumentReplaced(() => gone++)();
    const html = document.createElement('html');
    html.innerHTML = '<head></head><body><p>Zelensky</p></body>';
    document.documentElement.remove();
    document.append(html);
    await settle();
    await e.whenIdle();
    expect(told).toBe(1);
    expect(gone).toBe(0);
    expect(warn).toHaveBeenCalled();
    expect(texts(e)).toEqual(['Zelensky']);
    vi.restoreAllMocks();
  });

  it('rescans the page on request only once started and switched on', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = newEngine({ enabled: false });
    const reads = vi.spyOn(PageScan.prototype, 'read');
    await e.rescan();
    e.start();
    await e.whenIdle();
    await e.rescan();
    expect(reads).not.toHaveBeenCalled();
    expect(texts(e)).toEqual([]);
    e.setEnabled(true);
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
    document.body.insertAdjacentHTML('beforeend', '<p>Zelensky</p>');
    // The rescan finds the new paragraph before the observer's batch comes.
    await e.rescan();
    expect(texts(e)).toEqual(['Putin', 'Zelensky']);
    vi.restoreAllMocks();
  });

  it('neither scans before it is started nor rescans a new catalog while switched off', async () => {
    document.body.innerHTML = '<p>Putin and Zelensky</p>';
    const e = newEngine();
    const reads = vi.spyOn(PageScan.prototype, 'read');
    e.setEnabled(false);
    e.setEnabled(true);
    e.setCatalog({ aliases: TEST_ALIASES });
    await e.whenIdle();
    expect(reads).not.toHaveBeenCalled();
    expect(e.isEnabled).toBe(true);
    e.start();
    await e.whenIdle();
    e.setEnabled(false);
    expect(e.isEnabled).toBe(false);
    reads.mockClear();
    e.setCatalog({ aliases: TEST_ALIASES.filter((a) => a.entityId !== 'vladimir-putin') });
    await e.whenIdle();
    expect(reads).not.toHaveBeenCalled();
    e.setEnabled(true);
    await e.whenIdle();
    expect(texts(e)).toEqual(['Zelensky']);
    // Switched on again while on: nothing to do.
    reads.mockClear();
    e.setEnabled(true);
    await e.whenIdle();
    expect(reads).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('does nothing more once destroyed: no scan, no switching on, no new catalog', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const { api, registry } = fakeHighlightApi();
    const e = newEngine({ highlightApi: api });
    e.start();
    await e.whenIdle();
    let told = 0;
    e.subscribe(() => told++);
    e.destroy();
    // Told once that the list is empty, then never again.
    expect(told).toBe(1);
    expect(registry.size).toBe(0);
    const reads = vi.spyOn(PageScan.prototype, 'read');
    e.start();
    e.setEnabled(false);
    e.setEnabled(true);
    e.setCatalog({ aliases: TEST_ALIASES });
    e.destroy();
    document.body.insertAdjacentHTML('beforeend', '<p>Zelensky</p>');
    await settle();
    await e.whenIdle();
    expect(reads).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
    expect(e.mentions()).toEqual([]);
    expect(told).toBe(1);
    vi.restoreAllMocks();
  });

  it('counts the tasks of its scans until they are reset', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = newEngine();
    e.start();
    await e.whenIdle();
    expect(e.taskStats().tasks).toBeGreaterThan(0);
    expect(e.taskStats(true).tasks).toBeGreaterThan(0);
    expect(e.taskStats().tasks).toBe(0);
  });

  it('starts once: a second start, held or not, scans nothing more', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = newEngine();
    const reads = vi.spyOn(PageScan.prototype, 'read');
    let release: () => void = () => {};
    e.start(new Promise<void>((resolve) => (release = resolve)));
    e.start();
    e.start(Promise.resolve());
    release();
    await vi.waitFor(() => expect(texts(e)).toEqual(['Putin']));
    await e.whenIdle();
    e.start();
    await e.whenIdle();
    expect(new Set(reads.mock.instances).size).toBe(1);
    vi.restoreAllMocks();
  });

  it('does not watch the page while its first scan is held, and does once it is let go', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = newEngine();
    const watches = vi.spyOn(MutationObserver.prototype, 'observe');
    let release: () => void = () => {};
    e.start(new Promise<void>((resolve) => (release = resolve)));
    expect(watches).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() => expect(texts(e)).toEqual(['Putin']));
    expect(watches).toHaveBeenCalledWith(document, expect.anything());
    vi.restoreAllMocks();
  });

  it('starts its held scan even when what it waited for failed', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = newEngine();
    const failed = Promise.reject(new Error('no article'));
    // Its maker handles the failure too: an engine that never waited for it leaves no unhandled
    // rejection, which would end the run as an error rather than as the failed test it is.
    failed.catch(() => {});
    e.start(failed);
    await vi.waitFor(() => expect(texts(e)).toEqual(['Putin']));
    expect(e.reading).toBe(false);
  });

  it('scans nothing when destroyed while its first scan was held', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const e = newEngine();
    const reads = vi.spyOn(PageScan.prototype, 'read');
    let release: () => void = () => {};
    e.start(new Promise<void>((resolve) => (release = resolve)));
    const idle = e.whenIdle();
    e.destroy();
    release();
    await idle;
    expect(reads).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('MentionEngine after a page change: settling and page order', () => {
  it('is idle after a restyle that shows or hides no mention, for a caller who asked while it was waiting', async () => {
    document.body.innerHTML = '<p id="p">Putin</p>';
    const e = startEngine();
    await e.whenIdle();
    (document.getElementById('p') as HTMLElement).className = 'faded';
    // The page's change recorded (a microtask), not yet handed over: the engine is not idle.
    await Promise.resolve();
    // Resolves once the restyle job has ended; an engine that forgot to say so would never answer.
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin']);
  });

  it('keeps page order when a page adds a paragraph above and, in the same change, text to one it keeps', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p>Zelensky</p><p>Trump</p>';
    const e = startEngine();
    await e.whenIdle();
    // The first paragraph keeps its text node (a run kept in place); the new one comes before it.
    (document.getElementById('a') as HTMLElement).append(' spoke.');
    document.body.insertAdjacentHTML('afterbegin', '<p>Vladimir Medinsky</p>');
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Vladimir Medinsky', 'Putin', 'Zelensky', 'Trump']);
  });

  it('keeps page order when a page swaps its last two paragraphs and adds text to both, keeping their text', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p><p id="c">Trump</p><p id="d">Vladimir Medinsky</p>';
    const e = startEngine();
    await e.whenIdle();
    const p = (id: string) => document.getElementById(id) as HTMLElement;
    // Both moved runs keep their first text node; no paragraph that stayed is next to the swap's
    // inner side, so only the moved runs themselves tell that they are out of place.
    p('c').before(p('d'));
    p('c').append(' spoke.');
    p('d').append(' answered.');
    await settle();
    await e.whenIdle();
    expect(texts(e)).toEqual(['Putin', 'Zelensky', 'Vladimir Medinsky', 'Trump']);
  });
});

describe('MentionEngine asking custom elements again for a shadow root', () => {
  it('restarts its checks when a later change meets another bare custom element, keeping one schedule', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p>Putin</p><news-quote id="q"></news-quote>';
      // Never upgraded: every check asks it once more.
      const asks = shadowRootReads(document.getElementById('q') as Element);
      const e = startEngine();
      await vi.waitFor(() => expect(texts(e)).toEqual(['Putin']));
      // The first check, a quarter second on; the next is planned a second after it.
      await vi.advanceTimersByTimeAsync(250);
      const beforeChange = asks();
      // Another bare custom element arrives: the checks start again from the first step.
      document.body.insertAdjacentHTML('beforeend', '<div><news-card></news-card> Zelensky</div>');
      await vi.waitFor(() => expect(texts(e)).toEqual(['Putin', 'Zelensky']));
      // Asked once when the change came (a good moment to look), then one chain of four checks
      // from the restart, and none more: not the first chain's last three besides.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(asks() - beforeChange).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps its schedule when a later change meets no bare custom element', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p id="p">Putin</p><news-quote id="q"></news-quote>';
      const asks = shadowRootReads(document.getElementById('q') as Element);
      const e = startEngine();
      await vi.waitFor(() => expect(texts(e)).toEqual(['Putin']));
      await vi.advanceTimersByTimeAsync(250);
      const beforeChange = asks();
      (document.getElementById('p') as HTMLElement).textContent = 'Zelensky';
      await vi.waitFor(() => expect(texts(e)).toEqual(['Zelensky']));
      // Asked once when the change came, then the three checks left of the first chain: no restart.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(asks() - beforeChange).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('MentionEngine warnings', () => {
  // A page's console is where a broken listener is found: the warning says what failed and carries
  // the error, so that the stack leads to the listener.
  it('warns which kind of listener failed, with its error, when a mention listener throws', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = new Error('a broken listener');
    const e = newEngine();
    e.subscribe(() => {
      throw error;
    });
    e.start();
    await e.whenIdle();
    expect(warn).toHaveBeenCalledWith('Backstory: a mention listener failed', error);
    vi.restoreAllMocks();
  });

  it('warns which kind of listener failed, with its error, when a replaced-document listener throws', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = new Error('a broken listener');
    const e = startEngine();
    await e.whenIdle();
    e.onDocumentReplaced(() => {
      throw error;
    });
    const html = document.createElement('html');
    html.innerHTML = '<head></head><body><p>Zelensky</p></body>';
    document.documentElement.remove();
    document.append(html);
    await settle();
    await e.whenIdle();
    expect(warn).toHaveBeenCalledWith('Backstory: a document-replaced listener failed', error);
    vi.restoreAllMocks();
  });
});
