/**
 * The hover card: who an entity is and what part it plays in this story, every line sourced.
 * Renders a CardContent (lib/card-content.ts) and reports the reader's actions upward; it holds
 * no business logic. Keyboard: Esc closes; Tab and Shift+Tab cycle inside the card.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { CardContent } from '../../lib/card-content';
import { MentionNav, type MentionNavProps } from './MentionNav';
import { SourceToggle } from './SourceToggle';

export interface EntityCardProps {
  content: CardContent;
  mentions: MentionNavProps['mentions'];
  onPreviousMention?: () => void;
  onNextMention?: () => void;
  onOpenEntity?: (entityId: string) => void;
  onOpenBriefing?: () => void;
  onClose?: () => void;
  /** When the card shows a related entity, the way back to the one it was opened for. */
  back?: { name: string; onBack: () => void };
}

/** Facts shown before "Show more": the card is a glance, the briefing is the full read. */
const FACTS_SHOWN = 3;

/** Selector for what Tab may land on inside the card. */
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function EntityCard(props: EntityCardProps) {
  const { content } = props;
  const titleId = useId();
  const descriptionId = useId();
  const quote = content.quote;
  const [allFacts, setAllFacts] = useState(false);
  const visibleFacts = allFacts ? content.facts : content.facts.slice(0, FACTS_SHOWN);
  const hiddenFacts = content.facts.length - visibleFacts.length;

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
      lang="en"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      tabIndex={-1}
      data-side={content.side}
      data-entity-id={content.entityId}
      onKeyDown={onKeyDown}
    >
      <div class="bs-scroll">
        {props.back && (
          <button type="button" class="bs-back" onClick={props.back.onBack}>
            <span aria-hidden="true">←</span> Back to {props.back.name}
          </button>
        )}
        <div class="bs-head">
          <p class="bs-kicker">
            <span class="bs-type">{content.typeLabel}</span>
            <span class="bs-dot" aria-hidden="true">
              ·
            </span>
            <span class="bs-side">
              <span class={`bs-chip bs-chip-${content.side}`} aria-hidden="true" />
              <span>
                <span class="bs-visually-hidden">Side: </span>
                {content.sideLabel}
              </span>
            </span>
          </p>
          <h2 id={titleId} class="bs-name">
            {content.name}
          </h2>
          <p class="bs-role">{content.role.text}</p>
          <div class="bs-role-meta">
            <span class="bs-asof">As of {content.storyDateLabel}</span>
            <span class="bs-dot" aria-hidden="true">
              ·
            </span>
            <SourceToggle source={content.role.source} />
          </div>
          {props.onClose && (
            <button type="button" class="bs-close" aria-label="Close card" onClick={props.onClose}>
              <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
                <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
              </svg>
            </button>
          )}
        </div>

        <p id={descriptionId} class="bs-description">
          {content.description}
        </p>

        {content.cyrillicAliases.length > 0 && (
          <p class="bs-aliases">
            <span class="bs-label">Also written</span>{' '}
            {content.cyrillicAliases.map((alias, i) => (
              <span key={alias.text}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <span lang={alias.lang}>{alias.text}</span>
              </span>
            ))}
          </p>
        )}

        {content.facts.length > 0 && (
          <section class="bs-section" aria-labelledby={`${titleId}-facts`}>
            <h3 id={`${titleId}-facts`} class="bs-section-title">
              Key facts
            </h3>
            <ul class="bs-facts">
              {visibleFacts.map((fact) => (
                <li key={fact.text} class="bs-fact">
                  <span class="bs-fact-text">{fact.text}</span> <SourceToggle source={fact.source} />
                </li>
              ))}
            </ul>
            {hiddenFacts > 0 && (
              <button type="button" class="bs-more" aria-expanded="false" onClick={() => setAllFacts(true)}>
                Show {hiddenFacts} more {hiddenFacts === 1 ? 'fact' : 'facts'}
              </button>
            )}
          </section>
        )}

        {quote && (
          <figure class="bs-quote">
            <blockquote class="bs-quote-text">“{quote.text.replace(/^[“"]|[”"]$/g, '')}”</blockquote>
            <figcaption class="bs-quote-by">
              <span class="bs-quote-speaker">— {content.name}</span>
              {quote.context && <span class="bs-quote-context">{quote.context}</span>}
            </figcaption>
          </figure>
        )}

        {content.relations.length > 0 && (
          <section class="bs-section" aria-labelledby={`${titleId}-relations`}>
            <h3 id={`${titleId}-relations`} class="bs-section-title">
              Connections
            </h3>
            <ul class="bs-relations">
              {content.relations.map((relation) => (
                <li key={`${relation.label}-${relation.targetId}`} class="bs-relation">
                  <span class="bs-relation-label">{relation.label}</span>{' '}
                  <button
                    type="button"
                    class="bs-relation-target"
                    onClick={() => props.onOpenEntity?.(relation.targetId)}
                  >
                    {relation.targetName}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        <p class="bs-provenance">
          From the story <cite>{content.storyTitle}</cite>, as reported by {content.articleSource} on{' '}
          {content.storyDateLabel}.
        </p>
      </div>

      <div class="bs-foot">
        <MentionNav
          name={content.name}
          mentions={props.mentions}
          onPrevious={props.onPreviousMention}
          onNext={props.onNextMention}
        />
        <button type="button" class="bs-briefing" onClick={props.onOpenBriefing}>
          Open briefing
        </button>
      </div>
    </div>
  );
}
