/**
 * The card's module, loaded by the content script on the first card a reader asks for
 * (entrypoints/content/card-loader.ts), as an ES module: wxt.config.ts builds this entrypoint
 * with its exports rather than as a script that runs.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export {
  type CardController,
  type CardControllerOptions,
  type CardEngine,
  startCardController,
} from './card-controller';
export { type CardStories, type CardView, createCardView } from './card-view';

// WXT finds its entrypoints by their default export; nothing runs this one on its own.
export default defineUnlistedScript(() => {});
