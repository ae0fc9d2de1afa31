/**
 * Any-article reading, the page's side: ask whether the page is a news article
 * (lib/page/article-detection.ts: the look at its metadata here, the search for its body in the
 * article check's module, loaded when first asked, as every page loads this script); if it is, in a language the extractor reads, send its body
 * block to the background, which reads it off the page's main thread and answers with a story's
 * outline and matcher tables for it. A page whose metadata says it is an article is asked at once,
 * and its first scan waits for the answer (`firstRead`), so it is scanned once with the article's
 * names rather than twice; any other page is asked once the first scan is done and the page is
 * idle. The popup's "Find names on this page" does the same for any page, on demand.
 */

import type { ArticleAsk, ArticleRead } from '../../lib/extension/messages';
import { onMessage, sendMessage } from '../../lib/extension/page-messages';
import {
  ARTICLE_CHECK_IDLE_TIMEOUT_MS,
  type ArticleDeclaration,
  type DetectedArticle,
  declaresArticle,
} from '../../lib/page/article-detection';
import { withoutFragment } from '../../lib/story/page-address';

/** The languages the extractor reads; a page declaring another gets no guesses. */
const READ_LANGUAGES = new Set(['en', 'fr', 'de']);
/** An article body larger than this is not sent: a hostile or broken page, not an article. */
const MAX_ARTICLE_HTML = 2_000_000;

export interface ArticleReadingOptions {
  /** Settles once the page has been read for mentions (the engine's `whenIdle`). */
  whenRead: () => Promise<unknown>;
  /** Whether Backstory is on for this page. */
  enabled: () => boolean;
  /** The key of the tables the page holds for the background to grow (a pack's read ahead), if any. */
  held: () => string | undefined;
  /** Takes the story read from the page (the catalog and highlights follow it). */
  apply: (read: ArticleRead) => void;
  /** Drops the story read from the page: a single-page site moved to another article. */
  drop: () => void;
  /** Calls `listener` when the page moves to another address without reloading; returns the unsubscribe. */
  onNavigate: (listener: () => void) => () => void;
  /** Loads the reading signal's module (entrypoints/reading-watch), which only article pages need. */
  loadReadingWatch: () => Promise<ReadingWatchModule>;
  /** Loads the article check's body search (entrypoints/article-check), asked of most pages once, at idle. */
  loadArticleCheck: () => Promise<ArticleCheckModule>;
}

export type ArticleCheckModule = Pick<
  typeof import('../../lib/page/article-detection'),
  'detectArticle' | 'askedArticle'
>;

export type ReadingWatchModule = Pick<
  typeof import('../../lib/page/reading-signal'),
  'watchReading' | 'browserReadingEnvironment'
>;

export interface ArticleReading {
  /** The page replaced its document (document.open(), a new <html>): the new one is read afresh. */
  documentReplaced(): void;
  /**
   * On a page that declares itself an article: settles once its first reading is over (the story
   * applied, or none found, or no answer), for the first scan to wait on. Null on other pages.
   */
  firstRead: Promise<void> | null;
  stop(): void;
}

/** The longest a declared article's first scan waits for the background's answer. */
export const FIRST_READ_WAIT_MS = 1500;

export function startArticleReading(options: ArticleReadingOptions): ArticleReading {
  let stopped = false;
  /** The address (without #fragment) of the story applied, if any. */
  let readFrom: string | undefined;
  /** Stops waiting for the reader to read the applied story's article (reading memory). */
  let stopWatchingReading: (() => void) | undefined;

  /**
   * Once the reader has read the article, the background may remember it (it checks the rest).
   * The watch starts in the page's next idle moment, not in the task that applies the article's
   * story: that task is part of the page's start-up, and the watch's listeners are not.
   */
  const watchForReading = (url: string) => {
    stopWatchingReading?.();
    let stopWatch: (() => void) | undefined;
    let cancelled = false;
    const wanted = () => !cancelled && !stopped && readFrom === url;
    const cancelStart = whenIdle(() => {
      if (!wanted()) return;
      options.loadReadingWatch().then(
        (watch) => {
          if (!wanted()) return;
          stopWatch = watch.watchReading(watch.browserReadingEnvironment(window), () => {
            if (!stopped && readFrom === url) sendMessage('articleRead', { url }).catch(() => {});
          });
        },
        // An orphaned script cannot load it: nothing is remembered of this page.
        () => {},
      );
    });
    stopWatchingReading = () => {
      cancelled = true;
      cancelStart();
      stopWatch?.();
    };
  };

  const request = async (found: DetectedArticle | null): Promise<boolean> => {
    if (!found || stopped) return false;
    // What the page says of the article: the detection keeps only what it found (no empty fields).
    const { root, signal: _signal, ...said } = found;
    const html = root.outerHTML;
    if (html.length > MAX_ARTICLE_HTML) return false;
    const message: ArticleAsk = { ...said, url: location.href, html, held: options.held() };
    // An orphaned script (extension reloaded) has nobody to ask: the page simply stays as it is.
    const answer = await sendMessage('readArticle', message).catch(() => null);
    if (!answer || stopped || withoutFragment(location.href) !== withoutFragment(message.url)) return false;
    readFrom = withoutFragment(message.url);
    options.apply(answer);
    watchForReading(readFrom);
    return answer.story.entities.length > 0;
  };

  // Asked before the detection, which is the costly part: a page in another language pays nothing.
  const readsLanguage = () => {
    const language = document.documentElement.lang.split(/[-_]/)[0]?.toLowerCase();
    return !language || READ_LANGUAGES.has(language);
  };

  /** The article check's module; null when it cannot be loaded (an orphaned script: nobody to ask anyway). */
  const articleCheck = () => options.loadArticleCheck().catch(() => null);

  const readIfArticle = async (declared?: ArticleDeclaration): Promise<unknown> => {
    if (stopped || !options.enabled() || !readsLanguage()) return;
    const declaration = declared ?? declaresArticle(document);
    // Without metadata, only prose inside an <article> counts (article-detection.ts): a page with
    // neither has nothing to find, and is spared the module's import (docs/decisions/0029).
    if (!declaration && !document.querySelector('article')) return;
    const check = await articleCheck();
    if (!check || stopped) return;
    return request(check.detectArticle(document, declaration));
  };

  const checkWhenRead = () =>
    void options.whenRead().then(() => {
      // After the page's own start-up work, not in the middle of it.
      whenIdle(() => void readIfArticle());
    });

  let firstRead: Promise<void> | null = null;
  const declared = options.enabled() && readsLanguage() ? declaresArticle(document) : null;
  if (declared) {
    const answered = readIfArticle(declared).then(
      () => {},
      () => {},
    );
    firstRead = Promise.race([answered, new Promise<void>((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS))]);
  } else {
    checkWhenRead();
  }

  /** Another article now: the old one's names and cards must go, and the new one is read. */
  const readAgain = () => {
    if (stopped) return;
    if (readFrom !== undefined) {
      readFrom = undefined;
      stopWatchingReading?.();
      options.drop();
    }
    checkWhenRead();
  };

  const stopNavigating = options.onNavigate(() => {
    if (readFrom !== withoutFragment(location.href)) readAgain();
  });

  const stopAsking = onMessage('findNamesOnPage', async () => {
    if (!options.enabled()) return false;
    const check = await articleCheck();
    return check ? request(check.askedArticle(document)) : false;
  });

  return {
    firstRead,
    documentReplaced: readAgain,
    stop: () => {
      stopped = true;
      stopWatchingReading?.();
      stopAsking();
      stopNavigating();
    },
  };
}

/** Runs `task` in the page's next idle moment (at the latest after a while); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window && 'cancelIdleCallback' in window) {
    const cancel = window.cancelIdleCallback;
    const handle = window.requestIdleCallback(task, { timeout: ARTICLE_CHECK_IDLE_TIMEOUT_MS });
    return () => cancel(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
