import { describe, expect, it } from 'vitest';
import { createArticleShelf } from '../../../lib/extension/article-shelf';
import { createTabStateStore } from '../../../lib/extension/tab-state-store';
import { deriveTabState } from '../../../lib/views/tab-state';
import { articleTestStory } from '../../helpers/article-test-story';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';

const articleUrl = articleTestStory.article.url ?? '';

/** The tab's state after its content script reported from `url`. */
const stateAt = (tabId: number, url: string) =>
  deriveTabState(tabId, report([mention(0, 'vladimir-medinsky', 'Medinsky')], { url }), seedCatalog, 1);

describe('the shelf of stories read from tabs’ articles', () => {
  it('hands a tab’s story back for the article’s address, whatever its #fragment', async () => {
    const shelf = createArticleShelf(createTabStateStore(undefined));
    await shelf.put(3, articleTestStory);
    expect(await shelf.get(3, articleUrl)).toBe(articleTestStory);
    expect(await shelf.get(3, `${articleUrl}#comments`)).toBe(articleTestStory);
  });

  it('never hands out a story for another address, or another tab’s story', async () => {
    const shelf = createArticleShelf(createTabStateStore(undefined));
    await shelf.put(3, articleTestStory);
    expect(await shelf.get(3, 'https://news.example/next-article')).toBeUndefined();
    expect(await shelf.get(4, articleUrl)).toBeUndefined();
  });

  it('puts the story into the tab’s state when the tab still shows the article, making it the page’s story', async () => {
    const store = createTabStateStore(undefined);
    await store.put(stateAt(3, `${articleUrl}#top`));
    await createArticleShelf(store).put(3, articleTestStory);
    expect(await store.get(3)).toMatchObject({ article: articleTestStory, primaryStoryId: articleTestStory.id });
  });

  it('leaves the state of a tab that has moved on as it is', async () => {
    const store = createTabStateStore(undefined);
    const moved = stateAt(3, 'https://news.example/next-article');
    await store.put(moved);
    await createArticleShelf(store).put(3, articleTestStory);
    expect(await store.get(3)).toBe(moved);
  });

  it('finds the story in the tab’s stored state after a restart emptied the shelf', async () => {
    const store = createTabStateStore(undefined);
    await store.put(stateAt(3, articleUrl));
    await createArticleShelf(store).put(3, articleTestStory);
    const afterRestart = createArticleShelf(store);
    expect(await afterRestart.get(3, articleUrl)).toEqual(articleTestStory);
  });

  it('forgets a closed tab’s story', async () => {
    const shelf = createArticleShelf(createTabStateStore(undefined));
    await shelf.put(3, articleTestStory);
    shelf.forget(3);
    expect(await shelf.get(3, articleUrl)).toBeUndefined();
  });

  it('hands out no story read from a page without an address', async () => {
    const { url: _url, ...article } = articleTestStory.article;
    const shelf = createArticleShelf(createTabStateStore(undefined));
    await shelf.put(3, { ...articleTestStory, article });
    expect(await shelf.get(3, articleUrl)).toBeUndefined();
  });
});

describe('the shelf and a story without an address', () => {
  it('leaves the tab’s state as it is', async () => {
    const { url: _url, ...article } = articleTestStory.article;
    const store = createTabStateStore(undefined);
    const state = stateAt(3, articleUrl);
    await store.put(state);
    await createArticleShelf(store).put(3, { ...articleTestStory, article });
    expect(await store.get(3)).toBe(state);
  });
});
