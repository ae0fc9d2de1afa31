/**
 * Loads the card's module (entrypoints/card-view) the first time a card is wanted: a dynamic
 * import of the extension's own file, declared web-accessible for the pages the content script
 * runs on (at a per-session address in Chrome). A page that no reader hovers never loads the
 * card's controller, Preact, its styles or the stories' facts. Why this way and not
 * `scripting.executeScript`: docs/decisions/0011.
 */
import { browser } from 'wxt/browser';
import { CARD_VIEW_FILE } from '../../lib/extension/page-modules';

export type CardModule = typeof import('../card-view/index');

export function loadCardModule(): Promise<CardModule> {
  return import(/* @vite-ignore */ browser.runtime.getURL(CARD_VIEW_FILE));
}
