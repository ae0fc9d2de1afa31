/**
 * The key for per-site switches: a page's host name, lower case, without a leading "www."
 * (so that switching off example.com also covers www.example.com) and without a port.
 * Pages that are not http(s) have no site key: Backstory does not run on them.
 */

export function siteKeyOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normaliseHost(parsed.hostname);
}

/**
 * What a reader typed into "add a site": a host name or a whole address ("nytimes.com",
 * "https://www.nytimes.com/section/world"). Null when it is neither.
 */
export function siteKeyFromInput(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const key = siteKeyOf(withScheme);
  if (!key) return null;
  // A bare word such as "news" is more likely a typo than a site; localhost is the one exception.
  if (!key.includes('.') && !key.includes(':') && key !== 'localhost') return null;
  return key;
}

function normaliseHost(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return null;
  return host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
}
