import { afterEach, describe, expect, it } from 'vitest';
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
