/**
 * The modules the content scripts import on demand (entrypoints/card-view, entrypoints/table-builder,
 * entrypoints/reading-watch, entrypoints/paint-window, entrypoints/article-check, and the frame gate's entrypoints/frame-reader),
 * as built and as wxt.config.ts declares them web-accessible.
 */
export const CARD_VIEW_FILE = '/card-view.js';
export const TABLE_BUILDER_FILE = '/table-builder.js';
export const READING_WATCH_FILE = '/reading-watch.js';
export const PAINT_WINDOW_FILE = '/paint-window.js';
export const ARTICLE_CHECK_FILE = '/article-check.js';
export const FRAME_READER_FILE = '/frame-reader.js';
/** The frame gate (entrypoints/frame-gate), declared in the manifest as every frame's content script. */
export const FRAME_GATE_FILE = '/frame-gate.js';
