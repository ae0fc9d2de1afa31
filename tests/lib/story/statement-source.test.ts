import { describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { statementSourcer } from '../../../lib/story/statement-source';

const story = bundledStories[0];
if (!story) throw new Error('no bundled story');
const sourceOf = statementSourcer(story, 'en-GB');

describe('statementSourcer', () => {
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
});
