/**
 * Any-article reading, the page's side: once the first scan is done and the page is idle, ask
 * whether the page is a news article (lib/page/article-detection.ts); if it is, in a language the
 * extractor reads, send its body block to the background, which reads it off the page's main
 * thread and answers with a story and matcher tables for it. The popup's "Find names on this
 * page" does the same for any page, on demand.
 */
import { type ArticleRead, onMessage, sendMessage } from '../../lib/extension/messages';
import type { ArticleRequest } from '../../lib/extraction/read-article';
import {
  ARTICLE_CHECK_IDLE_TIMEOUT_MS,
  askedArticle,
  type DetectedArticle,
  detectArticle,
} from '../../lib/page/article-detection';

/** The languages the extractor reads; a page declaring another gets no guesses. */
const READ_LANGUAGES = new Set(['en']);
/** An article body larger than this is not sent: a hostile or broken page, not an article. */
const MAX_ARTICLE_HTML = 2_000_000;

export interface ArticleReadingOptions {
  /** Settles once the page has been read for mentions (the engine's `whenIdle`). */
  whenRead: () => Promise<unknown>;
  /** Whether Backstory is on for this page. */
  enabled: () => boolean;
  /** Takes the story read from the page (the catalog and highlights follow it). */
  apply: (read: ArticleRead) => void;
  /** Drops the story read from the page: a single-page site moved to another article. */
  drop: () => void;
  /** Calls `listener` when the page moves to another address without reloading; returns the unsubscribe. */
  onNavigate: (listener: () => void) => () => void;
}

export interface ArticleReading {
  stop(): void;
}

export function startArticleReading(options: ArticleReadingOptions): ArticleReading {
  let stopped = false;
  /** The address (without #fragment) of the story applied, if any. */
  let readFrom: string | undefined;

  const request = async (found: DetectedArticle | null): Promise<boolean> => {
    if (!found || stopped) return false;
    const html = found.root.outerHTML;
    if (html.length > MAX_ARTICLE_HTML) return false;
    const message: ArticleRequest = {
      url: location.href,
      html,
      ...(found.headline ? { headline: found.headline } : {}),
      ...(found.siteName ? { siteName: found.siteName } : {}),
      ...(found.published ? { published: found.published } : {}),
      ...(found.language ? { language: found.language } : {}),
    };
    // An orphaned script (extension reloaded) has nobody to ask: the page simply stays as it is.
    const answer = await sendMessage('readArticle', message).catch(() => null);
    if (!answer || stopped || withoutHash(location.href) !== withoutHash(message.url)) return false;
    readFrom = withoutHash(message.url);
    options.apply(answer);
    return answer.story.entities.length > 0;
  };

  const readIfArticle = () => {
    if (stopped || !options.enabled()) return;
    // Asked before the detection, which is the costly part: a page in another language pays nothing.
    const language = document.documentElement.lang.split(/[-_]/)[0]?.toLowerCase();
    if (language && !READ_LANGUAGES.has(language)) return;
    void request(detectArticle(document));
  };

  const checkWhenRead = () =>
    void options.whenRead().then(() => {
      // After the page's own start-up work, not in the middle of it.
      if ('requestIdleCallback' in window)
        requestIdleCallback(readIfArticle, { timeout: ARTICLE_CHECK_IDLE_TIMEOUT_MS });
      else setTimeout(readIfArticle, 0);
    });
  checkWhenRead();

  const stopNavigating = options.onNavigate(() => {
    if (stopped || readFrom === withoutHash(location.href)) return;
    // Another article now: the old one's names and cards must go, and the new one is read.
    if (readFrom !== undefined) {
      readFrom = undefined;
      options.drop();
    }
    checkWhenRead();
  });

  const stopAsking = onMessage('findNamesOnPage', () => (options.enabled() ? request(askedArticle(document)) : false));

  return {
    stop: () => {
      stopped = true;
      stopAsking();
      stopNavigating();
    },
  };
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
