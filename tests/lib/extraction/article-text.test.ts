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

  it('drops "X contributed from Y." at the foot', () => {
    const { document } = parseHTML(`<!doctype html><html><body><article><h1>Talks resume</h1>
      ${body(4)}
      <p>Associated writer Priya Venkat contributed from Olympia, Washington.</p>
      </article></body></html>`);
    const all = articleFromDocument(document as unknown as Document)?.paragraphs.join('\n') ?? '';
    expect(all).toMatch(/Paragraph 4 of the report/);
    expect(all).not.toMatch(/Venkat/);
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

describe('the headline, the byline and what the page says about the article', () => {
  const read = (html: string) => articleFromDocument(parseHTML(html).document as unknown as Document);
  const headed = (title: string, h1: string) =>
    read(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${h1}</h1>${body(4)}
      </article></body></html>`)?.headline;

  it('prints the <h1> as the headline when it is a version of the title, else the title', () => {
    // Three of the h1's five words are the title's, and three of the title's four.
    expect(headed('Talks resume in Istanbul', 'Talks resume in Ankara today')).toBe('Talks resume in Ankara today');
    // Three of six.
    expect(headed('Talks resume in Istanbul', 'Talks resume in Ankara and Izmir')).toBe('Talks resume in Istanbul');
    // All of the h1's words, and four of the title's eight.
    expect(headed('Talks resume in Istanbul after six long days', 'Talks resume in Istanbul')).toBe(
      'Talks resume in Istanbul',
    );
    // Three of eight.
    expect(headed('Talks resume in Istanbul after six long days', 'Talks resume in')).toBe(
      'Talks resume in Istanbul after six long days',
    );
  });

  it('gives the byline, the site’s name and the publication time the page states', () => {
    const article = read(`<!doctype html><html><head><title>Talks resume</title>
      <meta property="og:site_name" content="Verily News">
      <meta property="article:published_time" content="2026-05-13T08:00:00Z"></head>
      <body><article><h1>Talks resume</h1><p class="byline">By Nora Fitzgerald</p>${body(4)}</article></body></html>`);
    expect(article).toMatchObject({
      headline: 'Talks resume',
      byline: 'By Nora Fitzgerald',
      siteName: 'Verily News',
      publishedTime: '2026-05-13T08:00:00Z',
    });
    expect(article?.paragraphs).toHaveLength(4);
    const bare = read(`<!doctype html><html><body><article>${body(4)}</article></body></html>`);
    expect(bare && Object.keys(bare).sort()).toEqual(['headline', 'paragraphs']);
  });

  it('drops a first paragraph that repeats the headline in any case, but not a later one', () => {
    const article = read(`<!doctype html><html><head><title>Talks resume</title></head><body><article>
      <p>TALKS RESUME</p>${body(3)}<p>Talks resume</p></article></body></html>`);
    expect(article?.paragraphs).toHaveLength(4);
    expect(article?.paragraphs[0]).toMatch(/^Paragraph 1/);
    expect(article?.paragraphs[3]).toBe('Talks resume');
  });

  it('drops the note about each writer of a byline that names several', () => {
    const article = read(`<!doctype html><html><head><title>Talks resume</title></head><body><article>
      <p class="byline">Words and pictures by Nora Fitzgerald, Sam Achterberg &amp; Ida Holm and Piet Jansen</p>${body(3)}
      <p>Ida Holm took the photographs.</p><p>Sam Achterberg reported from Ankara.</p>
      <p>Nora Fitzgerald covers Turkey.</p><p>Piet Jansen edited the piece.</p></article></body></html>`);
    expect(article?.paragraphs.join('\n')).not.toMatch(/Holm|Achterberg|Fitzgerald|Jansen/);
  });

  it('keeps a paragraph that opens with the writer’s name but is the article’s, or is too long for a note', () => {
    const long = 'Nora Fitzgerald covers Turkey and has done so for years. '.repeat(6).trim();
    const article = read(`<!doctype html><html><head><title>Talks resume</title></head><body><article>
      <p class="byline">Par Nora Fitzgerald</p>${body(3)}<p>${long}</p>
      <p>Nora Fitzgerald's notes were lost.</p><p>Nora Fitzgerald Said Nothing.</p></article></body></html>`);
    expect(article?.paragraphs.slice(3)).toEqual([
      long,
      "Nora Fitzgerald's notes were lost.",
      'Nora Fitzgerald Said Nothing.',
    ]);
  });

  it('reads non-breaking and zero-width spaces as spaces (a note written with them is still a note)', () => {
    const article = read(`<!doctype html><html><head><title>Talks resume</title></head><body><article>
      <p class="byline">Von Claire Dubois</p>${body(3)}<p>Claire\u00a0Dubois\u200b writes\u00a0 here.</p>
      <p>Every\u00a0\u00a0word\u200bcounts.</p></article></body></html>`);
    expect(article?.paragraphs.join('\n')).not.toMatch(/writes/);
    expect(article?.paragraphs.at(-1)).toBe('Every word counts.');
  });
});

describe('an article stored as plain text', () => {
  it('cleans the headline given with it, and has none when none is given', () => {
    expect(articleFromPlainText('One line.', '  Talks\u00a0 resume ').headline).toBe('Talks resume');
    expect(articleFromPlainText('One line.').headline).toBe('');
  });
});

describe('the text inside a paragraph', () => {
  const read = (html: string) => articleFromDocument(parseHTML(html).document as unknown as Document);

  it('joins a paragraph’s links, emphasis and comments into one paragraph with all its words', () => {
    const article = read(`<!doctype html><html><head><title>Talks resume</title></head><body><article>
      <p>The talks in <a href="/istanbul">Istanbul</a> went on <em>for hours</em><!-- ad slot -->, both sides said.</p>
      ${body(3)}</article></body></html>`);
    expect(article?.paragraphs[0]).toBe('The talks in Istanbul went on for hours, both sides said.');
  });

  it('drops a note about the writer only when it is shorter than 300 characters', () => {
    const note = (length: number) => 'Nora Fitzgerald covers Turkey and the region'.padEnd(length, 's');
    const at = (length: number) =>
      read(`<!doctype html><html><head><title>Talks resume</title></head><body><article>
        <p class="byline">By Nora Fitzgerald</p>${body(3)}<p>${note(length)}</p></article></body></html>`)?.paragraphs;
    expect(at(299)).toHaveLength(3);
    expect(at(300)).toHaveLength(4);
  });
});
