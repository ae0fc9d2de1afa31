/**
 * Per-tab state derived from a content script's PageReport: how often the page mentions each
 * entity and each story, and which story the page is about. Pure: no browser, no storage.
 */
import type { EntityType, SideId } from '../data/schema';
import { mostMentionedStory, storyMentionCounts } from './card-content';
import type { MentionSummary, PageReport, TabState } from './messages';
import { type Catalog, entityView } from './story-model';

/**
 * Mentions of unknown entities (a stale content script after a data update) are dropped
 * rather than shown as blank rows.
 */
export function deriveTabState(tabId: number, report: PageReport, catalog: Catalog, now: number): TabState {
  const mentions = report.mentions.filter((m) => catalog.entities.has(m.entityId));
  // No prototype: an entity may be called "constructor" (ids are any lowercase words).
  const entityCounts: Record<string, number> = Object.create(null);
  for (const mention of mentions) entityCounts[mention.entityId] = (entityCounts[mention.entityId] ?? 0) + 1;
  const storyCounts = storyMentionCounts(
    catalog,
    mentions.map((m) => m.entityId),
  );
  return {
    ...report,
    mentions,
    tabId,
    entityCounts,
    storyCounts,
    // Most mentions wins; ties go to catalog order so the answer is stable (same rule as the cards).
    primaryStoryId: mostMentionedStory(catalog, storyCounts) ?? null,
    updatedAt: now,
  };
}

/** One entity on the page, as the popup and "On this page" list it. */
export interface PageEntity {
  entityId: string;
  name: string;
  type: EntityType;
  /** Role as the story tells it ("Russia’s chief negotiator"). */
  role: string;
  side: SideId;
  count: number;
  /** Index of its first mention in page order: where "jump to" goes. */
  firstMentionIndex: number;
}

/**
 * The entities on the page as `storyId` tells them, most-mentioned first (then page order).
 * Entities outside that story are still listed, told by the first story that features them.
 */
export function pageEntities(state: Pick<TabState, 'mentions'>, catalog: Catalog, storyId?: string): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const mention of state.mentions) {
    const existing = byId.get(mention.entityId);
    if (existing) {
      existing.count += 1;
      // Reports come in page order, but a merge must not move "jump to" off the first mention.
      if (mention.index < existing.firstMentionIndex) existing.firstMentionIndex = mention.index;
      continue;
    }
    const view = entityView(catalog, mention.entityId, storyId);
    if (!view) continue;
    byId.set(mention.entityId, {
      entityId: mention.entityId,
      name: view.name,
      type: view.type,
      role: view.role.text,
      side: view.side,
      count: 1,
      firstMentionIndex: mention.index,
    });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.firstMentionIndex - b.firstMentionIndex);
}

/** Mentions in page order (the content script reports them so, but a merge must not reorder). */
export function mentionsInPageOrder(state: Pick<TabState, 'mentions'>): MentionSummary[] {
  return [...state.mentions].sort((a, b) => a.index - b.index);
}
