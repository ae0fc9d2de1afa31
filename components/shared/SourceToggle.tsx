/**
 * The "Source" disclosure beside a statement: the article's own sentence, quoted, or the named
 * background reference with the date the statement was true on. Used by the card and the
 * briefing; styled by components/card/card.css inside the card and components/shared/theme.css
 * in the panels.
 */
import { useId, useState } from 'preact/hooks';
import { STORY_LANG } from '../../data/schema';
import type { CardSource } from '../../lib/views/card-content';
import { useMessages } from './messages';

export function SourceToggle({ source }: { source: CardSource }) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      {source.kind === 'background' && <span class="bs-tag">{m.t('backgroundTag')}</span>}
      <button
        type="button"
        class="bs-source-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {m.t('source')}
        <svg class="bs-source-toggle__caret" viewBox="0 0 10 10" width="8" height="8" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
      <div id={panelId} class="bs-source" hidden={!open}>
        {source.kind === 'article' ? (
          <>
            {source.sentences.map((s) => (
              <blockquote key={s.id} class="bs-source__quote" lang={STORY_LANG}>
                “{s.text}”
              </blockquote>
            ))}
            <p class="bs-source__by">{m.t('sourceFromArticle', source.publisher)}</p>
          </>
        ) : (
          <p class="bs-source__by">
            {m.t('sourceBackgroundFrom')} <cite lang={STORY_LANG}>{source.referenceTitle}</cite>
            {source.publisher && `, ${source.publisher}`}
            {m.t('sourceTrueAsOf')} <time dateTime={source.asOf}>{source.asOfLabel}</time>
            {m.t('sourceNotInArticle')}
          </p>
        )}
      </div>
    </>
  );
}
