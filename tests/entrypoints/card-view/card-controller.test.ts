import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type CardControllerOptions,
  CORRECTED_CARD_MS,
  startCardController,
} from '../../../entrypoints/card-view/card-controller';
import { type CardViewOptions, createCardView } from '../../../entrypoints/card-view/card-view';
import { startCardTrigger } from '../../../entrypoints/content/card-trigger';
import type { PageMention } from '../../../lib/page/page-mentions';
import { CORRECTIONS_KEY, loadCorrections } from '../../../lib/storage/corrections';
import { packKey } from '../../../lib/storage/pack-keys';
import type { EarlierReading } from '../../../lib/storage/reading-archive/archive-contract';
import { loadSettings } from '../../../lib/storage/settings';
import type { StorageAreaLike } from '../../../lib/storage/storage-area';
import { buildCatalog } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';
import { shadowRootOf } from '../../helpers/closed-shadow-roots';

const catalog = buildCatalog([cardTestStory]);
/** The card's stories as the page hands them over: the test story as an enabled pack. */
const cardStories = { stories: [cardTestStory], packs: [cardTestStory], corrections: [] };
/** Where the card reads the pack's whole story: the page has only its outline. */
const packArea: StorageAreaLike = {
  get: async () => ({ [packKey(cardTestStory.id)]: cardTestStory }),
  set: async () => {},
  remove: async () => {},
};

/** A page with three mentions and an engine whose hit-test is a lookup table (happy-dom has no layout). */
function setupPage(
  extra: Partial<Omit<CardControllerOptions, 'pointer'>> = {},
  earlierReading: CardViewOptions['earlierReading'] = async () => null,
) {
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
  let current: readonly PageMention[] = mentions;
  const listeners = new Set<(mentions: readonly PageMention[]) => void>();
  /** A rescan: the engine publishes a new list of mentions. */
  const publish = (next: readonly PageMention[]) => {
    current = next;
    for (const listener of listeners) listener(next);
  };
  /** Viewport points: x = 10 * (index + 1), y = 10. */
  const engine = {
    mentions: () => current,
    subscribe: (listener: (mentions: readonly PageMention[]) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mentionAt: (x: number, _y: number) => current.find((m) => (m.index + 1) * 10 === x),
    setActive: vi.fn(),
    flash: vi.fn(),
  };
  const ctx = new ContentScriptContext('card-test');
  const openBriefing = vi.fn();
  // The page's trigger loading the card's module, as the content script wires them (the module is
  // imported directly here rather than from the extension's URL).
  const controller = startCardTrigger({
    signal: ctx.signal,
    mentionAt: (x, y) => engine.mentionAt(x, y),
    load: async (pointer) =>
      startCardController({
        ctx,
        engine,
        pointer,
        catalog: () => catalog,
        loadView: () =>
          createCardView(ctx, { sources: () => cardStories, packArea, articleStory: async () => null, earlierReading }),
        openBriefing,
        ...extra,
      }),
  });
  return { mentions, engine, ctx, controller, openBriefing, publish };
}

const host = () => document.querySelector('[data-backstory-ui]') as HTMLElement | null;
/** The card's closed shadow root, as the content script holds it. */
const cardRoot = () => shadowRootOf(host());
/** The shown card (a card laid out while the pointer rests is held, not shown). */
const shownCard = () => cardRoot()?.querySelector('.bs-card:not([data-held])') ?? null;
const cardName = () => shownCard()?.querySelector('.bs-card__name')?.textContent ?? null;

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

  it('opens the card after the pointer rests on a mention, in a closed shadow root skipped by the scanner', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    expect(host()?.hasAttribute('data-backstory-ui')).toBe(true);
    // Closed: the page's scripts cannot read the card nor press its buttons.
    expect(host()?.shadowRoot).toBeNull();
    expect(cardRoot()?.querySelector('[role="dialog"]')).not.toBeNull();
    expect(page.engine.setActive).toHaveBeenCalledWith(page.mentions[0]);
  });

  it('lays the card out, held, while the pointer rests, and shows that same card when the dwell ends', async () => {
    const held = () => cardRoot()?.querySelector<HTMLElement>('.bs-card[data-held]') ?? null;
    pointerTo(10);
    await vi.waitFor(() => expect(held()?.querySelector('.bs-card__name')?.textContent).toBe('Vladimir Medinsky'), {
      timeout: 2000,
    });
    const laidOut = held();
    // Not shown yet: no card for the reader, no active mark on the page.
    expect(cardName()).toBeNull();
    expect(laidOut?.style.visibility).toBe('hidden');
    expect(page.engine.setActive).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    expect(shownCard()).toBe(laidOut);
    expect(page.engine.setActive).toHaveBeenCalledWith(page.mentions[0]);
  });

  it('takes a held card off the page when the pointer leaves before the dwell ends', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardRoot()?.querySelector('.bs-card[data-held]')).toBeTruthy(), {
      timeout: 2000,
    });
    pointerTo(500);
    await vi.waitFor(() => expect(cardRoot()?.querySelector('.bs-card')).toBeNull());
    await new Promise((r) => setTimeout(r, 400));
    expect(cardRoot()?.querySelector('.bs-card')).toBeNull();
    expect(page.engine.setActive).not.toHaveBeenCalled();
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
    const briefing = [...(cardRoot()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Open briefing');
    // A page's script clicking the button opens nothing; the reader's press does.
    briefing?.click();
    expect(page.openBriefing).not.toHaveBeenCalled();
    const press = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(press, 'isTrusted', { value: true });
    briefing?.dispatchEvent(press);
    expect(page.openBriefing).toHaveBeenCalledWith('volodymyr-zelensky');
  });

  it('removes the card when the extension context goes away', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    page.ctx.abort();
    expect(host()).toBeNull();
  });
});

describe('card controller: the reader’s corrections', () => {
  let page: ReturnType<typeof setupPage>;
  const area = () => fakeBrowser.storage.local;
  const button = (name: string | RegExp) =>
    [...(cardRoot()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) =>
      typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
    ) as HTMLButtonElement;
  const status = () => cardRoot()?.querySelector('.bs-correct__status')?.textContent ?? null;
  /** A click as a mouse makes it; `detail: 0` is the keyboard's Enter or Space. */
  const click = (name: string | RegExp, detail = 1) =>
    button(name).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));
  const pointerInCard = () => {
    const card = cardRoot()?.querySelector('.bs-card') as HTMLElement;
    card.dispatchEvent(
      new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true, composed: true, pointerType: 'mouse' }),
    );
  };

  beforeEach(() => {
    fakeBrowser.reset();
    page = setupPage({ corrections: { area: area(), siteKey: async () => 'news.example' } });
  });
  afterEach(() => {
    vi.useRealTimers();
    page.ctx.abort();
    document.body.innerHTML = '';
  });

  async function correctFirstMention(detail = 1) {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    click('Not right?', detail);
    await vi.waitFor(() => expect(button(/^Not a name/)).toBeTruthy());
    click(/^Not a name/, detail);
    await vi.waitFor(() => expect(button('Everywhere')).toBeTruthy());
    click('Everywhere', detail);
    await vi.waitFor(() => expect(status()).toBe('“Vladimir Medinsky” won’t be marked anywhere.'));
  }

  it('writes the correction of the mention the card is on, through storage, and unmarks it', async () => {
    await correctFirstMention();
    const { corrections } = await loadCorrections(area());
    expect(corrections).toEqual([
      expect.objectContaining({
        kind: 'not-a-name',
        text: 'Vladimir Medinsky',
        entityId: 'vladimir-medinsky',
        entityName: 'Vladimir Medinsky',
        scope: 'everywhere',
        site: 'news.example',
      }),
    ]);
    expect(page.engine.setActive).toHaveBeenLastCalledWith(undefined);
  });

  it('keeps the card, with its Undo, when the corrected mention leaves the page, and closes it once the pointer has gone', async () => {
    vi.useFakeTimers();
    await correctFirstMention();
    pointerInCard();
    page.publish(page.mentions.slice(1).map((m, index) => ({ ...m, index })));
    await vi.advanceTimersByTimeAsync(CORRECTED_CARD_MS + 1000);
    expect(cardName()).toBe('Vladimir Medinsky');
    expect(button('Undo')).toBeTruthy();
    // The card's own count follows the page: one "Medinsky" mention is left.
    expect(cardRoot()?.querySelector('.bs-mentions__count')?.textContent).toContain('1 mention');
    pointerTo(500);
    await vi.advanceTimersByTimeAsync(600);
    expect(cardName()).toBeNull();
  });

  it('keeps a keyboard reader’s card open with the Undo, until Esc', async () => {
    vi.useFakeTimers();
    await correctFirstMention(0);
    pointerTo(500);
    await vi.advanceTimersByTimeAsync(CORRECTED_CARD_MS * 3);
    expect(cardName()).toBe('Vladimir Medinsky');
    cardRoot()
      ?.querySelector('.bs-card')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardName()).toBeNull();
  });

  it('undoes the correction from the card and offers “Not right?” again', async () => {
    await correctFirstMention();
    click('Undo');
    await vi.waitFor(() => expect(status()).toBe('Undone: “Vladimir Medinsky” is marked again.'));
    expect((await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY]).toEqual([]);
    expect(button('Not right?')).toBeTruthy();
    expect(page.engine.setActive).toHaveBeenLastCalledWith(page.mentions[0]);
  });

  it('shows why a correction could not be saved, and keeps the mention', async () => {
    await area().set({ [CORRECTIONS_KEY]: 'garbage' });
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    click('Not right?');
    await vi.waitFor(() => expect(button(/^Wrong person/)).toBeTruthy());
    click(/^Wrong person/);
    await vi.waitFor(() => expect(button('On news.example')).toBeTruthy());
    click('On news.example');
    await vi.waitFor(() =>
      expect(cardRoot()?.querySelector('[role="alert"]')?.textContent).toMatch(/could not be read/),
    );
    expect(page.engine.setActive).toHaveBeenLastCalledWith(page.mentions[0]);
  });

  it('names the page’s site, as the background gives it, and keeps a site correction under it', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    click('Not right?');
    await vi.waitFor(() => expect(button(/^Not a name/)).toBeTruthy());
    click(/^Not a name/);
    await vi.waitFor(() => expect(button('On news.example')).toBeTruthy());
    click('On news.example');
    await vi.waitFor(() => expect(status()).toBe('“Vladimir Medinsky” won’t be marked on news.example.'));
    expect((await loadCorrections(area())).corrections).toEqual([
      expect.objectContaining({ scope: 'site', site: 'news.example' }),
    ]);
  });

  async function chooseSiteScope(siteKey: () => Promise<string | null>) {
    page.ctx.abort();
    document.body.innerHTML = '';
    page = setupPage({ corrections: { area: area(), siteKey } });
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    click('Not right?');
    await vi.waitFor(() => expect(button(/^Not a name/)).toBeTruthy());
    click(/^Not a name/);
    await vi.waitFor(() => expect(button('Everywhere')).toBeTruthy());
  }

  it('offers no site correction on a page that has no site key', async () => {
    await chooseSiteScope(async () => null);
    expect(button(/^On /)).toBeUndefined();
  });

  it('says so, and keeps nothing, when the background cannot name the page’s site', async () => {
    await chooseSiteScope(() => Promise.reject(new Error('Could not establish connection')));
    click('On this site');
    await vi.waitFor(() =>
      expect(cardRoot()?.querySelector('[role="alert"]')?.textContent).toMatch(
        /could not tell which site this page belongs to/,
      ),
    );
    expect((await loadCorrections(area())).corrections).toEqual([]);
  });

  it('offers no correction on the card of a related entity opened from the mention', async () => {
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    click('Vladimir Putin');
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Putin'));
    expect(button('Not right?')).toBeUndefined();
  });
});

/** What the reading archive answers about Medinsky: an earlier article's role and quote. */
const earlierAboutMedinsky: EarlierReading = {
  name: 'Vladimir Medinsky',
  type: 'person',
  roles: [
    {
      text: 'Kremlin aide',
      sentence: 'Kremlin aide Vladimir Medinsky led the delegation.',
      article: {
        url: 'https://news.example/earlier',
        headline: 'Talks open',
        outlet: 'Example News',
        date: '2025-05-16',
        readAt: 1,
      },
    },
  ],
  statements: [
    {
      kind: 'quote',
      text: 'We are ready to continue',
      sentence: '"We are ready to continue," Medinsky said.',
      article: {
        url: 'https://news.example/earlier',
        headline: 'Talks open',
        outlet: 'Example News',
        date: '2025-05-16',
        readAt: 1,
      },
    },
  ],
  articles: [
    {
      url: 'https://news.example/earlier',
      headline: 'Talks open',
      outlet: 'Example News',
      date: '2025-05-16',
      readAt: 1,
    },
  ],
};

describe('card controller: earlier reading', () => {
  let page: ReturnType<typeof setupPage>;
  afterEach(() => {
    page.ctx.abort();
    document.body.innerHTML = '';
  });
  const section = () => cardRoot()?.querySelector('.bs-earlier') ?? null;

  it('asks the archive by the entity’s names as the dwell begins, and shows its answer dated and linked', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const earlierReading = vi.fn(async () => earlierAboutMedinsky);
    page = setupPage({}, earlierReading);
    pointerTo(10);
    await vi.waitFor(() => expect(section()).not.toBeNull(), { timeout: 2000 });
    expect(earlierReading).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Vladimir Medinsky',
        type: 'person',
        aliases: expect.arrayContaining(['Medinsky']),
      }),
    );
    expect(section()?.textContent).toContain('Earlier in your reading');
    expect(section()?.textContent).toContain('Kremlin aide');
    expect(section()?.textContent).toContain('“We are ready to continue”');
    const link = section()?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://news.example/earlier');
    expect(link?.textContent).toBe('Example News · 16 May 2025');
  });

  it('dates what it shows in the browser’s own language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('uk');
    page = setupPage(
      {},
      vi.fn(async () => earlierAboutMedinsky),
    );
    pointerTo(10);
    await vi.waitFor(() => expect(section()).not.toBeNull(), { timeout: 2000 });
    expect(section()?.querySelector('a')?.textContent).toBe('Example News · 16 травня 2025 р.');
  });

  it('shows the card at once and adds the archive’s answer when it comes', async () => {
    let answer: (reading: EarlierReading) => void = () => {};
    const earlierReading = vi.fn(
      () =>
        new Promise<EarlierReading | null>((resolve) => {
          answer = resolve;
        }),
    );
    page = setupPage({}, earlierReading);
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    expect(section()).toBeNull();
    answer(earlierAboutMedinsky);
    await vi.waitFor(() => expect(section()?.textContent).toContain('Kremlin aide'));
  });

  it('shows no section when the archive knows nothing or cannot answer', async () => {
    page = setupPage({}, async () => {
      throw new Error('archive damaged');
    });
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(section()).toBeNull();
  });

  it('says on the first card, once, that Backstory remembers what the reader reads, and marks it seen', async () => {
    await fakeBrowser.storage.local.clear();
    let due = true;
    page = setupPage({ readingNotice: { area: fakeBrowser.storage.local, due: () => due } });
    const notice = () => cardRoot()?.querySelector('.bs-earlier__notice')?.textContent ?? null;
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    expect(notice()).toContain('Backstory remembers the names in articles you read, on this device only.');
    await vi.waitFor(async () =>
      expect((await loadSettings(fakeBrowser.storage.local)).settings.readingNoticeSeen).toBe(true),
    );
    due = false;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    pointerTo(500);
    pointerTo(20);
    await vi.waitFor(() => expect(cardName()).toBe('Volodymyr Zelensky'), { timeout: 2000 });
    expect(notice()).toBeNull();
  });

  it('marks the notice seen only once a card showing it is shown, not while a card is held', async () => {
    await fakeBrowser.storage.local.clear();
    page = setupPage({ readingNotice: { area: fakeBrowser.storage.local, due: () => true } });
    pointerTo(10);
    await vi.waitFor(() => expect(cardRoot()?.querySelector('.bs-card[data-held] .bs-earlier__notice')).toBeTruthy(), {
      timeout: 2000,
    });
    pointerTo(500);
    await new Promise((r) => setTimeout(r, 400));
    expect((await loadSettings(fakeBrowser.storage.local)).settings.readingNoticeSeen).toBe(false);
  });

  it('shows no notice when memory is paused or the reader has seen it', async () => {
    page = setupPage({ readingNotice: { area: fakeBrowser.storage.local, due: () => false } });
    pointerTo(10);
    await vi.waitFor(() => expect(cardName()).toBe('Vladimir Medinsky'), { timeout: 2000 });
    expect(cardRoot()?.querySelector('.bs-earlier__notice')).toBeNull();
  });
});
