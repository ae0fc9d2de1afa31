/**
 * From a page's `Document` to the article body as plain paragraphs, the input of extraction.
 * Mozilla's Readability finds the body (it is what Firefox's Reader View runs, and it copes with
 * the nav, rails and comment threads of real news pages); this file only turns its result into
 * paragraphs and drops what is not the article's own prose: captions and photo credits, "Related:"
 * and "Read more" links, advertising labels. It works on any DOM implementation Readability
 * accepts (the browser's, or linkedom's in Node), and never touches the caller's document:
 * Readability rewrites the tree it is given, so it gets a clone.
 * Plain text (one paragraph per line, as the seed articles are stored) goes through
 * `articleFromPlainText` instead.
 */
import { Readability } from '@mozilla/readability';

export interface ArticleText {
  headline: string;
  paragraphs: string[];
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** BCP 47 tag as the page declares it ("en", "en-US"), when it does. */
  language?: string;
  /** Indexes of the paragraphs printed inside a block quotation (`<blockquote>`). */
  blockQuotes?: number[];
}

/** Elements whose text ends a paragraph: each becomes its own paragraph. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'BR',
  'HR',
]);

/** Elements that are not the article's prose: captions, credits, embedded UI. */
const SKIPPED = new Set([
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'IMG',
  'SVG',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
]);

/** Paragraphs that are the site's furniture, not the article's text. */
const FURNITURE =
  /^(?:related(?: stories| articles| coverage)?\s*:|read (?:more|also|the full)|also read|see also|continue reading|advertisement$|sponsored|powered by|click here|sign up|subscribe|follow us|share this|image copyright|image caption|media caption|getty images$|copyright ©|©|a version of this article appears in print|(?:video|watch|listen|gallery)\s*:)/i;

/**
 * A wire story's credits at its foot ("Lakeshore Daily reporter X contributed to this report.",
 * "X contributed reporting from Cheyenne.", "Associated writer X contributed from Olympia, Washington.",
 * "(Reporting by X; Editing by Y)"): about the writers, not the article.
 */
const CREDITS =
  /(?:contributed(?: reporting)? to this (?:report|story|article)\.?|contributed (?:reporting )?from [\p{L} ,'’-]+\.?|^\(?(?:additional )?reporting by .*\)?)$/iu;

/** The article body of a document (browser or linkedom), as paragraphs; null when none is found. */
export function articleFromDocument(document: Document): ArticleText | null {
  const clone = document.cloneNode(true) as Document;
  // `serializer: el => el` keeps the result as an element: no HTML string to parse back.
  const result = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  if (!result?.content) return null;
  const headline = printedHeadline(document, clean(result.title ?? '') || clean(document.title ?? ''));
  const byline = clean(result.byline ?? '');
  const authors = authorNames(byline);
  const blocks = paragraphsOf(result.content).filter(
    (b, i) =>
      !FURNITURE.test(b.text) &&
      !CREDITS.test(b.text) &&
      !(i === 0 && sameText(b.text, headline)) &&
      !isAuthorNote(b.text, authors),
  );
  const article: ArticleText = { headline, paragraphs: blocks.map((b) => b.text) };
  const blockQuotes = blocks.flatMap((b, i) => (b.quoted ? [i] : []));
  if (blockQuotes.length > 0) article.blockQuotes = blockQuotes;
  if (byline) article.byline = byline;
  const siteName = clean(result.siteName ?? '');
  if (siteName) article.siteName = siteName;
  if (result.publishedTime) article.publishedTime = result.publishedTime;
  const language = result.lang ?? document.documentElement?.getAttribute('lang');
  if (language) article.language = language;
  return article;
}

/**
 * The headline as printed: the page's <h1> when it is a version of the title (the <title> often
 * carries the site's name or an SEO variant), else the title.
 */
function printedHeadline(document: Document, title: string): string {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const titleWords = words(title);
  for (const h1 of Array.from(document.querySelectorAll('h1'))) {
    const text = clean(h1.textContent ?? '');
    const own = words(text);
    if (own.size === 0) continue;
    const shared = [...own].filter((w) => titleWords.has(w)).length;
    if (shared / own.size >= 0.6 && shared / titleWords.size >= 0.5) return text;
  }
  return title;
}

/**
 * The writers a byline names ("By Nora Fitzgerald and Sam Achterberg" → both, "Interview by
 * Hannah Ledger" → her), two words each.
 * Readability joins the byline's lines without a space ("Elena MarchettiReporting from …"), so a
 * name is also tried cut where a lower-case letter meets a capital.
 */
function authorNames(byline: string): string[] {
  return (
    byline
      // "By …", and the French and German "Par …", "Von …"; "Interview by …", "Words and
      // pictures by …": a few words saying what the writer did may come first.
      .replace(/^(?:\p{L}+\s+){0,3}?(?:by|par|von)\s+/iu, '')
      .split(/\s*(?:,|&|\band\b)\s*/)
      .map((part) => /^\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+/u.exec(part)?.[0])
      .filter((name): name is string => name !== undefined)
      .flatMap((name) => [name, name.replace(/(\p{Ll})\p{Lu}\p{Ll}{2,}.*$/u, '$1')])
  );
}

/**
 * "Elena Marchetti covers Congress for …", "Hannah Lowry is a columnist": a short note about the
 * writer, printed inside the article block, is the author box, not the article.
 */
function isAuthorNote(text: string, authors: readonly string[]): boolean {
  return (
    text.length < 300 &&
    authors.some((name) => text.startsWith(`${name} `) && /^\p{Ll}/u.test(text.slice(name.length + 1)))
  );
}

/** One paragraph per non-empty line: the form seed articles are stored in. */
export function articleFromPlainText(text: string, headline = ''): ArticleText {
  const paragraphs = text
    .split(/\r?\n/)
    .map(clean)
    .filter((line) => line.length > 0);
  return { headline: clean(headline), paragraphs };
}

/** Text of block-level elements, inline runs joined, skipping captions, credits and embedded UI. */
function paragraphsOf(root: Element): { text: string; quoted: boolean }[] {
  const paragraphs: { text: string; quoted: boolean }[] = [];
  let current = '';
  let quoteDepth = 0;
  const flush = () => {
    const text = clean(current);
    if (text) paragraphs.push({ text, quoted: quoteDepth > 0 });
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (BLOCKS.has(tag)) {
        flush();
        if (tag === 'BLOCKQUOTE') quoteDepth++;
        walk(child);
        flush();
        if (tag === 'BLOCKQUOTE') quoteDepth--;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
