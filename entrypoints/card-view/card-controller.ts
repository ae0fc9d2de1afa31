/**
 * The hover card's behaviour on the page: which mention and entity it shows, hover intent, the
 * keyboard's next / previous mention, focus in and out, and the card's own buttons, "Not right?"
 * included (the reader's corrections are written here; the page follows them back from storage).
 * Part of the card's module, which the page loads on first use (entrypoints/content/card-trigger.ts
 * hands it the pointer and the commands); the view itself is `card-view.ts`.
 */

import type { CorrectionChoice, CorrectionStatus } from '../../components/card/CorrectionControl';
import type { EntityCardProps } from '../../components/card/EntityCard';
import type { PageScriptContext } from '../../lib/extension/page-script-context';
import type { CardPlacement } from '../../lib/page/card-position';
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
import type { PointerTracker } from '../../lib/page/pointer-tracker';
import { locateSentence } from '../../lib/page/sentence-locator';
import { notice } from '../../lib/storage/notice';
import type { StorageAreaLike } from '../../lib/storage/storage-area';
import type { Catalog, StoryOutline } from '../../lib/story/story-model';
import { primaryStoryId } from '../../lib/story/story-ranking';
import type { CardView } from './card-view';

/** The engine as the card sees it: the mentions, plus optional marks on the page. */
export interface CardEngine extends PageMentionsSource {
  setActive?(mention: PageMention | undefined): void;
  flash?(target: Pick<PageMention, 'range'>): void;
}

export interface CardControllerOptions {
  ctx: PageScriptContext;
  engine: CardEngine;
  /** The catalog the engine matches against (read on every open: packs may change it). */
  catalog: () => Catalog<StoryOutline>;
  /** Where the pointer is (the page's tracker, which feeds this controller its events). */
  pointer: Pick<PointerTracker, 'position' | 'forget'>;
  /** Makes the card's view; called when the first card is shown (again after a failure). */
  loadView: () => Promise<CardView>;
  /** Asks the background to open the side-panel briefing at this entity, for the reader's own press. */
  openBriefing: (entityId: string) => void;
  /** The reader's hover delay (options page), read at each dwell so changes apply live. */
  hoverDelayMs?: () => number;
  /**
   * Where "Not right?" writes the reader's corrections (`storage.local`); absent, the card offers
   * none. `siteKey` asks the background for the page's site key (null: the page has none).
   */
  corrections?: { area: StorageAreaLike; siteKey: () => Promise<string | null> };
  /**
   * The first card's line about reading memory: `due` while the reader has not seen it (read live
   * from the settings); once a card shows it, it is marked seen in `area`.
   */
  readingNotice?: { area: StorageAreaLike; due: () => boolean };
}

/**
 * How long a card stays after a correction made with the pointer, to show the confirmation and
 * its Undo; it never closes under the pointer. A keyboard reader's card stays until Esc.
 */
export const CORRECTED_CARD_MS = 4000;

/** What the page's pointer tracker tells the card (see `PointerTrackerOptions`). */
export interface CardPointerEvents {
  /**
   * The mention under the resting pointer, or undefined when it left every mention; `restedMs`,
   * how long the pointer has rested there already (while this module loaded).
   */
  pointerOver(mention: PageMention | undefined, restedMs?: number): void;
  pointerInCard(inside: boolean): void;
  /** The reader clicked inside the card: it stays open. */
  pin(): void;
  /** A click or tap on a mention. */
  tap(mention: PageMention): void;
  /** A click on nothing, or Esc, while a card is open. */
  dismiss(): void;
  /** Whether an event happened inside the card. */
  isOwnUi(event: Event): boolean;
  /** Whether a card is open. */
  shown(): boolean;
}

export interface CardController extends CardPointerEvents {
  /** Opens the card on a mention, optionally scrolling to it and moving focus into the card. */
  open(mention: PageMention, options?: { focus?: boolean; scroll?: boolean }): void;
  /** The keyboard commands: go to the next / previous mention on the page and open its card. */
  step(direction: 1 | -1): void;
  close(): void;
  dispose(): void;
}

interface Shown {
  /** One per opened card: answers from storage that come back after it closed are dropped. */
  session: number;
  mention: PageMention;
  /** The entity on the card: the mention's, or a related one the reader opened from it. */
  entityId: string;
  pinned: boolean;
  pointer?: { x: number; y: number };
  /** The reader's correction of this mention; `id` once saved (what Undo removes). */
  correction?: { status: CorrectionStatus; id?: string };
}

/** A correction saved, or being saved: its mention leaves the page, its card stays for the Undo. */
const isCorrected = (state: Shown) =>
  state.correction?.status.state === 'saved' || state.correction?.status.state === 'saving';

export function startCardController(options: CardControllerOptions): CardController {
  const { ctx, engine, pointer, openBriefing } = options;
  let view: CardView | undefined;
  let loading: Promise<CardView> | undefined;
  const loadView = (): Promise<CardView> => {
    loading ??= options.loadView().then(
      (loaded) => {
        if (disposed) loaded.remove();
        else view = loaded;
        return loaded;
      },
      (error: unknown) => {
        // An orphaned script cannot load it; a later card may, if the extension comes back.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  let shown: Shown | undefined;
  /** The state last asked for (`shown` follows once the card has rendered it). */
  let wanted: Shown | undefined;
  let sessions = 0;
  let pointerInCard = false;
  let closeTimer: number | undefined;
  /** Where the card is kept placed: the mention's range, laid out while the pointer rests or shown. */
  let placement: { range: Range; handle: CardPlacement } | undefined;
  let returnFocus: HTMLElement | undefined;
  let disposed = false;
  let renderSeq = 0;
  /** The page's site key: undefined until the background has answered (asked once, when the card starts). */
  let site: string | null | undefined;
  let siteAsked: Promise<string | null> | undefined;
  /** Set by keyboard opens: the next card to open takes focus. */
  let focusNextOpen = false;
  /** The card session that shows the reading-memory notice (one card, once), until "Got it". */
  let noticeSession: number | undefined;
  let noticeDismissed = false;

  const intent = createHoverIntent<PageMention>({
    same: sameMention,
    open: (mention, how) => {
      const focus = focusNextOpen;
      focusNextOpen = false;
      const at = pointer.position();
      show(
        {
          session: ++sessions,
          mention,
          entityId: mention.entityId,
          pinned: how === 'pinned',
          ...(at ? { pointer: at } : {}),
        },
        focus,
      );
    },
    close: () => hide(),
    dwellMs: options.hoverDelayMs,
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
  });

  const show = (next: Shown, focus = false) => {
    if (disposed) return;
    wanted = next;
    const seq = ++renderSeq;
    if (focus) rememberFocus();
    loadView()
      .then(async (view) => {
        await view.prepare();
        return view;
      })
      .then((view) => {
        if (disposed || seq !== renderSeq) return;
        const props = cardProps(next, view);
        if (!props) {
          hide();
          return;
        }
        shown = next;
        const card = view.render(props);
        if (!card) return;
        followEarlierReading(next, view);
        place(view, next, card).reveal(() => {
          if (focus && seq === renderSeq) card.focus({ preventScroll: true });
        });
        // A corrected mention is no longer marked, not even as the active one.
        engine.setActive?.(isCorrected(next) ? undefined : next.mention);
      }, hideIfStill(seq));
  };

  /** Keeps the card placed at the state's mention (already, if it was laid out during the dwell). */
  const place = (view: CardView, state: Shown, card: HTMLElement): CardPlacement => {
    if (placement?.range !== state.mention.range) {
      placement?.handle.stop();
      placement = { range: state.mention.range, handle: view.follow(state.mention.range, card, state.pointer) };
    }
    return placement.handle;
  };

  /**
   * While the pointer rests on a mention and no card is open, its card is rendered and placed,
   * hidden: when the dwell ends the card only has to be shown (docs/decisions/0013).
   */
  const stage = (view: CardView, mention: PageMention) => {
    const resting = intent.pending();
    if (disposed || wanted || !resting || !sameMention(resting, mention) || placement?.range === mention.range) return;
    const at = pointer.position();
    const state: Shown = {
      session: sessions + 1,
      mention,
      entityId: mention.entityId,
      pinned: false,
      ...(at ? { pointer: at } : {}),
    };
    const props = cardProps(state, view, { staging: true });
    const card = props ? view.render(props) : null;
    if (card) place(view, state, card);
  };

  /** A card laid out for a dwell that did not end in it goes. */
  const unstage = () => {
    if (wanted || !placement) return;
    placement.handle.stop();
    placement = undefined;
    view?.clear();
  };

  /**
   * The reading archive's answer usually came during the dwell; if it is still on its way, the
   * card shows without it and takes it when it comes.
   */
  const followEarlierReading = (state: Shown, view: CardView) => {
    if (view.earlier(state.entityId).settled) return;
    view.askEarlier(state.entityId).then(() => {
      if (wanted?.session === state.session && wanted.entityId === state.entityId) show({ ...wanted });
    });
  };

  /** A card that cannot be shown (its module failed to load) is not wanted any more. */
  const hideIfStill = (seq: number) => () => {
    if (seq === renderSeq) hide();
  };

  const hide = () => {
    renderSeq++;
    wanted = undefined;
    stopCloseTimer();
    const hadFocus = view?.hasFocus() ?? false;
    placement?.handle.stop();
    placement = undefined;
    if (shown) engine.setActive?.(undefined);
    shown = undefined;
    view?.clear();
    const target = returnFocus;
    returnFocus = undefined;
    // Focus goes back where it was only if the card had it: a hover card never steals focus.
    if (hadFocus) {
      if (target?.isConnected) target.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  };

  const stopCloseTimer = () => {
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  /** Closes a corrected card after a while, once the pointer is not on it. */
  const closeLater = (session: number, ms = CORRECTED_CARD_MS) => {
    stopCloseTimer();
    closeTimer = ctx.setTimeout(() => {
      closeTimer = undefined;
      if (wanted?.session !== session || wanted.correction?.status.state !== 'saved') return;
      if (pointerInCard) closeLater(session, 500);
      else intent.closeNow();
    }, ms);
  };

  /** Re-renders the card with a change, if it is still the card of `session`. */
  const update = (session: number, change: Partial<Shown>) => {
    if (wanted?.session !== session) return;
    show({ ...wanted, ...change });
  };

  const askSite = (store: NonNullable<CardControllerOptions['corrections']>): Promise<string | null> => {
    siteAsked ??= store.siteKey().then(
      (key) => {
        site = key;
        // An open card names the site in "Not right?" once it is known.
        if (wanted) update(wanted.session, {});
        return key;
      },
      (error: unknown) => {
        // Asked again at the next correction: the background may have been restarting.
        siteAsked = undefined;
        throw error;
      },
    );
    return siteAsked;
  };
  if (options.corrections) askSite(options.corrections).catch(() => {});

  const correct = async (session: number, choice: CorrectionChoice, how: 'pointer' | 'keyboard') => {
    const store = options.corrections;
    const state = wanted;
    // The card is on the page, so its module (which writes corrections) is loaded.
    const cardView = view;
    if (!store || !cardView || state?.session !== session || isCorrected(state)) return;
    // The reader is using the card: it stays (until the confirmation has been seen).
    intent.pin();
    update(session, { correction: { status: { state: 'saving' } } });
    const pageSite = await askSite(store).catch(() => null);
    if (choice.scope === 'site' && pageSite === null) {
      update(session, { correction: { status: { state: 'failed', message: notice('correctionNoSite') } } });
      return;
    }
    const result = await cardView
      .addCorrection(store.area, {
        kind: choice.kind,
        scope: choice.scope,
        site: pageSite ?? '',
        text: state.mention.text,
        entityId: state.mention.entityId,
        entityName: options.catalog().entities.get(state.mention.entityId)?.name ?? state.mention.text,
      })
      .catch((error: unknown) => ({ ok: false as const, message: notice('storageFailed', String(error)) }));
    if (!result.ok) {
      update(session, { correction: { status: { state: 'failed', message: result.message } } });
      return;
    }
    // The highlight goes when the page follows the change back from storage (index.ts).
    update(session, { correction: { status: { state: 'saved', ...choice }, id: result.correction.id } });
    if (how === 'pointer') closeLater(session);
  };

  const undo = async (session: number) => {
    const store = options.corrections;
    const id = wanted?.correction?.id;
    const cardView = view;
    if (!store || !cardView || wanted?.session !== session || id === undefined) return;
    stopCloseTimer();
    const saved = wanted.correction?.status;
    update(session, { correction: { status: { state: 'saving' }, id } });
    const result = await cardView.removeCorrection(store.area, id).catch((error: unknown) => ({
      ok: false as const,
      message: notice('storageFailed', String(error)),
    }));
    if (result.ok) update(session, { correction: { status: { state: 'idle', undone: true } } });
    else if (saved?.state === 'saved') {
      // Still corrected: the confirmation comes back, with what went wrong.
      update(session, {
        correction: { status: { ...saved, error: notice('correctionUndoFailed', result.message) }, id },
      });
    }
  };

  const rememberFocus = () => {
    if (view?.hasFocus()) return;
    const active = deepActiveElement();
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : undefined;
  };

  /**
   * The card's props for a state. Staging (the card laid out while the pointer rests) claims
   * nothing: the reading notice is marked seen only by a card that is shown.
   */
  const cardProps = (state: Shown, view: CardView, { staging = false } = {}): EntityCardProps | undefined => {
    const catalog = options.catalog();
    const mentions = engine.mentions();
    const storyId = primaryStoryId(
      catalog,
      mentions.map((m) => m.entityId),
    );
    const content = view.content(state.entityId, storyId);
    if (!content) return undefined;
    const onMention = state.entityId === state.mention.entityId;
    const position = onMention
      ? mentionPosition(mentions, state.mention)
      : { ordinal: 0, count: mentions.filter((m) => m.entityId === state.entityId).length };
    const firstOfEntity = mentions.find((m) => m.entityId === state.entityId);
    const goTo = (index: number | undefined) => () => {
      const target = index === undefined ? undefined : mentions.find((m) => m.index === index);
      if (target) open(target, { focus: view.hasFocus(), scroll: true });
    };
    const originalName = catalog.entities.get(state.mention.entityId)?.name ?? '';
    const notice = options.readingNotice;
    const noticeDue = noticeSession === undefined && !!notice?.due();
    if (notice && noticeDue && !staging) {
      noticeSession = state.session;
      view.markReadingNoticeSeen(notice.area).catch(() => {});
    }
    const showNotice = (noticeSession === state.session || (staging && noticeDue)) && !noticeDismissed;
    const earlier = view.earlier(state.entityId).view;
    return {
      content,
      ...(earlier ? { earlier } : {}),
      ...(showNotice
        ? {
            rememberNotice: {
              onDismiss: () => {
                noticeDismissed = true;
                update(state.session, {});
              },
            },
          }
        : {}),
      mentions: { ordinal: position.ordinal, count: position.count },
      onPreviousMention: goTo(onMention ? position.previousIndex : firstOfEntity?.index),
      onNextMention: goTo(onMention ? position.nextIndex : firstOfEntity?.index),
      onOpenEntity: (entityId) => {
        intent.pin();
        show({ ...state, entityId, pinned: true }, view.hasFocus());
      },
      onOpenBriefing: (event) => {
        // A page's script can click the card's buttons through the DOM; only the reader opens things.
        if (event.isTrusted) openBriefing(state.entityId);
      },
      onClose: () => intent.closeNow(),
      onShowSentence: (sentence) => {
        const range = locateSentence(document.body, sentence);
        if (!range) return;
        intent.pin();
        scrollToMention({ range }, () => engine.flash?.({ range }));
      },
      ...(onMention && options.corrections
        ? {
            correction: {
              text: state.mention.text,
              name: originalName,
              siteAvailable: site !== null,
              ...(site ? { site } : {}),
              status: state.correction?.status ?? { state: 'idle' },
              onCorrect: (choice: CorrectionChoice, how: 'pointer' | 'keyboard') =>
                void correct(state.session, choice, how),
              onUndo: () => void undo(state.session),
            },
          }
        : {}),
      ...(onMention
        ? {}
        : {
            back: {
              name: originalName,
              onBack: () => show({ ...state, entityId: state.mention.entityId }, view.hasFocus()),
            },
          }),
    };
  };

  const unsubscribe = engine.subscribe((mentions) => {
    if (!shown) return;
    // The newest state asked for: a correction's status may not have rendered yet.
    const state = wanted ?? shown;
    // A rescan re-creates mentions; keep the card on the same one if it is still there.
    const current = state.mention;
    const still = mentions.find((m) => m.entityId === current.entityId && sameStart(m.range, current.range));
    if (!still) {
      // A mention the reader corrected has gone on purpose: the card stays to confirm it and offer Undo.
      if (isCorrected(state)) show({ ...state });
      else intent.closeNow();
      return;
    }
    show({ ...state, mention: still });
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
    view?.remove();
  };
  ctx.onInvalidated(dispose);

  return {
    open,
    step,
    close: () => intent.closeNow(),
    dispose,
    pointerOver: (mention, restedMs) => {
      // The dwell has begun: the view is made, and its stories read, while the reader's pointer rests.
      if (!mention || placement?.range !== mention.range) unstage();
      if (mention)
        loadView()
          // The archive is asked at once, beside the stories' reading: both are on the way to the card.
          .then((view) =>
            Promise.all([view.prepare(), view.askEarlier(mention.entityId)]).then(() => stage(view, mention)),
          )
          .catch(() => {});
      intent.pointerOver(mention, restedMs);
    },
    pointerInCard: (inside) => {
      pointerInCard = inside;
      intent.pointerInCard(inside);
    },
    // The reader is using the card: it stays until they close it or click elsewhere.
    pin: () => intent.pin(),
    tap: (mention) => intent.openPinned(mention),
    dismiss: () => intent.closeNow(),
    isOwnUi: (event) => view?.contains(event) ?? false,
    shown: () => shown !== undefined,
  };
}
