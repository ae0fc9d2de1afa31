/**
 * The hover card: who an entity is and what part it plays in this story, every line sourced.
 * Renders a CardContent (lib/views/card-content.ts) and reports the reader's actions upward; it holds
 * no business logic. Keyboard: Esc closes; Tab and Shift+Tab cycle inside the card.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { STORY_LANG } from '../../data/schema';
import type { CardContent } from '../../lib/views/card-content';
import type { EarlierReadingView } from '../../lib/views/earlier-reading';
import { sideName, typeName, useMessages } from '../shared/messages';
import { SourceToggle } from '../shared/SourceToggle';
import { type CardCorrectionProps, CorrectionControl } from './CorrectionControl';
import { ArticleLink, EarlierReading, RememberNotice } from './EarlierReading';
import { MentionNav, type MentionNavProps } from './MentionNav';

export interface EntityCardProps {
  content: CardContent;
  mentions: MentionNavProps['mentions'];
  onPreviousMention?: () => void;
  onNextMention?: () => void;
  onOpenEntity?: (entityId: string) => void;
  /** The reader pressed "Open briefing" (the event tells a reader's press from a page's script). */
  onOpenBriefing?: (event: Event) => void;
  onClose?: () => void;
  /** Scrolls the page to a sentence of its article and marks it (lines read from this page's article). */
  onShowSentence?: (sentence: string) => void;
  /** When the card shows a related entity, the way back to the one it was opened for. */
  back?: { name: string; onBack: () => void };
  /** "Not right?" for the mention the card was opened on (absent on a related entity's card). */
  correction?: CardCorrectionProps;
  /** What the reader's earlier articles said about the entity (reading memory), once it is known. */
  earlier?: EarlierReadingView;
  /** The first card's line saying that Backstory remembers what the reader reads, until dismissed. */
  rememberNotice?: { onDismiss: () => void };
}

/** Facts shown before "Show more": the card is a glance, the briefing is the full read. */
const FACTS_SHOWN = 3;

/** Selector for what Tab may land on inside the card. */
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function EntityCard(props: EntityCardProps) {
  const { content } = props;
  const m = useMessages();
  const titleId = useId();
  const descriptionId = useId();
  const quote = content.quote;
  const fromArticle = content.origin === 'article';
  const [allFacts, setAllFacts] = useState(false);
  const visibleFacts = allFacts ? content.facts : content.facts.slice(0, FACTS_SHOWN);
  const hiddenFacts = content.facts.length - visibleFacts.length;
  // A name this article never explains: the card says who it is from the reader's earlier reading.
  const earlierRole = content.role ? undefined : props.earlier?.roles[0];

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose?.();
      return;
    }
    if (event.key !== 'Tab') return;
    const card = event.currentTarget;
    const focusable = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    // Inside a shadow root, document.activeElement is the host; the root knows the real one.
    const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || active === card)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      class="bs-card"
      lang={m.lang}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      tabIndex={-1}
      data-side={content.side}
      data-entity-id={content.entityId}
      onKeyDown={onKeyDown}
    >
      <div class="bs-card__scroll">
        {props.back && (
          <button type="button" class="bs-card__back" onClick={props.back.onBack}>
            <span aria-hidden="true">←</span> {m.t('backTo', props.back.name)}
          </button>
        )}
        <div class="bs-card__head">
          <p class="bs-card__kicker">
            <span class="bs-card__type">{typeName(m, content.type)}</span>
            <span class="bs-card__dot" aria-hidden="true">
              ·
            </span>
            {fromArticle ? (
              <span class="bs-card__origin">{m.t('inThisArticle')}</span>
            ) : (
              <span class="bs-card__side">
                <span class={`bs-card__chip bs-card__chip--${content.side}`} aria-hidden="true" />
                <span>
                  <span class="bs-visually-hidden">{m.t('sideHidden')}</span>
                  {sideName(m, content.side)}
                </span>
              </span>
            )}
          </p>
          <h2 id={titleId} class="bs-card__name">
            {content.name}
          </h2>
          {earlierRole && (
            <>
              <p class="bs-card__role" lang={STORY_LANG}>
                {earlierRole.text}
              </p>
              <div class="bs-card__role-meta">
                <span class="bs-card__as-of">{m.t('fromEarlierReading')}</span>
                <ArticleLink article={earlierRole.article} />
              </div>
            </>
          )}
          {content.role && (
            <>
              <p class="bs-card__role" lang={STORY_LANG}>
                {content.role.text}
              </p>
              <div class="bs-card__role-meta">
                <span class="bs-card__as-of">
                  {fromArticle ? m.t('asArticlePutsIt') : m.t('asOf', content.storyDateLabel)}
                </span>
                <span class="bs-card__dot" aria-hidden="true">
                  ·
                </span>
                <SourceToggle source={content.role.source} />
              </div>
            </>
          )}
          {props.onClose && (
            <button type="button" class="bs-card__close" aria-label={m.t('closeCard')} onClick={props.onClose}>
              <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
                <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
              </svg>
            </button>
          )}
        </div>

        {fromArticle && earlierRole && (
          // Under an earlier article's link, the quoted sentence would read as that article's.
          <p class="bs-card__label bs-card__description-label">{m.t('inThisArticle')}</p>
        )}
        <p
          id={descriptionId}
          class={fromArticle ? 'bs-card__description bs-card__description--quoted' : 'bs-card__description'}
          lang={STORY_LANG}
        >
          {content.description}
        </p>

        {content.cyrillicAliases.length > 0 && (
          <p class="bs-card__aliases">
            <span class="bs-card__label">{m.t('alsoWritten')}</span>{' '}
            {content.cyrillicAliases.map((alias, i) => (
              <span key={alias.text}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <span lang={alias.lang}>{alias.text}</span>
              </span>
            ))}
          </p>
        )}

        {content.facts.length > 0 && (
          <section class="bs-card__section" aria-labelledby={`${titleId}-facts`}>
            <h3 id={`${titleId}-facts`} class="bs-card__section-title">
              {fromArticle ? m.t('alsoInArticle') : m.t('keyFacts')}
            </h3>
            <ul class="bs-card__facts">
              {visibleFacts.map((fact) => (
                <li key={fact.text} class="bs-card__fact">
                  <span class="bs-card__fact-text" lang={STORY_LANG}>
                    {fact.text}
                  </span>{' '}
                  {fromArticle ? (
                    <ShowInArticle sentence={fact.text} onShow={props.onShowSentence} />
                  ) : (
                    <SourceToggle source={fact.source} />
                  )}
                </li>
              ))}
            </ul>
            {hiddenFacts > 0 && (
              <button type="button" class="bs-card__more" aria-expanded="false" onClick={() => setAllFacts(true)}>
                {m.count('moreFacts', hiddenFacts)}
              </button>
            )}
          </section>
        )}

        {content.inThisArticle.length > 0 && (
          <section class="bs-card__section" aria-labelledby={`${titleId}-article`}>
            <h3 id={`${titleId}-article`} class="bs-card__section-title">
              {m.t('inThisArticle')}
            </h3>
            <ul class="bs-card__facts">
              {content.inThisArticle.map((line) => (
                <li key={line.text} class="bs-card__fact">
                  <span class="bs-card__fact-text" lang={STORY_LANG}>
                    {line.text}
                  </span>{' '}
                  <ShowInArticle sentence={line.text} onShow={props.onShowSentence} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {quote && (
          <figure class="bs-card__quote" lang={STORY_LANG}>
            <blockquote class="bs-card__quote-text">“{quote.text.replace(/^[“"]|[”"]$/g, '')}”</blockquote>
            <figcaption class="bs-card__quote-by">
              <span class="bs-card__quote-speaker">— {content.name}</span>
              {quote.context && <span class="bs-card__quote-context">{quote.context}</span>}
            </figcaption>
          </figure>
        )}

        {content.relations.length > 0 && (
          <section class="bs-card__section" aria-labelledby={`${titleId}-relations`}>
            <h3 id={`${titleId}-relations`} class="bs-card__section-title">
              {m.t('connections')}
            </h3>
            <ul class="bs-card__relations">
              {content.relations.map((relation) => (
                <li key={`${relation.label}-${relation.targetId}`} class="bs-card__relation">
                  <span class="bs-card__relation-label" lang={STORY_LANG}>
                    {relation.label}
                  </span>{' '}
                  <button
                    type="button"
                    class="bs-card__relation-target"
                    onClick={() => props.onOpenEntity?.(relation.targetId)}
                  >
                    {relation.targetName}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        {props.earlier && (
          <EarlierReading
            earlier={props.earlier}
            headingId={`${titleId}-earlier`}
            // The role the head already shows from earlier reading is not listed twice.
            skipFirstRole={earlierRole !== undefined}
          />
        )}

        {props.rememberNotice && <RememberNotice onDismiss={props.rememberNotice.onDismiss} />}

        {fromArticle ? (
          <p class="bs-card__provenance">{m.t('provenanceArticle', content.articleSource, content.storyDateLabel)}</p>
        ) : (
          <p class="bs-card__provenance">
            {m.t('provenanceStory')} <cite lang={STORY_LANG}>{content.storyTitle}</cite>
            {m.t('provenanceReportedBy', content.articleSource, content.storyDateLabel)}
          </p>
        )}
        {props.correction && (
          <CorrectionControl key={`${content.entityId}\n${props.correction.text}`} {...props.correction} />
        )}
      </div>

      <div class="bs-card__foot">
        <MentionNav
          name={content.name}
          mentions={props.mentions}
          onPrevious={props.onPreviousMention}
          onNext={props.onNextMention}
        />
        <button type="button" class="bs-card__briefing" onClick={props.onOpenBriefing}>
          {m.t('openBriefing')}
        </button>
      </div>
    </div>
  );
}

/** "Show" beside a sentence of the page's own article: the page scrolls to it and marks it. */
function ShowInArticle({ sentence, onShow }: { sentence: string; onShow: ((sentence: string) => void) | undefined }) {
  const m = useMessages();
  if (!onShow) return null;
  return (
    <button type="button" class="bs-card__show" onClick={() => onShow(sentence)}>
      {m.t('show')}
      <span class="bs-visually-hidden">{m.t('showSentenceHidden')}</span>
    </button>
  );
}
