/**
 * Whether a per-site switch or a site correction applies to a page, decided without the public
 * suffix list, so that the content script (loaded with every page) never carries it.
 * A site key is a registrable domain ("bbc.co.uk", "alice.github.io"; lib/storage/site-key.ts
 * makes them, in the background): it covers its own host and every host below it. That is right
 * only because no key is ever a public suffix ("co.uk", "github.io"): site-key.ts gives no key
 * for such a host. Keys stored by older versions (a host minus "www.") cover their own host and
 * those below it too, until the settings migration turns them into registrable domains.
 */

/** A page's host name as keys are compared with it: lower case, no port, no trailing dot; null unless http(s). */
export function pageHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return host === '' ? null : host;
}

/** Whether the site key covers a page on `host`: the host is the key's domain or one below it. */
export function siteCovers(siteKey: string, host: string): boolean {
  return host === siteKey || host.endsWith(`.${siteKey}`);
}

/**
 * The answer to what a reader typed into the options page's "add a site" (lib/storage/site-key.ts
 * `siteKeyFromInput`). `not-a-site`: not a host name or an address; `shared-suffix`: a suffix many
 * sites share (github.io), named in `host`.
 */
export type SiteInput =
  | { ok: true; key: string }
  | { ok: false; reason: 'not-a-site' }
  | { ok: false; reason: 'shared-suffix'; host: string };
