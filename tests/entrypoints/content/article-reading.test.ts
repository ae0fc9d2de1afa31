import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ArticleReading,
  type ArticleReadingOptions,
  startArticleReading,
} from '../../../entrypoints/content/article-reading';
import { onMessage, sendMessage } from '../../../lib/extension/messages';

const prose = 'The harbour council voted on Friday to open a ferry line to the islands after two years. ';

/** An article page (og:type=article, a block of prose) declared in `lang`. */
function articlePage(lang: string): void {
  document.documentElement.lang = lang;
  document.head.innerHTML = '<meta property="og:type" content="article" />';
  document.body.innerHTML = `<article>${`<p>${prose.repeat(3)}</p>`.repeat(4)}</article>`;
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

/** Starts the article reading with these options over defaults (on, read, nothing applied), stopped after the test. */
function startReading(options: Partial<ArticleReadingOptions> = {}): ArticleReading {
  const reading = startArticleReading({
    whenRead: () => Promise.resolve(),
    enabled: () => true,
    held: () => undefined,
    apply: vi.fn(),
    drop: vi.fn(),
    onNavigate: () => () => {},
    loadReadingWatch: () => import('../../../lib/page/reading-signal'),
    loadArticleCheck: () => import('../../../lib/page/article-detection'),
    ...options,
  });
  stops.push(() => reading.stop());
  return reading;
}

async function readPage(lang: string): Promise<ReturnType<typeof vi.fn>> {
  articlePage(lang);
  const asked = vi.fn(() => null);
  stops.push(onMessage('readArticle', asked));
  startReading();
  // The check runs in idle time once the page is read.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return asked;
}

describe('reading the page’s article', () => {
  it('sends an English article’s body block to be read, with what the page says about it', async () => {
    const asked = await readPage('en-GB');
    expect(asked).toHaveBeenCalledTimes(1);
    const request = (asked.mock.calls[0] as unknown as [{ data: { html: string; language?: string } }])[0].data;
    expect(request.html.startsWith('<article>')).toBe(true);
    expect(request.language).toBe('en-GB');
  });

  it('says which tables the page holds, for the background to grow them, and nothing of the page’s elements', async () => {
    articlePage('en');
    const asked = vi.fn(() => null);
    stops.push(onMessage('readArticle', asked));
    const held = vi.fn(() => 'pack-tables-key');
    startReading({ held });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const request = (asked.mock.calls[0] as unknown as [{ data: Record<string, unknown> }])[0].data;
    expect(request.held).toBe('pack-tables-key');
    // Asked when the request is made, not when the reading starts: the tables are read ahead by then.
    expect(held).toHaveBeenCalledTimes(1);
    expect(request).toMatchObject({ url: location.href, language: 'en' });
    expect(request).not.toHaveProperty('root');
    expect(request).not.toHaveProperty('signal');
  });

  it('leaves a page declared in a language the extractor does not read alone', async () => {
    expect(await readPage('es')).not.toHaveBeenCalled();
  });

  it('sends a page declared in French', async () => {
    expect(await readPage('fr-FR')).toHaveBeenCalledTimes(1);
  });

  it('sends a page declared in German', async () => {
    expect(await readPage('de')).toHaveBeenCalledTimes(1);
  });
});

describe('a single-page site moving to another article', () => {
  it('drops the old article’s story and reads the new one', async () => {
    articlePage('en');
    const story = { story: { entities: [{ id: 'x' }] }, matcher: {} };
    const asked = vi.fn(() => story);
    stops.push(onMessage('readArticle', asked as never));
    const apply = vi.fn();
    const drop = vi.fn();
    let navigate = () => {};
    startReading({
      apply,
      drop,
      onNavigate: (listener) => {
        navigate = listener;
        return () => {};
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(apply).toHaveBeenCalledTimes(1);

    // The same address (a #fragment change) keeps the story.
    history.pushState(null, '', '#comments');
    navigate();
    expect(drop).not.toHaveBeenCalled();

    history.pushState(null, '', '/another-article');
    navigate();
    expect(drop).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).toHaveBeenCalledTimes(2);
    expect(apply).toHaveBeenCalledTimes(2);
  });
});

describe('a page that replaces its document', () => {
  it('drops the old article’s story and reads the new document, at the same address', async () => {
    articlePage('en');
    const asked = vi.fn(() => ({ story: { entities: [{ id: 'x' }] }, matcher: {} }));
    stops.push(onMessage('readArticle', asked as never));
    const apply = vi.fn();
    const drop = vi.fn();
    const reading = startReading({
      apply,
      drop,
    });
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));

    document.body.innerHTML = `<article>${`<p>${prose.replace('harbour', 'river')}</p>`.repeat(12)}</article>`;
    reading.documentReplaced();
    expect(drop).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(2));
    const second = (asked.mock.calls[1] as unknown as [{ data: { html: string } }])[0].data;
    expect(second.html).toContain('river council');
  });
});

describe('a page whose metadata says it is an article', () => {
  it('is asked at once, before the first scan, which waits for the answer (firstRead)', async () => {
    articlePage('en');
    let answer: (value: unknown) => void = () => {};
    const asked = vi.fn(() => new Promise((resolve) => (answer = resolve)));
    stops.push(onMessage('readArticle', asked as never));
    const apply = vi.fn();
    const reading = startReading({
      // The first scan has not run: a reading that waited for it would never start.
      whenRead: () => new Promise(() => {}),
      apply,
    });
    expect(reading.firstRead).not.toBeNull();
    let settled = false;
    void reading.firstRead?.then(() => (settled = true));
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    answer({ story: { entities: [{ id: 'x' }] }, matcher: {} });
    await vi.waitFor(() => expect(settled).toBe(true));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('starts watching whether the reader reads the article in an idle moment, not while the story is applied', async () => {
    articlePage('en');
    stops.push(onMessage('readArticle', (() => ({ story: { entities: [{ id: 'x' }] }, matcher: {} })) as never));
    const idle: (() => void)[] = [];
    // Idle moments come when the test says (vi.stubGlobal's undo would also take away the fake browser).
    const idleApi = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
    const { requestIdleCallback, cancelIdleCallback } = idleApi;
    idleApi.requestIdleCallback = (task: () => void) => idle.push(task);
    idleApi.cancelIdleCallback = () => {};
    stops.push(() => {
      // Put back as found: happy-dom has no idle callbacks, and a property left undefined would read as one.
      if (requestIdleCallback) Object.assign(idleApi, { requestIdleCallback, cancelIdleCallback });
      else {
        delete idleApi.requestIdleCallback;
        delete idleApi.cancelIdleCallback;
      }
    });
    const listens = vi.spyOn(window, 'addEventListener');
    const apply = vi.fn();
    startReading({
      whenRead: () => new Promise(() => {}),
      apply,
    });
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    const scrollListeners = () => listens.mock.calls.filter(([type]) => type === 'scroll').length;
    expect(scrollListeners()).toBe(0);
    for (const task of idle.splice(0)) task();
    await vi.waitFor(() => expect(scrollListeners()).toBe(1));
  });

  it('has no first reading to wait for on a page that does not declare itself an article', () => {
    document.body.innerHTML = `<article>${`<p>${prose.repeat(3)}</p>`.repeat(12)}</article>`;
    const reading = startReading({
      whenRead: () => new Promise(() => {}),
    });
    expect(reading.firstRead).toBeNull();
  });
});

describe('the reading signal', () => {
  it('is loaded only once an article’s story is applied, after the page started', async () => {
    articlePage('en');
    const asked = vi.fn(() => ({ story: { entities: [{ id: 'x' }] }, matcher: {} }));
    stops.push(onMessage('readArticle', asked as never));
    const watch = vi.fn(() => () => {});
    const loadReadingWatch = vi.fn(async () => ({
      watchReading: watch,
      browserReadingEnvironment: () => ({}) as never,
    }));
    const apply = vi.fn();
    startReading({ apply, loadReadingWatch });
    expect(loadReadingWatch).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
    expect(loadReadingWatch).toHaveBeenCalledTimes(1);
  });

  it('is never loaded on a page that is not an article', async () => {
    document.body.innerHTML = '<p>A shop page.</p>';
    const loadReadingWatch = vi.fn(async () => import('../../../lib/page/reading-signal'));
    startReading({ loadReadingWatch });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loadReadingWatch).not.toHaveBeenCalled();
  });

  it('is not started when the page moved on while it loaded', async () => {
    articlePage('en');
    stops.push(onMessage('readArticle', (() => ({ story: { entities: [{ id: 'x' }] }, matcher: {} })) as never));
    let loaded: (module: never) => void = () => {};
    const watch = vi.fn(() => () => {});
    const reading = startReading({
      loadReadingWatch: () => new Promise((resolve) => (loaded = resolve)),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    reading.stop();
    loaded({ watchReading: watch, browserReadingEnvironment: () => ({}) } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watch).not.toHaveBeenCalled();
  });
});

describe('the article check’s body search, a module of its own', () => {
  const checkModule = () => vi.fn(() => import('../../../lib/page/article-detection'));

  it('is loaded only once the page has been read for mentions, on a page that does not declare an article', async () => {
    document.body.innerHTML = `<article>${`<p>${prose.repeat(3)}</p>`.repeat(12)}</article>`;
    const asked = vi.fn(() => null);
    stops.push(onMessage('readArticle', asked));
    let read: () => void = () => {};
    const loadArticleCheck = checkModule();
    startReading({ whenRead: () => new Promise<void>((resolve) => (read = resolve)), loadArticleCheck });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadArticleCheck).not.toHaveBeenCalled();
    read();
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    expect(loadArticleCheck).toHaveBeenCalledTimes(1);
    // An <article> block of prose, found by the module's search, though the page declared nothing.
    const request = (asked.mock.calls[0] as unknown as [{ data: { html: string } }])[0].data;
    expect(request.html.startsWith('<article>')).toBe(true);
  });

  it('is loaded at once on a page whose metadata declares an article, before the first scan', async () => {
    articlePage('en');
    const asked = vi.fn(() => null);
    stops.push(onMessage('readArticle', asked));
    const loadArticleCheck = checkModule();
    const reading = startReading({ whenRead: () => new Promise(() => {}), loadArticleCheck });
    expect(loadArticleCheck).toHaveBeenCalledTimes(1);
    await reading.firstRead;
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('is never loaded on a page with neither article metadata nor an <article> element, which it could not call one', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main>${`<p>${prose.repeat(3)}</p>`.repeat(12)}</main>`;
    const loadArticleCheck = checkModule();
    startReading({ loadArticleCheck });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loadArticleCheck).not.toHaveBeenCalled();
  });

  it('still finds an article declared by a page the site moved to without reloading', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<p>A section front.</p>';
    const asked = vi.fn(() => null);
    stops.push(onMessage('readArticle', asked));
    let navigate = () => {};
    startReading({
      onNavigate: (listener) => {
        navigate = listener;
        return () => {};
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).not.toHaveBeenCalled();
    document.head.innerHTML = '<meta property="og:type" content="article" />';
    document.body.innerHTML = `<div class="story">${`<p>${prose.repeat(3)}</p>`.repeat(4)}</div>`;
    history.pushState(null, '', '/a-story');
    navigate();
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
  });

  it('is never loaded on a page in a language the extractor does not read', async () => {
    articlePage('es');
    const loadArticleCheck = checkModule();
    startReading({ loadArticleCheck });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loadArticleCheck).not.toHaveBeenCalled();
  });

  it('leaves the page alone, its first scan not held up, when the module cannot be loaded (an orphaned script)', async () => {
    articlePage('en');
    const asked = vi.fn(() => null);
    stops.push(onMessage('readArticle', asked));
    const reading = startReading({
      whenRead: () => new Promise(() => {}),
      loadArticleCheck: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    let settled = false;
    void reading.firstRead?.then(() => (settled = true));
    await vi.waitFor(() => expect(settled).toBe(true), { timeout: 200 });
    // The popup's request is answered "nothing found", not with the failure.
    expect(await sendMessage('findNamesOnPage', undefined)).toBe(false);
    expect(asked).not.toHaveBeenCalled();
  });

  it('answers the popup’s “Find names on this page” through the module, with the page’s best block', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<nav><p>${prose}</p></nav><main><p>${prose.repeat(2)}</p></main>`;
    const asked = vi.fn(() => ({ story: { entities: [{ id: 'x' }] }, matcher: {} }));
    stops.push(onMessage('readArticle', asked as never));
    const loadArticleCheck = checkModule();
    startReading({ whenRead: () => new Promise(() => {}), loadArticleCheck });
    expect(await sendMessage('findNamesOnPage', undefined)).toBe(true);
    expect(loadArticleCheck).toHaveBeenCalledTimes(1);
    const request = (asked.mock.calls[0] as unknown as [{ data: { html: string } }])[0].data;
    expect(request.html.startsWith('<main>')).toBe(true);
  });
});
