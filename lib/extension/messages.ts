/**
 * Message contracts between the extension's surfaces, typed once here and used by
 * background, content script, popup and side panel through @webext-core/messaging.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { Story } from '../../data/schema';
import type { ArticleRequest } from '../extraction/read-article';
import type { TablesExtension } from '../matching/held-tables';
import type { MatcherSnapshot } from '../matching/matcher-tables';
import type { BundledForPage } from '../storage/bundled-copy';
import type { Notice } from '../storage/notice';
import type {
  ArchivedPerson,
  ArchiveImportOutcome,
  EarlierReading,
  EntityNames,
} from '../storage/reading-archive/archive-contract';
import type { SiteInput } from '../storage/site-match';
import type { StoryOutline } from '../story/story-model';
import type { StorySoFarView } from '../views/story-so-far';
import type { PageReport, TabState } from '../views/tab-state';

export interface ProtocolMap {
  /**
   * content → background: the page's mentions changed. Sent by the top frame's engine and by each
   * same-origin frame's (told apart by the sender's `frameId`: decision 0025).
   */
  reportPage(report: PageReport): void;
  /** content (a frame) → background: the frame's document is going away; its mentions go with it. */
  frameGone(): void;
  /** popup / side panel → background: state of one tab (null: no content script has reported). */
  getTabState(tabId: number): TabState | null;
  /** background → extension pages: a tab's state changed. */
  tabStateChanged(tabId: number): void;
  /**
   * content → background: open the side panel briefing, optionally at one entity.
   * The tab is the sender's; extension pages pass `tabId`. `userGesture`: the request comes from
   * a trusted event (`isTrusted`) of the reader's; only then may a panel that cannot open become
   * a new tab. Requests are rate-limited per tab whatever they say.
   */
  openBriefing(data: { entityId?: string; tabId?: number; userGesture?: boolean }): void;
  /** background → side panel: an open briefing should show this entity (expand it, scroll to it). */
  focusEntity(data: { entityId: string }): void;
  /** popup / side panel → content (the frame holding it): scroll to a mention, flash it, optionally open its card. */
  jumpToMention(data: { index: number; openCard: boolean }): boolean;
  /** popup → content: is a Backstory content script running in this tab? Always answers true. */
  ping(): true;
  /** background → content (active tab): a keyboard command from the manifest's `commands` was pressed. */
  commandInvoked(name: MentionCommand): void;
  /**
   * content → background: read the article on the sender's page into a story (any-article
   * extraction, off the page's main thread). Null when no article text was found.
   */
  readArticle(request: ArticleAsk): ArticleRead | null;
  /**
   * content (the card's module) → background: the whole story read from the sender's article at
   * `url`, when a card needs its sentences and quotes. Null when the background no longer has it.
   */
  articleStory(url: string): Story | null;
  /**
   * content → background: the bundled stories as a page needs them before any card opens (their
   * outlines and the matcher tables made at build time), kept out of the content script that every
   * page compiles (docs/decisions/0022).
   */
  bundledForPage(): BundledForPage;
  /** popup → content: read this page as an article although it does not say it is one. */
  findNamesOnPage(): boolean;
  /**
   * content → background: the reader has read the article at `url` (a few seconds in the
   * foreground, or scrolled into it). The background keeps what it read from it in the reading
   * archive, unless the window is private, the site is switched off or memory is paused.
   */
  articleRead(data: { url: string }): void;
  /** content (the card's module) → background: what earlier articles than `url` said about an entity. */
  earlierReading(data: { entity: EntityNames; url: string }): EarlierReading | null;
  /** side panel → background: the earlier articles that share people with the tab's page. */
  storySoFar(tabId: number): StorySoFarView;
  /** side panel / options → background: "People you've read about", filtered by `query`. */
  readingPeople(data: { query: string; limit: number }): ArchivedPerson[];
  /** options → background: how much the archive holds, whether memory is on, and any fault. */
  readingStatus(): ReadingStatus;
  /** options → background: forget one site's articles (answers how many) or everything. */
  forgetReading(data: { site?: string }): number;
  /** options → background: every article read, as story packs (JSON-ready). */
  exportReading(): Story[];
  /** options → background: takes an export back. */
  importReading(data: unknown): ArchiveImportOutcome;
  /**
   * content (the card's module), popup → background: the site key of the page at `url` (its
   * registrable domain, lib/storage/site-key.ts), null when it has none. Only the background
   * carries the public suffix list.
   */
  siteKeyOf(url: string): string | null;
  /** options → background: what the reader typed into "add a site", as a site key. */
  siteKeyFromInput(input: string): SiteInput;
}

/** The reading archive as the options page shows it. */
export interface ReadingStatus {
  articles: number;
  bytes: number;
  /** Set when the archive could not be opened or written: what happened, for the options page to say. */
  problem?: Notice;
}

/**
 * The page's article as it asks for it to be read, with the key of the tables it holds (a pack's,
 * read ahead: lib/matching/stored-tables.ts `heldKey`), if any, for the background to grow.
 */
export interface ArticleAsk extends ArticleRequest {
  held?: string;
}

/**
 * An article read by the background: its story's outline (the page asks for the whole story only
 * when a card needs it: `articleStory`), and the page's tables for its catalog with it: whole
 * (`matcher`), or, to a page that holds tables its catalog starts with, how to grow those
 * (`extension`: lib/matching/held-tables.ts).
 */
export type ArticleRead = { story: StoryOutline } & (
  | { matcher: MatcherSnapshot; extension?: never }
  | { extension: TablesExtension; matcher?: never }
);

/** The manifest's keyboard commands that the content script acts on (see wxt.config.ts). */
export type MentionCommand = 'next-mention' | 'previous-mention';

export type { BundledForPage };

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/**
 * Whether a content script answers in `tabId`. Sent through `browser.tabs.sendMessage` rather
 * than the messaging library because the library's tab send leaves `runtime.lastError`
 * unchecked when nobody listens (a console error in the popup), and "nobody listens" is the
 * answer we are asking for. The envelope is @webext-core/messaging 4.0's wire format.
 * `documentId` (the sender's, Chromium and Firefox) asks that one top document only: a document
 * the tab has replaced does not answer.
 */
export async function pingContentScript(tabId: number, documentId?: string): Promise<boolean> {
  const envelope = { id: Date.now(), type: 'ping' satisfies keyof ProtocolMap, data: undefined, timestamp: Date.now() };
  try {
    // The top frame's script: a frame's answers for itself, not for the page the reader opened.
    const target = documentId ? { documentId } : { frameId: 0 };
    const reply: unknown = await browser.tabs.sendMessage(tabId, envelope, target);
    return typeof reply === 'object' && reply !== null && (reply as { res?: unknown }).res === true;
  } catch {
    return false;
  }
}
