import { beforeEach, describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { statementSourcer } from '../../../lib/story/statement-source';

const story = bundledStories[0];
if (!story) throw new Error('no bundled story');

describe('statementSourcer', () => {
  // Made in each test, not as the file loads, so that a mutation run can judge the lookups.
  let sourceOf: ReturnType<typeof statementSourcer>;
  beforeEach(() => {
    sourceOf = statementSourcer(story, 'en-GB');
  });

  it('resolves article sources to the cited sentences, in citation order', () => {
    const [first, second] = story.article.sentences;
    if (!first || !second) throw new Error('seed story too short');
    expect(sourceOf({ sources: [second.id, first.id] })).toEqual({
      kind: 'article',
      sentences: [
        { id: second.id, text: second.text },
        { id: first.id, text: first.text },
      ],
      publisher: story.article.source,
    });
  });

  it('resolves background to its named reference with a readable as-of date', () => {
    const reference = story.references[0];
    if (!reference) throw new Error('seed story has no references');
    expect(sourceOf({ background: { reference: reference.id, asOf: '2025-05-16' } })).toEqual({
      kind: 'background',
      referenceTitle: reference.title,
      publisher: reference.publisher,
      asOf: '2025-05-16',
      asOfLabel: '16 May 2025',
    });
  });

  it('names a reference the story does not list by its id, with no publisher', () => {
    expect(sourceOf({ background: { reference: 'lost-reference', asOf: '2014' } })).toEqual({
      kind: 'background',
      referenceTitle: 'lost-reference',
      publisher: '',
      asOf: '2014',
      asOfLabel: '2014',
    });
  });

  it('cites no sentence for a statement without sources, and skips a sentence the article lacks', () => {
    const [first] = story.article.sentences;
    if (!first) throw new Error('seed story too short');
    expect(sourceOf({})).toEqual({ kind: 'article', sentences: [], publisher: story.article.source });
    expect(sourceOf({ sources: ['no-such-sentence', first.id] })).toEqual({
      kind: 'article',
      sentences: [{ id: first.id, text: first.text }],
      publisher: story.article.source,
    });
  });
});
