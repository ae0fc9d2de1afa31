/**
 * Wires the hover card to the page: pointer hit-testing (once per animation frame, through the
 * engine's mentionAt), hover intent, click and tap, Esc, the next / previous mention commands,
 * and the card's own buttons. The card's shadow root is created on first use only, so a page
 * the reader never hovers never gets one.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_CSS } from '../../components/card/card-styles';
import { EntityCard, type EntityCardProps } from '../../components/card/EntityCard';
import { cardContent, mentionPosition, primaryStoryId } from '../../lib/card-content';
import { createHoverIntent } from '../../lib/hover-intent';
import { onMessage, sendMessage } from '../../lib/messages';
import type { PageMention, PageMentionsSource } from '../../lib/page-mentions';
import type { Catalog } from '../../lib/story-model';
import { followRange } from './card-position';
import {
  deepActiveElement,
  isInLink,
  nextMention,
  sameMention,
  sameStart,
  scrollToMention,
} from './mention-navigation';

/** The engine as the card sees it: the mentions, plus optional marks on the page. */
export interface CardEngine extends PageMentionsSource {
  setActive?(mention: PageMention | undefined): void;
  flash?(mention: PageMention): void;
}

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  engine: CardEngine;
  /** The catalog the engine matches against (read on every open: packs may change it). */
  catalog: () => Catalog;
  /** Asks the background to open the side-panel briefing at this entity (default: the `openBriefing` message). */
  openBriefing?: (entityId: string) => void;
  /** The reader's hover delay (options page), read at each dwell so changes apply live. */
  hoverDelayMs?: () => number;
}

export interface CardController {
  /** Opens the card on a mention, optionally scrolling to it and moving focus into the card. */
  open(mention: PageMention, options?: { focus?: boolean; scroll?: boolean }): void;
  /** The keyboard commands: go to the next / previous mention on the page and open its card. */
  step(direction: 1 | -1): void;
  close(): void;
  dispose(): void;
}

/** The element that carries the card's shadow root; the scanner skips `[data-backstory-ui]`. */
export const CARD_HOST_TAG = 'backstory-card';

interface Shown {
  mention: PageMention;
  /** The entity on the card: the mention's, or a related one the reader opened from it. */
  entityId: string;
  pinned: boolean;
  pointer?: { x: number; y: number };
}

export function startCardController(options: CardControllerOptions): CardController {
  const { ctx, engine } = options;
  const openBriefing =
    options.openBriefing ??
    ((entityId: string) => {
      // An orphaned script (extension reloaded) has nobody to ask; the card simply stays.
      sendMessage('openBriefing', { entityId }).catch(() => {});
    });
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let uiPending: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let shown: Shown | undefined;
  let stopFollowing: (() => void) | undefined;
  let followed: Range | undefined;
  let returnFocus: HTMLElement | undefined;
  let disposed = false;
  let renderSeq = 0;
  /** Set by keyboard opens: the next card to open takes focus. */
  let focusNextOpen = false;

  const intent = createHoverIntent<PageMention>({
    same: sameMention,
    open: (mention, how) => {
      const focus = focusNextOpen;
      focusNextOpen = false;
      show({ mention, entityId: mention.entityId, pinned: how === 'pinned', ...pointerNow() }, focus);
    },
    close: () => hide(),
    dwellMs: options.hoverDelayMs,
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
  });

  // ---- mounting -------------------------------------------------------------------------------

  const ensureUi = (): Promise<ShadowRootContentScriptUi<HTMLElement>> => {
    if (ui) return Promise.resolve(ui);
    uiPending ??= createShadowRootUi(ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      // On <html>, not <body>: a transformed or filtered body would trap a fixed-position card.
      anchor: () => document.documentElement,
      append: 'last',
      css: CARD_CSS,
      // axe-core and the tests reach into an open root; the page could anyway via the host.
      mode: 'open',
      // The page's own shortcuts (j/k, "/", Esc handlers) must not fire while the reader types in the card.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('data-backstory-ui', '');
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return uiPending;
  };

  const cardElement = (): HTMLElement | null => ui?.uiContainer.querySelector<HTMLElement>('.bs-card') ?? null;

  // ---- showing and hiding ----------------------------------------------------------------------

  const show = (next: Shown, focus = false) => {
    if (disposed) return;
    const seq = ++renderSeq;
    if (focus) rememberFocus();
    void ensureUi().then((mounted) => {
      if (disposed || seq !== renderSeq) return;
      const props = cardProps(next);
      if (!props) {
        hide();
        return;
      }
      shown = next;
      render(h(EntityCard, props), mounted.uiContainer);
      const card = cardElement();
      if (!card) return;
      const takeFocus = () => {
        if (focus && seq === renderSeq) card.focus({ preventScroll: true });
      };
      if (followed !== next.mention.range) {
        stopFollowing?.();
        followed = next.mention.range;
        stopFollowing = followRange(next.mention.range, card, next.pointer, takeFocus);
      } else {
        takeFocus();
      }
      engine.setActive?.(next.mention);
    });
  };

  const hide = () => {
    renderSeq++;
    const hadFocus = focusIsInCard();
    stopFollowing?.();
    stopFollowing = undefined;
    followed = undefined;
    if (shown) engine.setActive?.(undefined);
    shown = undefined;
    if (ui) render(null, ui.uiContainer);
    const target = returnFocus;
    returnFocus = undefined;
    // Focus goes back where it was only if the card had it: a hover card never steals focus.
    if (hadFocus) {
      if (target?.isConnected) target.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  };

  const rememberFocus = () => {
    if (focusIsInCard()) return;
    const active = deepActiveElement();
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : undefined;
  };

  const focusIsInCard = () => !!ui && ui.shadow.activeElement !== null;

  const cardProps = (state: Shown): EntityCardProps | undefined => {
    const catalog = options.catalog();
    const mentions = engine.mentions();
    const storyId = primaryStoryId(
      catalog,
      mentions.map((m) => m.entityId),
    );
    const content = cardContent(catalog, state.entityId, storyId);
    if (!content) return undefined;
    const onMention = state.entityId === state.mention.entityId;
    const position = onMention
      ? mentionPosition(mentions, state.mention)
      : { ordinal: 0, count: mentions.filter((m) => m.entityId === state.entityId).length };
    const firstOfEntity = mentions.find((m) => m.entityId === state.entityId);
    const goTo = (index: number | undefined) => () => {
      const target = index === undefined ? undefined : mentions.find((m) => m.index === index);
      if (target) open(target, { focus: focusIsInCard(), scroll: true });
    };
    const originalName = catalog.entities.get(state.mention.entityId)?.name ?? '';
    return {
      content,
      mentions: { ordinal: position.ordinal, count: position.count },
      onPreviousMention: goTo(
        onMention ? mentionPosition(mentions, state.mention).previousIndex : firstOfEntity?.index,
      ),
      onNextMention: goTo(onMention ? mentionPosition(mentions, state.mention).nextIndex : firstOfEntity?.index),
      onOpenEntity: (entityId) => {
        intent.pin();
        show({ ...state, entityId, pinned: true }, focusIsInCard());
      },
      onOpenBriefing: () => openBriefing(state.entityId),
      onClose: () => intent.closeNow(),
      ...(onMention
        ? {}
        : {
            back: {
              name: originalName,
              onBack: () => show({ ...state, entityId: state.mention.entityId }, focusIsInCard()),
            },
          }),
    };
  };

  // ---- pointer ---------------------------------------------------------------------------------

  let pointer: { x: number; y: number } | undefined;
  let pointerInCard = false;
  let framePending = false;

  const pointerNow = (): { pointer?: { x: number; y: number } } => (pointer ? { pointer: { ...pointer } } : {});

  const isCardEvent = (event: Event) => !!ui && event.composedPath().includes(ui.shadowHost);

  const hitTest = () => {
    framePending = false;
    if (!pointer || disposed) return;
    if (pointerInCard) return;
    intent.pointerOver(engine.mentionAt(pointer.x, pointer.y));
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      // Touch has no hover: a tap is handled as a click.
      if (event.pointerType === 'touch') return;
      pointer = { x: event.clientX, y: event.clientY };
      const inCard = isCardEvent(event);
      if (inCard !== pointerInCard) {
        pointerInCard = inCard;
        intent.pointerInCard(inCard);
      }
      // Hit-testing walks caret positions and ranges: once per frame is plenty.
      if (!framePending) {
        framePending = true;
        ctx.requestAnimationFrame(hitTest);
      }
    },
    { passive: true, capture: true },
  );

  ctx.addEventListener(
    document.documentElement,
    'pointerleave',
    () => {
      pointer = undefined;
      pointerInCard = false;
      intent.pointerInCard(false);
      intent.pointerOver(undefined);
    },
    { passive: true },
  );

  ctx.addEventListener(
    document,
    'click',
    (event: MouseEvent) => {
      if (isCardEvent(event)) {
        // The reader is using the card: it stays until they close it or click elsewhere.
        intent.pin();
        return;
      }
      if (event.button !== 0) return;
      // The end of a text selection is not a request for a card.
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim()) return;
      const mention = engine.mentionAt(event.clientX, event.clientY);
      if (!mention) {
        if (shown) intent.closeNow();
        return;
      }
      // A mention inside a link still follows the link; there the card opens on hover only.
      if (isInLink(mention.range)) return;
      pointer = { x: event.clientX, y: event.clientY };
      intent.openPinned(mention);
    },
    { capture: true },
  );

  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      // Keys pressed inside the card are handled by the card itself.
      if (event.key === 'Escape' && shown && !isCardEvent(event)) intent.closeNow();
    },
    { capture: true },
  );

  const unsubscribe = engine.subscribe((mentions) => {
    if (!shown) return;
    // A rescan re-creates mentions; keep the card on the same one if it is still there.
    const current = shown.mention;
    const still = mentions.find((m) => m.entityId === current.entityId && sameStart(m.range, current.range));
    if (!still) {
      intent.closeNow();
      return;
    }
    show({ ...shown, mention: still });
  });

  // ---- commands and jumps ----------------------------------------------------------------------

  // The manifest's next / previous mention shortcuts, forwarded by the background (lib/command-forwarding.ts).
  const stopCommands = onMessage('commandInvoked', ({ data }) => step(data === 'previous-mention' ? -1 : 1));

  function open(mention: PageMention, openOptions: { focus?: boolean; scroll?: boolean } = {}) {
    const go = () => {
      engine.flash?.(mention);
      focusNextOpen = !!openOptions.focus;
      // No pointer position: the card goes beside the mention's first line.
      pointer = undefined;
      intent.openPinned(mention);
    };
    if (openOptions.scroll) scrollToMention(mention, go);
    else go();
  }

  function step(direction: 1 | -1) {
    const mentions = engine.mentions();
    if (mentions.length === 0) return;
    const target = nextMention(mentions, shown?.mention, direction);
    if (target) open(target, { focus: true, scroll: true });
  }

  const dispose = () => {
    if (disposed) return;
    hide();
    disposed = true;
    intent.dispose();
    unsubscribe();
    stopCommands();
    ui?.remove();
    ui = undefined;
  };
  ctx.onInvalidated(dispose);

  return { open, step, close: () => intent.closeNow(), dispose };
}
