import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../data/schema';
import { validateStories } from '../../../../data/validate';
import { trimStory } from '../../../../lib/storage/reading-archive/trim-story';
import { syntheticReading } from '../../../../scripts/reading-archive-synthetic';
import { readStoryJson, seedStoryFile } from '../../../helpers/story-fixtures';
import { articleStory } from './archive-test-stories';

const problemsOf = (story: Story) => validateStories([{ file: story.id, data: story }]).problems;

describe('what the archive keeps of an article', () => {
  const story = articleStory({
    url: 'https://news.example/a',
    filler: 3,
    entities: [{ name: 'Hakan Fidan', role: 'Foreign Minister', says: ['We want the war to end'] }],
  });

  it('keeps the sentences a role, fact or quote cites, with their ids, and drops the rest', () => {
    const trimmed = trimStory(story);
    expect(story.article.sentences).toHaveLength(7);
    expect(trimmed.article.sentences.map((s) => s.id)).toEqual(['s1', 's5', 's6']);
    expect(trimmed.article.sentences.map((s) => s.text)).toEqual([
      'Delegations met in the morning.',
      'Foreign Minister Hakan Fidan arrived on Tuesday.',
      '“We want the war to end,” Hakan Fidan said.',
    ]);
    expect(trimmed.entities[0]?.role?.sources).toEqual(['s5']);
    expect(trimmed.quotes[0]?.sources).toEqual(['s6']);
  });

  it('keeps the first summary sentence when nothing cites the summary, so the story stays valid', () => {
    expect(trimStory(story).article.summary).toEqual(['s1']);
    expect(problemsOf(trimStory(story))).toEqual([]);
  });

  it('keeps the summary sentences that are cited, not the first line, when some are', () => {
    const cited: Story = { ...story, article: { ...story.article, summary: ['s2', 's5', 's6'] } };
    expect(trimStory(cited).article.summary).toEqual(['s5', 's6']);
    expect(trimStory(cited).article.sentences.map((s) => s.id)).toEqual(['s5', 's6']);
  });

  it('keeps a curated story valid: positions, events and figures keep their sentences', () => {
    const seed = validateStories([{ file: seedStoryFile, data: readStoryJson(seedStoryFile) }]).stories[0] as Story;
    const trimmed = trimStory(seed);
    expect(problemsOf(trimmed)).toEqual([]);
    expect(trimmed.article.sentences.length).toBeLessThanOrEqual(seed.article.sentences.length);
  });

  it('is valid for every synthetic article, and trimming twice changes nothing', () => {
    for (const { story: synthetic } of syntheticReading({ count: 150, seed: 7 })) {
      const trimmed = trimStory(synthetic);
      expect(problemsOf(trimmed)).toEqual([]);
      expect(trimStory(trimmed)).toEqual(trimmed);
    }
  });
});
