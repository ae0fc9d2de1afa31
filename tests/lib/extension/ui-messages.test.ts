import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserMessages } from '../../../lib/extension/ui-messages';
import { type MessageTable, tableLookup } from '../../../lib/views/messages';
import { englishTable, ukrainianTable } from '../../helpers/messages';

/** The browser reading `table`, its own interface in `uiLanguage`. */
function browserReading(table: MessageTable, uiLanguage: string) {
  const lookup = tableLookup(table);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) =>
    lookup(key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []))) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
}

describe('the interface’s words from the browser', () => {
  it('says what the table the browser picked says, in that table’s language and plural forms', () => {
    browserReading(ukrainianTable, 'uk');
    const messages = browserMessages();
    expect(messages.lang).toBe('uk');
    expect(messages.count('mentionsOnPage', 5)).toBe('5 згадок на цій сторінці');
    expect(messages.count('forgotFromSite', 2, 'bbc.com')).toBe('Забуто 2 статті з bbc.com.');
  });

  it('writes numbers as the browser’s own language does', () => {
    browserReading(englishTable, 'de');
    const messages = browserMessages();
    expect(messages.lang).toBe('en');
    expect(messages.count('mentionsOnPage', 12_345)).toBe('12.345 mentions on this page');
  });

  it('takes English plural rules when the browser names no table language', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    expect(browserMessages().lang).toBe('en');
  });
});
