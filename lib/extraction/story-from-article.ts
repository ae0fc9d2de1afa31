/**
 * An extracted article as a story in the schema the rest of Backstory reads (origin "article"), so
 * that the matcher, highlights, cards, popup and briefing work on it unchanged. Every role, fact
 * and quote cites the article's own sentences. A name that is already a curated entity (Putin,
 * Zelensky) keeps the curated id: the catalog then joins the two, the curated card wins and this
 * story adds what this article says about them.
 */
import { aliasTextProblem } from '../../data/alias-rules';
import { type Entity, type EntityType, type Quote, STORY_SCHEMA_VERSION, type Story } from '../../data/schema';
import { foldKey } from '../matching/text-fold';
import type { Catalog } from '../story/story-model';
import type { ExtractedArticle, ExtractedEntity } from './extract-article';

export interface ArticlePage {
  url: string;
  /** The outlet's name as the page gives it, else its host name. */
  source: string;
  /** The article's publication date (YYYY-MM-DD) or, when the page does not say, the day it was read. */
  date: string;
  headline?: string;
}

/** A curated entity a name may be: looked up by the folded text of its unambiguous aliases. */
export interface CuratedName {
  entityId: string;
  type: EntityType;
}

/** At most this many of an entity's sentences become facts: the card lists them, the rest are one jump away. */
const FACTS_PER_ENTITY = 4;

const KINDS_OF: Record<ExtractedEntity['kind'], readonly EntityType[]> = {
  person: ['person'],
  place: ['place', 'country'],
  organisation: ['organisation', 'country'],
};

/**
 * The curated entities an extracted name may be, by the folded text of their unambiguous aliases
 * (a gated alias such as "Bruce" could be anyone).
 */
export function curatedNames(catalog: Pick<Catalog, 'aliases' | 'entities'>): Map<string, CuratedName> {
  const names = new Map<string, CuratedName>();
  for (const alias of catalog.aliases) {
    if (alias.requiresContext) continue;
    const entity = catalog.entities.get(alias.entityId);
    if (!entity) continue;
    const key = foldKey(alias.text);
    if (!names.has(key)) names.set(key, { entityId: entity.id, type: entity.type });
  }
  return names;
}

/** A stable story id for a page: the same URL always gives the same id. */
export function articleStoryId(url: string): string {
  // FNV-1a: short, stable and dependency-free; collisions only matter within one reader's tabs.
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `article-${hash.toString(16).padStart(8, '0')}`;
}

/** The role as the article writes it: "Turkey’s Foreign Minister", "Kremlin spokesman". */
export function roleAsWritten(entity: Pick<ExtractedEntity, 'role' | 'affiliation'>): string | undefined {
  const role = entity.role?.text;
  const affiliation = entity.affiliation?.text;
  if (!role) return undefined;
  if (!affiliation || foldKey(role).includes(foldKey(affiliation))) return role;
  return `${affiliation}’s ${role}`;
}

/** The story; undefined for an article with no sentence to cite (nothing to show). */
export function storyFromArticle(
  article: ExtractedArticle,
  page: ArticlePage,
  curated: ReadonlyMap<string, CuratedName> = new Map(),
): Story | undefined {
  const headline = page.headline?.trim() || article.headline?.trim() || article.sentences[0]?.text;
  if (!headline || article.sentences.length === 0) return undefined;
  const sentenceText = new Map(article.sentences.map((s) => [s.id, s.text]));
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  const entities: Entity[] = [];
  for (const extracted of article.entities) {
    const known = curatedMatch(extracted, curated);
    const id = known?.entityId ?? extracted.id;
    // Two names of one curated entity ("Zelensky", "Volodymyr Zelensky" read apart) are one entity.
    if (taken.has(id)) {
      idOf.set(extracted.id, id);
      continue;
    }
    const entity = toEntity(extracted, id, known?.type, sentenceText);
    // Every spelling refused by the alias rules ("I", "X"): it would mark that letter all over the page.
    if (entity.aliases.length === 0) continue;
    taken.add(id);
    idOf.set(extracted.id, id);
    entities.push(entity);
  }
  const quotes: Quote[] = article.quotes.map((q) => {
    const speaker = q.speaker === undefined ? undefined : idOf.get(q.speaker);
    return { id: q.id, text: q.text, sources: [q.sentence], ...(speaker ? { speaker } : {}) };
  });
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: articleStoryId(page.url),
    origin: 'article',
    title: headline,
    article: {
      headline,
      source: page.source,
      date: page.date,
      url: page.url,
      sentences: article.sentences.map((s) => ({ id: s.id, text: s.text })),
      // The article's own opening sentence (not its headline) stands for its summary: Backstory
      // does not write one.
      summary: [article.sentences.find((s) => s.paragraph >= 0) ?? article.sentences[0]]
        .filter((s) => s !== undefined)
        .map((s) => s.id),
    },
    positions: [],
    timeline: [],
    figures: [],
    quotes,
    entities,
    references: [],
  };
}

function curatedMatch(entity: ExtractedEntity, curated: ReadonlyMap<string, CuratedName>): CuratedName | undefined {
  for (const form of [entity.name, ...entity.forms]) {
    const found = curated.get(foldKey(form));
    if (found && KINDS_OF[entity.kind].includes(found.type)) return found;
  }
  return undefined;
}

function toEntity(
  extracted: ExtractedEntity,
  id: string,
  curatedType: EntityType | undefined,
  sentenceText: ReadonlyMap<string, string>,
): Entity {
  const role = roleAsWritten(extracted);
  // `unique` keeps the name and drops a form spelled as it is.
  const spellings = [extracted.name, ...extracted.forms];
  const given = extracted.kind === 'person' ? givenName(extracted.name) : undefined;
  return {
    id,
    type: curatedType ?? extracted.kind,
    name: extracted.name,
    ...(given ? { givenNames: [given] } : {}),
    // A first name alone never becomes an alias: it could be anyone.
    aliases: unique(spellings)
      .filter((text) => text !== given)
      // An acronym ("IT", "MSC") is matched letter for letter, so that it never marks "It".
      .map((text) => (isAcronym(text) ? { text, case: 'exact' as const } : { text }))
      // The same rules a curated story's aliases pass (data/alias-rules.ts): no common word, no lone letter.
      .filter((alias) => aliasTextProblem(alias) === undefined),
    ...(role && extracted.role ? { role: { text: role, sources: [extracted.role.sentence] } } : {}),
    description: sentenceText.get(extracted.introducedIn) ?? extracted.name,
    side: 'other',
    facts: extracted.sentences.slice(0, FACTS_PER_ENTITY).map((sentence) => ({
      text: sentenceText.get(sentence) ?? '',
      sources: [sentence],
    })),
    relations: [],
  };
}

/** The first word of a person's name of two words or more ("Hakan" of "Hakan Fidan"). */
function givenName(name: string): string | undefined {
  const words = name.split(/\s+/);
  return words.length >= 2 ? words[0] : undefined;
}

function isAcronym(text: string): boolean {
  return /^[\p{Lu}\p{N}.&-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

function unique(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = foldKey(t);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
