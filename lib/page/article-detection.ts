/**
 * Is this page a news article, and where is its body? Asked once per page, after the first scan,
 * so it must be cheap and conservative: a page is read as an article only when it says so in its
 * metadata (schema.org Article JSON-LD, `og:type=article`) and has a block of real prose, or when,
 * without metadata, an <article> block holds a long run of paragraphs. Search results, inboxes,
 * shops and documentation say neither, and get nothing unless the reader asks from the popup.
 */

/** The check runs in the page's first idle period after its first scan, waiting at most this long. */
export const ARTICLE_CHECK_IDLE_TIMEOUT_MS = 2000;

export type ArticleSignal = 'json-ld' | 'og-type' | 'article-block' | 'asked';

export interface DetectedArticle {
  signal: ArticleSignal;
  /** The block holding the article's body (its HTML is what extraction reads). */
  root: Element;
  headline?: string;
  siteName?: string;
  /** Publication date as YYYY-MM-DD, when the page states one. */
  published?: string;
  /** The page's declared language ("en", "en-GB"). */
  language?: string;
}

/** Prose a page with article metadata must have: a photo gallery or a video page has little. */
const MIN_PROSE_WITH_METADATA = 500;
/** Prose an <article> block needs to count without metadata: far more than a docs page's intro. */
const MIN_PROSE_BLOCK_ONLY = 2500;
const MIN_PARAGRAPHS_BLOCK_ONLY = 8;
/** JSON-LD larger than this is not read: a page could hide megabytes there. */
const MAX_JSON_LD_CHARS = 200_000;

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
]);

const BODY_SELECTORS = '[itemprop="articleBody"], article, main, [role="main"]';

interface Prose {
  chars: number;
  paragraphs: number;
}

/**
 * The article on this page, or null when the page does not look like one. `declared`: what
 * `declaresArticle` already read of the page, so its JSON-LD is not parsed twice.
 */
export function detectArticle(
  doc: Document,
  declared: ArticleDeclaration | null = declaresArticle(doc),
): DetectedArticle | null {
  const metadata = articleMetadata(doc, declared);
  const body = bestBodyBlock(doc);
  if (metadata.signal) {
    // Pages that mark no body block are read whole; Readability finds the article in them.
    const candidate = body && body.prose.chars >= MIN_PROSE_WITH_METADATA ? body : wholeBody(doc);
    if (!candidate || candidate.prose.chars < MIN_PROSE_WITH_METADATA) return null;
    return { ...metadata, signal: metadata.signal, root: candidate.element };
  }
  if (
    body?.element.closest('article') &&
    body.prose.chars >= MIN_PROSE_BLOCK_ONLY &&
    body.prose.paragraphs >= MIN_PARAGRAPHS_BLOCK_ONLY
  ) {
    return { ...metadata, signal: 'article-block', root: body.element };
  }
  return null;
}

export type ArticleMetadata = Partial<DetectedArticle>;

/** That the page's metadata declares an article, and the JSON-LD node that does, already parsed. */
export interface ArticleDeclaration {
  signal: 'json-ld' | 'og-type';
  node?: JsonRecord;
}

/**
 * Whether the page's metadata declares an article (JSON-LD or og:type), or null: cheap enough to
 * ask before the first scan, without looking for the body. The rest of what the page says of
 * itself (headline, date, publisher) is read by `detectArticle`, which only some pages need and
 * which the content script loads as a module of its own (docs/decisions/0029).
 */
export function declaresArticle(doc: Document): ArticleDeclaration | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    const node = articleNode(parseJson(text));
    if (node) return { signal: 'json-ld', node };
  }
  return metaContent(doc, 'og:type')?.toLowerCase() === 'article' ? { signal: 'og-type' } : null;
}

function metaContent(doc: Document, property: string): string | undefined {
  return (
    doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content')?.trim() ||
    undefined
  );
}

/** The page read as an article because the reader asked: the best body block, or the whole body. */
export function askedArticle(doc: Document): DetectedArticle | null {
  const root = bestBodyBlock(doc)?.element ?? doc.body;
  if (!root) return null;
  const { signal: _ignored, ...metadata } = articleMetadata(doc);
  return { ...metadata, signal: 'asked', root };
}

function articleMetadata(doc: Document, declared = declaresArticle(doc)): ArticleMetadata {
  const found: ArticleMetadata = {};
  const lang = doc.documentElement.getAttribute('lang')?.trim();
  if (lang) found.language = lang;
  if (declared) found.signal = declared.signal;
  const node = declared?.node;
  if (node) {
    const headline = stringOf(node.headline);
    if (headline) found.headline = headline;
    const published = isoDay(stringOf(node.datePublished));
    if (published) found.published = published;
    const publisher = node.publisher;
    const siteName = stringOf(isRecord(publisher) ? publisher.name : undefined);
    if (siteName) found.siteName = siteName;
  }
  const meta = (property: string) => metaContent(doc, property);
  found.headline ??= meta('og:title') ?? doc.querySelector('h1')?.textContent?.trim() ?? undefined;
  found.siteName ??= meta('og:site_name');
  found.published ??= isoDay(meta('article:published_time'));
  if (!found.headline) delete found.headline;
  if (!found.siteName) delete found.siteName;
  if (!found.published) delete found.published;
  return found;
}

/** The candidate block with the most paragraph text. */
function bestBodyBlock(doc: Document): { element: Element; prose: Prose } | undefined {
  let best: { element: Element; prose: Prose } | undefined;
  for (const element of doc.querySelectorAll(BODY_SELECTORS)) {
    const prose = proseIn(element);
    if (!best || prose.chars > best.prose.chars) best = { element, prose };
  }
  return best;
}

function wholeBody(doc: Document): { element: Element; prose: Prose } | undefined {
  return doc.body ? { element: doc.body, prose: proseIn(doc.body) } : undefined;
}

/** Paragraph text in a block (textContent: no layout is forced). */
function proseIn(element: Element): Prose {
  let chars = 0;
  let paragraphs = 0;
  for (const p of element.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    // A one-line "Share this" or a caption is not prose.
    if (length < 40) continue;
    chars += length;
    paragraphs++;
  }
  return { chars, paragraphs };
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The first node typed as an article, looking through arrays and `@graph`. */
function articleNode(data: unknown, depth = 0): JsonRecord | undefined {
  if (depth > 3) return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = articleNode(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const types = ([] as unknown[]).concat(data['@type']);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return data;
  return articleNode(data['@graph'], depth + 1);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isoDay(value: string | undefined): string | undefined {
  const day = value?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  return day;
}
