/**
 * The story the background read from each tab's article. Kept in memory and inside the tab's
 * stored state, so that a service worker restarted between the extraction and the next report
 * still has it; a story for another address (the tab moved on) is never handed out.
 */

import type { Story } from '../../data/schema';
import { withoutFragment } from '../story/page-address';
import type { TabStateStore } from './tab-state-store';

export interface ArticleShelf {
  /** The tab's article story if it was read from `url` (the #fragment aside). */
  get(tabId: number, url: string): Promise<Story | undefined>;
  /** Keeps the story, and puts it into the tab's stored state when there is one. */
  put(tabId: number, story: Story): Promise<void>;
  forget(tabId: number): void;
}

export function createArticleShelf(store: TabStateStore): ArticleShelf {
  const shelf = new Map<number, Story>();
  return {
    async get(tabId, url) {
      const story = shelf.get(tabId) ?? (await store.get(tabId))?.article;
      return story && sameDocument(story.article.url, url) ? story : undefined;
    },
    async put(tabId, story) {
      shelf.set(tabId, story);
      const state = await store.get(tabId);
      if (state && sameDocument(state.url, story.article.url)) {
        await store.put({ ...state, article: story, primaryStoryId: story.id });
      }
    },
    forget(tabId) {
      shelf.delete(tabId);
    },
  };
}

function sameDocument(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && withoutFragment(a) === withoutFragment(b);
}
