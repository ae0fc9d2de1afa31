import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCorrection } from '../../../lib/storage/corrections';
import { pageCatalogLoader } from '../../../lib/storage/panel-catalog';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';

const area = () => fakeBrowser.storage.local;
const medinskyAliases = (catalog: Awaited<ReturnType<ReturnType<typeof pageCatalogLoader>>>) =>
  catalog.aliases.filter((a) => a.entityId === 'vladimir-medinsky').map((a) => a.text);

describe('the panels’ catalog for a page', () => {
  beforeEach(() => fakeBrowser.reset());

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
    const here = await catalogFor({ url: 'https://www.news.example/istanbul', article: articleTestStory });
    expect(medinskyAliases(here)).toEqual(['Medinsky', 'Мединский']);
    expect(here.storyById.has(articleTestStory.id)).toBe(true);
    const elsewhere = await catalogFor({ url: 'https://other.example/', article: articleTestStory });
    expect(medinskyAliases(elsewhere)).toContain('Vladimir Medinsky');
  });

  it('reads the corrections again at each load: one made while the panel is open counts', async () => {
    const catalogFor = pageCatalogLoader(area(), [cardTestStory]);
    expect(medinskyAliases(await catalogFor({ url: 'https://news.example/' }))).toContain('Medinsky');
    await addCorrection(area(), {
      kind: 'wrong-person',
      text: 'Medinsky',
      entityId: 'vladimir-medinsky',
      entityName: 'Vladimir Medinsky',
      scope: 'everywhere',
      site: 'news.example',
    });
    expect(medinskyAliases(await catalogFor({ url: 'https://news.example/' }))).not.toContain('Medinsky');
  });
});
