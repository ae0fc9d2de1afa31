/**
 * What a hover card says about one entity: a view model derived from the catalog for the story
 * the page is about. Pure: no DOM, no Preact, so that every line the card shows is tested here.
 * Journalism rule carried through: every statement keeps its source, either the article's own
 * sentences (quoted on demand) or a named background reference with the date it was true on.
 */
import { type EntityType, SIDE_LABELS, type SideId, type SourcedText } from '../../data/schema';
import { formatIsoDate } from '../story/iso-date';
import { type StatementSource, statementSourcer } from '../story/statement-source';
import { type CatalogIndex, entityView, isGeneric, type StoryOutline } from '../story/story-model';

/** Where a card's statement comes from (see lib/story/statement-source.ts). */
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
  /**
   * "curated": told by an editor's story. "article": read by Backstory from the article on this
   * page, because no curated story knows the entity; the card says so plainly.
   */
  origin: 'curated' | 'article';
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
  /** As the story states it; absent where an article read by Backstory does not say. */
  role?: CardStatement;
  side: SideId;
  sideLabel: string;
  description: string;
  facts: readonly CardStatement[];
  quotes: readonly CardQuote[];
  /** For a curated entity the page's article also names: what this article says of it. */
  inThisArticle: readonly CardStatement[];
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

/** Sentences of the page's article a curated card adds: a glance, not the article again. */
const ARTICLE_SENTENCES_SHOWN = 3;

/**
 * The card for `entityId` as told by `storyId` (or, when that story does not feature the entity,
 * by the first story that does). A curated story wins over the story read from the page's
 * article, which then adds what the article says. Undefined when the catalog does not know the entity.
 */
export function cardContent(
  catalog: CatalogIndex,
  entityId: string,
  storyId: string | undefined,
  locale: string,
): CardContent | undefined {
  const told = tellingStory(catalog, entityId, storyId);
  if (!told) return undefined;
  const { tellingStoryId, articleId } = told;
  const story = tellingStoryId === undefined ? undefined : catalog.storyById.get(tellingStoryId);
  const view = tellingStoryId === undefined ? undefined : entityView(catalog, entityId, tellingStoryId);
  if (!story || !view) return undefined;
  const origin = story.origin === 'article' ? 'article' : 'curated';
  const articleStory = origin === 'curated' && articleId ? catalog.storyById.get(articleId) : undefined;
  const articleView = articleStory ? entityView(catalog, entityId, articleStory.id) : undefined;
  const sourceOfArticle = articleStory ? statementSourcer(articleStory, locale) : undefined;

  const sourceOf = statementSourcer(story, locale);
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
    origin,
    entityId,
    storyId: story.id,
    storyTitle: story.title,
    storyDateLabel: formatIsoDate(story.article.date, locale),
    articleSource: story.article.source,
    name: view.name,
    type: view.type,
    typeLabel: TYPE_LABELS[view.type],
    ...(view.role ? { role: statement(view.role) } : {}),
    side: view.side,
    sideLabel: SIDE_LABELS[view.side],
    description: view.description,
    // An article's facts are its sentences: the one that introduces the entity is already shown.
    facts: view.facts.filter((fact) => origin === 'curated' || fact.text !== view.description).map(statement),
    inThisArticle:
      articleView && sourceOfArticle
        ? articleView.facts
            .slice(0, ARTICLE_SENTENCES_SHOWN)
            .map((fact) => ({ text: fact.text, source: sourceOfArticle(fact) }))
        : [],
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

/**
 * Which story tells `entityId` on a page about `storyId`, and the story read from the page's
 * article that also names it, if one does. Undefined when the catalog does not know the entity.
 */
export function tellingStory(
  catalog: CatalogIndex<StoryOutline>,
  entityId: string,
  storyId: string | undefined,
): { tellingStoryId: string | undefined; articleId: string | undefined } | undefined {
  const catalogEntity = catalog.entities.get(entityId);
  if (!catalogEntity) return undefined;
  const isArticle = (id: string) => catalog.storyById.get(id)?.origin === 'article';
  const curatedIds = catalogEntity.storyIds.filter((id) => !isArticle(id));
  const articleId = catalogEntity.storyIds.find(isArticle);
  // A generic name (a country, a capital) tells a curated story's context only on a page about
  // that story: elsewhere the page's article says what it is here.
  const generic = isGeneric(catalogEntity.type, [...catalogEntity.views.values()]);
  const tellingStoryId =
    storyId !== undefined && curatedIds.includes(storyId)
      ? storyId
      : curatedIds.length === 0 || (generic && articleId)
        ? articleId
        : curatedIds[0];
  return { tellingStoryId, articleId };
}

/** "Person", "Place": the English word who's who searches by. */
export function typeLabelOf(type: EntityType): string {
  return TYPE_LABELS[type];
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
