import { afterEach, describe, expect, it } from 'vitest';
import { composedOrder, composedWithin, hostOf, ShadowRootWalk } from '../../../lib/page/shadow-roots';

afterEach(() => {
  document.body.innerHTML = '';
});

function walk(root: Node): ShadowRootWalk {
  const w = new ShadowRootWalk(root);
  while (!w.step(Number.POSITIVE_INFINITY)) {
    // to the end
  }
  return w;
}

function shadow(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

describe('finding shadow roots', () => {
  it('finds the open shadow roots under a subtree, in document order, the root itself included', () => {
    document.body.innerHTML = '<section id="s"><x-a id="a"></x-a><div><span id="b"></span></div></section>';
    const section = document.getElementById('s') as Element;
    const own = shadow(section, '<slot></slot>');
    const a = shadow(document.getElementById('a') as Element, '<p>A</p>');
    const b = shadow(document.getElementById('b') as Element, '<p>B</p>');
    const found = walk(section);
    expect(found.roots).toEqual([own, a, b]);
    expect(found.done).toBe(true);
  });

  it('walks on to the end in one call while time is left', () => {
    document.body.innerHTML = `${'<i></i>'.repeat(1100)}<x-a id="a"></x-a>`;
    const a = shadow(document.getElementById('a') as Element, '<p>A</p>');
    const w = new ShadowRootWalk(document.body);
    expect(w.step(Number.POSITIVE_INFINITY)).toBe(true);
    expect(w.roots).toEqual([a]);
  });

  it('walks a whole document from the document itself', () => {
    document.body.innerHTML = '<x-a id="a"></x-a>';
    const a = shadow(document.getElementById('a') as Element, '<p>A</p>');
    expect(walk(document).roots).toEqual([a]);
  });

  it('leaves closed shadow roots out, silently', () => {
    document.body.innerHTML = '<x-a id="a"></x-a>';
    shadow(document.getElementById('a') as Element, '<p>secret</p>', 'closed');
    expect(walk(document.body).roots).toEqual([]);
  });

  it('does not walk into the roots it finds: they are walked as roots of their own', () => {
    document.body.innerHTML = '<x-a id="a"></x-a>';
    const outer = shadow(document.getElementById('a') as Element, '<x-b id="b"></x-b>');
    const inner = shadow(outer.getElementById('b') as Element, '<p>deep</p>');
    expect(walk(document.body).roots).toEqual([outer]);
    expect(walk(outer).roots).toEqual([inner]);
  });

  it('notes custom elements that have no shadow root yet, and no built-in element', () => {
    document.body.innerHTML = '<news-quote id="q"></news-quote><div></div><x-done id="d"></x-done>';
    shadow(document.getElementById('d') as Element, '<p>done</p>');
    expect(walk(document.body).bare.map((el) => el.id)).toEqual(['q']);
  });

  it('stops at its deadline and goes on from there', () => {
    document.body.innerHTML = `${'<i></i>'.repeat(1100)}<x-a id="a"></x-a>`;
    const a = shadow(document.getElementById('a') as Element, '<p>A</p>');
    const w = new ShadowRootWalk(document.body);
    expect(w.step(0)).toBe(false);
    expect(w.done).toBe(false);
    while (!w.step(Number.POSITIVE_INFINITY)) {
      // on
    }
    expect(w.roots).toEqual([a]);
    expect(w.done).toBe(true);
    // Asked again once done, it is still done and finds nothing more.
    expect(w.step(Number.NEGATIVE_INFINITY)).toBe(true);
    expect(w.roots).toEqual([a]);
  });
});

describe('order across shadow trees', () => {
  it('puts a shadow tree’s text where its host stands, between the text before and after it', () => {
    document.body.innerHTML = '<p id="before">before</p><x-a id="a"></x-a><p id="after">after</p>';
    const root = shadow(document.getElementById('a') as Element, '<p>inside</p><p>inside two</p>');
    const before = (document.getElementById('before') as Element).firstChild as Text;
    const after = (document.getElementById('after') as Element).firstChild as Text;
    const inside = (root.firstChild as Element).firstChild as Text;
    const insideTwo = (root.lastChild as Element).firstChild as Text;
    const sorted = [after, insideTwo, before, inside].sort(composedOrder);
    expect(sorted).toEqual([before, inside, insideTwo, after]);
  });

  it('orders nested shadow trees and two hosts side by side', () => {
    document.body.innerHTML = '<x-a id="a"></x-a><x-c id="c"></x-c>';
    const outer = shadow(document.getElementById('a') as Element, '<p>outer</p><x-b id="b"></x-b>');
    const inner = shadow(outer.getElementById('b') as Element, '<p>inner</p>');
    const other = shadow(document.getElementById('c') as Element, '<p>other</p>');
    const text = (root: ShadowRoot) => (root.firstChild as Element).firstChild as Text;
    expect([text(other), text(inner), text(outer)].sort(composedOrder)).toEqual([
      text(outer),
      text(inner),
      text(other),
    ]);
    // A host comes before what its shadow tree holds.
    const host = document.getElementById('a') as Element;
    expect(composedOrder(host, text(inner))).toBeLessThan(0);
    expect(composedOrder(text(inner), host)).toBeGreaterThan(0);
    expect(composedOrder(host, host)).toBe(0);
  });

  it('knows a shadow tree’s host, and none in the document', () => {
    document.body.innerHTML = '<x-a id="a"></x-a><p id="p">x</p>';
    const host = document.getElementById('a') as Element;
    const root = shadow(host, '<p>inside</p>');
    expect(hostOf(root.firstChild as Node)).toBe(host);
    expect(hostOf(document.getElementById('p') as Node)).toBeNull();
    // A link out of the page has a `host` of its own, its address's: still no shadow host.
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    expect(hostOf(link)).toBeNull();
  });

  it('orders two paragraphs of the page as they stand, either way round', () => {
    document.body.innerHTML = '<p>first</p><p>second</p>';
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    expect(composedOrder(first as Text, second as Text)).toBe(-1);
    expect(composedOrder(second as Text, first as Text)).toBe(1);
  });

  it('counts a node inside a shadow tree as within its host and what holds the host, and nothing else', () => {
    document.body.innerHTML = '<section id="s"><x-a id="a"></x-a></section><p id="p">x</p>';
    const host = document.getElementById('a') as Element;
    const root = shadow(host, '<p>inside</p>');
    const inside = (root.firstChild as Element).firstChild as Text;
    const section = document.getElementById('s') as Element;
    const p = document.getElementById('p') as Element;
    expect(composedWithin(inside, new Set([section]))).toBe(true);
    expect(composedWithin(inside, new Set([host]))).toBe(true);
    expect(composedWithin(inside, new Set([root]))).toBe(true);
    expect(composedWithin(inside, new Set([inside]))).toBe(true);
    expect(composedWithin(inside, new Set([p]))).toBe(false);
    expect(composedWithin(section, new Set([host]))).toBe(false);
    expect(composedWithin(document.createTextNode('loose'), new Set([document.body]))).toBe(false);
  });
});
