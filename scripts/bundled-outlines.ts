/**
 * The bundled stories as every page needs them, made at build time: only their entities' names
 * and aliases (`outlineOf` in lib/story/story-model.ts), served to the content script as the
 * module `virtual:backstory/bundled-outlines`. The facts, quotes and sources a card shows come
 * with the card's own module, on first use. Why: docs/decisions/0011.
 */
import type { Plugin } from 'vite';
import { bundledStories } from '../data/stories';
import { outlineOf, type StoryOutline } from '../lib/story/story-model';

export const BUNDLED_OUTLINES_MODULE = 'virtual:backstory/bundled-outlines';
const RESOLVED_ID = `\0${BUNDLED_OUTLINES_MODULE}`;

export function bundledOutlines(): StoryOutline[] {
  return bundledStories.map(outlineOf);
}

export function bundledOutlinesPlugin(): Plugin {
  let development = false;
  return {
    name: 'backstory-bundled-outlines',
    configResolved(config) {
      development = config.mode === 'development';
    },
    resolveId: (id) => (id === BUNDLED_OUTLINES_MODULE ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // `wxt dev` keeps the stories this config imported when it started: a development build
      // outlines the story files on the page, so that edits to them show.
      if (development) {
        return [
          `import { bundledStories } from '${new URL('../data/stories/index.ts', import.meta.url).pathname}';`,
          `import { outlineOf } from '${new URL('../lib/story/story-model.ts', import.meta.url).pathname}';`,
          'export default bundledStories.map(outlineOf);',
        ].join('\n');
      }
      // A JSON string parsed once: quicker for the engine to read than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundledOutlines()))});`;
    },
  };
}
