/**
 * Message contracts between the extension's surfaces, typed once here and used by
 * background, content script, popup and side panel through @webext-core/messaging.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

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
  /** content → background: open the side panel briefing, optionally at one entity. */
  openBriefing(data: { entityId?: string }): void;
  /** popup / side panel → content: scroll to a mention, flash it, optionally open its card. */
  jumpToMention(data: { index: number; openCard: boolean }): boolean;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
