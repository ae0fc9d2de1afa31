import { describe, expect, it } from 'vitest';
import { pageHost, siteCovers } from '../../../lib/storage/site-match';

describe('a page’s host', () => {
  it('is the host name in lower case, without port or trailing dot', () => {
    expect(pageHost('https://News.BBC.co.uk./x?y#z')).toBe('news.bbc.co.uk');
    expect(pageHost('http://127.0.0.1:4178/demo/index.html')).toBe('127.0.0.1');
  });

  it('is null on pages Backstory does not run on', () => {
    expect(pageHost('chrome://extensions')).toBeNull();
    expect(pageHost('file:///home/a.html')).toBeNull();
    expect(pageHost('not a url')).toBeNull();
    // A host of dots only is left with no name once its trailing dot goes.
    expect(pageHost('http://./')).toBeNull();
  });
});

describe('which pages a site key covers', () => {
  it('covers the domain itself and every host below it', () => {
    expect(siteCovers('bbc.co.uk', 'bbc.co.uk')).toBe(true);
    expect(siteCovers('bbc.co.uk', 'www.bbc.co.uk')).toBe(true);
    expect(siteCovers('bbc.co.uk', 'news.bbc.co.uk')).toBe(true);
  });

  it('does not cover a host that only ends in the same letters, or a sibling site', () => {
    expect(siteCovers('bbc.co.uk', 'notbbc.co.uk')).toBe(false);
    expect(siteCovers('alice.github.io', 'bob.github.io')).toBe(false);
    expect(siteCovers('news.bbc.co.uk', 'bbc.co.uk')).toBe(false);
  });

  it('an empty key covers nothing', () => {
    expect(siteCovers('', 'bbc.co.uk')).toBe(false);
  });
});
