/**
 * The content script's side of the messaging: reports the page's mentions (counts for the whole
 * page, the first few with a few words of surrounding text) to the background, answers the
 * panels' "jump to this mention", and answers the popup's ping so it can tell a running
 * Backstory from a tab opened before installation.
 */
import { browser } from 'wxt/browser';
import { isOrphanedScriptError, quietly } from '../../lib/extension/extension-context';
import { onMessage, sendMessage } from '../../lib/extension/page-messages';
import { scrollToMention } from '../../lib/page/mention-navigation';
import type { PageMention, PageMentionsSource } from '../../lib/page/page-mentions';
import { summariseMentions } from '../../lib/views/report-summary';
import { capTitle, type PageReport } from '../../lib/views/tab-state';

export interface BridgeOptions {
  source: PageMentionsSource;
  /** Briefly marks a mention on the page (the engine's flash). */
  flash?: (mention: PageMention) => void;
  /** Opens the mention's card (the card controller). */
  openCard?: (mention: PageMention) => void;
  /**
   * Whether Backstory is on for this page, reported so the popup can explain an empty page.
   * The content script already follows the settings; the bridge reads its answer.
   */
  status: () => PageReport['status'];
  /** Whether the page is still being read as a whole (the engine's `reading`). */
  reading: () => boolean;
  /**
   * Settles when the reading under way is done (the engine's `whenIdle`). The first report waits
   * for it (or FIRST_REPORT_LIMIT_MS), so a popup opened while a long page is being read says
   * "Reading this page…" rather than "no mentions"; a report sent while reading is followed by
   * another once it is done, even when the reading found nothing.
   */
  whenRead: () => Promise<unknown>;
  /**
   * Calls `listener` after each same-document navigation (the content script's, shared with the
   * article reading, which listens again after `document.open()`); returns what stops it.
   */
  onNavigate: (listener: () => void) => () => void;
}

export interface Bridge {
  /** Sends a fresh report now (e.g. after the reader switched Backstory on or off). */
  reportNow(): void;
  stop(): void;
}

/** Words of context on each side of a mention in "On this page". */
const SNIPPET_CHARS = 60;
/** Scans arrive in bursts while a page loads or an infinite feed grows; one report per burst. */
const REPORT_DELAY_MS = 150;
/** A first scan that never settles must not leave the popup waiting for ever. */
const FIRST_REPORT_LIMIT_MS = 5000;

export function startBridge(options: BridgeOptions): Bridge {
  const { source } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** A report said "still reading": another follows when the reading is done. */
  let followUpPending = false;
  const removers: (() => void)[] = [];

  const send = () => {
    timer = undefined;
    if (stopped) return;
    const report: PageReport = {
      url: location.href,
      title: capTitle(document.title),
      status: options.status(),
      reading: options.reading(),
      ...summariseMentions(source.mentions(), (mention) => snippetAround(mention.range)),
    };
    if (report.reading && !followUpPending) {
      followUpPending = true;
      void options
        .whenRead()
        .catch(() => {})
        .then(() => {
          followUpPending = false;
          schedule();
        });
    }
    sendMessage('reportPage', report).catch((error: unknown) => {
      // The extension was reloaded or updated: this script is orphaned and must go quiet. Any
      // other failure (the background could not save, a storage quota, a worker restarting)
      // costs this one report; the next change sends another, and pings and jumps keep working.
      if (isOrphanedScriptError(error, runtimeId)) bridge.stop();
    });
  };
  const schedule = () => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(send, REPORT_DELAY_MS);
  };

  removers.push(source.subscribe(schedule));
  removers.push(onMessage('ping', () => true as const));
  removers.push(
    onMessage('jumpToMention', ({ data }) => {
      const mention = source.mentions().find((m) => m.index === data.index);
      if (!mention) return false;
      jumpTo(mention, options, data.openCard);
      return true;
    }),
  );
  // Single-page sites change address without reloading; the background drops state on a new address.
  removers.push(options.onNavigate(schedule));

  const bridge: Bridge = {
    reportNow() {
      if (timer !== undefined) clearTimeout(timer);
      send();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const remove of removers.splice(0)) quietly(remove);
    },
  };
  const limit = new Promise((resolve) => setTimeout(resolve, FIRST_REPORT_LIMIT_MS));
  // In a task of its own: the reading ends in the task of its last slice, which a huge page's
  // report would otherwise stretch (docs/decisions/0027).
  void Promise.race([options.whenRead().catch(() => {}), limit]).then(() => setTimeout(bridge.reportNow));
  return bridge;
}

/** `browser.runtime.id`, which an orphaned script no longer has (or cannot even read). */
function runtimeId(): string | undefined {
  return browser.runtime?.id;
}

/** The blocks a snippet stays within (paragraph, list item, heading, cell…); a pattern is shorter in content.js than a set of names. */
const BLOCK_TAGS = /^(?:P|LI|D[DT]|T[DH]|H[1-6]|BLOCKQUOTE|FIGCAPTION|CAPTION|PRE|ARTICLE|SECTION|DIV|BODY)$/;

/** The text of the mention's block (paragraph, list item, heading) before and after it, trimmed to whole words. */
export function snippetAround(range: Range): { before: string; after: string } {
  try {
    let block: Node | null = range.startContainer;
    while (block && !(block instanceof Element && BLOCK_TAGS.test(block.tagName))) block = block.parentNode;
    if (!block) return { before: '', after: '' };
    const head = document.createRange();
    head.setStart(block, 0);
    head.setEnd(range.startContainer, range.startOffset);
    const tail = document.createRange();
    tail.setStart(range.endContainer, range.endOffset);
    tail.setEnd(block, block.childNodes.length);
    return { before: trimStart(squash(head.toString())), after: trimEnd(squash(tail.toString())) };
  } catch {
    // A range whose nodes left the page since the scan: no snippet rather than no report.
    return { before: '', after: '' };
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

function trimStart(text: string): string {
  if (text.length <= SNIPPET_CHARS) return text.trimStart();
  const cut = text.slice(-SNIPPET_CHARS);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function trimEnd(text: string): string {
  if (text.length <= SNIPPET_CHARS) return text.trimEnd();
  const cut = text.slice(0, SNIPPET_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

function jumpTo(mention: PageMention, options: BridgeOptions, openCard: boolean): void {
  scrollToMention(mention, () => {
    options.flash?.(mention);
    if (openCard) options.openCard?.(mention);
  });
}
