import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PageChanges, PageObserver } from '../../../lib/page/page-observer';

const observers: PageObserver[] = [];

function observe(): PageChanges[] {
  const seen: PageChanges[] = [];
  const observer = new PageObserver(document, (changes) => seen.push(changes), { idleTimeoutMs: 20 });
  observer.start();
  observers.push(observer);
  return seen;
}

async function settle(): Promise<void> {
  // MutationObserver callbacks are microtasks; the batch is flushed in idle time (a timer here).
  await new Promise((resolve) => setTimeout(resolve, 80));
}

const originalRoot = document.documentElement;

/** Puts a new <html> in the old one's place (happy-dom's replaceChild on a document refuses). */
function replaceRoot(bodyHtml: string): HTMLElement {
  const html = document.createElement('html');
  html.innerHTML = `<head></head><body>${bodyHtml}</body>`;
  document.documentElement.remove();
  document.append(html);
  return html;
}

afterEach(() => {
  for (const o of observers.splice(0)) o.stop();
  if (document.documentElement !== originalRoot) {
    document.documentElement.remove();
    document.append(originalRoot);
  }
  document.body.innerHTML = '';
});

describe('PageObserver', () => {
  it('batches several changes into one hand-over', async () => {
    document.body.innerHTML = '<article><p id="a">One</p><p id="b">Two</p></article>';
    const seen = observe();
    (document.getElementById('a') as HTMLElement).textContent = 'Putin';
    (document.getElementById('b') as HTMLElement).append(' and Zelensky');
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.roots.map((r) => (r as Element).id).sort()).toEqual(['a', 'b']);
  });

  it('rescans only the added block, not its whole container', async () => {
    document.body.innerHTML = '<article id="feed"><p>Old</p></article>';
    const seen = observe();
    const p = document.createElement('p');
    p.id = 'new';
    p.textContent = 'Putin';
    document.getElementById('feed')?.append(p);
    await settle();
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['new']);
  });

  it('rescans the block holding inline text that changed', async () => {
    document.body.innerHTML = '<p id="p">Vladimir <b id="b">X</b></p>';
    const seen = observe();
    ((document.getElementById('b') as HTMLElement).firstChild as Text).nodeValue = 'Medinsky';
    await settle();
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['p']);
  });

  it('rescans the block an inline element was added to, not the element alone', async () => {
    document.body.innerHTML = '<p id="p">Vladimir </p>';
    const seen = observe();
    const b = document.createElement('b');
    b.textContent = 'Medinsky';
    document.getElementById('p')?.append(b);
    await settle();
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['p']);
  });

  it('ignores scripts and styles the page adds', async () => {
    document.body.innerHTML = '<p>Text</p>';
    const seen = observe();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.textContent = 'Zelensky';
    document.body.append(script);
    await settle();
    expect(seen.flatMap((c) => c.roots)).toEqual([]);
  });

  it('ignores changes inside Backstory’s own UI', async () => {
    document.body.innerHTML = '<div data-backstory-ui id="ui"><div id="inner"></div></div>';
    const seen = observe();
    const inner = document.getElementById('inner') as HTMLElement;
    inner.append(document.createElement('div'));
    inner.textContent = 'Zelensky';
    await settle();
    expect(seen.flatMap((c) => c.roots)).toEqual([]);
  });

  it('reports class and style changes apart, outermost element only, with no block to rescan', async () => {
    document.body.innerHTML = '<article id="story"><p id="p">Putin</p></article><div data-backstory-ui id="ui"></div>';
    const seen = observe();
    (document.getElementById('p') as HTMLElement).className = 'faded';
    (document.getElementById('story') as HTMLElement).style.display = 'none';
    // Backstory's card moves by its style: not a change of the page.
    (document.getElementById('ui') as HTMLElement).style.top = '10px';
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.roots).toEqual([]);
    expect(seen[0]?.restyled.map((el) => el.id)).toEqual(['story']);
  });

  it('asks for a full rescan after a single-page-app navigation', async () => {
    document.body.innerHTML = '<main id="app"><p>Home</p></main>';
    const seen = observe();
    history.pushState({}, '', '/article/42');
    (document.getElementById('app') as HTMLElement).innerHTML = '<p>Putin spoke.</p>';
    await settle();
    expect(seen[0]?.full).toBe(true);
  });

  it('stops observing when stopped', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const seen = observe();
    observers[0]?.stop();
    (document.getElementById('p') as HTMLElement).textContent = 'Putin';
    await settle();
    expect(seen).toEqual([]);
  });

  it('asks for a whole-page rescan when the page puts a new <html> in place', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const seen = observe();
    replaceRoot('<p id="new">Vladimir Medinsky</p>');
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ full: true, replaced: true, roots: [] });
  });

  it('keeps watching the new <html> after a replacement', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const seen = observe();
    replaceRoot('<p id="new">Nobody</p>');
    await settle();
    (document.getElementById('new') as HTMLElement).textContent = 'Zelensky';
    await settle();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({ full: false, replaced: false });
    expect(seen[1]?.roots.map((r) => (r as Element).id)).toEqual(['new']);
  });

  it('asks for a whole-page rescan when the page writes a new document with document.open()', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const seen = observe();
    document.open();
    document.write('<html><body><p>Vladimir Medinsky</p></body></html>');
    document.close();
    await settle();
    expect(seen.some((changes) => changes.replaced && changes.full)).toBe(true);
  });

  it('takes a comment added beside <html> for no replacement', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const seen = observe();
    const comment = document.createComment('served by a cache');
    document.append(comment);
    await settle();
    comment.remove();
    expect(seen.filter((changes) => changes.replaced)).toEqual([]);
  });
});

describe('PageObserver and shadow roots', () => {
  it('sees changes inside a shadow root it was told to watch, and rescans only there', async () => {
    document.body.innerHTML = '<x-a id="a"></x-a>';
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="p">One</p>';
    const seen: PageChanges[] = [];
    const observer = new PageObserver(document, (changes) => seen.push(changes), { idleTimeoutMs: 20 });
    observer.start();
    observers.push(observer);
    ((root.getElementById('p') as Element).firstChild as Text).data = 'Putin';
    await settle();
    expect(seen).toEqual([]);
    observer.observeRoot(root);
    ((root.getElementById('p') as Element).firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.full).toBe(false);
    expect(seen[0]?.roots).toEqual([root.getElementById('p')]);
    // Text at the top of the shadow tree has no block of its own there: the shadow root is rescanned.
    root.append('Medinsky');
    await settle();
    expect(seen[1]?.full).toBe(false);
    expect(seen[1]?.roots).toEqual([root]);
  });
});

describe('PageObserver: what a batch holds', () => {
  function observeWith(options: { maxRoots?: number } = {}): { seen: PageChanges[]; observer: PageObserver } {
    const seen: PageChanges[] = [];
    const observer = new PageObserver(document, (changes) => seen.push(changes), { idleTimeoutMs: 20, ...options });
    observer.start();
    observers.push(observer);
    return { seen, observer };
  }

  it('says nodes were removed, rescanning the block that lost inline text but not a removed block', async () => {
    document.body.innerHTML =
      '<article id="a"><p id="p">Putin <b id="b">met</b></p><p id="gone">Zelensky</p></article>';
    const { seen } = observeWith();
    document.getElementById('gone')?.remove();
    await settle();
    expect(seen[0]).toMatchObject({ removed: true, full: false, roots: [] });
    document.getElementById('b')?.remove();
    await settle();
    expect(seen[1]?.removed).toBe(true);
    expect(seen[1]?.roots.map((r) => (r as Element).id)).toEqual(['p']);
    // A change with nothing removed says so.
    (document.getElementById('p')?.firstChild as Text).data = 'Vladimir Putin';
    await settle();
    expect(seen[2]?.removed).toBe(false);
  });

  it('rescans an element whose own hidden was taken off, but nothing inside a hidden one', async () => {
    document.body.innerHTML = '<div id="shown" hidden><p>Putin</p></div><div hidden><p id="inside">x</p></div>';
    const { seen } = observeWith();
    document.getElementById('shown')?.removeAttribute('hidden');
    await settle();
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['shown']);
    (document.getElementById('inside')?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen.slice(1).flatMap((c) => c.roots)).toEqual([]);
  });

  it('takes a comment added inside a paragraph for no change at all', async () => {
    document.body.innerHTML = '<p id="p">Putin</p>';
    const { seen } = observeWith();
    document.getElementById('p')?.append(document.createComment('ad slot'));
    await settle();
    expect(seen).toEqual([]);
  });

  it('rescans the outermost of nested changed blocks only', async () => {
    document.body.innerHTML = '<section id="outer"><p id="inner">x</p></section>';
    const { seen } = observeWith();
    const added = document.createElement('div');
    added.id = 'added';
    added.innerHTML = '<p>Putin</p>';
    document.getElementById('outer')?.append(added);
    (document.getElementById('inner')?.firstChild as Text).data = 'Zelensky';
    document.getElementById('outer')?.append(' and Medinsky');
    await settle();
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['outer']);
  });

  it('asks for a whole-page rescan when more blocks changed than it sorts out', async () => {
    document.body.innerHTML = '<p id="a">a</p><p id="b">b</p><p id="c">c</p>';
    const { seen } = observeWith({ maxRoots: 2 });
    for (const id of ['a', 'b']) (document.getElementById(id)?.firstChild as Text).data = 'Putin';
    await settle();
    expect(seen[0]).toMatchObject({ full: false });
    expect(seen[0]?.roots).toHaveLength(2);
    for (const id of ['a', 'b', 'c']) (document.getElementById(id)?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen[1]).toMatchObject({ full: true, roots: [], restyled: [] });
  });

  it('hands the whole page over as restyled when more elements restyled than it sorts out', async () => {
    document.body.innerHTML = '<p id="a">a</p><p id="b">b</p><p id="c">c</p>';
    const { seen } = observeWith({ maxRoots: 2 });
    for (const id of ['a', 'b']) (document.getElementById(id) as HTMLElement).className = 'x';
    await settle();
    expect(seen[0]?.restyled.map((el) => el.id)).toEqual(['a', 'b']);
    for (const id of ['a', 'b', 'c']) (document.getElementById(id) as HTMLElement).className = 'y';
    await settle();
    expect(seen[1]?.restyled).toEqual([document.documentElement]);
    // A restyled element taken out of the page before the batch is handed over is left out.
    (document.getElementById('a') as HTMLElement).className = 'z';
    document.getElementById('a')?.remove();
    await settle();
    expect(seen[2]?.restyled).toEqual([]);
  });

  it('asks for a whole-page rescan on going back to another address, with no change to the page', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const { seen } = observeWith();
    history.pushState({}, '', '/article/popstate');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.full).toBe(true);
    // The same address again: a plain batch.
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(seen[1]).toMatchObject({ full: false, roots: [], removed: false, replaced: false });
  });

  it('takes a second start while running for nothing, not for a fresh address to compare against', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const { seen, observer } = observeWith();
    history.pushState({}, '', '/article/started-twice');
    observer.start();
    (document.getElementById('p')?.firstChild as Text).data = 'Putin';
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.full).toBe(true);
  });

  it('hands pending changes over at once when asked, and says whether any wait', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const { seen, observer } = observeWith();
    expect(observer.pending).toBe(false);
    (document.getElementById('p')?.firstChild as Text).data = 'Putin';
    await Promise.resolve();
    expect(observer.pending).toBe(true);
    observer.flushNow();
    expect(observer.pending).toBe(false);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['p']);
    await settle();
    // The timer was cancelled: nothing handed over twice.
    expect(seen).toHaveLength(1);
  });

  it('watches a shadow root only while running, and hears nothing after a stop', async () => {
    document.body.innerHTML = '<x-b id="host"></x-b><p id="p">x</p>';
    const root = (document.getElementById('host') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="in">One</p>';
    const seen: PageChanges[] = [];
    const observer = new PageObserver(document, (changes) => seen.push(changes), { idleTimeoutMs: 20 });
    observers.push(observer);
    observer.observeRoot(root);
    observer.start();
    ((root.getElementById('in') as Element).firstChild as Text).data = 'Putin';
    await settle();
    expect(seen).toEqual([]);
    // Started twice, stopped once: stopped.
    observer.start();
    observer.stop();
    (document.getElementById('p')?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('PageObserver in a hidden tab', () => {
  let state: DocumentVisibilityState = 'visible';
  afterEach(() => {
    delete (document as unknown as { visibilityState?: unknown }).visibilityState;
    state = 'visible';
  });

  it('hands nothing over while the tab is hidden, and everything once it is shown', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    state = 'hidden';
    document.body.innerHTML = '<p id="a">x</p><p id="b">y</p>';
    const seen = observe();
    const observer = observers[0] as PageObserver;
    (document.getElementById('a')?.firstChild as Text).data = 'Putin';
    await settle();
    expect(seen).toEqual([]);
    expect(observer.pending).toBe(true);
    (document.getElementById('b')?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen).toEqual([]);
    // Still hidden: a visibilitychange to hidden wakes nothing.
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toEqual([]);
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.roots.map((r) => (r as Element).id).sort()).toEqual(['a', 'b']);
    expect(observer.pending).toBe(false);
    // Awake again, it no longer listens: later visibility changes hand nothing over.
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('forgets what waited when stopped in a hidden tab, and hands nothing over when shown', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    state = 'hidden';
    document.body.innerHTML = '<p id="a">x</p>';
    const seen = observe();
    const observer = observers[0] as PageObserver;
    (document.getElementById('a')?.firstChild as Text).data = 'Putin';
    await settle();
    observer.stop();
    expect(observer.pending).toBe(false);
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toEqual([]);
    // Started again, it hands over only what changes after.
    observer.start();
    (document.getElementById('a')?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ full: false, removed: false });
  });
});

describe('PageObserver with idle callbacks', () => {
  const view = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  afterEach(() => {
    delete view.requestIdleCallback;
    delete view.cancelIdleCallback;
  });

  it('hands a batch over in an idle period, waiting no longer than its timeout', async () => {
    const asked: { callback: () => void; timeout?: number }[] = [];
    const cancelled: number[] = [];
    view.requestIdleCallback = (callback: () => void, options?: { timeout?: number }) =>
      asked.push({ callback, timeout: options?.timeout });
    view.cancelIdleCallback = (handle: number) => cancelled.push(handle);
    document.body.innerHTML = '<p id="p">x</p>';
    const seen = observe();
    (document.getElementById('p')?.firstChild as Text).data = 'Putin';
    await settle();
    expect(seen).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.timeout).toBe(20);
    asked[0]?.callback();
    expect(seen).toHaveLength(1);
    // A second batch, handed over early: its idle callback is cancelled.
    (document.getElementById('p')?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(asked).toHaveLength(2);
    (observers[0] as PageObserver).flushNow();
    expect(cancelled).toEqual([2]);
    expect(seen).toHaveLength(2);
  });
});

describe('PageObserver: edges of a batch', () => {
  it('rescans the block that lost a text node', async () => {
    document.body.innerHTML = '<p id="p">Putin<b>met</b></p>';
    const seen = observe();
    document.getElementById('p')?.firstChild?.remove();
    await settle();
    expect(seen[0]?.removed).toBe(true);
    expect(seen[0]?.roots.map((r) => (r as Element).id)).toEqual(['p']);
  });

  it('takes a comment removed from a paragraph for a removal with nothing to rescan', async () => {
    document.body.innerHTML = '<p id="p">Putin<!-- ad slot --></p>';
    const seen = observe();
    document.getElementById('p')?.lastChild?.remove();
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ removed: true, full: false, roots: [] });
  });

  it('rescans nothing for text taken out of the page, edited or not, in the same batch', async () => {
    document.body.innerHTML = '<article id="a"><p id="p">Putin</p><p id="q">Zelensky</p></article>';
    const seen = observe();
    const p = document.getElementById('p') as HTMLElement;
    const text = p.firstChild as Text;
    text.data = 'Vladimir Putin';
    p.remove();
    text.remove();
    text.data = 'Medinsky';
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ removed: true, roots: [] });
  });

  it('rescans nothing for a paragraph edited, then taken out before the batch is handed over', async () => {
    document.body.innerHTML = '<article id="a"><p id="p">Putin</p></article>';
    const seen = observe();
    const p = document.getElementById('p') as HTMLElement;
    (p.firstChild as Text).data = 'Vladimir Putin';
    await new Promise((resolve) => setTimeout(resolve, 0));
    p.remove();
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ removed: true, roots: [] });
  });

  it('hands over one batch for changes made in several tasks before it is due', async () => {
    document.body.innerHTML = '<p id="a">x</p><p id="b">y</p>';
    const seen = observe();
    (document.getElementById('a')?.firstChild as Text).data = 'Putin';
    await new Promise((resolve) => setTimeout(resolve, 0));
    (document.getElementById('b')?.firstChild as Text).data = 'Zelensky';
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.roots.map((r) => (r as Element).id).sort()).toEqual(['a', 'b']);
  });

  it('rescans the whole <html> for a change made on it, and nothing for a new page title', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const seen = observe();
    document.title = 'Zelensky';
    await settle();
    expect(seen.flatMap((c) => c.roots)).toEqual([]);
    document.documentElement.setAttribute('hidden', '');
    document.documentElement.removeAttribute('hidden');
    await settle();
    expect(seen.at(-1)?.roots).toEqual([document.documentElement]);
  });
});

describe('PageObserver after document.open()', () => {
  it('hears the address change on going back even though document.open() took its window listener', async () => {
    // Chromium's document.open() takes the window's listeners too; happy-dom's only the document's.
    const popstate: EventListenerOrEventListenerObject[] = [];
    const add = window.addEventListener.bind(window);
    const spy = vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      if (type === 'popstate' && listener) popstate.push(listener);
      add(type, listener, options);
    });
    try {
      const seen = observe();
      document.open();
      for (const listener of popstate.splice(0)) window.removeEventListener('popstate', listener);
      document.write('<html><body><p>Vladimir Medinsky</p></body></html>');
      document.close();
      await settle();
      expect(seen.at(-1)).toMatchObject({ replaced: true });
      const before = seen.length;
      history.pushState({}, '', '/article/after-open');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle();
      expect(seen.slice(before)).toMatchObject([{ full: true, replaced: false }]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('PageObserver: visibility after a replacement', () => {
  let state: DocumentVisibilityState = 'visible';
  afterEach(() => {
    delete (document as unknown as { visibilityState?: unknown }).visibilityState;
    state = 'visible';
  });

  it('hands nothing over for a visibility change in a shown tab after the page replaced its <html>', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    const seen = observe();
    replaceRoot('<p>Vladimir Medinsky</p>');
    await settle();
    expect(seen).toHaveLength(1);
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('wakes when shown after document.open() in a hidden tab took its listener', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    state = 'hidden';
    document.body.innerHTML = '<p id="a">x</p>';
    const seen = observe();
    (document.getElementById('a')?.firstChild as Text).data = 'Putin';
    await settle();
    expect(seen).toEqual([]);
    document.open();
    document.write('<html><body><p>Vladimir Medinsky</p></body></html>');
    document.close();
    await settle();
    expect(seen).toEqual([]);
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ replaced: true, full: true });
  });
});
