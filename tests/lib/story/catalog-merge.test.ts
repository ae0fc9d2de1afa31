import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import { bundledStories } from '../../../data/stories';
import { catalogFromStories, mergeCatalogs, storyCatalog } from '../../../lib/story/catalog-merge';
import { type CatalogTable, catalogFromTable, catalogTableOf } from '../../../lib/story/catalog-table';
import {
  buildCatalog,
  type Catalog,
  type EntityOutline,
  outlineOf,
  type StoryOutline,
} from '../../../lib/story/story-model';
import { bigPack } from '../../helpers/big-pack';
import { otherStory, seedStory } from '../../helpers/panel-test-stories';
import { plainCatalog } from '../../helpers/plain-catalog';

const story = (id: string, entities: EntityOutline[], origin?: StoryOutline['origin']): StoryOutline => ({
  id,
  title: id,
  ...(origin ? { origin } : {}),
  entities,
});
const person = (id: string, ...aliases: EntityOutline['aliases']): EntityOutline => ({
  id,
  type: 'person',
  name: id,
  aliases,
});

/** Stories that share entities in every way the story rule and the alias list can tell apart. */
const curated = story('curated', [
  person('trump', { text: 'Donald Trump' }, { text: 'Trump' }),
  { id: 'ukraine', type: 'country', name: 'Ukraine', aliases: [{ text: 'Ukraine' }] },
  person('zelensky', { text: 'Зеленський', lang: 'uk' }),
]);
const pack = story('pack', [
  // The same alias again (dropped), one more (kept), a spelling gated where the other is not (kept).
  person('trump', { text: 'Trump' }, { text: 'President Trump' }, { text: 'Donald Trump', requiresContext: true }),
  // The same text in Russian declines by its own rules: kept beside the Ukrainian one.
  person('zelensky', { text: 'Зеленський', lang: 'ru' }),
  { id: 'nato', type: 'organisation', name: 'NATO', aliases: [{ text: 'NATO' }], generic: true },
  person('only-in-pack', { text: 'Only Pack', contextEntities: ['trump'] }),
]);
const article = story(
  'article',
  [person('trump', { text: 'Trump' }), { id: 'nato', type: 'organisation', name: 'NATO', aliases: [{ text: 'NATO' }] }],
  'article',
);

describe('a catalog merged from two', () => {
  it('is the catalog built from both catalogs’ stories', () => {
    for (const [first, second] of [
      [[curated], [pack]],
      [[curated, pack], [article]],
      [[pack], [curated]],
      [[curated], []],
      [[], [pack]],
      // One of the second's stories has an id the first has already: built whole, the later one winning.
      [[curated], [article, { ...pack, id: 'curated' }]],
    ] as [StoryOutline[], StoryOutline[]][]) {
      expect(plainCatalog(mergeCatalogs(buildCatalog(first), buildCatalog(second)))).toEqual(
        buildCatalog([...first, ...second]),
      );
    }
  });

  it('tells a shared entity by every story: generic when one says so, in the article when the article names it', () => {
    const merged = mergeCatalogs(buildCatalog([curated, pack]), buildCatalog([article]));
    const trump = merged.aliases.filter((entry) => entry.entityId === 'trump');
    expect(trump.map((entry) => entry.inArticle)).toEqual([true, true, true, true]);
    expect(trump[0]?.stories).toEqual(['curated', 'pack']);
    expect(merged.aliases.find((entry) => entry.entityId === 'nato')).toMatchObject({ generic: true, inArticle: true });
    expect(merged.entities.get('trump')?.storyIds).toEqual(['curated', 'pack', 'article']);
  });

  it('changes neither catalog it is made from', () => {
    const first = buildCatalog([curated]);
    const second = buildCatalog([pack]);
    const before = structuredClone([first, second]);
    mergeCatalogs(first, second);
    expect([first, second]).toEqual(before);
  });

  it('is built whole when both have a story with one id, the later one told', () => {
    // The later story's origin decides the story rule of the earlier one's entities too.
    const again = story('curated', [person('someone-else', { text: 'Someone Else' })], 'article');
    const merged = mergeCatalogs(buildCatalog([curated]), buildCatalog([again]));
    expect(plainCatalog(merged)).toEqual(buildCatalog([curated, again]));
    expect(merged.storyById.get('curated')).toBe(again);
  });

  it('reads no entity of a story whose catalog was read from its table, and keeps buildCatalog’s order', () => {
    const bundled = bundledStories.map(outlineOf);
    const whole = outlineOf(bigPack(300) as unknown as Story);
    let reads = 0;
    const { entities, ...head } = whole;
    const big: StoryOutline = {
      ...head,
      get entities() {
        reads++;
        return entities;
      },
    };
    const read = catalogFromTable(
      big,
      catalogTableOf(whole, buildCatalog([whole])) as CatalogTable,
    ) as Catalog<StoryOutline>;
    const merged = mergeCatalogs(catalogFromStories([...bundled, curated]), read);
    expect(merged.aliases).toHaveLength(buildCatalog([...bundled, curated, whole]).aliases.length);
    expect(reads).toBe(0);
    expect([...merged.entities.keys()]).toEqual([...buildCatalog([...bundled, curated, whole]).entities.keys()]);
    expect(plainCatalog(merged)).toEqual(buildCatalog([...bundled, curated, big]));
  });

  it('is the bundled stories’ and a big pack’s catalog', () => {
    const bundled = bundledStories.map(outlineOf);
    const big = outlineOf(bigPack(300) as unknown as Story);
    expect(plainCatalog(mergeCatalogs(buildCatalog(bundled), buildCatalog([big])))).toEqual(
      buildCatalog([...bundled, big]),
    );
  });
});

describe('the catalog of several stories, from each one’s kept catalog', () => {
  it('is the catalog built from them, in their order', () => {
    for (const stories of [[], [curated], [seedStory, otherStory, curated, pack, article], [article, pack, curated]]) {
      expect(plainCatalog(catalogFromStories(stories))).toEqual(buildCatalog(stories));
    }
  });

  it('builds a story’s own catalog once, for as long as the story lives', () => {
    const once = story('once', [person('a', { text: 'A Person' })]);
    expect(storyCatalog(once)).toBe(storyCatalog(once));
    expect(storyCatalog({ ...once })).not.toBe(storyCatalog(once));
    const big = outlineOf(bigPack(50) as unknown as Story);
    const kept = storyCatalog(big);
    // The big story's entities are the kept catalog's own objects, not made again.
    expect(catalogFromStories([curated, big]).entities.get('p1')).toBe(kept.entities.get('p1'));
  });
});
