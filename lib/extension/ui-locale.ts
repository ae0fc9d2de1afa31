/**
 * The language the browser shows its own interface in ("en-GB", "uk", "de"): dates are formatted
 * in it (lib/story/iso-date.ts). The pure view models take it as a parameter; the surfaces ask
 * here. "en" when the browser cannot say.
 */
import { browser } from 'wxt/browser';

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    // The tests' fake browser has no i18n.
    return 'en';
  }
}
