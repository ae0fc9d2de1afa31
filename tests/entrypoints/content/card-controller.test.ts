import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCardController } from '../../../entrypoints/content/card-controller';
import type { PageMention } from '../../../lib/page/page-mentions';
import { buildCatalog } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';

const catalog = buildCatalog([cardTestStory]);

/** A page with three mentions and an engine whose hit-test is a lookup table (happy-dom has no layout). */
function setupPage() {
  document.body.innerHTML = `
    <p id="a">Vladimir Medinsky met <b>Zelensky</b>.</p>
    <p id="b">Read <a id="link" href="#linked">Medinsky</a> in full.</p>
    <button id="before">before</button>`;
  const rangeOver = (id: string, text: string): Range => {
    const element = document.getElementById(id) as HTMLElement;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range;
      }
    }
    throw new Error(`no ${text} in #${id}`);
  };
  const mentions: PageMention[] = [
    { index: 0, entityId: 'vladimir-medinsky', text: 'Vladimir Medinsky', range: rangeOver('a', 'Vladimir Medinsky') },
    { index: 1, entityId: 'volodymyr-zelensky', text: 'Zelensky', range: rangeOver('a', 'Zelensky') },
    { index: 2, entityId: 'vladimir-medinsky', text: 'Medinsky', range: rangeOver('link', 'Medinsky') },
  ];
  /** Viewport points: x = 10 * (index + 1), y = 10. */
  const engine = {
    mentions: () => mentions,
    subscribe: () => () => {},
    mentionAt: (x: number, _y: number) => mentions.find((m) => (m.index + 1) * 10 === x),
    setActive: vi.fn(),
    flash: vi.fn(),
  };
  const ctx = new ContentScriptContext('card-test');
  const openBriefing = vi.fn();
  const controller = startCardController({ ctx, engine, catalog: () => catalog, openBriefing });
  return { mentions, engine, ctx, controller, openBriefing };
}

const host = () => document.querySelector('backstory-card') as HTMLElement | null;
const cardName = () => host()?.shadowRoot?.querySelector('.bs-card__name')?.textContent ?? null;

function pointerTo(x: number, y = 10) {
  document.body.dispatchEvent(
    new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }),
  );
}

describe('card controller', () => {
  let page: ReturnType<typeof setupPage>;
  beforeEach(() => {
    page = setupPage();
  });
  afterEach(() => {
    page.ctx.abort();
    document.body.innerHTML = '';
  });

  it('opens the card after the pointer rests on a mention, in an open shadow root skipped by the scanner', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    expect(host()?.hasAttribute('data-backstory-ui')).toBe(true);
    expect(host()?.shadowRoot?.querySelector('[role="dialog"]')).not.toBeNull();
    expect(page.engine.setActive).toHaveBeenCalledWith(page.mentions[0]);
  });

  it('closes the card on Esc and tells the engine no mention is active', async () => {
    pointerTo(20);
    await vi.waitFor(() => expect(cardName()).toBe('Volodymyr Zelensky'), { timeout: 2000 });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardName()).toBeNull();
    expect(page.engine.setActive).toHaveBeenLastCalledWith(undefined);
  });

  it('opens on click, but not on a click on a mention inside a link', async () => {
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 30, clientY: 10, bubbles: true, button: 0 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(cardName()).toBeNull();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 20, clientY: 10, bubbles: true, button: 0 }));
    await vi.waitFor(() => expect(cardName()).toBe('Volodymyr Zelensky'));
    // A click on nothing closes it.
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 500, clientY: 10, bubbles: true, button: 0 }));
    expect(cardName()).toBeNull();
  });

  it('steps through mentions on the keyboard command and sends "Open briefing" for the entity on the card', async () => {
    page.controller.step(1);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'));
    page.controller.step(1);
    await vi.waitFor(() => expect(cardName()).toBe('Volodymyr Zelensky'));
    expect(page.engine.flash).toHaveBeenCalledWith(page.mentions[1]);
    const briefing = [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Open briefing',
    );
    briefing?.click();
    expect(page.openBriefing).toHaveBeenCalledWith('volodymyr-zelensky');
  });

  it('removes the card when the extension context goes away', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    page.ctx.abort();
    expect(host()).toBeNull();
  });
});
