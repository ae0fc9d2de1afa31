import { describe, expect, it } from 'vitest';
import { buildCatalog, type EntityOutline, type StoryOutline } from '../../../lib/story/story-model';
import { mostMentionedStory, pageStories, primaryStoryId, storiesAbout } from '../../../lib/story/story-ranking';
import { cardTestStory } from '../../helpers/card-test-story';

function entity(id: string, type: EntityOutline['type'] = 'person', generic?: boolean): EntityOutline {
  return { id, type, name: id, aliases: [{ text: id }], ...(generic === undefined ? {} : { generic }) };
}

function story(id: string, entities: EntityOutline[], origin?: 'article'): StoryOutline {
  return { id, title: id, ...(origin ? { origin } : {}), entities };
}

describe('the story a page is about', () => {
  it('picks the story whose entities the page mentions', () => {
    const catalog = buildCatalog([cardTestStory]);
    expect(primaryStoryId(catalog, ['istanbul', 'vladimir-putin'])).toBe('test-talks');
    expect(primaryStoryId(catalog, [])).toBeUndefined();
    expect(primaryStoryId(catalog, ['nobody'])).toBeUndefined();
  });

  it('needs two distinct distinctive names: one name, however often, is not enough', () => {
    const catalog = buildCatalog([story('talks', [entity('putin'), entity('medinsky')])]);
    expect(pageStories(catalog, ['putin', 'putin', 'putin']).about).toEqual(new Set());
    expect(pageStories(catalog, ['putin', 'medinsky']).about).toEqual(new Set(['talks']));
  });

  it('does not count countries, nor entities a story calls generic', () => {
    const catalog = buildCatalog([
      story('talks', [entity('putin'), entity('ukraine', 'country'), entity('nato', 'organisation', true)]),
    ]);
    expect(pageStories(catalog, ['ukraine', 'nato']).about).toEqual(new Set());
    expect(pageStories(catalog, ['putin', 'ukraine']).about).toEqual(new Set());
    expect(pageStories(catalog, ['putin', 'nato']).about).toEqual(new Set());
  });

  it('never makes a page about a story read from an article, only about curated ones', () => {
    const catalog = buildCatalog([
      story('talks', [entity('putin'), entity('medinsky')]),
      story('read-here', [entity('putin'), entity('umerov')], 'article'),
    ]);
    const page = pageStories(catalog, ['putin', 'umerov', 'medinsky']);
    expect(page.about).toEqual(new Set(['talks']));
    expect(page.counts).toEqual({ talks: 2, 'read-here': 2 });
    expect(pageStories(catalog, ['putin', 'umerov']).about).toEqual(new Set());
  });

  it('counts every mention for every story featuring its entity', () => {
    const catalog = buildCatalog([
      story('talks', [entity('putin'), entity('medinsky')]),
      story('summit', [entity('putin'), entity('trump')]),
    ]);
    const page = pageStories(catalog, ['putin', 'trump', 'putin', 'nobody']);
    expect({ ...page.counts }).toEqual({ talks: 2, summit: 3 });
    expect(page.primary).toBe('summit');
  });

  it('names as main story the one mentioned most, ties going to catalog order', () => {
    const catalog = buildCatalog([
      story('talks', [entity('putin'), entity('medinsky'), entity('umerov')]),
      story('summit', [entity('trump'), entity('witkoff'), entity('dmitriev')]),
    ]);
    expect(primaryStoryId(catalog, ['trump', 'witkoff', 'putin', 'medinsky', 'umerov'])).toBe('talks');
    expect(primaryStoryId(catalog, ['trump', 'witkoff', 'dmitriev', 'putin', 'medinsky'])).toBe('summit');
    expect(primaryStoryId(catalog, ['trump', 'witkoff', 'putin', 'medinsky'])).toBe('talks');
  });
});

describe('storiesAbout', () => {
  it('reads each entity’s curated stories, and an entity with none adds nothing', () => {
    expect(
      storiesAbout([
        { entityId: 'putin', stories: ['talks', 'summit'] },
        { entityId: 'medinsky', stories: ['talks'] },
        { entityId: 'someone' },
        { entityId: 'someone-else' },
        { entityId: 'ukraine', generic: true, stories: ['summit'] },
      ]),
    ).toEqual(new Set(['talks']));
  });
});

describe('mostMentionedStory', () => {
  const catalog = buildCatalog([story('talks', [entity('putin')]), story('summit', [entity('trump')])]);

  it('chooses among the eligible stories only, however often the others are mentioned', () => {
    expect(mostMentionedStory(catalog, { talks: 1, summit: 9 }, new Set(['talks']))).toBe('talks');
    expect(mostMentionedStory(catalog, { talks: 1, summit: 9 }, new Set())).toBeUndefined();
  });

  it('chooses no story that is not mentioned at all', () => {
    expect(mostMentionedStory(catalog, {}, new Set(['talks', 'summit']))).toBeUndefined();
  });
});
