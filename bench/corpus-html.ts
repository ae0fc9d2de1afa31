/**
 * The corpus pages as both bench tables serve them: read once, page scripts stripped (only the
 * measured code runs), and the ten-times-larger page made from one of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../tests/e2e/paths';

const stripped = new Map<string, string>();

/** A corpus page's HTML without its scripts (read from disk once per run). */
export function corpusHtml(file: string): string {
  let html = stripped.get(file);
  if (html === undefined) {
    html = readFileSync(path.join(CORPUS_DIR, file), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    stripped.set(file, html);
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
