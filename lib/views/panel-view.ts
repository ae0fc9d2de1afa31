/**
 * What the popup and the briefing show for a tab, decided in one place: a page Backstory cannot
 * run on, a tab whose content script never started, a page still being read, Backstory switched
 * off, a page with no mentions, or the story the page is about with who is on the page.
 * Pure: takes the tab's URL, the background's state and whether a content script answered.
 */
import { SIDE_LABELS, SIDE_ORDER, type SideId, STORY_LANG, type Story } from '../../data/schema';
import { formatIsoDate } from '../story/iso-date';
import type { PanelStory } from '../story/story-index';
import type { CatalogIndex } from '../story/story-model';
import { pageRestriction, type Restriction } from './restricted-pages';
import { type PageEntity, pageEntities, pageTotal, type TabState } from './tab-state';

export interface StorySummary {
  storyId: string;
  /** "article": read by Backstory from this page; its summary is the article's opening sentence. */
  origin: 'curated' | 'article';
  title: string;
  headline: string;
  source: string;
  date: string;
  dateLabel: string;
  /** The article's "What you should know" box, as sentences. */
  summary: readonly string[];
  /** The story's translations of these fields, if it has any (`summaryIn` picks one). */
  translations?: Story['translations'];
}

/** A story's summary fields in `lang` where the story translates them, each with the language it is in. */
export interface LocalisedSummary {
  headline: { text: string; lang: string };
  summary: { sentences: readonly string[]; lang: string };
}

export function summaryIn(story: StorySummary, lang: string): LocalisedSummary {
  const translation = story.translations?.[lang as keyof NonNullable<Story['translations']>];
  return {
    headline: translation?.headline ? { text: translation.headline, lang } : { text: story.headline, lang: STORY_LANG },
    summary: translation?.summary
      ? { sentences: translation.summary, lang }
      : { sentences: story.summary, lang: STORY_LANG },
  };
}

export interface SideGroup {
  side: SideId;
  label: string;
  entities: readonly PageEntity[];
}

export type PanelView =
  | { kind: 'restricted'; restriction: Restriction }
  /** A web page with no content script: opened before Backstory was installed (or updated). */
  | { kind: 'not-injected' }
  /** The content script answers but has not reported yet, or reported while still reading the page. */
  | { kind: 'reading' }
  | { kind: 'off'; reason: 'global' | 'site' }
  | { kind: 'no-mentions' }
  | {
      kind: 'story';
      story: StorySummary;
      /** A curated story the page is also about, when the page's own article is the story. */
      related?: StorySummary;
      groups: readonly SideGroup[];
      totalMentions: number;
      state: TabState;
    };

/** The tab a panel is about. */
export interface PanelTab {
  tabId: number;
  windowId: number;
  url: string | undefined;
  /** The tab is loading a page, whose content script is still to come. */
  loading?: boolean;
}

/** What a panel shows for one tab. */
export interface LoadedPanel {
  /** Null when there is no tab to show: it was closed, or the window has no active tab. */
  tab: PanelTab | null;
  view: PanelView;
  /** The page's stories as the panels list them (no alias list: they match nothing). */
  catalog: CatalogIndex<PanelStory>;
}

export interface PanelInputs {
  url: string | undefined;
  state: TabState | null;
  /** Whether a content script answered a ping (only asked when there is no state). */
  contentScriptAnswers: boolean;
  /** The tab is loading a page: with no state yet, its script is on its way, not missing. */
  loading?: boolean;
}

/** The group of an article read by Backstory: everyone its text names. */
export const ARTICLE_GROUP_LABEL = 'Named in this article';
/** On an article read by Backstory, names from other stories found outside its text (a related-links rail). */
export const ELSEWHERE_GROUP_LABEL = 'Also on this page';

/** What a panel shows for its tab, dates in `locale`. */
export function panelView(inputs: PanelInputs, catalog: CatalogIndex<PanelStory>, locale: string): PanelView {
  const restriction = pageRestriction(inputs.url);
  if (restriction) return { kind: 'restricted', restriction };
  const { state } = inputs;
  if (!state) return inputs.contentScriptAnswers || inputs.loading ? { kind: 'reading' } : { kind: 'not-injected' };
  if (state.status === 'off-global') return { kind: 'off', reason: 'global' };
  if (state.status === 'off-site') return { kind: 'off', reason: 'site' };
  // Mentions found so far are worth showing; "no mentions" is only said once the page is read.
  // The frames' mentions count as the page's (frame-mentions.ts).
  const totalMentions = pageTotal(state);
  if (state.reading && totalMentions === 0) return { kind: 'reading' };
  const story = state.primaryStoryId ? catalog.storyById.get(state.primaryStoryId) : undefined;
  if (!story || totalMentions === 0) return { kind: 'no-mentions' };
  const entities = pageEntities(state, catalog, story.id, locale);
  const related = state.relatedStoryId ? catalog.storyById.get(state.relatedStoryId) : undefined;
  return {
    kind: 'story',
    story: storySummary(story, locale),
    ...(related ? { related: storySummary(related, locale) } : {}),
    groups: story.origin === 'article' ? articleGroups(entities, catalog, story.id) : groupBySide(entities),
    totalMentions,
    state,
  };
}

/**
 * An article read by Backstory has no sides to offer, only what its text names; a name the page
 * shows outside that text (a rail, a caption) belongs to another story and is listed apart.
 */
function articleGroups(
  entities: readonly PageEntity[],
  catalog: CatalogIndex<PanelStory>,
  storyId: string,
): SideGroup[] {
  const named = entities.filter((e) => catalog.entities.get(e.entityId)?.views.has(storyId) === true);
  const elsewhere = entities.filter((e) => !named.includes(e));
  return [
    { side: 'other' as const, label: ARTICLE_GROUP_LABEL, entities: named },
    { side: 'other' as const, label: ELSEWHERE_GROUP_LABEL, entities: elsewhere },
  ].filter((group) => group.entities.length > 0);
}

export function storySummary(story: PanelStory, locale: string): StorySummary {
  const sentences = new Map(story.article.sentences.map((s) => [s.id, s.text]));
  return {
    storyId: story.id,
    origin: story.origin === 'article' ? 'article' : 'curated',
    title: story.title,
    headline: story.article.headline,
    source: story.article.source,
    date: story.article.date,
    dateLabel: formatIsoDate(story.article.date, locale),
    summary: story.article.summary.flatMap((id) => {
      const text = sentences.get(id);
      return text === undefined ? [] : [text];
    }),
    ...(story.translations ? { translations: story.translations } : {}),
  };
}

/** Groups in the schema's side order; empty sides are left out. Entity order within a side is kept. */
export function groupBySide<T extends { side: SideId }>(
  items: readonly T[],
): { side: SideId; label: string; entities: T[] }[] {
  return SIDE_ORDER.flatMap((side) => {
    const entities = items.filter((item) => item.side === side);
    return entities.length === 0 ? [] : [{ side, label: SIDE_LABELS[side], entities }];
  });
}
