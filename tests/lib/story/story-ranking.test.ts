import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../lib/story/story-model';
import { primaryStoryId } from '../../../lib/story/story-ranking';
import { cardTestStory } from '../../helpers/card-test-story';

const catalog = buildCatalog([cardTestStory]);

describe('the story a page is about', () => {
  it('picks the story whose entities the page mentions', () => {
    expect(primaryStoryId(catalog, ['istanbul', 'vladimir-putin'])).toBe('test-talks');
    expect(primaryStoryId(catalog, [])).toBeUndefined();
    expect(primaryStoryId(catalog, ['nobody'])).toBeUndefined();
  });
});
