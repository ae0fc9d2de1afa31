import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOrBuildTables } from '../../../lib/matching/table-builder';
import { type HighlightApi, MENTION_HIGHLIGHT } from '../../../lib/page/highlights';
import { MentionEngine, type MentionEngineOptions } from '../../../lib/page/mention-engine';
import { PaintWindow } from '../../../lib/page/paint-window';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';
import { fakeHighlightApi } from '../../helpers/fake-highlights';
import { type FakeView, fakeView } from '../../helpers/fake-view-observer';

/** A started engine painting into `api`, with `options` for what a test changes. */
function paintingEngine(api: HighlightApi, options: Partial<MentionEngineOptions> = {}): MentionEngine {
  const e = new MentionEngine({
    tables: readOrBuildTables,
    catalog: { aliases: TEST_ALIASES },
    highlightApi: api,
    idleTimeoutMs: 20,
    ...options,
  });
  e.start();
  return e;
}

/**
 * On a page with more mentions than it paints whole, the engine paints those near the view and
 * repaints when the view moves. A reader scrolling fast moves it many times a frame: the repaint
 * each move asks for is queued once and reads the window when it runs.
 */
describe('MentionEngine repainting a huge page as the view moves', () => {
  let engine: MentionEngine | undefined;

  afterEach(() => {
    engine?.destroy();
    engine = undefined;
    document.body.innerHTML = '';
  });

  /** An engine that paints whole no more than two mentions, the rest near the view only. */
  function hugePageEngine(api: HighlightApi, view: FakeView): MentionEngine {
    engine = paintingEngine(api, {
      loadPaintWindow: async () => (onMove) => new PaintWindow(view.make, onMove),
      paintAllUpTo: 2,
    });
    return engine;
  }

  it('paints once, where the view ended, for several moves that come before the repaint runs', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const { api, registry } = fakeHighlightApi();
    const view = fakeView();
    const e = hugePageEngine(api, view);
    await e.whenIdle();
    const p = (id: string) => document.getElementById(id) as HTMLElement;
    const highlight = registry.get(MENTION_HIGHLIGHT);
    if (!highlight) throw new Error('the mention highlight is not registered');
    const added = vi.spyOn(highlight, 'add');
    // Three moves in one task: the view passes over the first paragraph and ends on the last two.
    view.move([[p('a'), true]]);
    view.move([
      [p('a'), false],
      [p('b'), true],
    ]);
    view.move([[p('c'), true]]);
    await e.whenIdle();
    expect([...highlight.ranges].map(String).sort()).toEqual(['Vladimir Medinsky', 'Zelensky']);
    // One repaint: each range near the view added once.
    expect(added).toHaveBeenCalledTimes(2);
  });
  it('paints where the view ended when it moved while a repaint was under way', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const { api, registry } = fakeHighlightApi();
    const view = fakeView();
    const e = hugePageEngine(api, view);
    await e.whenIdle();
    const p = (id: string) => document.getElementById(id) as HTMLElement;
    const highlight = registry.get(MENTION_HIGHLIGHT);
    if (!highlight) throw new Error('the mention highlight is not registered');
    // The view moves again once the repaint has begun: a long repaint is cut into slices, and the
    // page scrolls between them.
    let movedAgain = false;
    const add = highlight.add.bind(highlight);
    highlight.add = (range) => {
      add(range);
      if (movedAgain) return;
      movedAgain = true;
      view.move([
        [p('a'), false],
        [p('c'), true],
      ]);
    };
    view.move([[p('a'), true]]);
    await e.whenIdle();
    expect(movedAgain).toBe(true);
    expect([...highlight.ranges].map(String)).toEqual(['Vladimir Medinsky']);
  });
});

describe('MentionEngine painting after a page change', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('paints nothing again when a page change leaves the mentions as they were', async () => {
    document.body.innerHTML = '<p>Putin</p><p>Zelensky</p>';
    const { api, registry } = fakeHighlightApi();
    const e = paintingEngine(api);
    try {
      await e.whenIdle();
      const highlight = registry.get(MENTION_HIGHLIGHT);
      if (!highlight) throw new Error('the mention highlight is not registered');
      const added = vi.spyOn(highlight, 'add');
      document.body.insertAdjacentHTML('beforeend', '<p>Nobody new.</p>');
      await new Promise((resolve) => setTimeout(resolve, 80));
      await e.whenIdle();
      expect(e.mentions()).toHaveLength(2);
      expect(added).not.toHaveBeenCalled();
      expect(highlight.size).toBe(2);
    } finally {
      e.destroy();
    }
  });
});
