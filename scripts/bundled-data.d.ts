/**
 * Served at build time by bundled-matcher.ts: the bundled stories' matcher tables (undefined in a
 * `wxt dev` build) and the version of what pages are handed. The background holds the tables and
 * hands them to each page with the stories' outlines, also through a stored copy of that version
 * (docs/decisions/0022). Only the extension's build resolves these modules: vitest does
 * not, so unit tests never import entrypoints/background.ts.
 */
declare module 'virtual:backstory/bundled-matcher' {
  import type { MatcherSnapshot } from '../lib/matching/matcher-tables';

  const snapshot: MatcherSnapshot | undefined;
  export default snapshot;
}

declare module 'virtual:backstory/bundled-version' {
  /** Undefined in a `wxt dev` build. */
  const version: string | undefined;
  export default version;
}
