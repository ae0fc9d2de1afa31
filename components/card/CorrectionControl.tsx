/**
 * The card's "Not right?": the reader tells Backstory that the text it marked is not a name, or
 * not this person, on this site or everywhere; a line confirms it, with Undo. Renders the status
 * it is given and reports the choice; saving is the card controller's job. Keyboard: every step is
 * a button, focus moves to the next step's first button, Esc steps back out of the menu.
 */
import type { ComponentChildren, TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CorrectionKind, CorrectionScope } from '../../lib/storage/corrections';
import type { Notice } from '../../lib/storage/notice';
import type { Messages } from '../../lib/views/messages';
import { noticeText } from '../../lib/views/notice-text';
import { useMessages } from '../shared/messages';

export type CorrectionStatus =
  | { state: 'idle'; undone?: boolean }
  | { state: 'saving' }
  /** `error`: an Undo that failed (the correction still holds). */
  | { state: 'saved'; kind: CorrectionKind; scope: CorrectionScope; error?: Notice }
  | { state: 'failed'; message: Notice };

export interface CorrectionChoice {
  kind: CorrectionKind;
  scope: CorrectionScope;
}

export interface CardCorrectionProps {
  /** The mention as the page printed it ("Lars Berg"). */
  text: string;
  /** The entity on the card. */
  name: string;
  /** Whether "On this site" can be offered (a page without a site key cannot). */
  siteAvailable: boolean;
  /** The page's site key ("bbc.co.uk"), named in place of "this site" once known. */
  site?: string;
  status: CorrectionStatus;
  /** `how`: a pointer click, or the keyboard (the controller keeps a keyboard reader's card open). */
  onCorrect: (choice: CorrectionChoice, how: 'pointer' | 'keyboard') => void;
  onUndo: () => void;
}

type Step = 'closed' | 'kind' | CorrectionKind;

/** A click made with Enter or Space on a button has no click count. */
const howOf = (event: TargetedMouseEvent<HTMLButtonElement>): 'pointer' | 'keyboard' =>
  event.detail === 0 ? 'keyboard' : 'pointer';

/**
 * Scrolls the card's own scroll area so the opened menu shows. Not scrollIntoView: that may also
 * scroll the page, which would move the mention the card is anchored to.
 */
function reveal(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('.bs-card__scroll');
  if (!scroller) return;
  const below = element.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom;
  if (below > 0) scroller.scrollTop += below + 12;
}

/** "Anna Berg", or "this Lars Berg" when the text is the name itself (the page means a namesake). */
function who(m: Messages, text: string, name: string): string {
  return text.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase()
    ? m.t('personNamesake', name)
    : m.t('personPlain', name);
}

export function confirmationText(
  m: Messages,
  text: string,
  name: string,
  kind: CorrectionKind,
  scope: CorrectionScope,
  site?: string,
): string {
  if (scope !== 'site') {
    return kind === 'not-a-name'
      ? m.t('wontBeMarkedAnywhere', text)
      : m.t('wontBeLinkedAnywhere', text, who(m, text, name));
  }
  const where = site ? m.t('whereSite', site) : m.t('whereThisSite');
  return kind === 'not-a-name'
    ? m.t('wontBeMarkedWhere', text, where)
    : m.t('wontBeLinkedWhere', text, who(m, text, name), where);
}

export function CorrectionControl(props: CardCorrectionProps) {
  const { text, name, status } = props;
  const m = useMessages();
  const panelId = useId();
  const [step, setStep] = useState<Step>('closed');
  const root = useRef<HTMLDivElement>(null);
  /**
   * Set by the reader's own clicks, so that focus follows them (never on a mere re-render): `now`,
   * the next view's first button takes it; `after-save`, the view that follows the save does.
   */
  const moveFocus = useRef<'none' | 'now' | 'after-save'>('none');

  const view = status.state === 'saved' ? 'saved' : status.state === 'saving' ? 'saving' : step;
  useEffect(() => {
    if (moveFocus.current === 'after-save') {
      if (status.state === 'saving') moveFocus.current = 'now';
      return;
    }
    if (moveFocus.current !== 'now') return;
    const target = root.current?.querySelector<HTMLElement>('[data-autofocus]');
    // While saving there is nothing to focus: the saved (or failed) view that follows takes it.
    if (!target) return;
    moveFocus.current = 'none';
    target.focus({ preventScroll: true });
    if (view !== 'closed' && root.current) reveal(root.current);
  }, [view, status.state]);

  const go = (next: Step) => {
    moveFocus.current = 'now';
    setStep(next);
  };
  const choose = (kind: CorrectionKind, scope: CorrectionScope, event: TargetedMouseEvent<HTMLButtonElement>) => {
    moveFocus.current = 'after-save';
    setStep('closed');
    props.onCorrect({ kind, scope }, howOf(event));
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || step === 'closed' || status.state === 'saved') return;
    // Esc leaves the menu first; a second Esc closes the card.
    event.preventDefault();
    event.stopPropagation();
    go('closed');
  };

  let menu: ComponentChildren = null;
  if (view === 'closed') {
    menu = (
      <button
        type="button"
        class="bs-correct__toggle"
        aria-expanded="false"
        aria-controls={panelId}
        data-autofocus
        onClick={() => go('kind')}
      >
        {m.t('notRight')}
      </button>
    );
  } else if (view !== 'saved' && view !== 'saving') {
    menu = (
      <div class="bs-correct__panel" id={panelId}>
        {view === 'kind' ? (
          <fieldset class="bs-correct__set">
            <legend class="bs-correct__question">{m.t('whatsWrong', text)}</legend>
            <div class="bs-correct__choices">
              <button type="button" class="bs-correct__choice" data-autofocus onClick={() => go('not-a-name')}>
                <span class="bs-correct__choice-label">{m.t('notAName')}</span>
                <span class="bs-correct__choice-hint">{m.t('notANameHint')}</span>
              </button>
              <button type="button" class="bs-correct__choice" onClick={() => go('wrong-person')}>
                <span class="bs-correct__choice-label">{m.t('wrongPerson')}</span>
                <span class="bs-correct__choice-hint">{m.t('wrongPersonHint')}</span>
              </button>
            </div>
          </fieldset>
        ) : (
          <fieldset class="bs-correct__set">
            <legend class="bs-correct__question">
              {view === 'not-a-name' ? m.t('stopMarking', text) : m.t('stopLinking', text, who(m, text, name))}
            </legend>
            <div class="bs-correct__choices">
              {props.siteAvailable && (
                <button
                  type="button"
                  class="bs-correct__choice bs-correct__choice--scope"
                  data-autofocus
                  onClick={(event) => choose(view, 'site', event)}
                >
                  {props.site ? m.t('scopeOnSite', props.site) : m.t('onThisSite')}
                </button>
              )}
              <button
                type="button"
                class="bs-correct__choice bs-correct__choice--scope"
                {...(props.siteAvailable ? {} : { 'data-autofocus': true })}
                onClick={(event) => choose(view, 'everywhere', event)}
              >
                {m.t('scopeEverywhere')}
              </button>
            </div>
          </fieldset>
        )}
        <div class="bs-correct__foot">
          <span class="bs-correct__fine">{m.t('keptInBrowser')}</span>
          <button type="button" class="bs-correct__cancel" onClick={() => go(view === 'kind' ? 'closed' : 'kind')}>
            {view === 'kind' ? m.t('cancel') : m.t('back')}
          </button>
        </div>
      </div>
    );
  }

  const saved = status.state === 'saved' ? status : undefined;
  const statusText = saved
    ? confirmationText(m, text, name, saved.kind, saved.scope, props.site)
    : status.state === 'saving'
      ? m.t('saving')
      : status.state === 'idle' && status.undone
        ? m.t('undone', text)
        : '';

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the key handler only catches Esc bubbling up from the buttons inside.
    <div class="bs-correct" data-view={view} ref={root} onKeyDown={onKeyDown}>
      {menu}
      {/* Always rendered, so that screen readers announce what is put into it. */}
      <div class="bs-correct__line">
        {saved && (
          <svg class="bs-correct__tick" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d="M2.5 6.5 5 9l4.5-6" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
          </svg>
        )}
        <p class="bs-correct__status" role="status">
          {statusText}
        </p>
        {saved && (
          <button
            type="button"
            class="bs-correct__undo"
            data-autofocus
            onClick={() => {
              moveFocus.current = 'after-save';
              props.onUndo();
            }}
          >
            {m.t('undo')}
          </button>
        )}
      </div>
      {(status.state === 'failed' || saved?.error) && (
        <p class="bs-correct__error" role="alert">
          {status.state === 'failed' ? noticeText(m, status.message) : saved?.error && noticeText(m, saved.error)}
        </p>
      )}
    </div>
  );
}
