/**
 * The side-panel briefing for one story as a view model: summary, each side's position, who's
 * who (a row per entity: name, role, side; its card content is made when the entry is opened,
 * `personContent`), timeline, quotes, figures, sources, and the mentions on the current page in
 * page order. Pure; every statement keeps its source.
 */
import { type EntityType, SIDE_LABELS, SIDE_ORDER, type SideId } from '../../data/schema';
import { foldKey } from '../matching/text-fold';
import { formatIsoDate } from '../story/iso-date';
import { statementSourcer } from '../story/statement-source';
import type { PanelStory } from '../story/story-index';
import { type CatalogIndex, entityView } from '../story/story-model';
import { type CardSource, tellingStory, typeLabelOf } from './card-content';
import { ARTICLE_GROUP_LABEL, groupBySide, type PanelView, type StorySummary, storySummary } from './panel-view';
import type { TabState } from './tab-state';
import { mentionsInPageOrder, type PageEntity } from './tab-state';

export interface BriefingPosition {
  side: SideId;
  sideLabel: string;
  /** Who speaks for the side: "Kyiv". */
  label: string;
  text: string;
  source: CardSource;
}

/** One entry of who's who as its list shows it, told as its card would tell it (`tellingStory`). */
export interface BriefingPerson {
  entityId: string;
  name: string;
  type: EntityType;
  /** The English type word, for search. */
  typeLabel: string;
  role?: string;
  side: SideId;
  /** Every spelling the page may use, for search. */
  aliases: readonly string[];
  countOnPage: number;
  firstMentionIndex?: number;
  /** The frame of the first mention, when it is in a frame (tab-state.ts `PageEntity`). */
  firstMentionFrame?: number;
}

export interface BriefingEvent {
  id: string;
  date: string;
  dateLabel: string;
  time?: string;
  text: string;
  source: CardSource;
}

export interface BriefingQuote {
  id: string;
  text: string;
  /** Absent when the article does not say clearly who spoke. */
  speakerId?: string;
  /** Absent when the article does not name the speaker: the briefing then says so in the reader's language. */
  speakerName?: string;
  speakerSide: SideId;
  context?: string;
  source: CardSource;
}

export interface BriefingFigure {
  id: string;
  value: string;
  label: string;
  source: CardSource;
}

export interface BriefingReference {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  accessedLabel: string;
}

export interface BriefingView {
  story: StorySummary;
  dateline?: string;
  positions: readonly BriefingPosition[];
  people: readonly BriefingPerson[];
  timeline: readonly BriefingEvent[];
  quotes: readonly BriefingQuote[];
  figures: readonly BriefingFigure[];
  references: readonly BriefingReference[];
}

/** One row of "On this page": the mention with a few words either side. */
export interface MentionRow {
  index: number;
  entityId: string;
  name: string;
  side: SideId;
  text: string;
  before: string;
  after: string;
  /** The frame it is in, when not the top frame: where the jump is sent. */
  frameId?: number;
}

/** The briefing (dates in `locale`) and its "On this page" rows for what a panel shows: none unless the page has a story. */
export function panelBriefing(
  view: PanelView,
  catalog: CatalogIndex<PanelStory>,
  locale: string,
): { briefing: BriefingView | undefined; mentions: MentionRow[] } {
  if (view.kind !== 'story') return { briefing: undefined, mentions: [] };
  const { storyId } = view.story;
  return {
    briefing: briefingView(
      catalog,
      storyId,
      view.groups.flatMap((group) => group.entities),
      locale,
    ),
    mentions: mentionRows(view.state, catalog, storyId),
  };
}

/**
 * The briefing for `storyId`. `onPage` is the page's entities as the panel view already lists them
 * (lib/views/tab-state.ts `pageEntities`): their counts and first mentions are read, not worked out again.
 */
export function briefingView(
  catalog: CatalogIndex<PanelStory>,
  storyId: string,
  onPage: readonly PageEntity[],
  locale: string,
): BriefingView | undefined {
  const story = catalog.storyById.get(storyId);
  if (!story) return undefined;
  const sourceOf = statementSourcer(story, locale);
  const pageEntity = new Map(onPage.map((e) => [e.entityId, e]));

  // A row from what a list shows: thousands of entries cost their names, not their cards.
  const people = story.entities.flatMap((entity): BriefingPerson[] => {
    const telling = tellingStory(catalog, entity.id, story.id)?.tellingStoryId;
    const view = telling === undefined ? undefined : entityView(catalog, entity.id, telling);
    if (!view) return [];
    const seen = pageEntity.get(entity.id);
    return [
      {
        entityId: entity.id,
        name: view.name,
        type: view.type,
        typeLabel: typeLabelOf(view.type),
        ...(view.role ? { role: view.role.text } : {}),
        side: view.side,
        aliases: [entity.name, ...entity.aliases.map((a) => a.text)],
        countOnPage: seen?.count ?? 0,
        ...(seen ? { firstMentionIndex: seen.firstMentionIndex } : {}),
        ...(seen?.firstMentionFrame === undefined ? {} : { firstMentionFrame: seen.firstMentionFrame }),
      },
    ];
  });
  const names = new Map(people.map((p) => [p.entityId, p]));

  return {
    story: storySummary(story, locale),
    ...(story.article.dateline ? { dateline: story.article.dateline } : {}),
    positions: [...story.positions]
      .sort((a, b) => SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side))
      .map((p) => ({
        side: p.side,
        sideLabel: SIDE_LABELS[p.side],
        label: p.label,
        text: p.text,
        source: sourceOf(p),
      })),
    people,
    timeline: [...story.timeline]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        id: e.id,
        date: e.date,
        dateLabel: formatIsoDate(e.date, locale),
        ...(e.time ? { time: e.time } : {}),
        text: e.text,
        source: sourceOf(e),
      })),
    quotes: story.quotes.map((q) => {
      const speaker = q.speaker === undefined ? undefined : names.get(q.speaker);
      return {
        id: q.id,
        text: q.text,
        ...(q.speaker === undefined ? {} : { speakerId: q.speaker }),
        ...speakerNameOf(speaker?.name ?? q.speaker),
        speakerSide: speaker?.side ?? 'other',
        ...(q.context ? { context: q.context } : {}),
        source: sourceOf(q),
      };
    }),
    figures: story.figures.map((f) => ({ id: f.id, value: f.value, label: f.label, source: sourceOf(f) })),
    references: story.references.map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      ...(r.url ? { url: r.url } : {}),
      accessedLabel: formatIsoDate(r.accessed, locale),
    })),
  };
}

/**
 * The briefing's people in groups: by side for a curated story; one group for a story read from
 * the page's article, which has no sides to offer.
 */
export function groupPeople(
  story: Pick<StorySummary, 'origin'>,
  people: readonly BriefingPerson[],
): { side: SideId; label: string; entities: BriefingPerson[] }[] {
  if (story.origin === 'article') {
    // People first, then places and organisations, each in the article's order.
    const ordered = [...people].sort((a, b) => Number(a.type !== 'person') - Number(b.type !== 'person'));
    return ordered.length === 0 ? [] : [{ side: 'other', label: ARTICLE_GROUP_LABEL, entities: ordered }];
  }
  return groupBySide(people);
}

/** People whose name, any alias or role contains every word of `query`. An empty query keeps all. */
export function filterPeople(people: readonly BriefingPerson[], query: string): BriefingPerson[] {
  const words = foldKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...people];
  return people.filter((person) => {
    const haystack = foldKey([...person.aliases, person.role ?? '', person.typeLabel].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The page's mentions in page order, named and sided as the story tells them (a row needs no more than that). */
export function mentionRows(
  state: TabState | null,
  catalog: CatalogIndex<PanelStory>,
  storyId: string | undefined,
): MentionRow[] {
  if (!state) return [];
  return mentionsInPageOrder(state).flatMap((m) => {
    const view = entityView(catalog, m.entityId, storyId);
    if (!view) return [];
    return [
      {
        index: m.index,
        entityId: m.entityId,
        name: view.name,
        side: view.side,
        text: m.text,
        before: m.before,
        after: m.after,
        ...(m.frameId === undefined ? {} : { frameId: m.frameId }),
      },
    ];
  });
}

function speakerNameOf(name: string | undefined): { speakerName?: string } {
  return name === undefined ? {} : { speakerName: name };
}
