/**
 * What the card and the briefing show of the reader's earlier articles (issue 22): pure view
 * models over the reading archive's answers, and the names by which the archive is asked about
 * one of the page's entities.
 */
import type { ArchivedArticleRef, EarlierReading, EntityNames } from '../storage/reading-archive/archive-contract';
import { formatIsoDate } from '../story/iso-date';
import type { Catalog, EntityOutline, StoryOutline } from '../story/story-model';

/** Statements a card shows from earlier articles: the card is a glance, the briefing the full read. */
export const EARLIER_STATEMENTS_ON_CARD = 3;

/** An earlier article as a line links it: "BBC News, 12 May 2025". */
export interface EarlierArticleLink {
  url: string;
  headline: string;
  /** "BBC News · 12 May 2025" */
  label: string;
}

export interface EarlierRoleLine {
  text: string;
  sentence: string;
  article: EarlierArticleLink;
}

export interface EarlierStatementLine {
  kind: 'role' | 'fact' | 'quote';
  text: string;
  sentence: string;
  article: EarlierArticleLink;
}

export interface EarlierReadingView {
  /** The role as each earlier article gave it, newest first, one line per change of title. */
  roles: readonly EarlierRoleLine[];
  statements: readonly EarlierStatementLine[];
  /** How many earlier articles name the entity (the card words it: "Named in 3 earlier articles you read"). */
  count: number;
}

/**
 * The names by which the archive is asked about an entity of the page: every story's spellings
 * of it, except those that count only beside another name (a bare "Bruce" could be anyone).
 */
export function entityNames(catalog: Catalog<StoryOutline>, entityId: string): EntityNames | undefined {
  const entity = catalog.entities.get(entityId);
  if (!entity) return undefined;
  const aliases = new Set<string>();
  const givenNames = new Set<string>();
  for (const view of entity.views.values() as Iterable<EntityOutline & { givenNames?: readonly string[] }>) {
    for (const alias of view.aliases) if (!alias.requiresContext) aliases.add(alias.text);
    for (const given of view.givenNames ?? []) givenNames.add(given);
  }
  return {
    type: entity.type,
    name: entity.name,
    aliases: [...aliases],
    ...(givenNames.size > 0 ? { givenNames: [...givenNames] } : {}),
  };
}

export function earlierArticleLink(article: ArchivedArticleRef, locale: string): EarlierArticleLink {
  return {
    url: article.url,
    headline: article.headline,
    label: `${article.outlet} · ${formatIsoDate(article.date, locale)}`,
  };
}

/** The card's "Earlier in your reading"; undefined when the archive has nothing to add. */
export function earlierReadingView(
  reading: EarlierReading | null | undefined,
  locale: string,
  limit = EARLIER_STATEMENTS_ON_CARD,
): EarlierReadingView | undefined {
  if (!reading || reading.articles.length === 0) return undefined;
  const roles: EarlierRoleLine[] = [];
  for (const role of reading.roles) {
    // A title repeated by article after article is one line; a change of title is another.
    if (roles.at(-1)?.text.toLocaleLowerCase() === role.text.toLocaleLowerCase()) continue;
    roles.push({ text: role.text, sentence: role.sentence, article: earlierArticleLink(role.article, locale) });
  }
  const statements = reading.statements
    .filter((statement) => statement.kind !== 'role')
    .slice(0, limit)
    .map((statement) => ({
      kind: statement.kind,
      text: statement.text,
      sentence: statement.sentence,
      article: earlierArticleLink(statement.article, locale),
    }));
  const count = reading.articleCount ?? reading.articles.length;
  return {
    roles,
    statements,
    count,
  };
}
