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
