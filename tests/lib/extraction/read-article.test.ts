import { describe, expect, it } from 'vitest';
import { type ArticleRequest, extractFromRequest, readArticle } from '../../../lib/extraction/read-article';

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report says that the talks in Istanbul went on for hours, and that both delegations stayed late into the night.</p>`,
  ).join('\n');
const meta = `<meta property="og:site_name" content="Verily News">
  <meta property="article:published_time" content="2026-05-13T08:00:00Z">`;
const url = 'https://www.verily.example/world/talks';

function articleOf(request: Partial<ArticleRequest> & { html: string }) {
  return readArticle({ url, ...request }, new Map(), '2026-12-07')?.article;
}

describe('the story of an article block', () => {
  it('is nothing when the block holds no text', () => {
    expect(readArticle({ url, html: '' }, new Map(), '2026-12-07')).toBeUndefined();
    expect(extractFromRequest({ url, html: '<div></div>' })).toBeUndefined();
  });

  it('names the source and the day as the page states them', () => {
    const article = articleOf({ html: `${meta}<article><h1>Talks resume</h1>${body(4)}</article>` });
    expect(article).toMatchObject({ source: 'Verily News', date: '2026-05-13', url });
  });

  it('takes the source and the day the content script sent over the page’s', () => {
    const article = articleOf({
      html: `${meta}<article>${body(4)}</article>`,
      siteName: 'Verily',
      published: '2026-05-01',
    });
    expect(article).toMatchObject({ source: 'Verily', date: '2026-05-01' });
  });

  it('falls back to the host without "www." and to the day it was read', () => {
    const html = `<meta property="article:published_time" content="May 13"><article>${body(4)}</article>`;
    expect(articleOf({ html })).toMatchObject({ source: 'verily.example', date: '2026-12-07' });
    expect(articleOf({ html, url: 'not a url' })?.source).toBe('not a url');
  });

  it('takes the headline sent when the page prints none, and reads it as the first sentence', () => {
    const article = articleOf({ html: `<article>${body(4)}</article>`, headline: 'Talks go on' });
    expect(article?.headline).toBe('Talks go on');
    expect(article?.sentences[0]?.text).toBe('Talks go on');
  });

  it('reads the language sent (and marks the page with it), else guesses it from the text', () => {
    const html = `<article>${body(4)}</article>`;
    expect(extractFromRequest({ url, html, language: 'fr' })?.extracted.language).toBe('fr');
    expect(extractFromRequest({ url, html, language: 'de-DE' })?.text.language).toBe('de-DE');
    expect(extractFromRequest({ url, html })?.extracted.language).toBe('en');
  });

  it('reads a block quotation as a quote', () => {
    const html = `<article><blockquote><p>We will rebuild every school that the water took from us, every one.</p></blockquote>${body(4)}</article>`;
    expect(extractFromRequest({ url, html })?.extracted.quotes.map((q) => q.text)).toEqual([
      'We will rebuild every school that the water took from us, every one.',
    ]);
  });
});

describe('what the request adds to the page', () => {
  it('prints the page’s <h1> over the headline sent when the <h1> is a version of it', () => {
    const article = articleOf({
      html: `<article><h1>Talks resume in Istanbul</h1>${body(4)}</article>`,
      headline: 'Talks resume in Istanbul | Verily News',
    });
    expect(article?.headline).toBe('Talks resume in Istanbul');
    expect(article?.sentences[0]?.text).toBe('Talks resume in Istanbul');
  });

  it('has no made-up headline or language when the request sends none', () => {
    const html = `<article>${body(4)}</article>`;
    expect(articleOf({ html })?.headline).toMatch(/^Paragraph 1 of the report/);
    expect(extractFromRequest({ url, html })?.text.language).toBeUndefined();
  });

  it('keeps "www." inside a host, and reads a day only at the start of the page’s date', () => {
    const html = `<meta property="article:published_time" content="on 2026-05-13"><article>${body(4)}</article>`;
    expect(articleOf({ html, url: 'https://archive.www.example.org/x' })).toMatchObject({
      source: 'archive.www.example.org',
      date: '2026-12-07',
    });
  });
});
