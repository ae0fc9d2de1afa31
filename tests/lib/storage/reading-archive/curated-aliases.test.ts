import { describe, expect, it } from 'vitest';
import type { Alias, Story } from '../../../../data/schema';
import { withCuratedAliases } from '../../../../lib/storage/reading-archive/curated-aliases';
import { buildCatalog } from '../../../../lib/story/story-model';
import { articleTestStory } from '../../../helpers/article-test-story';
import { cardTestStory } from '../../../helpers/card-test-story';

/** The story with Vladimir Medinsky's aliases replaced (the id both test stories give him). */
function withMedinskyAliases(story: Story, aliases: Alias[], id = story.id): Story {
  return {
    ...story,
    id,
    entities: story.entities.map((e) => (e.id === 'vladimir-medinsky' ? { ...e, aliases } : e)),
  };
}

function medinskyAliases(story: Story): Alias[] | undefined {
  return story.entities.find((e) => e.id === 'vladimir-medinsky')?.aliases;
}

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

  it('adds each missing curated spelling once, after the article’s own, keeping an exact-case rule', () => {
    const gatedAndExact = withMedinskyAliases(cardTestStory, [
      { text: 'Vladimir Medinsky' },
      { text: 'Medinsky' },
      { text: 'VRM', case: 'exact' },
      { text: 'Vladimir', requiresContext: true },
      { text: 'Мединский', lang: 'ru' },
    ]);
    const kept = withCuratedAliases(articleTestStory, buildCatalog([gatedAndExact]));
    expect(medinskyAliases(kept)).toEqual([
      { text: 'Vladimir Medinsky' },
      { text: 'Medinsky' },
      { text: 'VRM', case: 'exact' },
      { text: 'Мединский' },
    ]);
  });

  it('leaves entities no curated story knows, and the story itself when nothing is added', () => {
    const kept = withCuratedAliases(articleTestStory, catalog);
    expect(kept.entities.find((e) => e.id === 'hakan-fidan')).toBe(
      articleTestStory.entities.find((e) => e.id === 'hakan-fidan'),
    );
    expect(withCuratedAliases(articleTestStory, buildCatalog([articleTestStory]))).toBe(articleTestStory);
  });

  it('does not take spellings another article gave the entity', () => {
    const earlierArticle = withMedinskyAliases(
      articleTestStory,
      [{ text: 'Vladimir Medinsky' }, { text: 'Medinsky' }],
      'article-earlier',
    );
    expect(withCuratedAliases(articleTestStory, buildCatalog([earlierArticle]))).toBe(articleTestStory);
  });

  it('still counts an entity as curated when an earlier article names it too', () => {
    const earlierArticle = withMedinskyAliases(articleTestStory, [{ text: 'Vladimir Medinsky' }], 'article-earlier');
    const kept = withCuratedAliases(articleTestStory, buildCatalog([earlierArticle, cardTestStory]));
    expect(medinskyAliases(kept)?.map((a) => a.text)).toContain('Medinsky');
  });

  it('keeps the story as it is when its curated entity already has every curated spelling', () => {
    const complete = withMedinskyAliases(
      articleTestStory,
      (curated?.aliases ?? []).map(({ text }) => ({ text })),
    );
    expect(withCuratedAliases(complete, catalog)).toBe(complete);
  });
});
