/**
 * The card's place on the page: a shadow root on <html>, made on first use only (a page the
 * reader never hovers never gets one), with the card's own stylesheet, and the Preact render
 * into it. Knows nothing of mentions or pointers.
 */
import { h, render } from 'preact';
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import CARD_CSS from '../../components/card/card.css?raw';
import { EntityCard, type EntityCardProps } from '../../components/card/EntityCard';
import { MessagesProvider } from '../../components/shared/messages';
import type { PageScriptContext } from '../../lib/extension/page-script-context';
import { browserMessages } from '../../lib/extension/ui-messages';
import { OWN_UI_ATTRIBUTE } from '../../lib/page/page-scanner';
import type { Messages } from '../../lib/views/messages';

/**
 * The name of the element that carries the card's shadow root, new on every page: a page that
 * knew it in advance could define it as its own custom element and take the card over (or
 * remove it). Find the host by `OWN_UI_ATTRIBUTE`, which the scanner also skips.
 */
export function cardHostTag(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `backstory-${[...random].map((n) => n.toString(36)).join('')}`;
}

export interface CardMount {
  /** Resolves once the shadow root is on the page (it is made on the first call). */
  ready(): Promise<void>;
  /** Renders the card into the ready shadow root; returns the card element. */
  render(props: EntityCardProps): HTMLElement | null;
  /** Empties the card, keeping the shadow root for the next one. */
  clear(): void;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** Whether an event happened inside the card. */
  contains(event: Event): boolean;
  /** Takes the shadow root off the page. */
  remove(): void;
}

export function createCardMount(ctx: PageScriptContext): CardMount {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let pending: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;

  const ensure = (): Promise<ShadowRootContentScriptUi<HTMLElement>> => {
    if (ui) return Promise.resolve(ui);
    // WXT's helper is typed for WXT's whole context; of it, it reads `options` and `onInvalidated`,
    // which the pages' lean context has (lib/extension/page-script-context.ts).
    pending ??= createShadowRootUi(ctx as WxtContentScriptContext, {
      name: cardHostTag(),
      position: 'inline',
      // On <html>, not <body>: a transformed or filtered body would trap a fixed-position card.
      anchor: () => document.documentElement,
      append: 'last',
      css: CARD_CSS,
      // Closed: the page's scripts must not read a card (it may show what the reader read on
      // other sites) nor press its buttons. The tests reach it through the automation protocol.
      mode: 'closed',
      // The page's own shortcuts (j/k, "/", Esc handlers) must not fire while the reader types in the card.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute(OWN_UI_ATTRIBUTE, '');
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
    return pending;
  };

  // The card's words, read from the browser's table for its language (never bundled into the page).
  const messages = cardMessages();
  return {
    ready: () => ensure().then(() => {}),
    render: (props) => {
      if (!ui) return null;
      // The page replaced its document (document.open(), a new <html>) and the card's host went
      // with the old one: it goes on the new <html>, with the card's styles in its shadow root.
      if (!ui.shadowHost.isConnected) ui.mount();
      const card = h(EntityCard, props);
      render(messages ? h(MessagesProvider, { value: messages }, card) : card, ui.uiContainer);
      return ui.uiContainer.querySelector<HTMLElement>('.bs-card');
    },
    clear: () => {
      if (ui) render(null, ui.uiContainer);
    },
    hasFocus: () => !!ui && ui.shadow.activeElement !== null,
    contains: (event) => !!ui && event.composedPath().includes(ui.shadowHost),
    remove: () => {
      ui?.remove();
      ui = undefined;
    },
  };
}

/** The browser's messages; undefined where there is no i18n (the unit tests' fake browser): English then. */
function cardMessages(): Messages | undefined {
  try {
    return browserMessages();
  } catch {
    return undefined;
  }
}
