/**
 * Served at build time: the bundled stories' matcher tables (scripts/bundled-matcher.ts;
 * undefined in a `wxt dev` build) and their outlines (scripts/bundled-outlines.ts). Only the
 * extension's build resolves them: vitest does not, so unit tests import the engine, never
 * entrypoints/content/index.ts.
 */
declare module 'virtual:backstory/bundled-matcher' {
  import type { MatcherSnapshot } from '../../lib/matching/matcher-tables';

  const snapshot: MatcherSnapshot | undefined;
  export default snapshot;
}

declare module 'virtual:backstory/bundled-outlines' {
  import type { StoryOutline } from '../../lib/story/story-model';

  const outlines: readonly StoryOutline[];
  export default outlines;
}
