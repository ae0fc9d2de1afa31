/** Served by scripts/bundled-matcher.ts at build time: the bundled stories' matcher tables. */
declare module 'virtual:backstory/bundled-matcher' {
  import type { MatcherSnapshot } from '../../lib/matcher-tables';

  const snapshot: MatcherSnapshot;
  export default snapshot;
}
