/**
 * The matcher for the bundled stories, made at build time: a Vite plugin serves it as the module
 * `virtual:backstory/bundled-matcher` (a MatcherSnapshot, see lib/matching/matcher-tables.ts) to
 * the background, which hands it to each page (docs/decisions/0022), so that a page load reads the
 * trie and patterns back instead of building them in cold code. Made from the same validated
 * story files the extension bundles; a catalog that differs at run time (a pack enabled, a story
 * switched off) is built as before. Why: docs/decisions/0001.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { bundledStories } from '../data/stories';
import type { MatcherSnapshot } from '../lib/matching/matcher-tables';
import { buildMatcher, matcherSnapshot } from '../lib/matching/table-builder';
import { buildCatalog, outlineOf } from '../lib/story/story-model';

export const BUNDLED_MATCHER_MODULE = 'virtual:backstory/bundled-matcher';
const RESOLVED_ID = `\0${BUNDLED_MATCHER_MODULE}`;
/** The version of what the background hands pages (tables and outlines), for its stored copy. */
export const BUNDLED_VERSION_MODULE = 'virtual:backstory/bundled-version';
const RESOLVED_VERSION_ID = `\0${BUNDLED_VERSION_MODULE}`;

export function bundledMatcherSnapshot(): MatcherSnapshot {
  return matcherSnapshot(buildMatcher(buildCatalog(bundledStories).aliases));
}

/** A digest of the bundled stories' outlines and tables: a page reads a stored copy only of its own build's. */
export function bundledVersion(): string {
  const given = JSON.stringify({ outlines: bundledStories.map(outlineOf), matcher: bundledMatcherSnapshot() });
  return createHash('sha256').update(given).digest('hex').slice(0, 16);
}

export function bundledMatcherPlugin(): Plugin {
  let development = false;
  return {
    name: 'backstory-bundled-matcher',
    configResolved(config) {
      development = config.mode === 'development';
    },
    resolveId: (id) =>
      id === BUNDLED_MATCHER_MODULE ? RESOLVED_ID : id === BUNDLED_VERSION_MODULE ? RESOLVED_VERSION_ID : undefined,
    load(id) {
      // A development build has no tables, so no stored copy either: its pages ask the background.
      if (id === RESOLVED_VERSION_ID)
        return `export default ${development ? 'undefined' : JSON.stringify(bundledVersion())};`;
      if (id !== RESOLVED_ID) return undefined;
      // `wxt dev` keeps the modules this config imported when it started (stories, fold tables,
      // matcher code): tables made from them could disagree with code edited since, so a
      // development build makes its matcher on the page.
      if (development) return 'export default undefined;';
      // A JSON string parsed once: quicker for the engine to read than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundledMatcherSnapshot()))});`;
    },
  };
}
