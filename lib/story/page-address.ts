/**
 * A page's address without its #fragment: one document, whatever part of it the reader is at.
 * What an article's story, a tab's state and the reading archive are keyed by.
 */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
