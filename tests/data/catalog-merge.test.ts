import { describe, expect, it } from 'vitest';
import type { Story } from '../../data/schema';
import { formatProblem, validateStories } from '../../data/validate';
import { buildCatalog, entityView } from '../../lib/story/story-model';
import { readStoryJson, secondStoryFile, seedStoryFile } from '../helpers/story-fixtures';

function bothStories(): Story[] {
  const result = validateStories([
    { file: seedStoryFile, data: readStoryJson(seedStoryFile) },
    { file: secondStoryFile, data: readStoryJson(secondStoryFile) },
  ]);
  expect(result.problems.map(formatProblem)).toEqual([]);
  return result.stories;
}

describe('two stories that share Putin and Trump', () => {
  const catalog = buildCatalog(bothStories());

  it('hold one Putin with a view from each story', () => {
    const putin = catalog.entities.get('vladimir-putin');
    expect(putin?.storyIds).toEqual(['istanbul-talks-2025', 'alaska-summit-2025']);
    expect(entityView(catalog, 'vladimir-putin', 'istanbul-talks-2025')?.facts[0]?.text).toMatch(/did not attend/i);
    expect(entityView(catalog, 'vladimir-putin', 'alaska-summit-2025')?.facts[0]?.text).toMatch(
      /first time since 2015/,
    );
  });

  it('hold one Trump, listed once per spelling', () => {
    expect(catalog.entities.get('donald-trump')?.storyIds).toHaveLength(2);
    const trumpAliases = catalog.aliases.filter((a) => a.entityId === 'donald-trump' && a.text === 'Trump');
    expect(trumpAliases).toHaveLength(1);
  });

  it('keep entities found in only one story', () => {
    expect(catalog.entities.get('anchorage')?.storyIds).toEqual(['alaska-summit-2025']);
    expect(catalog.entities.get('rustem-umerov')?.storyIds).toEqual(['istanbul-talks-2025']);
  });
});
