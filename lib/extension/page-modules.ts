/**
 * The modules the content script imports on demand (entrypoints/card-view, entrypoints/table-builder,
 * entrypoints/reading-watch),
 * as built and as wxt.config.ts declares them web-accessible.
 */
export const CARD_VIEW_FILE = '/card-view.js';
export const TABLE_BUILDER_FILE = '/table-builder.js';
export const READING_WATCH_FILE = '/reading-watch.js';
