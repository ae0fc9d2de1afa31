/**
 * Shared helpers for the extraction tests: run the whole pipeline on a few paragraphs and read
 * the answer by name, the way a card would show it.
 */
import { type ExtractedArticle, type ExtractedEntity, extractArticle } from '../../lib/extraction/extract-article';

export function extract(...paragraphs: string[]): ExtractedArticle {
  return extractArticle({ paragraphs, language: 'en' });
}

export function people(article: ExtractedArticle): string[] {
  return article.entities.filter((e) => e.kind === 'person').map((e) => e.name);
}

export function entity(article: ExtractedArticle, name: string): ExtractedEntity {
  const found = article.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity "${name}" in ${article.entities.map((e) => e.name).join(', ')}`);
  return found;
}

/** The speaker's name of the quote that starts with `opening`; undefined when none is given. */
export function speakerOf(article: ExtractedArticle, opening: string): string | undefined {
  const quote = article.quotes.find((q) => q.text.startsWith(opening));
  if (!quote) throw new Error(`no quote "${opening}" in ${article.quotes.map((q) => q.text).join(' | ')}`);
  return article.entities.find((e) => e.id === quote.speaker)?.name;
}

/** The role text stated for the entity named `name`; undefined when none is stated. */
export function roleOf(article: ExtractedArticle, name: string): string | undefined {
  return entity(article, name).role?.text;
}

/** The kind of the entity named `name`, or undefined when no entity has that name. */
export function kindOf(article: ExtractedArticle, name: string): ExtractedEntity['kind'] | undefined {
  return article.entities.find((e) => e.name === name)?.kind;
}
