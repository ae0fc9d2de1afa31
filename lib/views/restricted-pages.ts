/**
 * Which pages Backstory cannot read, and why, so the popup and side panel can say so plainly
 * instead of looking broken. Pure: takes a URL string, knows nothing of the browser APIs.
 */

export type RestrictionKind =
  /** The browser's own pages (settings, new tab, history) and other extensions' pages. */
  | 'browser-page'
  /** Extension stores: browsers block every extension there. */
  | 'extension-store'
  /** A PDF shown by the browser's built-in viewer. */
  | 'pdf'
  /** A file on this computer: the content script only runs on web pages. */
  | 'local-file'
  /** Anything else that is not an http(s) page: data:, blob:, ftp:, a blank tab. */
  | 'not-a-web-page';

/** The panels say why in the reader's words, by kind (`restricted…` in public/_locales). */
export interface Restriction {
  kind: RestrictionKind;
}

/** Schemes that belong to the browser or to extensions (Chromium and its forks, Firefox, Safari). */
const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'safari-web-extension:',
  'view-source:',
  'extension:',
]);

/**
 * Hosts (and path prefixes) where browsers refuse to run extensions' content scripts.
 * Chrome: both Web Store addresses; Edge: its add-ons site; Firefox: AMO and its CDN-free variants.
 */
const STORE_PREFIXES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'addons.opera.com', path: '/' },
];

/** Returns why Backstory cannot run on `url`, or null when it is an ordinary web page. */
export function pageRestriction(url: string | undefined | null): Restriction | null {
  const kind = restrictionKind(url);
  return kind ? { kind } : null;
}

function restrictionKind(url: string | undefined | null): RestrictionKind | null {
  if (!url) return 'not-a-web-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-web-page';
  }
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === 'view-source:' || BROWSER_SCHEMES.has(scheme)) return 'browser-page';
  if (scheme === 'file:') return isPdfPath(parsed.pathname) ? 'pdf' : 'local-file';
  if (scheme !== 'http:' && scheme !== 'https:') return 'not-a-web-page';

  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  if (STORE_PREFIXES.some((s) => host === s.host && (path === s.path || path.startsWith(withSlash(s.path))))) {
    return 'extension-store';
  }
  if (isPdfPath(parsed.pathname)) return 'pdf';
  return null;
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Firefox shows PDFs under their own URL (pdf.js); a `.pdf` path is the only sign the popup gets. */
function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(safeDecode(pathname));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
