/**
 * What a content script tells the background about its page's mentions: how many of each entity
 * and where each is first, over the whole page, and only the first few mentions with their
 * snippets. Never every mention: a page can hold tens of thousands, and a report with a snippet
 * for each is one long task on the page and a tab state too big to store (issue 25, finding 4).
 * Snippets are asked for only for the mentions kept. Pure: the snippet reader comes in.
 */
import type { MentionSummary, PageReport } from './tab-state';

/** Mentions listed with snippets in "On this page"; the counts cover the whole page. */
export const MENTION_LIST_LIMIT = 200;

export type MentionTally = Pick<PageReport, 'mentions' | 'entityCounts' | 'firstMentions' | 'totalMentions'>;

interface FoundMention {
  index: number;
  entityId: string;
  text: string;
}

/** `mentions` in page order, as the engine keeps them. */
export function summariseMentions<M extends FoundMention>(
  mentions: readonly M[],
  snippet: (mention: M) => { before: string; after: string },
  limit: number = MENTION_LIST_LIMIT,
): MentionTally {
  // No prototype: an entity may be called "constructor" (ids are any lowercase words).
  const entityCounts: Record<string, number> = Object.create(null);
  const firstMentions: Record<string, number> = Object.create(null);
  for (const { entityId, index } of mentions) {
    entityCounts[entityId] = (entityCounts[entityId] ?? 0) + 1;
    const first = firstMentions[entityId];
    if (first === undefined || index < first) firstMentions[entityId] = index;
  }
  const listed: MentionSummary[] = mentions.slice(0, limit).map((mention) => ({
    index: mention.index,
    entityId: mention.entityId,
    text: mention.text,
    ...snippet(mention),
  }));
  return { mentions: listed, entityCounts, firstMentions, totalMentions: mentions.length };
}
