import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCorrection } from '../../../lib/storage/corrections';
import { PACK_INDEX_KEY, packKey } from '../../../lib/storage/pack-keys';
import { pageCatalogLoader } from '../../../lib/storage/panel-catalog';
import { setStoryEnabled } from '../../../lib/storage/settings';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';
import { otherStory } from '../../helpers/panel-test-stories';

const area = () => fakeBrowser.storage.local;
const medinskyAliases = (catalog: Awaited<ReturnType<ReturnType<typeof pageCatalogLoader>>>) =>
  catalog.aliases.filter((a) => a.entityId === 'vladimir-medinsky').map((a) => a.text);

describe('the panels’ catalog for a page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('leaves out what the reader corrected on that page’s site, in the article’s story too', async () => {
    const catalogFor = pageCatalogLoader(area(), [cardTestStory]);
    await addCorrection(area(), {
      kind: 'not-a-name',
      text: 'Vladimir Medinsky',
      entityId: 'vladimir-medinsky',
      entityName: 'Vladimir Medinsky',
      scope: 'site',
      site: 'news.example',
    });
    const here = await catalogFor({
      url: 'https://www.news.example/istanbul',
      article: articleTestStory,
      storyIds: [],
    });
    expect(medinskyAliases(here)).toEqual(['Medinsky', 'Мединский']);
    expect(here.storyById.has(articleTestStory.id)).toBe(true);
    const elsewhere = await catalogFor({ url: 'https://other.example/', article: articleTestStory, storyIds: [] });
    expect(medinskyAliases(elsewhere)).toContain('Vladimir Medinsky');
  });

  it('reads the corrections again at each load: one made while the panel is open counts', async () => {
    const catalogFor = pageCatalogLoader(area(), [cardTestStory]);
    expect(medinskyAliases(await catalogFor({ url: 'https://news.example/', storyIds: [] }))).toContain('Medinsky');
    await addCorrection(area(), {
      kind: 'wrong-person',
      text: 'Medinsky',
      entityId: 'vladimir-medinsky',
      entityName: 'Vladimir Medinsky',
      scope: 'everywhere',
      site: 'news.example',
    });
    expect(medinskyAliases(await catalogFor({ url: 'https://news.example/', storyIds: [] }))).not.toContain('Medinsky');
  });

  describe('with packs on', () => {
    /** Two packs switched on, as an import leaves them; and every key the panel asks storage for. */
    async function twoPacks() {
      const second = { ...otherStory, id: 'second-pack', title: 'A second pack' };
      await area().set({
        [PACK_INDEX_KEY]: [otherStory, second].map((story) => ({
          id: story.id,
          title: story.title,
          enabled: true,
          fileName: `${story.id}.json`,
          importedAt: '2026-12-06T00:00:00.000Z',
          entityCount: story.entities.length,
        })),
        [packKey(otherStory.id)]: otherStory,
        [packKey(second.id)]: second,
      });
      const asked: string[] = [];
      const get = area().get.bind(area());
      vi.spyOn(area(), 'get').mockImplementation(((keys: string | string[]) => {
        asked.push(...(Array.isArray(keys) ? keys : [keys]));
        return get(keys);
      }) as never);
      return { asked };
    }

    it('reads no pack the page does not mention: a big pack elsewhere costs the panel nothing', async () => {
      const { asked } = await twoPacks();
      const catalog = await pageCatalogLoader(area(), [cardTestStory])({
        url: 'https://news.example/',
        storyIds: [cardTestStory.id],
      });
      expect([...catalog.storyById.keys()]).toEqual([cardTestStory.id]);
      expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([]);
    });

    it('reads whole the pack the page’s mentions belong to, once while the panel is open', async () => {
      const { asked } = await twoPacks();
      const catalogFor = pageCatalogLoader(area(), [cardTestStory]);
      const page = { url: 'https://news.example/', storyIds: [cardTestStory.id, 'second-pack'] };
      const first = await catalogFor(page);
      expect([...first.storyById.keys()]).toEqual([cardTestStory.id, 'second-pack']);
      expect(first.entities.get('jamieson-greer')?.views.get('second-pack')?.role?.text).toBeTruthy();
      const again = await catalogFor(page);
      expect([...again.storyById.keys()]).toEqual([cardTestStory.id, 'second-pack']);
      expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([packKey('second-pack')]);
    });

    it('leaves out a pack the reader switched off, even when the page names it', async () => {
      await setStoryEnabled(area(), 'second-pack', false);
      const { asked } = await twoPacks();
      const catalog = await pageCatalogLoader(area(), [cardTestStory])({
        url: 'https://news.example/',
        storyIds: ['second-pack'],
      });
      expect(catalog.storyById.has('second-pack')).toBe(false);
      expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([]);
    });
  });
});
