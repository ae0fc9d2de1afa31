/**
 * The key for per-site switches and site corrections: the page's registrable domain, read from
 * the public suffix list (tldts), private section included. "This site" is what a reader means by
 * it: news.bbc.co.uk and www.bbc.co.uk are both bbc.co.uk, while alice.github.io and
 * bob.github.io are two sites. An IP address, localhost or an intranet name (no public suffix) is
 * its own key. A host that is itself a public suffix (github.io, s3.amazonaws.com) has no key: a
 * key covers every host below it (lib/storage/site-match.ts), and such a key would switch off
 * every site under that suffix.
 *
 * The list is large: only the background imports this file, and the pages that need a key ask it
 * (`siteKeyOf` and `siteKeyFromInput` messages); the layer check keeps it out of every other
 * bundle (docs/decisions/0016-registrable-domains-json-locations-and-dates-from-libraries.md).
 */
import { parse } from 'tldts';
import { pageHost, type SiteInput } from './site-match';

const PARSE_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;

/** The site key of a host name as `pageHost` gives it; null when the host is a public suffix. */
export function siteKeyOfHost(host: string): string | null {
  const parsed = parse(host, PARSE_OPTIONS);
  if (parsed.isIp) return host;
  if (parsed.domain) return parsed.domain;
  // Only the list's default rule matched (a single label such as localhost): no suffix to share.
  return parsed.isIcann || parsed.isPrivate ? null : host;
}

/** The site key of a page; null for pages that are not http(s) (Backstory does not run there) or have none. */
export function siteKeyOf(url: string): string | null {
  const host = pageHost(url);
  return host === null ? null : siteKeyOfHost(host);
}

/**
 * What a reader typed into "add a site": a host name or a whole address ("nytimes.com",
 * "https://www.nytimes.com/section/world"), as its site key.
 */
export function siteKeyFromInput(input: string): SiteInput {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return { ok: false, reason: 'not-a-site' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const host = pageHost(withScheme);
  // A bare word such as "news" is more likely a typo than a site; localhost is the one exception.
  if (host === null || (!host.includes('.') && !host.includes(':') && host !== 'localhost')) {
    return { ok: false, reason: 'not-a-site' };
  }
  const key = siteKeyOfHost(host);
  return key === null ? { ok: false, reason: 'shared-suffix', host } : { ok: true, key };
}
