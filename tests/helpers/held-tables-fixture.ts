/** What the held-tables tests share: a snapshot as storage hands it back, and an article's few names. */
import type { MatcherSnapshot } from '../../lib/matching/matcher-tables';
import { buildMatcher, matcherSnapshot } from '../../lib/matching/table-builder';
import type { AliasEntry } from '../../lib/story/story-model';
import { TEST_ALIASES } from './engine-test-aliases';

/** A snapshot as storage hands it back: through JSON, a fresh object each time, as each page load reads one. */
export const storedSnapshot = (aliases: readonly AliasEntry[]): MatcherSnapshot =>
  JSON.parse(JSON.stringify(matcherSnapshot(buildMatcher(aliases))));

const [first] = TEST_ALIASES as [AliasEntry];
/** An article's few names after a catalog's, one of them declined. */
export const ARTICLE_ALIASES: readonly AliasEntry[] = [
  { ...first, entityId: 'hakan-fidan', text: 'Hakan Fidan' },
  { ...first, entityId: 'hakan-fidan', text: 'Fidan' },
  { ...first, entityId: 'kovalchuk', text: 'Ковальчук', inflection: { lang: 'uk', person: true } },
];
