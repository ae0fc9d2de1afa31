import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Story } from '../../../data/schema';
import { addCorrection, CORRECTIONS_KEY } from '../../../lib/storage/corrections';
import { makePackDetailsParts } from '../../../lib/storage/pack-details';
import { PACK_INDEX_KEY, packDetailsKey, packKey, packPanelKey } from '../../../lib/storage/pack-keys';
import { makePackPanelPart } from '../../../lib/storage/pack-panel';
import {
  loadActiveCatalog,
  type PanelCatalog,
  type PanelCatalogs,
  panelCatalogs,
} from '../../../lib/storage/panel-catalog';
import { setStoryEnabled } from '../../../lib/storage/settings';
import type { CatalogIndex } from '../../../lib/story/story-model';
import { cardContent } from '../../../lib/views/card-content';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';
import { otherStory } from '../../helpers/panel-test-stories';

const area = () => fakeBrowser.storage.local;
const pageCatalogLoader = (...args: Parameters<typeof panelCatalogs>) => panelCatalogs(...args).forPage;
/** Medinsky's spellings in every story that tells him, each once. */
const medinskyAliases = (catalog: PanelCatalog) => [
  ...new Set(
    [...(catalog.entities.get('vladimir-medinsky')?.views.values() ?? [])].flatMap((view) =>
      view.aliases.map((a) => a.text),
    ),
  ),
];

/** Storage whose reads fail for the keys `fails` picks, as a damaged or unreadable store does. */
function failingReads(fails: (key: string) => boolean) {
  // A second spy on the same method would replace the first one's wrapper and call itself.
  if (vi.isMockFunction(area().get)) throw new Error('failingReads wraps the real storage only');
  const get = area().get.bind(area());
  vi.spyOn(area(), 'get').mockImplementation(((keys: string | string[]) =>
    (Array.isArray(keys) ? keys : [keys]).some(fails)
      ? Promise.reject(new Error('storage read failed'))
      : get(keys)) as never);
}

const second: Story = { ...otherStory, id: 'second-pack', title: 'A second pack' };
const packMeta = (story: Story) => ({
  id: story.id,
  title: story.title,
  enabled: true,
  fileName: `${story.id}.json`,
  importedAt: '2026-12-06T00:00:00.000Z',
  entityCount: story.entities.length,
});

/** The other story and the second pack imported and switched on. */
const storePacks = () =>
  area().set({
    [PACK_INDEX_KEY]: [packMeta(otherStory), packMeta(second)],
    [packKey(otherStory.id)]: otherStory,
    [packKey(second.id)]: second,
  });

describe('the background’s catalog', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is the bundled stories and every switched-on pack, whole', async () => {
    await area().set({ [PACK_INDEX_KEY]: [packMeta(second)], [packKey(second.id)]: second });
    const catalog = await loadActiveCatalog(area(), [cardTestStory]);
    expect([...catalog.storyById.keys()]).toEqual([cardTestStory.id, second.id]);
    expect(catalog.storyById.get(second.id)).toEqual(second);
  });

  it('is the bundled stories when storage cannot be read', async () => {
    await area().set({ [PACK_INDEX_KEY]: [packMeta(second)], [packKey(second.id)]: second });
    failingReads(() => true);
    const catalog = await loadActiveCatalog(area(), [cardTestStory]);
    expect([...catalog.storyById.keys()]).toEqual([cardTestStory.id]);
  });
});

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
    async function twoPacks(parts: Record<string, unknown> = {}) {
      await area().set({
        [PACK_INDEX_KEY]: [otherStory, second].map(packMeta),
        [packKey(otherStory.id)]: otherStory,
        [packKey(second.id)]: second,
        ...parts,
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

    it('lists a named pack from its panel part alone, and reads it whole once, for an opened entry', async () => {
      const second = { ...otherStory, id: 'second-pack', title: 'A second pack' };
      const { asked } = await twoPacks({ [packPanelKey(second.id)]: makePackPanelPart(second) });
      const catalogs = panelCatalogs(area(), [cardTestStory]);
      const page = { url: 'https://news.example/', storyIds: [cardTestStory.id, 'second-pack'] };
      const listed = await catalogs.forPage(page);
      expect([...listed.storyById.keys()]).toEqual([cardTestStory.id, 'second-pack']);
      const greer = listed.entities.get('jamieson-greer')?.views.get('second-pack');
      expect(greer?.role?.text).toBeTruthy();
      expect(greer).not.toHaveProperty('facts');
      expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([]);

      const whole = await catalogs.wholeForPage(page);
      await catalogs.wholeForPage(page);
      expect(whole.entities.get('jamieson-greer')?.views.get('second-pack')?.facts).toEqual(
        second.entities.find((entity) => entity.id === 'jamieson-greer')?.facts,
      );
      expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([packKey('second-pack')]);
      await catalogs.forPage(page);
      expect(asked.filter((key) => key.startsWith('pack-panel:'))).toEqual([packPanelKey('second-pack')]);
    });

    it('lists each of two named packs as itself, both read in one go', async () => {
      const { asked } = await twoPacks({
        [packPanelKey(otherStory.id)]: makePackPanelPart(otherStory),
        [packPanelKey(second.id)]: makePackPanelPart(second),
      });
      const listed = await pageCatalogLoader(area(), [cardTestStory])({
        url: 'https://news.example/',
        storyIds: [otherStory.id, second.id],
      });
      expect([...listed.storyById.values()].map((story) => [story.id, story.title])).toEqual([
        [cardTestStory.id, cardTestStory.title],
        [otherStory.id, otherStory.title],
        [second.id, second.title],
      ]);
      expect(asked.filter((key) => key.startsWith('pack'))).toEqual([
        PACK_INDEX_KEY,
        packPanelKey(otherStory.id),
        packPanelKey(second.id),
      ]);
    });

    it('leaves out a named pack that cannot be read, and lists the rest', async () => {
      await storePacks();
      failingReads((key) => key.startsWith('pack:'));
      const page = { url: 'https://news.example/', storyIds: [cardTestStory.id, second.id] };
      const catalogs = panelCatalogs(area(), [cardTestStory]);
      expect([...(await catalogs.forPage(page)).storyById.keys()]).toEqual([cardTestStory.id]);
      expect([...(await catalogs.wholeForPage(page)).storyById.keys()]).toEqual([cardTestStory.id]);
    });

    it('lists the bundled stories, uncorrected, when settings or corrections cannot be read', async () => {
      await storePacks();
      await addCorrection(area(), {
        kind: 'not-a-name',
        text: 'Medinsky',
        entityId: 'vladimir-medinsky',
        entityName: 'Vladimir Medinsky',
        scope: 'everywhere',
        site: 'news.example',
      });
      failingReads((key) => key === CORRECTIONS_KEY);
      const uncorrected = await pageCatalogLoader(area(), [cardTestStory])({
        url: 'https://news.example/',
        storyIds: [cardTestStory.id],
      });
      expect(medinskyAliases(uncorrected)).toContain('Medinsky');
      vi.restoreAllMocks();
      failingReads(() => true);
      const unreadable = await pageCatalogLoader(area(), [cardTestStory])({
        url: 'https://news.example/',
        storyIds: [cardTestStory.id, second.id],
      });
      expect([...unreadable.storyById.keys()]).toEqual([cardTestStory.id]);
    });

    it('reads a pack whole when its panel part is damaged or of another pack: never a blank panel', async () => {
      const second = { ...otherStory, id: 'second-pack', title: 'A second pack' };
      for (const damaged of ['{"id":"second-pack","entities":', makePackPanelPart(otherStory), { not: 'a string' }]) {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        const { asked } = await twoPacks({ [packPanelKey(second.id)]: damaged });
        const catalogs = panelCatalogs(area(), [cardTestStory]);
        const page = { url: 'https://news.example/', storyIds: ['second-pack'] };
        const listed = await catalogs.forPage(page);
        expect(listed.entities.get('jamieson-greer')?.views.get('second-pack')?.role?.text).toBeTruthy();
        expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([packKey('second-pack')]);
        // Read whole once: the entry opened afterwards reuses it.
        await catalogs.wholeForPage(page);
        expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([packKey('second-pack')]);
      }
    });

    describe('an opened entry', () => {
      // With a fact and relations, one to an entity of the bundled story: what the chunk must bring.
      const second: Story = {
        ...otherStory,
        id: 'second-pack',
        title: 'A second pack',
        entities: otherStory.entities.map((entity, i) =>
          i === 0
            ? {
                ...entity,
                facts: [{ text: 'Named the negotiator.', sources: ['s2'] }],
                relations: [
                  { label: 'appointed', target: 'jamieson-greer', sources: ['s2'] },
                  { label: 'spoke of', target: 'vladimir-medinsky', sources: ['s1'] },
                ],
              }
            : entity,
        ),
      };
      const page = { url: 'https://news.example/', storyIds: [cardTestStory.id, second.id], article: articleTestStory };
      const entityIds = [
        ...new Set([cardTestStory, second, articleTestStory].flatMap((s) => s.entities.map((e) => e.id))),
      ];

      /** Every entity's card on the page, told by each story, as `entryForPage` makes it and as the whole packs do. */
      async function cards(catalogs: PanelCatalogs) {
        const made = [];
        const whole = [];
        for (const entityId of entityIds)
          for (const storyId of [cardTestStory.id, second.id, undefined]) {
            made.push(cardContent(await catalogs.entryForPage(page, entityId), entityId, storyId, 'en'));
            whole.push(
              cardContent(await panelCatalogs(area(), [cardTestStory]).wholeForPage(page), entityId, storyId, 'en'),
            );
          }
        return { made, whole };
      }

      it('reads its pack’s panel part and one details chunk, and its card is the one the whole pack gives', async () => {
        const { asked } = await twoPacks({
          [packKey(second.id)]: second,
          [packPanelKey(second.id)]: makePackPanelPart(second),
          ...makePackDetailsParts(second),
        });
        await addCorrection(area(), {
          kind: 'wrong-person',
          text: 'Medinsky',
          entityId: 'vladimir-medinsky',
          entityName: 'Vladimir Medinsky',
          scope: 'site',
          site: 'news.example',
        });
        const catalogs = panelCatalogs(area(), [cardTestStory]);
        await catalogs.entryForPage(page, 'jamieson-greer');
        expect(asked.filter((key) => /^pack[:-]/.test(key))).toEqual([
          packPanelKey(second.id),
          packDetailsKey(second.id, 0),
        ]);
        asked.length = 0;
        const { made, whole } = await cards(catalogs);
        expect(made.filter(Boolean).length).toBeGreaterThan(entityIds.length);
        expect(made).toEqual(whole);
        const trump = made.find((card) => card?.entityId === 'donald-trump' && card.storyId === second.id);
        expect(trump?.relations.map((relation) => relation.targetName)).toEqual([
          'Jamieson Greer',
          'Vladimir Medinsky',
        ]);
        expect(trump?.facts).toHaveLength(1);
      });

      /** The second pack stored with all its parts, as an import leaves it. */
      const withParts = () =>
        twoPacks({
          [packKey(second.id)]: second,
          [packPanelKey(second.id)]: makePackPanelPart(second),
          ...makePackDetailsParts(second),
        });
      const view = (catalog: CatalogIndex, entityId: string) => catalog.entities.get(entityId)?.views.get(second.id);

      it('gives the opened entity its details and leaves the others as the panels list them', async () => {
        await withParts();
        const entry = await panelCatalogs(area(), [cardTestStory]).entryForPage(page, 'jamieson-greer');
        const greer = second.entities.find((entity) => entity.id === 'jamieson-greer');
        expect(view(entry, 'jamieson-greer')).toMatchObject({ description: greer?.description, facts: [] });
        expect(view(entry, 'donald-trump')).not.toHaveProperty('description');
        expect(view(entry, 'donald-trump')).not.toHaveProperty('facts');
      });

      it('reads a chunk once for every entry in it, and none for a pack already read whole', async () => {
        const { asked } = await withParts();
        const catalogs = panelCatalogs(area(), [cardTestStory]);
        await catalogs.entryForPage(page, 'donald-trump');
        await catalogs.entryForPage(page, 'jamieson-greer');
        expect(asked.filter((key) => key.startsWith('pack-details:'))).toEqual([packDetailsKey(second.id, 0)]);

        asked.length = 0;
        const later = panelCatalogs(area(), [cardTestStory]);
        await later.wholeForPage(page);
        const entry = await later.entryForPage(page, 'jamieson-greer');
        expect(asked.filter((key) => key.startsWith('pack-details:'))).toEqual([]);
        expect(view(entry, 'donald-trump')?.facts).toHaveLength(1);
      });

      it('reads nothing more of a pack that does not hold the opened entity', async () => {
        const { asked } = await withParts();
        const entry = await panelCatalogs(area(), [cardTestStory]).entryForPage(page, 'vladimir-medinsky');
        expect(asked.filter((key) => /^pack[:-]/.test(key))).toEqual([packPanelKey(second.id)]);
        expect(entry.storyById.has(second.id)).toBe(true);
      });

      it('leaves out a pack gone from storage, parts and all', async () => {
        await twoPacks({ [packKey(second.id)]: undefined });
        await area().remove(packKey(second.id));
        const entry = await panelCatalogs(area(), [cardTestStory]).entryForPage(page, 'jamieson-greer');
        expect(entry.storyById.has(second.id)).toBe(false);
        expect(entry.storyById.has(cardTestStory.id)).toBe(true);
      });

      it('reads its pack whole when its chunk is missing, damaged, of another pack or not its own', async () => {
        const chunk = packDetailsKey(second.id, 0);
        const parts = makePackDetailsParts(second);
        const notItsOwn = makePackDetailsParts({ ...second, entities: second.entities.slice(1) })[chunk];
        for (const damaged of [
          undefined,
          '{"id":',
          makePackDetailsParts(otherStory)[packDetailsKey(otherStory.id, 0)],
          notItsOwn,
        ]) {
          fakeBrowser.reset();
          vi.restoreAllMocks();
          const { asked } = await twoPacks({
            [packKey(second.id)]: second,
            [packPanelKey(second.id)]: makePackPanelPart(second),
            ...parts,
            [chunk]: damaged,
          });
          const catalogs = panelCatalogs(area(), [cardTestStory]);
          const entityId = second.entities[0]?.id ?? '';
          const entry = await catalogs.entryForPage(page, entityId);
          expect(asked.filter((key) => key.startsWith('pack:'))).toEqual([packKey(second.id)]);
          const whole = await catalogs.wholeForPage(page);
          expect(cardContent(entry, entityId, second.id, 'en')).toEqual(cardContent(whole, entityId, second.id, 'en'));
          expect(cardContent(entry, entityId, second.id, 'en')?.description).toBeTruthy();
        }
      });
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
