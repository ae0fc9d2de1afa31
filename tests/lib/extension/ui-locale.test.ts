import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiLocale } from '../../../lib/extension/ui-locale';

describe('the browser’s UI language', () => {
  it('is the language the browser shows its own interface in', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('uk');
    expect(uiLocale()).toBe('uk');
  });

  it('is English when the browser cannot say', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => {
      throw new Error('not implemented');
    });
    expect(uiLocale()).toBe('en');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('');
    expect(uiLocale()).toBe('en');
  });
});

describe('the browser’s UI language beside the table it reads', () => {
  it('is the table’s language when the browser reads a non-default table but names another language (headless Chromium)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('uk');
    expect(uiLocale()).toBe('uk');
  });

  it('keeps the browser’s own tag when it agrees with the table, or when the table is the English default', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('uk-UA');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('uk');
    expect(uiLocale()).toBe('uk-UA');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('en');
    expect(uiLocale()).toBe('de');
  });
});

describe('the table’s language, as the browser names it', () => {
  it('reads the table’s own “lang” message', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) =>
      key === 'lang' ? 'uk' : '') as never);
    expect(uiLocale()).toBe('uk');
  });
});
