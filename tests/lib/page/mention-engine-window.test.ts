import { afterEach, describe, expect, it, vi } from 'vitest';
import { readOrBuildTables } from '../../../lib/matching/table-builder';
import { MENTION_HIGHLIGHT } from '../../../lib/page/highlights';
import { MentionEngine } from '../../../lib/page/mention-engine';
import { PaintWindow } from '../../../lib/page/paint-window';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';
import { fakeHighlightApi } from '../../helpers/fake-highlights';
import { fakeView } from '../../helpers/fake-view-observer';

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

  it('paints once, where the view ended, for several moves that come before the repaint runs', async () => {
    document.body.innerHTML = '<p id="a">Putin</p><p id="b">Zelensky</p><p id="c">Vladimir Medinsky</p>';
    const { api, registry } = fakeHighlightApi();
    const view = fakeView();
    const e = new MentionEngine({
      tables: readOrBuildTables,
      catalog: { aliases: TEST_ALIASES },
      highlightApi: api,
      idleTimeoutMs: 20,
      loadPaintWindow: async () => (onMove) => new PaintWindow(view.make, onMove),
      paintAllUpTo: 2,
    });
    engine = e;
    e.start();
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
});
