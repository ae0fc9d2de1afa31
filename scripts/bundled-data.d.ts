/**
 * Served at build time by the plugins beside this file: the bundled stories' matcher tables
 * (bundled-matcher.ts; undefined in a `wxt dev` build) and their outlines (bundled-outlines.ts).
 * The background holds them and hands them to each page (docs/decisions/0022). Only the
 * extension's build resolves them: vitest does not, so unit tests never import
 * entrypoints/background.ts.
 */
declare module 'virtual:backstory/bundled-matcher' {
  import type { MatcherSnapshot } from '../lib/matching/matcher-tables';

  const snapshot: MatcherSnapshot | undefined;
  export default snapshot;
}

declare module 'virtual:backstory/bundled-outlines' {
  import type { StoryOutline } from '../lib/story/story-model';

  const outlines: StoryOutline[];
  export default outlines;
}
