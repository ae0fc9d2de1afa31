/**
 * Message contracts between the extension's surfaces, typed once here and used by
 * background, content script, popup and side panel through @webext-core/messaging.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';

/** A mention as the panels see it: no DOM, just what to list and where to jump. */
export interface MentionSummary {
  index: number;
  entityId: string;
  text: string;
  /** Surrounding page text, trimmed to a few words each side. */
  before: string;
  after: string;
}

/** What the content script reports about its tab. */
export interface PageReport {
  url: string;
  title: string;
  /** "off" when Backstory is switched off globally or for this site. */
  status: 'active' | 'off-global' | 'off-site';
  /**
   * A whole-page scan is under way (the first one, or one after switching on, a new catalog or a
   * single-page-site navigation): the report went out before it ended, e.g. on the first report's
   * time limit (a huge page, or a background tab, which is not read until shown). Another report
   * follows when the scan is done, mentions or not.
   */
  reading: boolean;
  mentions: MentionSummary[];
}

/** Per-tab state kept by the background, derived from the latest PageReport. */
export interface TabState extends PageReport {
  tabId: number;
  /** Mentions per entity id. */
  entityCounts: Record<string, number>;
  /** Mentions per story id (a mention counts for every story that features its entity). */
  storyCounts: Record<string, number>;
  /** The story with most mentions, or null when the page mentions none. */
  primaryStoryId: string | null;
  updatedAt: number;
}

export interface ProtocolMap {
  /** content → background: the page's mentions changed. */
  reportPage(report: PageReport): void;
  /** popup / side panel → background: state of one tab (null: no content script has reported). */
  getTabState(tabId: number): TabState | null;
  /** background → extension pages: a tab's state changed. */
  tabStateChanged(tabId: number): void;
  /**
   * content → background: open the side panel briefing, optionally at one entity.
   * The tab is the sender's; extension pages pass `tabId`.
   */
  openBriefing(data: { entityId?: string; tabId?: number }): void;
  /** background → side panel: an open briefing should show this entity (expand it, scroll to it). */
  focusEntity(data: { entityId: string }): void;
  /** popup / side panel → content: scroll to a mention, flash it, optionally open its card. */
  jumpToMention(data: { index: number; openCard: boolean }): boolean;
  /** popup → content: is a Backstory content script running in this tab? Always answers true. */
  ping(): true;
  /** background → content (active tab): a keyboard command from the manifest's `commands` was pressed. */
  commandInvoked(name: MentionCommand): void;
}

/** The manifest's keyboard commands that the content script acts on (see wxt.config.ts). */
export type MentionCommand = 'next-mention' | 'previous-mention';

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/**
 * Whether a content script answers in `tabId`. Sent through `browser.tabs.sendMessage` rather
 * than the messaging library because the library's tab send leaves `runtime.lastError`
 * unchecked when nobody listens (a console error in the popup), and "nobody listens" is the
 * answer we are asking for. The envelope is @webext-core/messaging 4.0's wire format.
 */
export async function pingContentScript(tabId: number): Promise<boolean> {
  const envelope = { id: Date.now(), type: 'ping' satisfies keyof ProtocolMap, data: undefined, timestamp: Date.now() };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, envelope);
    return typeof reply === 'object' && reply !== null && (reply as { res?: unknown }).res === true;
  } catch {
    return false;
  }
}
