/**
 * Served by scripts/bundled-matcher.ts at build time: the bundled stories' matcher tables
 * (undefined in a `wxt dev` build). Only the extension's build resolves it: vitest does not, so
 * unit tests import the engine, never entrypoints/content/index.ts.
 */
declare module 'virtual:backstory/bundled-matcher' {
  import type { MatcherSnapshot } from '../../lib/matching/matcher-tables';

  const snapshot: MatcherSnapshot | undefined;
  export default snapshot;
}
