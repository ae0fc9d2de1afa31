/**
 * The "Source" disclosure beside a statement: the article's own sentence, quoted, or the named
 * background reference with the date the statement was true on. Used by the card and the
 * briefing; styled by components/card/card.css inside the card and components/shared/theme.css
 * in the panels.
 */
import { useId, useState } from 'preact/hooks';
import type { CardSource } from '../../lib/views/card-content';

export function SourceToggle({ source }: { source: CardSource }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      {source.kind === 'background' && <span class="bs-tag">Background</span>}
      <button
        type="button"
        class="bs-source-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Source
        <svg class="bs-source-toggle__caret" viewBox="0 0 10 10" width="8" height="8" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
      <div id={panelId} class="bs-source" hidden={!open}>
        {source.kind === 'article' ? (
          <>
            {source.sentences.map((s) => (
              <blockquote key={s.id} class="bs-source__quote">
                “{s.text}”
              </blockquote>
            ))}
            <p class="bs-source__by">From the {source.publisher} article on this story</p>
          </>
        ) : (
          <p class="bs-source__by">
            Background from <cite>{source.referenceTitle}</cite>
            {source.publisher && `, ${source.publisher}`}. True as of{' '}
            <time dateTime={source.asOf}>{source.asOfLabel}</time>; not stated in the article.
          </p>
        )}
      </div>
    </>
  );
}
