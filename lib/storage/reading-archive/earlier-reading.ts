/**
 * "Earlier in your reading", assembled from the archive's rows: the roles the earlier articles
 * state (a change of title shows), the latest statements and quotes with their sentences, the
 * newest articles that named the entity and how many did. Pure: the store reads the rows (archive-queries.ts), this decides what they say.
 */
import type { Story } from '../../../data/schema';
import { foldKey } from '../../matching/text-fold';
import {
  type ArchivedArticleRef,
  EARLIER_ARTICLES_SHOWN,
  type EarlierReading,
  type EarlierStatement,
} from './archive-contract';
import type { MentionRecord } from './archive-schema';
import { fullestName } from './entity-identity';

/** Newest first; the same article once (two identities of one entity may both name it). */
export function newestFirst(mentions: readonly MentionRecord[]): MentionRecord[] {
  return [...mentions].sort((a, b) => b.readAt - a.readAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export function earlierReading(
  mentions: readonly MentionRecord[],
  statements: readonly EarlierStatement[],
  articleCount: number,
): EarlierReading | null {
  const sorted = newestFirst(mentions);
  const newest = sorted[0];
  if (!newest) return null;
  const articles = new Map<string, ArchivedArticleRef>();
  for (const mention of sorted) if (!articles.has(mention.url)) articles.set(mention.url, refOf(mention));
  const roles: EarlierReading['roles'] = [];
  let run: string | undefined;
  for (const mention of sorted) {
    if (!mention.role) continue;
    // A run of articles giving the same title is one entry: its newest.
    const key = foldKey(mention.role.text);
    if (key === run) continue;
    run = key;
    roles.push({ text: mention.role.text, sentence: mention.role.sentence, article: refOf(mention) });
  }
  return {
    name: fullestName(sorted.map((mention) => mention.name)),
    type: newest.type,
    roles,
    statements: [...statements],
    articles: [...articles.values()].slice(0, EARLIER_ARTICLES_SHOWN),
    articleCount: Math.max(articleCount, articles.size),
  };
}

/**
 * What one stored article says about the entity (its ids there), in the order a card lists it:
 * its quotes, then the role's sentence when no fact already gives it, then its facts. A sentence
 * is given once; background facts (from references, not the article) are left to the curated card.
 */
export function statementsOf(
  story: Story,
  entityIds: readonly string[],
  article: ArchivedArticleRef,
): EarlierStatement[] {
  const ids = new Set(entityIds);
  const text = new Map(story.article.sentences.map((sentence) => [sentence.id, sentence.text]));
  const used = new Set<string>();
  const out: EarlierStatement[] = [];
  const add = (kind: EarlierStatement['kind'], said: string, sources: readonly string[] | undefined) => {
    const source = sources?.find((id) => text.has(id));
    if (source === undefined || used.has(source)) return;
    used.add(source);
    out.push({ kind, text: said, sentence: text.get(source) as string, article });
  };
  for (const quote of story.quotes)
    if (quote.speaker !== undefined && ids.has(quote.speaker)) add('quote', quote.text, quote.sources);
  const entities = story.entities.filter((entity) => ids.has(entity.id));
  for (const entity of entities) {
    const factSentences = new Set(entity.facts.flatMap((fact) => fact.sources ?? []));
    const roleSource = entity.role?.sources?.find((id) => text.has(id));
    if (entity.role && roleSource !== undefined && !factSentences.has(roleSource))
      add('role', entity.role.text, [roleSource]);
    for (const fact of entity.facts) add('fact', fact.text, fact.sources);
  }
  return out;
}

export function refOf(mention: MentionRecord): ArchivedArticleRef {
  return { ...mention.article, url: mention.url, readAt: mention.readAt };
}
