import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteKeyFromInput, siteKeyOf, siteKeyOfHost } from '../../../lib/storage/site-key';
import { pageHost, siteCovers } from '../../../lib/storage/site-match';

/** [address, site key, note?] */
const REAL_SITES: [string, string, string?][] = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../fixtures/sites/real-sites.json'), 'utf8'),
).sites;

describe('site keys', () => {
  it.each(REAL_SITES)('%s is the site %s', (url, key) => {
    expect(siteKeyOf(url)).toBe(key);
  });

  it('makes one site of a domain and the hosts below it (switching off bbc.co.uk covers news.bbc.co.uk)', () => {
    expect(siteKeyOf('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(siteKeyOf('https://www.BBC.co.uk/news/world-123')).toBe('bbc.co.uk');
    expect(siteKeyOf('https://bbc.co.uk/')).toBe('bbc.co.uk');
  });

  it('keeps apart the sites that share a public suffix (github.io, blogspot.com)', () => {
    expect(siteKeyOf('https://alice.github.io/')).toBe('alice.github.io');
    expect(siteKeyOf('https://bob.github.io/')).toBe('bob.github.io');
    expect(siteKeyOf('https://someone.blogspot.com/')).toBe('someone.blogspot.com');
  });

  it('gives no key to a host that is itself a public suffix, which would cover every site under it', () => {
    expect(siteKeyOf('https://github.io/')).toBeNull();
    expect(siteKeyOf('https://s3.amazonaws.com/bucket/page.html')).toBeNull();
    expect(siteKeyOfHost('co.uk')).toBeNull();
  });

  it('keeps addresses and names without a public suffix as they are', () => {
    expect(siteKeyOf('http://127.0.0.1:8080/demo/index.html')).toBe('127.0.0.1');
    expect(siteKeyOf('http://localhost:3000/')).toBe('localhost');
    expect(siteKeyOf('http://[::1]/')).toBe('[::1]');
  });

  it('gives no key to pages Backstory does not run on', () => {
    expect(siteKeyOf('chrome://extensions')).toBeNull();
    expect(siteKeyOf('file:///home/a.html')).toBeNull();
    expect(siteKeyOf('not a url')).toBeNull();
  });

  it('every real page is covered by its own key, and by no other page’s key from another site', () => {
    for (const [url, key] of REAL_SITES) {
      const host = pageHost(url) as string;
      expect(siteCovers(key, host)).toBe(true);
      for (const [, other] of REAL_SITES) {
        if (other !== key) expect(siteCovers(other, host), `${other} covers ${host}`).toBe(false);
      }
    }
  });
});

describe('a site typed into the options page', () => {
  it('accepts a typed host name or a pasted address, as its site key', () => {
    expect(siteKeyFromInput('  nytimes.com ')).toEqual({ ok: true, key: 'nytimes.com' });
    expect(siteKeyFromInput('https://www.nytimes.com/section/world')).toEqual({ ok: true, key: 'nytimes.com' });
    expect(siteKeyFromInput('WWW.Guardian.com')).toEqual({ ok: true, key: 'guardian.com' });
    expect(siteKeyFromInput('news.bbc.co.uk')).toEqual({ ok: true, key: 'bbc.co.uk' });
    expect(siteKeyFromInput('localhost')).toEqual({ ok: true, key: 'localhost' });
    // No scheme at its start, though its query holds an address.
    expect(siteKeyFromInput('nytimes.com/world?from=https://a.example')).toEqual({ ok: true, key: 'nytimes.com' });
  });

  it('turns international domain names into their ASCII form', () => {
    expect(siteKeyFromInput('bücher.de')).toEqual({ ok: true, key: 'xn--bcher-kva.de' });
  });

  it('rejects text that is not a site', () => {
    // An address drops tabs and line breaks inside it: 'bbc\t.co.uk' would pass as bbc.co.uk.
    for (const text of ['', 'news', 'two words.com', 'javascript:alert(1)', 'news.bbc\t.co.uk', 'bbc\n.co.uk']) {
      expect(siteKeyFromInput(text)).toEqual({ ok: false, reason: 'not-a-site' });
    }
  });

  it('rejects a suffix that many sites share, naming it', () => {
    expect(siteKeyFromInput('github.io')).toEqual({ ok: false, reason: 'shared-suffix', host: 'github.io' });
    expect(siteKeyFromInput('https://co.uk/')).toEqual({ ok: false, reason: 'shared-suffix', host: 'co.uk' });
  });
});
