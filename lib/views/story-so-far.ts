/**
 * The briefing's "Story so far" (issue 22): the reader's earlier articles that share people with
 * the page, as a dated timeline, and for each person the page shares with them, what this page
 * says that the reader had not read before ("New since you last read about …"). Pure: the
 * background asks the archive and hands the answers here.
 */
import type { Story } from '../../data/schema';
import type { EarlierReading, StorySoFarEntry } from '../storage/reading-archive/archive-contract';
import { type EarlierArticleLink, earlierArticleLink } from './earlier-reading';

export interface StorySoFarArticle {
  article: EarlierArticleLink;
  /** The article's date as ISO (for ordering and `<time>`). */
  date: string;
  /** The people, organisations and places it shares with this page. */
  shared: readonly string[];
}

export interface NewSinceLine {
  text: string;
  /** The sentence of this page it comes from, verbatim. */
  sentence: string;
}

export interface NewSince {
  entityId: string;
  name: string;
  /** The latest earlier article that named them. */
  lastRead: EarlierArticleLink;
  lines: readonly NewSinceLine[];
}

export interface StorySoFarView {
  /** Oldest first: the story as the reader met it. */
  timeline: readonly StorySoFarArticle[];
  newSince: readonly NewSince[];
}

/** The timeline, oldest first (entries come newest first from the archive), dates in `locale`. */
export function storySoFarTimeline(entries: readonly StorySoFarEntry[], locale: string): StorySoFarArticle[] {
  return [...entries]
    .sort((a, b) => a.article.date.localeCompare(b.article.date) || a.article.readAt - b.article.readAt)
    .map((entry) => ({
      article: earlierArticleLink(entry.article, locale),
      date: entry.article.date,
      shared: entry.shared,
    }));
}

/**
 * What the page's article says about an entity that none of the reader's earlier articles said:
 * its role, facts and quotes whose sentence the archive has not seen for that entity.
 */
export function newSinceLastRead(
  article: Story,
  entityId: string,
  earlier: EarlierReading,
  locale: string,
): NewSince | undefined {
  const entity = article.entities.find((e) => e.id === entityId);
  const lastRead = earlier.articles[0];
  if (!entity || !lastRead) return undefined;
  const text = new Map(article.article.sentences.map((s) => [s.id, s.text]));
  const seen = new Set([...earlier.statements, ...earlier.roles].map((s) => normalise(s.sentence)));
  const lines: NewSinceLine[] = [];
  const add = (line: string, sentenceIds: readonly string[] | undefined) => {
    const sentence = sentenceIds?.[0] === undefined ? undefined : text.get(sentenceIds[0]);
    if (!sentence || seen.has(normalise(sentence))) return;
    if (lines.some((l) => l.sentence === sentence)) return;
    lines.push({ text: line, sentence });
  };
  if (entity.role) add(entity.role.text, entity.role.sources);
  for (const quote of article.quotes) if (quote.speaker === entityId) add(`“${quote.text}”`, quote.sources);
  for (const fact of entity.facts) add(fact.text, fact.sources);
  if (lines.length === 0) return undefined;
  return { entityId, name: entity.name, lastRead: earlierArticleLink(lastRead, locale), lines };
}

function normalise(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
