/**
 * The whole extraction pipeline on one article, as the background runs it and as
 * `npm run eval:extract` and `npm run story:draft` run it in Node: the article's HTML (the body
 * block the page sent) → a DOM (linkedom: the service worker has no DOMParser, and one parser
 * everywhere keeps the figures the eval reports true of the extension) → Readability's text →
 * sentences, names, roles, quotes → a story.
 */
import { parseHTML } from 'linkedom';
import type { Story } from '../../data/schema';
import { type ArticleText, articleFromDocument } from './article-text';
import { type ExtractedArticle, extractArticle } from './extract-article';
import { type CuratedName, storyFromArticle } from './story-from-article';

/** What the content script sends: the article block's HTML and what the page says about it. */
export interface ArticleRequest {
  url: string;
  html: string;
  headline?: string;
  siteName?: string;
  /** YYYY-MM-DD */
  published?: string;
  language?: string;
}

/** The article's text and what extraction found in it; undefined when no article text was found. */
export function extractFromRequest(
  request: ArticleRequest,
): { text: ArticleText; extracted: ExtractedArticle } | undefined {
  // Parsed by linkedom into its own tree, never the browser's: no script runs, nothing loads.
  const { document } = parseHTML(
    `<!doctype html><html><head><title></title></head><body>${request.html}</body></html>`,
  );
  if (request.headline) document.title = request.headline;
  if (request.language) document.documentElement.setAttribute('lang', request.language);
  const text = articleFromDocument(document as unknown as Document);
  if (!text) return undefined;
  const extracted = extractArticle({
    // The headline as printed (Readability's, checked against the page's <h1>) over the
    // metadata's, which is often an SEO variant or carries the site's name.
    headline: text.headline || request.headline,
    paragraphs: text.paragraphs,
    ...(text.blockQuotes ? { blockQuotes: text.blockQuotes } : {}),
    ...((request.language ?? text.language) ? { language: request.language ?? text.language } : {}),
  });
  return { text, extracted };
}

/** The story of the article; undefined when no article text was found in the HTML. */
export function readArticle(
  request: ArticleRequest,
  curated: ReadonlyMap<string, CuratedName>,
  today: string,
): Story | undefined {
  const found = extractFromRequest(request);
  if (!found) return undefined;
  const { text, extracted } = found;
  return storyFromArticle(
    extracted,
    {
      url: request.url,
      source: request.siteName ?? text.siteName ?? hostOf(request.url),
      date: request.published ?? isoDay(text.publishedTime) ?? today,
      ...(text.headline || request.headline ? { headline: text.headline || request.headline } : {}),
    },
    curated,
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function isoDay(value: string | undefined): string | undefined {
  return value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
}
