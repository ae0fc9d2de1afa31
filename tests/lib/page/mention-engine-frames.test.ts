import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOrBuildTables } from '../../../lib/matching/table-builder';
import { MentionEngine } from '../../../lib/page/mention-engine';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

/**
 * A page change is read when the page is idle; whether a match in it is shown reads computed style,
 * which right after a change is likely dirty. The engine lets the page render a frame first when
 * the change left a match to check, and only then. Frames here are asked for and never given: the
 * scheduler's own fallback goes on without them, so what each test reads is the order of events
 * (a frame asked for before the mention was listed, or none asked for at all), never a time.
 */
describe('MentionEngine waiting for a rendered frame after a page change', () => {
  const realFrame = window.requestAnimationFrame;
  let frames = 0;
  let engine: MentionEngine | undefined;

  beforeEach(() => {
    frames = 0;
  });

  afterEach(() => {
    window.requestAnimationFrame = realFrame;
    engine?.destroy();
    engine = undefined;
    document.body.innerHTML = '';
  });

  /** A started engine over `html`, idle after its first scan, with frames counted from then on. */
  async function engineOver(html: string): Promise<MentionEngine> {
    document.body.innerHTML = html;
    const e = new MentionEngine({
      tables: readOrBuildTables,
      catalog: { aliases: TEST_ALIASES },
      highlightApi: null,
      idleTimeoutMs: 20,
    });
    engine = e;
    e.start();
    await e.whenIdle();
    window.requestAnimationFrame = () => ++frames;
    return e;
  }

  /** Resolves with how many frames had been asked for when the listeners heard of `text`. */
  function framesWhenListed(e: MentionEngine, text: string): Promise<number> {
    return new Promise((resolve) => {
      e.subscribe((mentions) => {
        if (mentions.some((m) => m.text === text)) resolve(frames);
      });
    });
  }

  const paragraph = (id: string) => document.getElementById(id) as HTMLElement;

  it('drops a mention whose text the page removed without waiting for a frame', async () => {
    const e = await engineOver('<p id="a">Putin</p><p>Zelensky</p>');
    let told = 0;
    e.subscribe(() => told++);
    paragraph('a').textContent = 'Nobody';
    // Waited for, not timed: the batch comes in idle time.
    await new Promise<void>((resolve) => {
      const stop = e.subscribe(() => {
        stop();
        resolve();
      });
    });
    await e.whenIdle();
    expect(e.mentions().map((m) => m.text)).toEqual(['Zelensky']);
    expect(told).toBe(1);
    expect(frames).toBe(0);
  });

  it('lists a mention in text the page added only after asking for a frame', async () => {
    const e = await engineOver('<p id="a">Nobody</p>');
    const heard = framesWhenListed(e, 'Putin');
    paragraph('a').textContent = 'Putin';
    expect(await heard).toBeGreaterThan(0);
  });

  it('asks for a frame when one of several paragraphs changed at once holds a new mention', async () => {
    const e = await engineOver('<p id="a">Zelensky</p><p id="b">Nobody</p>');
    const heard = framesWhenListed(e, 'Putin');
    // The first changed paragraph leaves nothing to check; the second holds a name.
    paragraph('a').textContent = 'Nobody';
    paragraph('b').textContent = 'Putin';
    expect(await heard).toBeGreaterThan(0);
    expect(e.mentions().map((m) => m.text)).toEqual(['Putin']);
  });
});
