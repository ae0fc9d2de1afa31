import { describe, expect, it } from 'vitest';
import { camelCase } from '../../../components/shared/messages';
import type { MessageKey } from '../../../lib/views/messages';
import { pageRestriction } from '../../../lib/views/restricted-pages';
import { english, ukrainian } from '../../helpers/messages';

describe('pageRestriction', () => {
  it.each([
    'https://www.theguardian.com/world/2025/may/16/ukraine-russia-talks-istanbul',
    'http://127.0.0.1:8080/demo/index.html',
    'https://news.example.com/pdf-guide.html',
    'https://chrome.google.com/search?q=webstore',
    'https://example.com/story#section',
    'https://chrome.google.com/webstorefront/deals',
    'https://example.com/report.pdf.html',
  ])('lets Backstory run on the ordinary web page %s', (url) => {
    expect(pageRestriction(url)).toBeNull();
  });

  it.each([
    'chrome://settings/',
    'chrome://newtab/',
    'edge://extensions/',
    'brave://settings',
    'about:blank',
    'about:addons',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
    'moz-extension://0b5f7c1e-1111-2222-3333-444455556666/popup.html',
    'view-source:https://example.com/',
    'devtools://devtools/bundled/inspector.html',
  ])('says %s is one of the browser’s own pages', (url) => {
    expect(pageRestriction(url)?.kind).toBe('browser-page');
  });

  it.each([
    'https://chromewebstore.google.com/detail/some-extension/abcdef',
    'https://chrome.google.com/webstore/detail/abcdef',
    'https://chrome.google.com/webstore',
    'https://addons.mozilla.org/en-US/firefox/addon/ublock-origin/',
    'https://microsoftedge.microsoft.com/addons/detail/abc',
  ])('says %s is an extension store', (url) => {
    expect(pageRestriction(url)?.kind).toBe('extension-store');
  });

  it.each([
    'https://example.com/reports/annual-report.pdf',
    'https://example.com/files/REPORT.PDF',
    'file:///home/reader/Downloads/briefing.pdf',
    'https://example.com/my%20report.pdf',
    'https://example.com/100%.pdf',
  ])('says %s is a PDF shown by the browser', (url) => {
    expect(pageRestriction(url)?.kind).toBe('pdf');
  });

  it('says a local HTML file is not a web page Backstory reads', () => {
    expect(pageRestriction('file:///home/reader/page.html')?.kind).toBe('local-file');
  });

  it.each([
    undefined,
    '',
    'not a url',
    'data:text/html,<p>hi</p>',
    'ftp://example.com/file.txt',
    'blob:https://example.com/1',
  ])('treats %s as not a web page', (url) => {
    expect(pageRestriction(url)?.kind).toBe('not-a-web-page');
  });

  it('names each restriction by a kind the panels explain in English and Ukrainian', () => {
    const urls = ['chrome://settings', 'https://addons.mozilla.org/', 'https://example.com/a.pdf', 'file:///a.txt', ''];
    for (const url of urls) {
      const kind = pageRestriction(url)?.kind ?? 'none';
      const key = `restricted${camelCase(kind)}` as MessageKey;
      expect(english.t(key), url).not.toBe(key);
      expect(ukrainian.t(key), url).toMatch(/[\u0400-\u04FF]/);
    }
  });
});
