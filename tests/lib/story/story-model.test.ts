import { describe, expect, it } from 'vitest';
import type { Entity, Story } from '../../../data/schema';
import {
  buildCatalog,
  type EntityOutline,
  entityView,
  inflectionOf,
  isGeneric,
  outlineOf,
  type StoryOutline,
  withArticle,
} from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';

/** A story outline with these entities; the catalog needs nothing more. */
function outline(id: string, entities: EntityOutline[], origin?: 'curated' | 'article'): StoryOutline {
  return { id, title: `Story ${id}`, ...(origin ? { origin } : {}), entities };
}

function person(id: string, aliases: EntityOutline['aliases'] = [{ text: id }]): EntityOutline {
  return { id, type: 'person', name: id, aliases };
}

describe('how an alias declines', () => {
  it('declines Ukrainian, Russian and German aliases, a person’s as a person’s', () => {
    expect(inflectionOf({ text: 'Зеленський', lang: 'uk' }, 'person')).toStrictEqual({ lang: 'uk', person: true });
    expect(inflectionOf({ text: 'Киев', lang: 'ru' }, 'place')).toStrictEqual({ lang: 'ru', person: false });
    expect(inflectionOf({ text: 'Selenskyj', lang: 'de' }, 'person')).toStrictEqual({ lang: 'de', person: true });
    expect(inflectionOf({ text: 'Київ', lang: 'uk', obliqueStem: 'Києв' }, 'place')).toStrictEqual({
      lang: 'uk',
      obliqueStem: 'Києв',
      person: false,
    });
  });

  it('passes on the paradigm a story declares for an alias', () => {
    expect(inflectionOf({ text: 'Мединский', lang: 'ru', declension: 'adjective' }, 'person')).toStrictEqual({
      lang: 'ru',
      declension: 'adjective',
      person: true,
    });
    expect(inflectionOf({ text: 'Білий дім', lang: 'uk', declension: ['adjective', 'noun'] }, 'place')).toStrictEqual({
      lang: 'uk',
      declension: ['adjective', 'noun'],
      person: false,
    });
  });

  it('matches as written an alias of another language, a case-exact one and one declared "none"', () => {
    expect(inflectionOf({ text: 'Zelensky' }, 'person')).toBeUndefined();
    expect(inflectionOf({ text: 'Zelenski', lang: 'tr' }, 'person')).toBeUndefined();
    expect(inflectionOf({ text: 'НАТО', lang: 'uk', case: 'exact' }, 'organisation')).toBeUndefined();
    expect(inflectionOf({ text: 'Каллас', lang: 'uk', declension: 'none' }, 'person')).toBeUndefined();
  });

  it('keeps a spelling shared by Ukrainian and Russian once per language, each with its own rules', () => {
    const story: Story = {
      ...cardTestStory,
      entities: cardTestStory.entities.map((e, i) =>
        i === 0 ? { ...e, aliases: [...e.aliases, { text: 'Трамп', lang: 'uk' }, { text: 'Трамп', lang: 'ru' }] } : e,
      ),
    };
    const trump = buildCatalog([story]).aliases.filter((a) => a.text === 'Трамп');
    expect(trump.map((a) => a.inflection?.lang)).toEqual(['uk', 'ru']);
  });
});

describe('the outline a page reads', () => {
  it('leaves out where each spelling comes from: no page needs it', () => {
    const story: Story = {
      ...cardTestStory,
      entities: cardTestStory.entities.map((e, i) =>
        i === 0 ? { ...e, aliases: [{ text: 'Selenskyj', lang: 'de', source: 'Tagesschau' }] } : e,
      ),
    };
    expect(outlineOf(story).entities[0]?.aliases).toEqual([{ text: 'Selenskyj', lang: 'de' }]);
  });

  it('keeps the story’s origin and which entities are generic, and nothing of the cards', () => {
    const story: Story = {
      ...cardTestStory,
      origin: 'article',
      entities: cardTestStory.entities.map((e) => (e.id === 'istanbul' ? { ...e, generic: true } : e)),
    };
    const page = outlineOf(story);
    expect(page.origin).toBe('article');
    expect(page.entities.find((e) => e.id === 'istanbul')).toStrictEqual({
      id: 'istanbul',
      type: 'place',
      name: 'Istanbul',
      aliases: [{ text: 'Istanbul' }],
      generic: true,
    });
    expect(page.entities.find((e) => e.id === 'vladimir-putin')).toStrictEqual({
      id: 'vladimir-putin',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: [{ text: 'Putin' }],
    });
    expect(outlineOf(cardTestStory)).not.toHaveProperty('origin');
  });
});

describe('the catalog of every story', () => {
  it('gives an entity shared by two stories one entry, with each story’s own view of it', () => {
    const first = person('putin');
    const second = { ...person('putin'), name: 'Vladimir Putin' };
    const catalog = buildCatalog([outline('talks', [first, person('medinsky')]), outline('summit', [second])]);
    const putin = catalog.entities.get('putin');
    expect(putin?.storyIds).toEqual(['talks', 'summit']);
    expect(putin?.views.get('talks')).toBe(first);
    expect(putin?.views.get('summit')).toBe(second);
    expect(catalog.entities.get('medinsky')?.storyIds).toEqual(['talks']);
    expect(catalog.storyById.get('summit')?.entities).toEqual([second]);
  });

  it('gives the matcher each alias once, with its rules resolved', () => {
    const stories = [
      outline('talks', [
        person('putin', [{ text: 'Putin' }, { text: 'Путин', lang: 'ru' }]),
        person('bruce', [{ text: 'Bruce', requiresContext: true, contextEntities: ['batman'] }]),
      ]),
      outline('summit', [person('putin', [{ text: 'Putin' }, { text: 'PUTIN', case: 'exact' }])]),
    ];
    expect(buildCatalog(stories).aliases).toStrictEqual([
      {
        text: 'Putin',
        entityId: 'putin',
        case: 'proper',
        requiresContext: false,
        contextEntities: ['putin'],
        generic: false,
        stories: ['talks', 'summit'],
        inArticle: false,
      },
      {
        text: 'Путин',
        entityId: 'putin',
        case: 'proper',
        requiresContext: false,
        contextEntities: ['putin'],
        inflection: { lang: 'ru', person: true },
        generic: false,
        stories: ['talks', 'summit'],
        inArticle: false,
      },
      {
        text: 'Bruce',
        entityId: 'bruce',
        case: 'proper',
        requiresContext: true,
        contextEntities: ['bruce', 'batman'],
        generic: false,
        stories: ['talks'],
        inArticle: false,
      },
      {
        text: 'PUTIN',
        entityId: 'putin',
        case: 'exact',
        requiresContext: false,
        contextEntities: ['putin'],
        generic: false,
        stories: ['talks', 'summit'],
        inArticle: false,
      },
    ]);
  });

  it('marks countries generic, and any entity one of its stories calls generic', () => {
    const ukraine: EntityOutline = { id: 'ukraine', type: 'country', name: 'Ukraine', aliases: [{ text: 'Ukraine' }] };
    const kyiv: EntityOutline = { id: 'kyiv', type: 'place', name: 'Kyiv', aliases: [{ text: 'Kyiv' }] };
    const catalog = buildCatalog([
      outline('talks', [ukraine, kyiv, person('putin')]),
      outline('summit', [{ ...kyiv, generic: true }]),
    ]);
    const genericOf = (text: string) => catalog.aliases.find((a) => a.text === text)?.generic;
    expect(genericOf('Ukraine')).toBe(true);
    expect(genericOf('Kyiv')).toBe(true);
    expect(genericOf('putin')).toBe(false);
  });

  it('counts only curated stories for the story rule, and says when the page’s own article names the entity', () => {
    const catalog = buildCatalog([
      outline('talks', [person('putin'), person('medinsky')]),
      outline('read-here', [person('putin'), person('umerov')], 'article'),
    ]);
    const aliasOf = (text: string) => catalog.aliases.find((a) => a.text === text);
    expect(aliasOf('putin')).toMatchObject({ stories: ['talks'], inArticle: true });
    expect(aliasOf('medinsky')).toMatchObject({ stories: ['talks'], inArticle: false });
    expect(aliasOf('umerov')).toMatchObject({ stories: [], inArticle: true });
  });
});

describe('isGeneric', () => {
  it('is true for a country, or when any story marks the entity generic', () => {
    expect(isGeneric('country', [])).toBe(true);
    expect(isGeneric('place', [{}, { generic: true }])).toBe(true);
    expect(isGeneric('place', [{ generic: false }, {}])).toBe(false);
    expect(isGeneric('organisation', [])).toBe(false);
  });
});

describe('the catalog with the page’s article', () => {
  const curated = outline('talks', [person('putin')]);

  it('is the catalog itself when no article was read', () => {
    const catalog = buildCatalog([curated]);
    expect(withArticle(catalog, undefined)).toBe(catalog);
  });

  it('adds the article’s story, replacing the story of an article read before', () => {
    const earlier = outline('earlier-article', [person('umerov')], 'article');
    const now = outline('this-article', [person('putin'), person('witkoff')], 'article');
    const catalog = withArticle(buildCatalog([curated, earlier]), now);
    expect(catalog.stories.map((s) => s.id)).toEqual(['talks', 'this-article']);
    expect(catalog.entities.has('umerov')).toBe(false);
    expect(catalog.entities.get('putin')?.storyIds).toEqual(['talks', 'this-article']);
    expect(catalog.aliases.find((a) => a.entityId === 'putin')?.inArticle).toBe(true);
  });
});

describe('entityView', () => {
  const later: Story = {
    ...cardTestStory,
    id: 'later-talks',
    entities: cardTestStory.entities.map((e) =>
      e.id === 'vladimir-putin' ? { ...e, role: { text: 'Host of the summit', sources: ['s1'] } } : e,
    ),
  };
  const roleIn = (entity: Entity | undefined) => entity?.role?.text;

  it('tells the entity as the story asked for tells it', () => {
    const catalog = buildCatalog([cardTestStory, later]);
    expect(roleIn(entityView(catalog, 'vladimir-putin', 'later-talks'))).toBe('Host of the summit');
    expect(roleIn(entityView(catalog, 'vladimir-putin', 'test-talks'))).toBe('President of Russia');
  });

  it('falls back to the first story that features the entity', () => {
    const catalog = buildCatalog([later, cardTestStory]);
    expect(roleIn(entityView(catalog, 'vladimir-putin'))).toBe('Host of the summit');
    expect(roleIn(entityView(catalog, 'vladimir-putin', 'no-such-story'))).toBe('Host of the summit');
  });

  it('knows nothing of an entity no story features', () => {
    expect(entityView(buildCatalog([cardTestStory]), 'nobody', 'test-talks')).toBeUndefined();
  });
});
