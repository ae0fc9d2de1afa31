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
