/** The built card module (entrypoints/card-view), as wxt.config.ts declares it web-accessible. */
export const CARD_VIEW_FILE = '/card-view.js';
