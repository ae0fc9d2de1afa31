/**
 * Per-tab state derived from a content script's PageReport: how often the page mentions each
 * entity and each story, and which story the page is about. Pure: no browser, no storage.
 */
import type { EntityType, SideId, Story } from '../../data/schema';
import { formatIsoDate } from '../story/iso-date';
import type { PanelStory } from '../story/story-index';
import { type Catalog, type CatalogIndex, tellingStoryId, withArticle } from '../story/story-model';
import { pageStories } from '../story/story-ranking';

/** A mention as the panels see it: no DOM, just what to list and where to jump. */
export interface MentionSummary {
  index: number;
  entityId: string;
  text: string;
  /** Surrounding page text, trimmed to a few words each side. */
  before: string;
  after: string;
  /** The frame it is in (the browser's `frameId`), when not the top frame: where a jump is sent. */
  frameId?: number;
}

/** What the content script reports about its tab. */
export interface PageReport {
  url: string;
  title: string;
  /** "off" when Backstory is switched off globally or for this site. */
  status: 'active' | 'off-global' | 'off-site';
  /**
   * A whole-page scan is under way (the first one, or one after switching on, a new catalog or a
   * single-page-site navigation): the report went out before it ended, e.g. on the first report's
   * time limit (a huge page, or a background tab, which is not read until shown). Another report
   * follows when the scan is done, mentions or not.
   */
  reading: boolean;
  /** The first mentions in page order, with snippets: at most MENTION_LIST_LIMIT (report-summary.ts). */
  mentions: MentionSummary[];
  /** Mentions per entity id, over the whole page. */
  entityCounts: Record<string, number>;
  /** The index of each entity's first mention, over the whole page: where "jump to" goes. */
  firstMentions: Record<string, number>;
  /** Mentions on the whole page; more than `mentions.length` when the list was capped. */
  totalMentions: number;
}

/** One same-origin frame's mentions, as the background keeps them (made by frame-mentions.ts). */
export interface FrameMentions
  extends Pick<PageReport, 'mentions' | 'entityCounts' | 'firstMentions' | 'totalMentions'> {
  frameId: number;
}

/** The page's mentions per entity: the top frame's and every frame's. */
export function pageCounts(state: Pick<PageReport, 'entityCounts'> & { frames?: readonly FrameMentions[] }) {
  const counts: Record<string, number> = Object.create(null);
  for (const part of [state, ...(state.frames ?? [])])
    for (const [entityId, count] of Object.entries(part.entityCounts))
      counts[entityId] = (counts[entityId] ?? 0) + count;
  return counts;
}

/** Mentions on the page: the top frame's and every frame's. */
export function pageTotal(state: Pick<PageReport, 'totalMentions'> & { frames?: readonly FrameMentions[] }): number {
  return (state.frames ?? []).reduce((sum, frame) => sum + frame.totalMentions, state.totalMentions);
}

/** A page title is a line in the panels; a page may make it megabytes long. */
export const TITLE_LIMIT = 300;

/** The title as the panels may show it: cut at TITLE_LIMIT characters, with an ellipsis. */
export function capTitle(title: string): string {
  return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}

/** Per-tab state kept by the background, derived from the latest PageReport. */
export interface TabState extends PageReport {
  tabId: number;
  /** Mentions per story id (a mention counts for every story that features its entity). */
  storyCounts: Record<string, number>;
  /** The story with most mentions, or null when the page mentions none. */
  primaryStoryId: string | null;
  /** The story Backstory read from the article on this page, if it is one (or the reader asked). */
  article?: Story;
  /** On a page read as an article: the curated story the page is also about, if any. */
  relatedStoryId?: string;
  /**
   * The mentions of the page's same-origin frames, which report too (frame-mentions.ts); the
   * fields above are the top frame's. Absent when no frame names anyone.
   */
  frames?: FrameMentions[];
  /**
   * The browser's id of the top frame's document that made the fields above (the sender's
   * `documentId`): whether a "loading" tab replaced it or only loaded a frame is asked of it
   * (lib/extension/tab-updates.ts). Absent before the top frame reports, or where none is given.
   */
  topDocument?: string;
  updatedAt: number;
}

/**
 * Mentions of unknown entities (a stale content script after a data update) are dropped
 * rather than shown as blank rows. A page Backstory read as an article is about that article;
 * otherwise about the story whose entities it mentions most.
 */
export function deriveTabState(
  tabId: number,
  report: PageReport,
  activeCatalog: Catalog,
  now: number,
  article?: Story,
  frames: readonly FrameMentions[] = [],
): TabState {
  const catalog = withArticle(activeCatalog, article);
  const mentions = report.mentions.filter((m) => catalog.entities.has(m.entityId));
  // No prototype: an entity may be called "constructor" (ids are any lowercase words).
  const entityCounts: Record<string, number> = Object.create(null);
  const firstMentions: Record<string, number> = Object.create(null);
  let totalMentions = 0;
  for (const [entityId, count] of Object.entries(report.entityCounts)) {
    if (!catalog.entities.has(entityId) || !Number.isInteger(count) || count <= 0) continue;
    entityCounts[entityId] = count;
    totalMentions += count;
    // Own properties only: a plain object's inherited "constructor" is not a mention index.
    const first = Object.hasOwn(report.firstMentions, entityId) ? report.firstMentions[entityId] : undefined;
    if (typeof first === 'number') firstMentions[entityId] = first;
  }
  // Names in the page's frames count for what the page is about as the top frame's do.
  const stories = pageStories(catalog, eachMention(pageCounts({ entityCounts, frames })));
  return {
    // Picked, not spread: a frame's report re-derives the state from the last one (background.ts).
    url: report.url,
    status: report.status,
    reading: report.reading,
    title: capTitle(report.title),
    mentions,
    entityCounts,
    firstMentions,
    totalMentions,
    tabId,
    storyCounts: stories.counts,
    // The page's own article first; else the curated story it is about (same rule as the cards).
    primaryStoryId: article?.id ?? stories.primary ?? null,
    ...(article ? { article } : {}),
    ...(article && stories.primary ? { relatedStoryId: stories.primary } : {}),
    ...(frames.length > 0 ? { frames: [...frames] } : {}),
    updatedAt: now,
  };
}

/**
 * The stories a tab's panels tell: those its mentions belong to (`pageEntities` tells an entity by
 * the first story that features it, and a mention counts for every such story), the one the page is
 * about and its related one. What the panels read of the packs (storage/panel-catalog.ts).
 */
export function storiesOfPage(
  state: Pick<TabState, 'storyCounts' | 'primaryStoryId' | 'relatedStoryId'> | null,
): string[] {
  if (!state) return [];
  const ids = new Set(Object.keys(state.storyCounts));
  if (state.primaryStoryId) ids.add(state.primaryStoryId);
  if (state.relatedStoryId) ids.add(state.relatedStoryId);
  return [...ids];
}

/** Every mention's entity id, as many times as it is mentioned (what story ranking counts). */
function* eachMention(entityCounts: Record<string, number>): Generator<string> {
  for (const [entityId, count] of Object.entries(entityCounts)) for (let i = 0; i < count; i++) yield entityId;
}

/** One entity on the page, as the popup and "On this page" list it. */
export interface PageEntity {
  entityId: string;
  name: string;
  type: EntityType;
  /** Role as the story tells it ("Russia’s chief negotiator"); absent where an article read by Backstory does not say. */
  role?: string;
  /**
   * When another story than the page's tells the role: the date it was true on (ISO, and for
   * reading). A curated role may no longer, or not yet, hold on a page written at another time.
   */
  roleAsOf?: { date: string; label: string };
  side: SideId;
  count: number;
  /** Index of its first mention in page order: where "jump to" goes. */
  firstMentionIndex: number;
  /** The frame of that first mention, when it is in a frame rather than the top frame. */
  firstMentionFrame?: number;
}

/**
 * The entities on the page as `storyId` tells them, most-mentioned first (then page order).
 * Entities outside that story are still listed, told by the first story that features them, with
 * their role dated in `locale`. Counts and first mentions cover the whole page, however few
 * mentions the list holds.
 */
export function pageEntities(
  state: Pick<TabState, 'entityCounts' | 'firstMentions' | 'frames'>,
  catalog: CatalogIndex<PanelStory>,
  storyId: string | undefined,
  locale: string,
): PageEntity[] {
  const entities: PageEntity[] = [];
  for (const [entityId, count] of Object.entries(pageCounts(state))) {
    const tellerId = tellingStoryId(catalog, entityId, storyId);
    const teller = tellerId === undefined ? undefined : catalog.storyById.get(tellerId);
    const view = tellerId === undefined ? undefined : catalog.entities.get(entityId)?.views.get(tellerId);
    // The top frame's first mention, else the first frame's that has one.
    const part = [state, ...(state.frames ?? [])].find((p) => Object.hasOwn(p.firstMentions, entityId));
    const first = part?.firstMentions[entityId];
    if (!view || typeof first !== 'number') continue;
    entities.push({
      entityId,
      name: view.name,
      type: view.type,
      ...(view.role ? { role: view.role.text } : {}),
      ...(view.role && teller && tellerId !== storyId
        ? { roleAsOf: dated(view.role.background?.asOf ?? teller.article.date, locale) }
        : {}),
      side: view.side,
      count,
      firstMentionIndex: first,
      ...(part && 'frameId' in part ? { firstMentionFrame: part.frameId } : {}),
    });
  }
  return entities.sort((a, b) => b.count - a.count || a.firstMentionIndex - b.firstMentionIndex);
}

function dated(date: string, locale: string): { date: string; label: string } {
  return { date, label: formatIsoDate(date, locale) };
}

/**
 * Mentions in page order (the content script reports them so, but a merge must not reorder): the
 * top frame's, then each frame's in frame order (where a frame stands in the page is not reported).
 */
export function mentionsInPageOrder(state: Pick<TabState, 'mentions' | 'frames'>): MentionSummary[] {
  const byIndex = (a: MentionSummary, b: MentionSummary) => a.index - b.index;
  return [state, ...(state.frames ?? [])].flatMap((part) => [...part.mentions].sort(byIndex));
}
