import { describe, expect, it } from 'vitest';
import { withCuratedAliases } from '../../../../lib/storage/reading-archive/curated-aliases';
import { buildCatalog } from '../../../../lib/story/story-model';
import { articleTestStory } from '../../../helpers/article-test-story';
import { cardTestStory } from '../../../helpers/card-test-story';

describe('withCuratedAliases', () => {
  const catalog = buildCatalog([cardTestStory]);
  const curated = cardTestStory.entities.find((e) => e.id === 'vladimir-medinsky');

  it('gives an article’s curated entity the curated spellings, gated ones left out', () => {
    const kept = withCuratedAliases(articleTestStory, catalog);
    const medinsky = kept.entities.find((e) => e.id === 'vladimir-medinsky');
    const texts = medinsky?.aliases.map((a) => a.text) ?? [];
    for (const alias of curated?.aliases ?? []) {
      if (alias.requiresContext) expect(texts).not.toContain(alias.text);
      else expect(texts).toContain(alias.text);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('leaves entities no curated story knows, and the story itself when nothing is added', () => {
    const kept = withCuratedAliases(articleTestStory, catalog);
    expect(kept.entities.find((e) => e.id === 'hakan-fidan')).toBe(
      articleTestStory.entities.find((e) => e.id === 'hakan-fidan'),
    );
    expect(withCuratedAliases(articleTestStory, buildCatalog([articleTestStory]))).toBe(articleTestStory);
  });
});
