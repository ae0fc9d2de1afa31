import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromDocument, articleFromPlainText } from '../../../lib/extraction/article-text';

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report says that the talks in Istanbul went on for hours, and that both delegations stayed late into the night to agree on terms.</p>`,
  ).join('\n');

const page = `<!doctype html><html lang="en-GB"><head><title>Talks resume | Verily News</title>
<meta property="og:site_name" content="Verily News"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Rustem Umerov live updates</nav>
<article><h1>Talks resume</h1>
${body(3)}
<figure><img src="a.jpg"><figcaption>Hakan Fidan greets delegates. Photo: Jane Credit</figcaption></figure>
<h2>What comes next</h2>
<blockquote><p>We want peace, and we want it now.</p></blockquote>
<p>Related: Another story entirely</p>
${body(2)}
</article>
<aside class="comments"><p>Great article! — Commenter Bob Jones</p></aside>
<footer>Copyright Verily News</footer></body></html>`;

describe('articleFromDocument', () => {
  it('drops the note about the writer at the foot of the article', () => {
    const { document } = parseHTML(`<!doctype html><html><body><article><h1>Talks resume</h1>
      <div class="byline"><p>By Elena Marchetti</p><p>Reporting from Washington</p></div>
      ${body(4)}
      <p>Elena Marchetti covers Congress for The Capitol Ledger. She has reported from Washington since 2015.</p>
      <p>A version of this article appears in print on May 13, 2026, Section A, Page 14.</p>
      </article></body></html>`);
    const all = articleFromDocument(document as unknown as Document)?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/Paragraph 4 of the report/);
    expect(all).not.toMatch(/Marchetti|appears in print/);
  });

  it('drops the note about a writer whose byline says what they did ("Interview by …")', () => {
    const { document } = parseHTML(`<!doctype html><html><body><article><h1>Talks resume</h1>
      <p class="byline">Interview by Hannah Ledger · 3 December 2026 · 7 min read</p>
      ${body(4)}
      <p>Hannah Ledger is the magazine’s environment editor.</p>
      </article></body></html>`);
    const all = articleFromDocument(document as unknown as Document)?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/Paragraph 4 of the report/);
    expect(all).not.toMatch(/Ledger/);
  });

  it('returns the article body as paragraphs, headings included, without nav, captions or comments', () => {
    const { document } = parseHTML(page);
    const article = articleFromDocument(document as unknown as Document);
    expect(article?.paragraphs[0]).toMatch(/^Paragraph 1 of the report/);
    expect(article?.paragraphs).toContain('What comes next');
    const all = article?.paragraphs.join('\n') ?? '';
    expect(all).not.toMatch(/Fidan|Jane Credit|Commenter|Home|Copyright|Related:/);
    expect(article?.headline).toBe('Talks resume');
    expect(article?.language).toBe('en-GB');
  });

  it('marks the paragraphs of a block quotation', () => {
    const { document } = parseHTML(page);
    const article = articleFromDocument(document as unknown as Document);
    const index = article?.paragraphs.indexOf('We want peace, and we want it now.') ?? -1;
    expect(index).toBeGreaterThan(0);
    expect(article?.blockQuotes).toEqual([index]);
  });

  it('leaves the caller’s document untouched (Readability rewrites the tree it reads)', () => {
    const { document } = parseHTML(page);
    const before = document.documentElement.outerHTML;
    articleFromDocument(document as unknown as Document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('works on the test environment’s own DOM as well as linkedom’s', () => {
    const document = new DOMParser().parseFromString(page, 'text/html');
    expect(articleFromDocument(document)?.paragraphs[0]).toMatch(/^Paragraph 1/);
  });
});

describe('articleFromPlainText', () => {
  it('makes one paragraph per non-empty line', () => {
    expect(articleFromPlainText('First line.\n\n  Second   line. \r\nThird.\n').paragraphs).toEqual([
      'First line.',
      'Second line.',
      'Third.',
    ]);
  });

  it('drops the wire credits at the foot of the article', () => {
    const { document } = parseHTML(`<!doctype html><html><body><article><h1>Talks resume</h1>
      ${body(4)}
      <p>Lakeshore Daily reporter Colleen Maher contributed to this report.</p>
      <p>(Reporting by Priya Sundaram in New York; Editing by Marguerite Fell)</p>
      </article></body></html>`);
    const all = articleFromDocument(document as unknown as Document)?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/Paragraph 4 of the report/);
    expect(all).not.toMatch(/Maher|Sundaram/);
  });

  it('drops "X contributed reporting from Y." at the foot, and keeps a sentence that ends in "contributed."', () => {
    const { document } = parseHTML(`<!doctype html><html><body><article><h1>Talks resume</h1>
      ${body(4)}
      <p>The fund grew because every parish contributed.</p>
      <p><em>Dorothea Vance contributed reporting from Laramie.</em></p>
      </article></body></html>`);
    const all = articleFromDocument(document as unknown as Document)?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/every parish contributed/);
    expect(all).not.toMatch(/Vance/);
  });
});

describe('media labels', () => {
  it('drops a labelled video or gallery caption printed in the article block', () => {
    const { document } = parseHTML(`<!doctype html><html><body><article><h1>Talks resume</h1>
      <p>Video: KTCN 4 photojournalist Ben Arneson spoke with the rescuers.</p>
      ${body(4)}
      </article></body></html>`);
    const all = articleFromDocument(document as unknown as Document)?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/Paragraph 4 of the report/);
    expect(all).not.toMatch(/Arneson/);
  });
});
