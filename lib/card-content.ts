/**
 * What a hover card says about one entity: a view model derived from the catalog for the story
 * the page is about. Pure: no DOM, no Preact, so that every line the card shows is tested here.
 * Journalism rule carried through: every statement keeps its source, either the article's own
 * sentences (quoted on demand) or a named background reference with the date it was true on.
 */
import { type EntityType, SIDE_LABELS, type SideId, type SourcedText } from '../data/schema';
import { formatIsoDate } from './iso-date';
import { type StatementSource, statementSourcer } from './statement-source';
import { type Catalog, entityView } from './story-model';

/** Where a card's statement comes from (see lib/statement-source.ts). */
export type CardSource = StatementSource;

export interface CardStatement {
  text: string;
  source: CardSource;
}

export interface CardQuote {
  id: string;
  text: string;
  context?: string;
  source: CardSource;
}

export interface CardRelation {
  /** "leads the delegation of" */
  label: string;
  targetId: string;
  targetName: string;
  source: CardSource;
}

export interface CardAlias {
  text: string;
  lang?: string;
}

export interface CardContent {
  entityId: string;
  storyId: string;
  storyTitle: string;
  /** The story date for reading: "16 May 2025". */
  storyDateLabel: string;
  /** Who published the story's article ("Verily News"). */
  articleSource: string;
  name: string;
  type: EntityType;
  typeLabel: string;
  role: CardStatement;
  side: SideId;
  sideLabel: string;
  description: string;
  facts: readonly CardStatement[];
  quotes: readonly CardQuote[];
  /** The quote the card shows: the fullest of the entity's quotes (a one-word quote says little). */
  quote?: CardQuote;
  relations: readonly CardRelation[];
  /**
   * Spellings in Cyrillic script that the page may use: the fullest one per language
   * ("Володимир Мединський" rather than also "Мединський"), each spelling once.
   */
  cyrillicAliases: readonly CardAlias[];
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  country: 'Country',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The card for `entityId` as told by `storyId` (or, when that story does not feature the entity,
 * by the first story that does). Undefined when the catalog does not know the entity.
 */
export function cardContent(catalog: Catalog, entityId: string, storyId?: string): CardContent | undefined {
  const view = entityView(catalog, entityId, storyId);
  const catalogEntity = catalog.entities.get(entityId);
  if (!view || !catalogEntity) return undefined;
  const tellingStoryId = storyId && catalogEntity.views.has(storyId) ? storyId : catalogEntity.storyIds[0];
  const story = tellingStoryId === undefined ? undefined : catalog.storyById.get(tellingStoryId);
  if (!story) return undefined;

  const sourceOf = statementSourcer(story);
  const statement = (s: SourcedText): CardStatement => ({ text: s.text, source: sourceOf(s) });
  const quotes: CardQuote[] = story.quotes
    .filter((q) => q.speaker === entityId)
    .map((q) => ({
      id: q.id,
      text: q.text,
      ...(q.context === undefined ? {} : { context: q.context }),
      source: sourceOf(q),
    }));
  const quote = quotes.reduce<CardQuote | undefined>(
    (best, q) => (!best || q.text.length > best.text.length ? q : best),
    undefined,
  );

  return {
    entityId,
    storyId: story.id,
    storyTitle: story.title,
    storyDateLabel: formatIsoDate(story.article.date),
    articleSource: story.article.source,
    name: view.name,
    type: view.type,
    typeLabel: TYPE_LABELS[view.type],
    role: statement(view.role),
    side: view.side,
    sideLabel: SIDE_LABELS[view.side],
    description: view.description,
    facts: view.facts.map(statement),
    quotes,
    ...(quote ? { quote } : {}),
    relations: view.relations.flatMap((r) => {
      const target = catalog.entities.get(r.target);
      if (!target) return [];
      return [{ label: r.label, targetId: r.target, targetName: target.name, source: sourceOf(r) }];
    }),
    cyrillicAliases: fullestPerLanguage(view.aliases.filter((a) => CYRILLIC.test(a.text))),
  };
}

function fullestPerLanguage(aliases: readonly { text: string; lang?: string }[]): CardAlias[] {
  const byLang = new Map<string, CardAlias>();
  for (const alias of aliases) {
    const key = alias.lang ?? '';
    const best = byLang.get(key);
    if (!best || alias.text.length > best.text.length) {
      byLang.set(key, alias.lang === undefined ? { text: alias.text } : { text: alias.text, lang: alias.lang });
    }
  }
  const seen = new Set<string>();
  return [...byLang.values()].filter((a) => !seen.has(a.text) && seen.add(a.text));
}

/**
 * The story a page is about: the one whose entities it mentions most (a mention counts for
 * every story that features its entity). Ties go to catalog order. Undefined for no mentions.
 */
export function primaryStoryId(catalog: Catalog, mentionedEntityIds: Iterable<string>): string | undefined {
  return mostMentionedStory(catalog, storyMentionCounts(catalog, mentionedEntityIds));
}

/** Mentions per story id: a mention counts for every story that features its entity. */
export function storyMentionCounts(catalog: Catalog, mentionedEntityIds: Iterable<string>): Record<string, number> {
  // No prototype: a story may be called "constructor" (ids are any lowercase words).
  const counts: Record<string, number> = Object.create(null);
  for (const id of mentionedEntityIds) {
    for (const storyId of catalog.entities.get(id)?.storyIds ?? []) {
      counts[storyId] = (counts[storyId] ?? 0) + 1;
    }
  }
  return counts;
}

/** The story with most mentions in `storyCounts` (ties go to catalog order); undefined when none has any. */
export function mostMentionedStory(
  catalog: Catalog,
  storyCounts: Readonly<Record<string, number>>,
): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const story of catalog.stories) {
    const count = storyCounts[story.id] ?? 0;
    if (count > bestCount) {
      best = story.id;
      bestCount = count;
    }
  }
  return best;
}

/** Where a mention sits among its entity's mentions on the page: "2 of 5" (1-based). */
export function mentionPosition(
  mentions: readonly { index: number; entityId: string }[],
  current: { index: number; entityId: string },
): { ordinal: number; count: number; previousIndex?: number; nextIndex?: number } {
  const same = mentions.filter((m) => m.entityId === current.entityId);
  const at = same.findIndex((m) => m.index === current.index);
  const count = same.length;
  if (at < 0 || count === 0) return { ordinal: 0, count };
  // Wraps around, so previous on the first mention goes to the last, as readers expect from "next" in a find bar.
  const previous = count > 1 ? same[(at - 1 + count) % count] : undefined;
  const next = count > 1 ? same[(at + 1) % count] : undefined;
  return {
    ordinal: at + 1,
    count,
    ...(previous ? { previousIndex: previous.index } : {}),
    ...(next ? { nextIndex: next.index } : {}),
  };
}
