/**
 * The card's "Earlier in your reading": what the reader's earlier articles said about the entity
 * (issue 22), the role as each gave it and the latest statements and quotes, each dated, with its
 * outlet, and opening its article. Props in, nothing fetched here.
 */
import type { EarlierArticleLink, EarlierReadingView } from '../../lib/views/earlier-reading';
import { useMessages } from '../shared/messages';

export interface EarlierReadingProps {
  earlier: EarlierReadingView;
  headingId: string;
  /** Leaves out the newest role (the card's head shows it). */
  skipFirstRole?: boolean;
}

export function EarlierReading({ earlier, headingId, skipFirstRole = false }: EarlierReadingProps) {
  const m = useMessages();
  const roles = skipFirstRole ? earlier.roles.slice(1) : earlier.roles;
  return (
    <section class="bs-card__section bs-earlier" aria-labelledby={headingId}>
      <h3 id={headingId} class="bs-card__section-title">
        {m.t('earlierInReading')}
      </h3>
      <ul class="bs-card__facts">
        {roles.map((role) => (
          <li key={`role:${role.text}:${role.article.url}`} class="bs-card__fact">
            <span class="bs-card__fact-text">{role.text}</span> <ArticleLink article={role.article} />
          </li>
        ))}
        {earlier.statements.map((line) => (
          <li key={`${line.kind}:${line.text}:${line.article.url}`} class="bs-card__fact">
            <span class={line.kind === 'quote' ? 'bs-card__fact-text bs-earlier__quote' : 'bs-card__fact-text'}>
              {line.kind === 'quote' ? `“${line.text.replace(/^[“"]|[”"]$/g, '')}”` : line.text}
            </span>{' '}
            <ArticleLink article={line.article} />
          </li>
        ))}
      </ul>
      <p class="bs-earlier__count">{m.count('earlierArticles', earlier.count)}</p>
    </section>
  );
}

/** The earlier article, opened in a new tab: the reader's own click, nothing fetched by Backstory. */
export function ArticleLink({ article }: { article: EarlierArticleLink }) {
  return (
    <a class="bs-earlier__link" href={article.url} target="_blank" rel="noopener noreferrer" title={article.headline}>
      {article.label}
    </a>
  );
}

/** The first card's line: what reading memory is, before it has anything to show. */
export function RememberNotice({ onDismiss }: { onDismiss: () => void }) {
  const m = useMessages();
  return (
    <p class="bs-earlier__notice" role="note">
      <span>{m.t('rememberNotice')}</span>{' '}
      <button type="button" class="bs-card__show" onClick={onDismiss}>
        {m.t('gotIt')}
      </button>
    </p>
  );
}
