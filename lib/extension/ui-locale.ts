/**
 * The language the browser shows its own interface in ("en-GB", "uk", "de"): dates and numbers
 * are formatted in it (lib/story/iso-date.ts, lib/views/messages.ts). The pure view models take
 * it as a parameter; the surfaces ask here. "en" when the browser cannot say.
 */
import { browser } from 'wxt/browser';

export function uiLocale(): string {
  let ui: string;
  try {
    ui = browser.i18n.getUILanguage() || 'en';
  } catch {
    // The tests' fake browser has no i18n.
    return 'en';
  }
  // The browser picked a table other than the default (public/_locales/) because its interface
  // is in that language. Headless Chromium started with --lang=uk still answers "en-US" above
  // while it reads the Ukrainian table: the table's language wins then (docs/decisions/0017).
  const table = tableLanguage();
  return table && table !== 'en' && ui.split('-')[0] !== table ? table : ui;
}

function tableLanguage(): string {
  try {
    return browser.i18n.getMessage('lang');
  } catch {
    return '';
  }
}
