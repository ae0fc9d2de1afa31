import { describe, expect, it } from 'vitest';
import { siteKeyFromInput, siteKeyOf } from '../../../lib/storage/site-key';

describe('site keys', () => {
  it('uses the host name without www, port or case', () => {
    expect(siteKeyOf('https://www.BBC.co.uk/news/world-123')).toBe('bbc.co.uk');
    expect(siteKeyOf('http://127.0.0.1:8080/demo/index.html')).toBe('127.0.0.1');
    expect(siteKeyOf('https://edition.cnn.com/')).toBe('edition.cnn.com');
  });

  it('gives no key to pages Backstory does not run on', () => {
    expect(siteKeyOf('chrome://extensions')).toBeNull();
    expect(siteKeyOf('file:///home/a.html')).toBeNull();
    expect(siteKeyOf('not a url')).toBeNull();
  });

  it('accepts a typed host name or a pasted address', () => {
    expect(siteKeyFromInput('  nytimes.com ')).toBe('nytimes.com');
    expect(siteKeyFromInput('https://www.nytimes.com/section/world')).toBe('nytimes.com');
    expect(siteKeyFromInput('WWW.Guardian.com')).toBe('guardian.com');
    expect(siteKeyFromInput('localhost')).toBe('localhost');
  });

  it('turns international domain names into their ASCII form', () => {
    expect(siteKeyFromInput('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('rejects text that is not a site', () => {
    expect(siteKeyFromInput('')).toBeNull();
    expect(siteKeyFromInput('news')).toBeNull();
    expect(siteKeyFromInput('two words.com')).toBeNull();
    expect(siteKeyFromInput('javascript:alert(1)')).toBeNull();
  });
});
