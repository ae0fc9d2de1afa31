/**
 * Where a statement comes from, resolved for display: the cited article sentences, or the named
 * background reference with its "as of" date. Cards and the briefing both show sources this way.
 */
import type { SourcedText, Story } from '../../data/schema';
import { formatIsoDate } from './iso-date';

export type StatementSource =
  | {
      kind: 'article';
      /** The cited sentences, in the order the data cites them. */
      sentences: readonly { id: string; text: string }[];
      /** Who published the article ("AFP"). */
      publisher: string;
    }
  | {
      kind: 'background';
      referenceTitle: string;
      publisher: string;
      /** ISO date the statement was true on. */
      asOf: string;
      /** The same date for reading: "16 May 2025". */
      asOfLabel: string;
    };

/** Returns a resolver for `story`'s statements, dates in `locale`; its lookups are built once per story. */
export function statementSourcer(
  story: Pick<Story, 'article' | 'references'>,
  locale: string,
): (statement: Pick<SourcedText, 'sources' | 'background'>) => StatementSource {
  const sentences = new Map(story.article.sentences.map((s) => [s.id, s.text]));
  const references = new Map(story.references.map((r) => [r.id, r]));
  return (statement) => {
    if (statement.background) {
      const reference = references.get(statement.background.reference);
      return {
        kind: 'background',
        referenceTitle: reference?.title ?? statement.background.reference,
        publisher: reference?.publisher ?? '',
        asOf: statement.background.asOf,
        asOfLabel: formatIsoDate(statement.background.asOf, locale),
      };
    }
    return {
      kind: 'article',
      sentences: (statement.sources ?? []).flatMap((id) => {
        const text = sentences.get(id);
        return text === undefined ? [] : [{ id, text }];
      }),
      publisher: story.article.source,
    };
  };
}
