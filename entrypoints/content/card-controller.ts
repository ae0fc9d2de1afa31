/**
 * The hover card's behaviour on the page: which mention and entity it shows, hover intent, the
 * keyboard's next / previous mention, focus in and out, and the card's own buttons. Where the
 * card lives is `card-mount.ts`; what the pointer does is `lib/page/pointer-tracker.ts`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityCardProps } from '../../components/card/EntityCard';
import { sendMessage } from '../../lib/extension/messages';
import { followRange } from '../../lib/page/card-position';
import { createHoverIntent } from '../../lib/page/hover-intent';
import {
  deepActiveElement,
  mentionPosition,
  nextMention,
  sameMention,
  sameStart,
  scrollToMention,
} from '../../lib/page/mention-navigation';
import type { PageMention, PageMentionsSource } from '../../lib/page/page-mentions';
import { trackPointer } from '../../lib/page/pointer-tracker';
import type { Catalog } from '../../lib/story/story-model';
import { primaryStoryId } from '../../lib/story/story-ranking';
import { cardContent } from '../../lib/views/card-content';
import { createCardMount } from './card-mount';

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
  const mount = createCardMount(ctx);
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
      const at = pointer.position();
      show({ mention, entityId: mention.entityId, pinned: how === 'pinned', ...(at ? { pointer: at } : {}) }, focus);
    },
    close: () => hide(),
    dwellMs: options.hoverDelayMs,
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
  });

  const pointer = trackPointer(document, ctx.signal, {
    mentionAt: (x, y) => engine.mentionAt(x, y),
    isOwnUi: (event) => mount.contains(event),
    cardShown: () => shown !== undefined,
    over: (mention) => intent.pointerOver(mention),
    inCard: (inside) => intent.pointerInCard(inside),
    // The reader is using the card: it stays until they close it or click elsewhere.
    pin: () => intent.pin(),
    tap: (mention) => intent.openPinned(mention),
    dismiss: () => intent.closeNow(),
  });

  const show = (next: Shown, focus = false) => {
    if (disposed) return;
    const seq = ++renderSeq;
    if (focus) rememberFocus();
    void mount.ready().then(() => {
      if (disposed || seq !== renderSeq) return;
      const props = cardProps(next);
      if (!props) {
        hide();
        return;
      }
      shown = next;
      const card = mount.render(props);
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
    const hadFocus = mount.hasFocus();
    stopFollowing?.();
    stopFollowing = undefined;
    followed = undefined;
    if (shown) engine.setActive?.(undefined);
    shown = undefined;
    mount.clear();
    const target = returnFocus;
    returnFocus = undefined;
    // Focus goes back where it was only if the card had it: a hover card never steals focus.
    if (hadFocus) {
      if (target?.isConnected) target.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  };

  const rememberFocus = () => {
    if (mount.hasFocus()) return;
    const active = deepActiveElement();
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : undefined;
  };

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
      if (target) open(target, { focus: mount.hasFocus(), scroll: true });
    };
    const originalName = catalog.entities.get(state.mention.entityId)?.name ?? '';
    return {
      content,
      mentions: { ordinal: position.ordinal, count: position.count },
      onPreviousMention: goTo(onMention ? position.previousIndex : firstOfEntity?.index),
      onNextMention: goTo(onMention ? position.nextIndex : firstOfEntity?.index),
      onOpenEntity: (entityId) => {
        intent.pin();
        show({ ...state, entityId, pinned: true }, mount.hasFocus());
      },
      onOpenBriefing: () => openBriefing(state.entityId),
      onClose: () => intent.closeNow(),
      ...(onMention
        ? {}
        : {
            back: {
              name: originalName,
              onBack: () => show({ ...state, entityId: state.mention.entityId }, mount.hasFocus()),
            },
          }),
    };
  };

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

  function open(mention: PageMention, openOptions: { focus?: boolean; scroll?: boolean } = {}) {
    const go = () => {
      engine.flash?.(mention);
      focusNextOpen = !!openOptions.focus;
      // No pointer position: the card goes beside the mention's first line.
      pointer.forget();
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
    mount.remove();
  };
  ctx.onInvalidated(dispose);

  return { open, step, close: () => intent.closeNow(), dispose };
}
