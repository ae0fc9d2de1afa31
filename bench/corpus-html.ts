/**
 * The corpus pages as the bench tables serve them: read once, page scripts stripped (only the
 * measured code runs), and the ten-times-larger page made from one of them. The extension's loads
 * keep the pages' JSON-LD: it is data, never run, and the article check reads it as on the real
 * page (schema.org Article, headline, date); the engine table's pages stay as they always were.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../tests/e2e/paths';

const SCRIPTS = /<script\b[\s\S]*?<\/script\s*>/gi;
/** Every script but a JSON-LD data block. */
const RUNNABLE_SCRIPTS = /<script\b(?![^>]*\btype\s*=\s*["']?application\/ld\+json)[\s\S]*?<\/script\s*>/gi;

const cache = new Map<string, string>();

export interface CorpusHtmlOptions {
  /** Keep JSON-LD blocks (`<script type="application/ld+json">`), which no browser runs. */
  keepData?: boolean;
}

/** A corpus page's HTML without its scripts (read from disk once per run and variant). */
export function corpusHtml(file: string, options: CorpusHtmlOptions = {}): string {
  const key = `${options.keepData ? 'data' : 'bare'}:${file}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = readFileSync(path.join(CORPUS_DIR, file), 'utf8').replace(options.keepData ? RUNNABLE_SCRIPTS : SCRIPTS, '');
    cache.set(key, html);
  }
  return html;
}

/** The page with its body's content repeated ten times. */
export function tenTimes(html: string): string {
  const open = html.search(/<body\b[^>]*>/i);
  const close = html.search(/<\/body\s*>/i);
  if (open < 0 || close < 0) return html.repeat(10);
  const bodyStart = html.indexOf('>', open) + 1;
  const inner = html.slice(bodyStart, close);
  return html.slice(0, bodyStart) + inner.repeat(10) + html.slice(close);
}
