import { describe, expect, it } from 'vitest';
import { validateStories } from '../../../data/validate';
import type { ExtractedArticle } from '../../../lib/extraction/extract-article';
import {
  articleStoryId,
  type CuratedName,
  roleAsWritten,
  storyFromArticle,
} from '../../../lib/extraction/story-from-article';

const page = { url: 'https://news.example/talks', source: 'Example News', date: '2025-05-16' };

const article: ExtractedArticle = {
  language: 'en',
  sentences: [
    { id: 's1', text: 'Turkey’s Foreign Minister Hakan Fidan opened the talks.', paragraph: 0 },
    { id: 's2', text: 'Fidan later met Vladimir Putin.', paragraph: 1 },
    { id: 's3', text: '“We want peace,” Fidan said.', paragraph: 2 },
    { id: 's4', text: '“Nothing is agreed,” a source said.', paragraph: 3 },
  ],
  entities: [
    {
      id: 'hakan-fidan',
      kind: 'person',
      name: 'Hakan Fidan',
      forms: ['Fidan'],
      role: { text: 'Foreign Minister', sentence: 's1' },
      affiliation: { text: 'Turkey', sentence: 's1' },
      introducedIn: 's1',
      sentences: ['s1', 's2', 's3'],
    },
    {
      id: 'vladimir-putin',
      kind: 'person',
      name: 'Vladimir Putin',
      forms: [],
      introducedIn: 's2',
      sentences: ['s2'],
    },
  ],
  quotes: [
    { id: 'q1', text: 'We want peace', sentence: 's3', speaker: 'hakan-fidan' },
    { id: 'q2', text: 'Nothing is agreed', sentence: 's4' },
  ],
};

describe('an extracted article as a story', () => {
  const story = storyFromArticle(article, page);

  it('is a valid story read from this article, its sentences the article’s', () => {
    expect(story?.origin).toBe('article');
    expect(story?.article.sentences.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(validateStories([{ file: 'article', data: story }]).problems).toEqual([]);
  });

  it('leaves out a name the alias rules refuse, which would mark every such letter on the page', () => {
    const withI: ExtractedArticle = {
      ...article,
      entities: [
        ...article.entities,
        { id: 'i', kind: 'person', name: 'I', forms: [], introducedIn: 's4', sentences: ['s4'] },
        { id: 'the-x', kind: 'organisation', name: 'X', forms: ['X Corp'], introducedIn: 's4', sentences: ['s4'] },
      ],
      quotes: [...article.quotes, { id: 'q3', text: 'Nothing is agreed', sentence: 's4', speaker: 'i' }],
    };
    const read = storyFromArticle(withI, page);
    expect(read?.entities.map((e) => e.id)).toEqual(['hakan-fidan', 'vladimir-putin', 'the-x']);
    expect(read?.entities.find((e) => e.id === 'the-x')?.aliases).toEqual([{ text: 'X Corp' }]);
    expect(read?.quotes.find((q) => q.id === 'q3')?.speaker).toBeUndefined();
    expect(validateStories([{ file: 'article', data: read }]).problems).toEqual([]);
  });

  it('gives the role as written, sourced to the sentence that states it', () => {
    const fidan = story?.entities.find((e) => e.id === 'hakan-fidan');
    expect(fidan?.role).toEqual({ text: 'Turkey’s Foreign Minister', sources: ['s1'] });
    expect(fidan?.description).toBe('Turkey’s Foreign Minister Hakan Fidan opened the talks.');
  });

  it('states no role where the article states none', () => {
    expect(story?.entities.find((e) => e.id === 'vladimir-putin')?.role).toBeUndefined();
  });

  it('never makes a first name alone an alias', () => {
    const fidan = story?.entities.find((e) => e.id === 'hakan-fidan');
    expect(fidan?.aliases.map((a) => a.text)).toEqual(['Hakan Fidan', 'Fidan']);
    expect(fidan?.givenNames).toEqual(['Hakan']);
  });

  it('matches an acronym letter for letter, so that “IT” never marks “It”', () => {
    const it_ = storyFromArticle(
      {
        ...article,
        entities: [
          { id: 'it', kind: 'organisation', name: 'IT', forms: [], introducedIn: 's1', sentences: ['s1'] },
          { id: 'u-s', kind: 'place', name: 'U.S.', forms: [], introducedIn: 's1', sentences: ['s1'] },
        ],
      },
      page,
    );
    expect(it_?.entities.map((e) => e.aliases)).toEqual([
      [{ text: 'IT', case: 'exact' }],
      [{ text: 'U.S.', case: 'exact' }],
    ]);
    expect(story?.entities[0]?.aliases.every((a) => a.case === undefined)).toBe(true);
  });

  it('keeps a quote without a named speaker unattributed', () => {
    expect(story?.quotes).toEqual([
      { id: 'q1', text: 'We want peace', sources: ['s3'], speaker: 'hakan-fidan' },
      { id: 'q2', text: 'Nothing is agreed', sources: ['s4'] },
    ]);
  });

  it('uses a curated entity’s id for a name the curated stories know, of the same kind', () => {
    const curated = new Map<string, CuratedName>([['putin', { entityId: 'putin-curated', type: 'person' }]]);
    const linked = storyFromArticle(
      {
        ...article,
        entities: article.entities.map((e) => (e.id === 'vladimir-putin' ? { ...e, forms: ['Putin'] } : e)),
      },
      page,
      curated,
    );
    expect(linked?.entities.map((e) => e.id)).toEqual(['hakan-fidan', 'putin-curated']);
    const place = new Map<string, CuratedName>([['putin', { entityId: 'putin-town', type: 'place' }]]);
    expect(
      storyFromArticle(
        {
          ...article,
          entities: [{ ...(article.entities[1] as ExtractedArticle['entities'][number]), forms: ['Putin'] }],
        },
        page,
        place,
      )?.entities[0]?.id,
    ).toBe('vladimir-putin');
  });

  it('is one story per page address', () => {
    expect(articleStoryId(page.url)).toBe(articleStoryId('https://news.example/talks'));
    expect(articleStoryId(page.url)).not.toBe(articleStoryId('https://news.example/other'));
    expect(articleStoryId(page.url)).toMatch(/^article-[0-9a-f]{8}$/);
  });

  it('makes no story of an article with no sentences', () => {
    expect(storyFromArticle({ language: 'en', sentences: [], entities: [], quotes: [] }, page)).toBeUndefined();
  });
});

describe('a role as written', () => {
  it('puts the affiliation before the title unless the title already names it', () => {
    expect(
      roleAsWritten({
        role: { text: 'chief aide', sentence: 's1' },
        affiliation: { text: 'Zelensky', sentence: 's1' },
      }),
    ).toBe('Zelensky’s chief aide');
    expect(
      roleAsWritten({
        role: { text: 'Kremlin spokesman', sentence: 's1' },
        affiliation: { text: 'Kremlin', sentence: 's1' },
      }),
    ).toBe('Kremlin spokesman');
    expect(roleAsWritten({})).toBeUndefined();
  });
});
