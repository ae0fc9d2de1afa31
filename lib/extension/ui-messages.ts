/**
 * The interface's words from the browser (`browser.i18n.getMessage`): the browser picks the
 * table from `public/_locales/` by its own language, falling back to English, and no table is
 * bundled into any script. Numbers follow the browser's language (docs/decisions/0017).
 */
import { browser } from 'wxt/browser';
import { createMessages, type MessageKey, type Messages } from '../views/messages';
import { uiLocale } from './ui-locale';

export function browserMessages(): Messages {
  const lang = browser.i18n.getMessage('lang') || 'en';
  return createMessages(
    // WXT types the keys of the English table; plural forms English lacks (`_few`, `_many`) are
    // asked for too, and the browser answers "" when the table in use has no such key.
    (key, substitutions) => browser.i18n.getMessage(key as MessageKey, substitutions),
    lang,
    uiLocale(),
  );
}
