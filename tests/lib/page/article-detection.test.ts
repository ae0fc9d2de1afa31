import { afterEach, describe, expect, it, vi } from 'vitest';
import { askedArticle, declaresArticle, detectArticle } from '../../../lib/page/article-detection';

const prose = 'The harbour council voted on Friday to open a ferry line to the islands after two years. ';
const paragraphs = (n: number) => `<p>${prose.repeat(2)}</p>`.repeat(n);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

describe('what a page declares, asked before the first scan', () => {
  it('finds a JSON-LD article, inside @graph too, and hands on the node it read', () => {
    document.head.innerHTML = jsonLd({
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'Ferry' }],
    });
    expect(declaresArticle(document)).toEqual({
      signal: 'json-ld',
      node: { '@type': 'NewsArticle', headline: 'Ferry' },
    });
  });

  it('finds og:type=article, and nothing on a page that declares neither', () => {
    document.head.innerHTML = '<meta property="og:type" content="Article" />';
    expect(declaresArticle(document)).toEqual({ signal: 'og-type' });
    document.head.innerHTML = `${jsonLd({ '@type': 'Product' })}<meta property="og:type" content="website" />`;
    expect(declaresArticle(document)).toBeNull();
  });
});

describe('the article check’s body search', () => {
  it('reads the headline, date and publisher from the declared JSON-LD node without parsing the page’s JSON-LD again', () => {
    document.documentElement.lang = 'en';
    document.head.innerHTML = jsonLd({
      '@type': 'NewsArticle',
      headline: 'Ferry line opens',
      datePublished: '2026-12-01T08:00:00Z',
      publisher: { name: 'Harbour Post' },
    });
    document.body.innerHTML = `<nav>${paragraphs(1)}</nav><article>${paragraphs(4)}</article>`;
    const declared = declaresArticle(document);
    const parse = vi.spyOn(JSON, 'parse');
    const found = detectArticle(document, declared);
    expect(parse).not.toHaveBeenCalled();
    expect(found).toMatchObject({
      signal: 'json-ld',
      headline: 'Ferry line opens',
      published: '2026-12-01',
      siteName: 'Harbour Post',
      language: 'en',
    });
    expect(found?.root.tagName).toBe('ARTICLE');
  });

  it('reads the metadata itself when asked without a declaration (the idle check)', () => {
    document.head.innerHTML = `${jsonLd({ '@type': 'BlogPosting', headline: 'Ferry' })}<meta property="og:site_name" content="Post" />`;
    document.body.innerHTML = `<article>${paragraphs(4)}</article>`;
    expect(detectArticle(document)).toMatchObject({ signal: 'json-ld', headline: 'Ferry', siteName: 'Post' });
  });

  it('takes an undeclared <article> only with a long run of paragraphs', () => {
    document.body.innerHTML = `<article>${paragraphs(3)}</article>`;
    expect(detectArticle(document)).toBeNull();
    document.body.innerHTML = `<article><h1>Ferry</h1>${paragraphs(16)}</article>`;
    expect(detectArticle(document)).toMatchObject({ signal: 'article-block', headline: 'Ferry' });
  });

  it('reads the best block of any page the reader asks about, never as declared', () => {
    document.head.innerHTML = '<meta property="og:type" content="article" />';
    document.body.innerHTML = `<main>${paragraphs(2)}</main><aside>${paragraphs(1)}</aside>`;
    const asked = askedArticle(document);
    expect(asked?.signal).toBe('asked');
    expect(asked?.root.tagName).toBe('MAIN');
  });
});

describe('the article check’s thresholds and fallbacks', () => {
  const para = (chars: number) => `<p>${'a'.repeat(chars)}</p>`;

  it('takes a declared article only with enough prose, from its block or else the whole page', () => {
    document.head.innerHTML = '<meta property="og:type" content="article" />';
    document.body.innerHTML = `<article>${para(250)}${para(249)}</article>`;
    expect(detectArticle(document)).toBeNull();
    document.body.innerHTML = `<article>${para(250)}${para(250)}</article>`;
    expect(detectArticle(document)?.root.tagName).toBe('ARTICLE');
    // Too little in the marked block, enough on the page: the page is read whole.
    document.body.innerHTML = `<article>${para(100)}</article><div>${para(450)}</div>`;
    expect(detectArticle(document)?.root).toBe(document.body);
  });

  it('counts only paragraphs of a full line as prose', () => {
    document.head.innerHTML = '<meta property="og:type" content="article" />';
    document.body.innerHTML = `<article>${para(39).repeat(20)}</article>`;
    expect(detectArticle(document)).toBeNull();
    document.body.innerHTML = `<article>${para(40).repeat(13)}</article>`;
    expect(detectArticle(document)?.root.tagName).toBe('ARTICLE');
  });

  it('takes an undeclared block only inside an <article>, with enough prose in enough paragraphs', () => {
    document.body.innerHTML = `<main>${para(400).repeat(10)}</main>`;
    expect(detectArticle(document)).toBeNull();
    document.body.innerHTML = `<article>${para(400).repeat(7)}</article>`;
    expect(detectArticle(document)).toBeNull();
    document.body.innerHTML = `<article>${para(312).repeat(8)}</article>`;
    expect(detectArticle(document)).toBeNull();
    document.body.innerHTML = `<article>${para(313).repeat(8)}</article>`;
    expect(detectArticle(document)?.signal).toBe('article-block');
  });

  it('reads past JSON-LD that is broken, too large or too deep, and finds an article in a list', () => {
    const deep = [[[[{ '@type': 'NewsArticle' }]]]];
    document.head.innerHTML =
      '<script type="application/ld+json">{ not json</script>' +
      `<script type="application/ld+json">{"@type":"NewsArticle","pad":"${'x'.repeat(200_000)}"}</script>` +
      jsonLd(deep);
    expect(declaresArticle(document)).toBeNull();
    document.head.innerHTML += jsonLd([{ '@type': 'WebPage' }, { '@type': ['Thing', 'Report'], headline: 'Ferry' }]);
    expect(declaresArticle(document)).toEqual({
      signal: 'json-ld',
      node: { '@type': ['Thing', 'Report'], headline: 'Ferry' },
    });
  });

  it('takes the headline, publisher and date from the page’s meta tags when JSON-LD has none', () => {
    document.documentElement.setAttribute('lang', ' ');
    document.head.innerHTML =
      jsonLd({ '@type': 'NewsArticle', headline: ' ', datePublished: 'soon', publisher: 'Post' }) +
      '<meta property="og:title" content=" Ferry line opens " />' +
      '<meta name="og:site_name" content="Harbour Post" />' +
      '<meta property="article:published_time" content="2026-12-01T08:00:00Z" />';
    document.body.innerHTML = `<h1>Not this</h1><article>${para(600)}</article>`;
    const found = detectArticle(document);
    expect(found).toMatchObject({ headline: 'Ferry line opens', siteName: 'Harbour Post', published: '2026-12-01' });
    expect(found).not.toHaveProperty('language');
    // No og:title: the first heading; nothing at all: no key.
    document.head.innerHTML =
      '<meta property="og:type" content="article" /><meta property="og:site_name" content=" " />';
    expect(detectArticle(document)?.headline).toBe('Not this');
    document.body.innerHTML = `<article>${para(600)}</article>`;
    expect(Object.keys(detectArticle(document) ?? {}).sort()).toEqual(['root', 'signal']);
  });

  it('reads the whole body when the reader asks about a page with no body block', () => {
    document.body.innerHTML = `<div>${para(50)}</div>`;
    expect(askedArticle(document)?.root).toBe(document.body);
  });
});
