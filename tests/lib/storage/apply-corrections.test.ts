import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import { foldKey } from '../../../lib/matching/text-fold';
import { applyCorrections, correctedCatalog, correctedIndex } from '../../../lib/storage/apply-corrections';
import { type Correction, correctionsFor } from '../../../lib/storage/corrections';
import { indexWithArticle } from '../../../lib/story/story-index';
import { buildCatalog, withArticle } from '../../../lib/story/story-model';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';

/** The card test story plus a second entity that shares the alias "Medinsky" (gated). */
const curated: Story = {
  ...cardTestStory,
  entities: [
    ...cardTestStory.entities,
    {
      id: 'other-medinsky',
      type: 'person',
      name: 'Anna Medinsky',
      aliases: [{ text: 'Anna Medinsky' }, { text: 'Medinsky', requiresContext: true }],
      description: 'A namesake.',
      side: 'other',
      facts: [],
      relations: [],
    },
  ],
};

/** A stored correction, folded as lib/storage/corrections.ts folds it. */
function correction(over: Partial<Omit<Correction, 'folded'>>): Correction {
  const text = over.text ?? 'Medinsky';
  return {
    id: `c-${text}-${over.kind ?? 'not-a-name'}`,
    kind: 'not-a-name',
    entityId: 'vladimir-medinsky',
    entityName: 'Vladimir Medinsky',
    scope: 'everywhere',
    site: 'news.example',
    createdAt: '2026-03-14T10:00:00.000Z',
    ...over,
    text,
    folded: foldKey(text),
  };
}

/** Every alias text of `entityId`, across the stories that tell it. */
function aliasesOf(stories: readonly Story[], entityId: string): string[] {
  return stories.flatMap((s) =>
    s.entities.filter((e) => e.id === entityId).flatMap((e) => e.aliases.map((a) => a.text)),
  );
}

describe('applying corrections to stories', () => {
  it('takes a "not a name" text out of every entity of every story, curated and article', () => {
    const corrected = applyCorrections([curated, articleTestStory], [correction({ text: 'Vladimir Medinsky' })]);
    expect(aliasesOf(corrected, 'vladimir-medinsky')).toEqual(['Medinsky', 'Мединский']);
    const article = corrected[1];
    expect(article?.entities.find((e) => e.id === 'vladimir-medinsky')?.aliases).toEqual([]);
    // The entity stays (its card and relations still name it).
    expect(article?.entities.map((e) => e.id)).toEqual(articleTestStory.entities.map((e) => e.id));
  });

  it('removes a "not a name" text from every entity that has it, not only the one on the card', () => {
    const corrected = applyCorrections([curated], [correction({})]);
    expect(aliasesOf(corrected, 'vladimir-medinsky')).toEqual(['Vladimir Medinsky', 'Мединский']);
    expect(aliasesOf(corrected, 'other-medinsky')).toEqual(['Anna Medinsky']);
  });

  it('removes a "wrong person" text from that entity only', () => {
    const corrected = applyCorrections([curated], [correction({ kind: 'wrong-person' })]);
    expect(aliasesOf(corrected, 'vladimir-medinsky')).toEqual(['Vladimir Medinsky', 'Мединский']);
    expect(aliasesOf(corrected, 'other-medinsky')).toEqual(['Anna Medinsky', 'Medinsky']);
  });

  it('applies every "wrong person" correction made on one entity, not only the last', () => {
    const corrected = applyCorrections(
      [curated],
      [correction({ kind: 'wrong-person' }), correction({ kind: 'wrong-person', text: 'Vladimir Medinsky' })],
    );
    expect(aliasesOf(corrected, 'vladimir-medinsky')).toEqual(['Мединский']);
  });

  it('takes out a declined alias when the corrected text is one of its case forms', () => {
    const corrected = applyCorrections([curated], [correction({ text: 'Мединским', kind: 'wrong-person' })]);
    expect(aliasesOf(corrected, 'vladimir-medinsky')).toEqual(['Vladimir Medinsky', 'Medinsky']);
    // A text that only begins like a form takes nothing out.
    const untouched = applyCorrections([curated], [correction({ text: 'Мединскими' })]);
    expect(aliasesOf(untouched, 'vladimir-medinsky')).toContain('Мединский');
  });

  it('compares folded text: case and accents as printed do not matter', () => {
    const corrected = applyCorrections([articleTestStory], [correction({ text: 'FIDÁN' })]);
    expect(aliasesOf(corrected, 'hakan-fidan')).toEqual(['Hakan Fidan']);
  });

  it('applies a "not a name" made on one site there only, and one made everywhere on every site', () => {
    const onOneSite = correction({ scope: 'site', site: 'news.example' });
    const here = applyCorrections([curated], correctionsFor([onOneSite], 'news.example'));
    const elsewhere = applyCorrections([curated], correctionsFor([onOneSite], 'other.example'));
    expect(aliasesOf(here, 'vladimir-medinsky')).not.toContain('Medinsky');
    expect(aliasesOf(elsewhere, 'vladimir-medinsky')).toContain('Medinsky');

    const everywhere = correction({ scope: 'everywhere', site: 'news.example' });
    const anywhere = applyCorrections([curated], correctionsFor([everywhere], 'other.example'));
    expect(aliasesOf(anywhere, 'vladimir-medinsky')).not.toContain('Medinsky');
  });

  it('returns the stories untouched (the same objects) when no correction concerns them', () => {
    const stories = [curated, articleTestStory];
    expect(applyCorrections(stories, [])).toEqual(stories);
    const corrected = applyCorrections(stories, [correction({ text: 'Hakan Fidan' })]);
    expect(corrected[0]).toBe(curated);
    expect(corrected[1]).not.toBe(articleTestStory);
    expect(articleTestStory.entities[0]?.aliases.map((a) => a.text)).toEqual(['Hakan Fidan', 'Fidan']);
  });

  it('builds the page’s catalog with the corrections applied to the article’s story too', () => {
    const catalog = correctedCatalog(
      [curated],
      [correction({ kind: 'wrong-person', entityId: 'hakan-fidan', text: 'Fidan' })],
      articleTestStory,
    );
    const fidan = catalog.aliases.filter((a) => a.entityId === 'hakan-fidan').map((a) => a.text);
    expect(fidan).toEqual(['Hakan Fidan']);
    expect(catalog.storyById.has(articleTestStory.id)).toBe(true);
  });

  it('builds it once, as the catalog with the article’s story in place of an earlier one', () => {
    const earlier: Story = { ...articleTestStory, id: 'earlier-article' };
    const corrections = [correction({ text: 'Hakan Fidan' })];
    const built: (readonly Story[])[] = [];
    const catalog = correctedCatalog([curated, earlier], corrections, articleTestStory, (stories) => {
      built.push(stories);
      return buildCatalog(stories);
    });
    const [correctedArticle] = applyCorrections([articleTestStory], corrections);
    expect(catalog).toEqual(
      withArticle(buildCatalog(applyCorrections([curated, earlier], corrections)), correctedArticle),
    );
    expect(built).toHaveLength(1);
    expect(correctedCatalog([curated, earlier], corrections)).toEqual(
      buildCatalog(applyCorrections([curated, earlier], corrections)),
    );
  });

  it('gives the panels the same stories and corrections, the article’s in place of an earlier one', () => {
    const earlier: Story = { ...articleTestStory, id: 'earlier-article' };
    const corrections = [correction({ kind: 'wrong-person', entityId: 'hakan-fidan', text: 'Fidan' })];
    const index = correctedIndex([curated, earlier], corrections, articleTestStory);
    const [correctedArticle] = applyCorrections([articleTestStory], corrections);
    expect(index).toEqual(indexWithArticle(applyCorrections([curated, earlier], corrections), correctedArticle));
    expect(index.stories.map((s) => s.id)).toEqual([curated.id, articleTestStory.id]);
    expect(aliasesOf(index.stories, 'hakan-fidan')).toEqual(['Hakan Fidan']);
    expect(correctedIndex([curated, earlier], corrections).stories.map((s) => s.id)).toEqual([curated.id, earlier.id]);
  });
});
