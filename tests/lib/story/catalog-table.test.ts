import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import { bundledStories } from '../../../data/stories';
import { type CatalogTable, catalogFromTable, catalogTableOf } from '../../../lib/story/catalog-table';
import { buildCatalog, type EntityOutline, outlineOf, type StoryOutline } from '../../../lib/story/story-model';
import { bigPack } from '../../helpers/big-pack';
import { plainCatalog } from '../../helpers/plain-catalog';

const tableOf = (story: StoryOutline) => catalogTableOf(story, buildCatalog([story])) as CatalogTable;

/** `story` whose entities count their reads: a catalog read from a table must not read them. */
function counted(story: StoryOutline): { story: StoryOutline; reads: () => number } {
  let reads = 0;
  const { entities, ...head } = story;
  return {
    story: {
      ...head,
      get entities(): readonly EntityOutline[] {
        reads++;
        return entities;
      },
    },
    reads: () => reads,
  };
}

const gatedAndDeclined: StoryOutline = {
  id: 'rules',
  title: 'Every rule an alias can have',
  entities: [
    {
      id: 'kyiv',
      type: 'place',
      name: 'Kyiv',
      generic: true,
      aliases: [{ text: 'Київ', lang: 'uk', obliqueStem: 'Києв' }, { text: 'Kyiv' }],
    },
    {
      id: 'nato',
      type: 'organisation',
      name: 'NATO',
      aliases: [
        { text: 'NATO', case: 'exact' },
        { text: 'the Alliance', requiresContext: true, contextEntities: ['kyiv'] },
      ],
    },
    { id: 'ukraine', type: 'country', name: 'Ukraine', aliases: [{ text: 'Ukraine' }, { text: 'Ukraine' }] },
  ],
};

describe('a story’s catalog read back from its table', () => {
  it('is the catalog built from the story: alias rules, inflections, the story rule, the entities in order', () => {
    const stories = [
      gatedAndDeclined,
      { ...gatedAndDeclined, id: 'told-by-an-article', origin: 'article' as const },
      ...bundledStories.map(outlineOf),
      outlineOf(bigPack(300) as unknown as Story),
    ];
    for (const story of stories) {
      const built = buildCatalog([story]);
      const read = catalogFromTable(story, structuredClone(tableOf(story)));
      expect(read && plainCatalog(read), story.id).toEqual(built);
      expect([...(read?.entities.keys() ?? [])], story.id).toEqual([...built.entities.keys()]);
    }
  });

  it('reads none of the story’s entities until one is asked for, then the story tells it', () => {
    const { story, reads } = counted(outlineOf(bigPack(50) as unknown as Story));
    const table = tableOf(outlineOf(bigPack(50) as unknown as Story));
    const catalog = catalogFromTable(story, table);
    expect(catalog?.aliases).toHaveLength(50);
    expect(catalog?.entities.size).toBe(50);
    expect(catalog?.entities.has('p7')).toBe(true);
    expect(reads()).toBe(0);
    expect(catalog?.entities.get('p7')?.views.get('big-pack')).toBe(story.entities[6]);
    expect(catalog?.entities.get('p7')).toBe(catalog?.entities.get('p7'));
    expect(catalog?.entities.get('nobody')).toBeUndefined();
  });

  it('is not made from a table that cannot be the story’s, nor made for a story naming one entity twice', () => {
    const table = tableOf(gatedAndDeclined);
    const damaged: Partial<CatalogTable>[] = [
      { keys: table.keys.slice(1) },
      { keys: [99 * 8, ...table.keys.slice(1)] },
      { more: [[table.texts.length, [], 0]] },
    ];
    for (const change of damaged) expect(catalogFromTable(gatedAndDeclined, { ...table, ...change })).toBeNull();
    const twice = { ...gatedAndDeclined, entities: [...gatedAndDeclined.entities, gatedAndDeclined.entities[0]] };
    expect(catalogTableOf(twice as StoryOutline, buildCatalog([twice as StoryOutline]))).toBeNull();
  });

  it('tells a damaged story’s entity as none rather than another one', () => {
    const table = tableOf(gatedAndDeclined);
    const shuffled = { ...gatedAndDeclined, entities: [...gatedAndDeclined.entities].reverse() };
    expect(catalogFromTable(shuffled, table)?.entities.get('kyiv')).toBeUndefined();
  });
});
