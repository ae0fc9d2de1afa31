import { describe, expect, it } from 'vitest';
import type { Entity, Story } from '../../../data/schema';
import { indexStories, indexWithArticle, panelStoryOf } from '../../../lib/story/story-index';
import { buildCatalog, type EntityOutline, type StoryOutline } from '../../../lib/story/story-model';
import { otherStory, seedStory } from '../../helpers/panel-test-stories';

const story = (id: string, entities: EntityOutline[], origin?: StoryOutline['origin']): StoryOutline => ({
  id,
  title: id,
  ...(origin ? { origin } : {}),
  entities,
});
const person = (id: string, name = id): EntityOutline => ({ id, type: 'person', name, aliases: [{ text: name }] });

const first = story('first', [person('trump', 'Donald Trump'), person('greer')]);
const second = story('second', [person('trump', 'President Trump'), person('putin')]);
const article = story('article', [person('trump', 'Trump'), person('witkoff')], 'article');
const olderArticle = story('older-article', [person('rubio')], 'article');

describe('the panels’ index of stories', () => {
  it('merges entities by id as the catalog does, in the same story order and with each story’s view', () => {
    for (const stories of [[first, second, article], [second, first], [seedStory, otherStory], []]) {
      const index = indexStories(stories);
      const catalog = buildCatalog(stories);
      expect(index.stories).toBe(stories);
      expect(index.storyById).toEqual(catalog.storyById);
      expect([...index.entities.keys()]).toEqual([...catalog.entities.keys()]);
      for (const [id, entity] of catalog.entities) {
        const indexed = index.entities.get(id);
        expect(indexed).toMatchObject({
          id: entity.id,
          type: entity.type,
          name: entity.name,
          storyIds: entity.storyIds,
        });
        expect(indexed?.views).toEqual(entity.views);
      }
    }
  });

  it('names a shared entity as its first story does, and keeps each story’s telling of it', () => {
    const trump = indexStories([first, second]).entities.get('trump');
    expect(trump?.name).toBe('Donald Trump');
    expect(trump?.storyIds).toEqual(['first', 'second']);
    expect(trump?.views.get('second')?.name).toBe('President Trump');
  });

  it('with the article read from the page, drops any earlier article and puts the new one last', () => {
    const index = indexWithArticle([olderArticle, first, second], article);
    expect(index.stories.map((s) => s.id)).toEqual(['first', 'second', 'article']);
    expect(index.entities.has('rubio')).toBe(false);
    expect(index.entities.get('trump')?.storyIds).toEqual(['first', 'second', 'article']);
  });

  it('with no article read, keeps the stories as they are, an earlier article included', () => {
    const stories = [olderArticle, first];
    expect(indexWithArticle(stories, undefined).stories).toEqual(stories);
    expect(indexWithArticle(stories, undefined).entities.has('rubio')).toBe(true);
  });
});

describe('a story as the panels list it', () => {
  const [trump, greer] = otherStory.entities as [Entity, Entity];
  const { role: _role, ...greerWithoutRole } = greer;
  const withExtras: Story = {
    ...otherStory,
    entities: [
      { ...trump, aliases: [{ text: 'Trump', source: 'AFP style', lang: 'en' }], generic: false },
      greerWithoutRole,
    ],
  };

  it('keeps the story’s own fields and each entity’s name, aliases, role and side', () => {
    const panel = panelStoryOf(withExtras);
    expect({ ...panel, entities: [] }).toEqual({ ...withExtras, entities: [] });
    expect(panel.entities[0]).toEqual({
      id: 'donald-trump',
      type: 'person',
      name: 'Donald Trump',
      aliases: [{ text: 'Trump', lang: 'en' }],
      generic: false,
      role: trump.role,
      side: 'united-states',
    });
  });

  it('leaves out descriptions, facts, relations, where a spelling is printed, and fields the entity lacks', () => {
    const [, listed] = panelStoryOf(withExtras).entities;
    expect(Object.keys(listed ?? {}).sort()).toEqual(['aliases', 'id', 'name', 'side', 'type']);
    expect(panelStoryOf(seedStory).entities.every((entity) => !('description' in entity))).toBe(true);
  });
});
