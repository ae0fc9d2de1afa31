/** Runs the whole pipeline on a few paragraphs declared in French or German. */
import { type ExtractedArticle, extractArticle } from '../../lib/extraction/extract-article';

export function extractFr(...paragraphs: string[]): ExtractedArticle {
  return extractArticle({ paragraphs, language: 'fr' });
}

export function extractDe(...paragraphs: string[]): ExtractedArticle {
  return extractArticle({ paragraphs, language: 'de' });
}
