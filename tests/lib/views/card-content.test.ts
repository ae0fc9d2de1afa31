import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type Entity, type Story, StorySchema } from '../../../data/schema';
import seedStory from '../../../data/stories/istanbul-talks-2025.json';
import { buildCatalog } from '../../../lib/story/story-model';
import { cardContent } from '../../../lib/views/card-content';
import alaskaStory from '../../fixtures/stories/alaska-summit-2025.json';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';

const catalog = buildCatalog([cardTestStory]);
const seed = buildCatalog([v.parse(StorySchema, seedStory)]);
/** Putin and Trump are in both stories, each told differently. */
const twoStories = buildCatalog([v.parse(StorySchema, seedStory), v.parse(StorySchema, alaskaStory)]);

describe('card content', () => {
  it('gives a person’s name, type, role, side and description', () => {
    const card = cardContent(catalog, 'vladimir-medinsky', 'test-talks', 'en-GB');
    expect(card).toMatchObject({
      name: 'Vladimir Medinsky',
      typeLabel: 'Person',
      sideLabel: 'Russia',
      side: 'russia',
      description: 'Kremlin aide and former culture minister who leads Russia’s team.',
      storyDateLabel: '16 May 2025',
    });
    expect(card?.role?.text).toBe('Head of the Russian delegation');
  });

  it('cites each article fact with the text of its sentence', () => {
    const card = cardContent(catalog, 'vladimir-medinsky', 'test-talks', 'en-GB');
    const fact = card?.facts[0];
    expect(fact?.text).toBe('Led the failed 2022 negotiations.');
    expect(fact?.source).toEqual({
      kind: 'article',
      publisher: 'AFP',
      sentences: [{ id: 's4', text: 'Medinsky led the failed 2022 negotiations at the start of the invasion.' }],
    });
  });

  it('labels a background fact with its reference title and as-of date', () => {
    const card = cardContent(catalog, 'vladimir-medinsky', 'test-talks', 'en-GB');
    expect(card?.facts[1]?.source).toEqual({
      kind: 'background',
      referenceTitle: 'Vladimir Medinsky, Aide to the President',
      publisher: 'Kremlin.ru',
      asOf: '2020-01-21',
      asOfLabel: '21 January 2020',
    });
  });

  it('features the fullest quote when an entity has several', () => {
    expect(cardContent(catalog, 'vladimir-medinsky', undefined, 'en-GB')?.quote?.id).toBe('medinsky-points-of-contact');
    expect(cardContent(catalog, 'volodymyr-zelensky', undefined, 'en-GB')?.quote).toBeUndefined();
  });

  it('includes the entity’s own quotes with their context, and nobody else’s', () => {
    expect(cardContent(catalog, 'vladimir-medinsky', undefined, 'en-GB')?.quotes).toEqual([
      expect.objectContaining({
        text: 'find possible solutions and points of contact.',
        context: 'On the eve of the talks, Thursday',
      }),
    ]);
    expect(cardContent(catalog, 'volodymyr-zelensky', undefined, 'en-GB')?.quotes).toEqual([]);
  });

  it('resolves relations to the related entity’s name', () => {
    expect(cardContent(catalog, 'vladimir-medinsky', undefined, 'en-GB')?.relations).toEqual([
      expect.objectContaining({ label: 'was sent by', targetId: 'vladimir-putin', targetName: 'Vladimir Putin' }),
    ]);
  });

  it('lists Cyrillic spellings with their language, and none for an entity without them', () => {
    expect(cardContent(catalog, 'volodymyr-zelensky', undefined, 'en-GB')?.cyrillicAliases).toEqual([
      { text: 'Зеленський', lang: 'uk' },
      { text: 'Зеленский', lang: 'ru' },
    ]);
    expect(cardContent(catalog, 'istanbul', undefined, 'en-GB')?.cyrillicAliases).toEqual([]);
  });

  it('falls back to the first story that features the entity when the page’s story does not', () => {
    expect(cardContent(catalog, 'istanbul', 'some-other-story', 'en-GB')?.storyId).toBe('test-talks');
  });

  it('returns nothing for an entity the catalog does not know', () => {
    expect(cardContent(catalog, 'nobody', undefined, 'en-GB')).toBeUndefined();
  });
});

describe('card content from the seed story (Istanbul talks, May 2025)', () => {
  it('tells who Medinsky is in this story, with a background fact kept apart from the article', () => {
    const card = cardContent(seed, 'vladimir-medinsky', 'istanbul-talks-2025', 'en-GB');
    expect(card?.name).toBe('Vladimir Medinsky');
    expect(card?.role?.text).toBe('Head of the Russian delegation');
    expect(card?.storyDateLabel).toBe('16 May 2025');
    const background = card?.facts.filter((f) => f.source.kind === 'background') ?? [];
    expect(background.length).toBeGreaterThan(0);
    for (const fact of card?.facts ?? []) {
      if (fact.source.kind === 'article') {
        expect(fact.source.sentences.length).toBeGreaterThan(0);
        expect(fact.source.publisher).toBe('Verily News');
      } else {
        expect(fact.source.referenceTitle).not.toBe('');
        expect(fact.source.asOfLabel).toMatch(/\d{4}/);
      }
    }
  });

  it('shows Medinsky’s fullest quote, found verbatim in its cited sentence', () => {
    const card = cardContent(seed, 'vladimir-medinsky', 'istanbul-talks-2025', 'en-GB');
    expect(card?.quote?.text).toBe('find possible solutions and points of contact');
    const source = card?.quote?.source;
    expect(source?.kind === 'article' && source.sentences[0]?.text).toContain(card?.quote?.text);
  });

  it('gives Zelensky’s fullest Ukrainian and Russian spellings, once each', () => {
    expect(cardContent(seed, 'volodymyr-zelensky', undefined, 'en-GB')?.cyrillicAliases).toEqual([
      { text: 'Володимир Зеленський', lang: 'uk' },
      { text: 'Владимир Зеленский', lang: 'ru' },
    ]);
    // Дональд Трамп is spelled the same in both languages: listed once.
    expect(cardContent(seed, 'donald-trump', undefined, 'en-GB')?.cyrillicAliases.map((a) => a.text)).toEqual([
      'Дональд Трамп',
    ]);
  });

  it('resolves every relation in the seed story to a named entity', () => {
    const relations = [...seed.entities.keys()].flatMap(
      (id) => cardContent(seed, id, undefined, 'en-GB')?.relations ?? [],
    );
    // A seed without relations would pass the loop below while checking nothing.
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) {
      expect(relation.targetName).toBe(seed.entities.get(relation.targetId)?.name);
    }
  });
});

describe('card content for an entity in two curated stories', () => {
  it('is told from the page’s story, whichever of the two it is', () => {
    const onAlaskaPage = cardContent(twoStories, 'vladimir-putin', 'alaska-summit-2025', 'en-GB');
    expect(onAlaskaPage?.storyId).toBe('alaska-summit-2025');
    expect(onAlaskaPage?.role?.text).toBe('President of Russia, visiting the United States');
    const onIstanbulPage = cardContent(twoStories, 'vladimir-putin', 'istanbul-talks-2025', 'en-GB');
    expect(onIstanbulPage?.storyId).toBe('istanbul-talks-2025');
    expect(onIstanbulPage?.role?.text).toBe('President of Russia');
  });

  it('quotes and cites only the page’s story', () => {
    const card = cardContent(twoStories, 'donald-trump', 'alaska-summit-2025', 'en-GB');
    expect(card?.quote?.text).toBe('There’s no deal until there’s a deal');
    expect(card?.facts.map((fact) => fact.text)).toEqual([
      'Called the meeting “extremely productive” but said there was no deal yet.',
    ]);
  });
});

describe('card content with a story read from the page’s article', () => {
  const withArticle = buildCatalog([cardTestStory, articleTestStory]);

  it('tells a person no curated story knows from the article, saying so', () => {
    const card = cardContent(withArticle, 'hakan-fidan', articleTestStory.id, 'en-GB');
    expect(card?.origin).toBe('article');
    expect(card?.role?.text).toBe('Turkey’s Foreign Minister');
    expect(card?.description).toBe('Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.');
    expect(card?.quote?.text).toBe('We want the war to end');
  });

  it('does not repeat the introducing sentence among the article’s other lines', () => {
    const card = cardContent(withArticle, 'hakan-fidan', articleTestStory.id, 'en-GB');
    expect(card?.facts.map((f) => f.text)).toEqual([
      'Fidan sat between the two delegations.',
      '“We want the war to end,” Fidan said.',
    ]);
  });

  it('lets the curated card win for a curated entity, adding what this article says', () => {
    const card = cardContent(withArticle, 'vladimir-medinsky', articleTestStory.id, 'en-GB');
    expect(card?.origin).toBe('curated');
    expect(card?.storyId).toBe('test-talks');
    expect(card?.role?.text).toBe('Head of the Russian delegation');
    expect(card?.inThisArticle.map((line) => line.text)).toEqual(['Vladimir Medinsky led the Russian side.']);
  });

  it('adds nothing from an article to a curated card when there is none', () => {
    expect(cardContent(catalog, 'vladimir-medinsky', 'test-talks', 'en-GB')?.inThisArticle).toEqual([]);
  });
});

describe('card content for a generic name on a page that is not about its curated story', () => {
  // Istanbul marked generic in the curated story, and named by the page's article too.
  const genericIstanbul = {
    ...cardTestStory,
    entities: cardTestStory.entities.map((e) => (e.id === 'istanbul' ? { ...e, generic: true } : e)),
  };
  const articleNamingIstanbul = {
    ...articleTestStory,
    entities: [
      ...articleTestStory.entities,
      {
        id: 'istanbul',
        type: 'place' as const,
        name: 'Istanbul',
        aliases: [{ text: 'Istanbul' }],
        description: 'Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.',
        side: 'other' as const,
        facts: [{ text: 'Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.', sources: ['s1'] }],
        relations: [],
      },
    ],
  };
  const both = buildCatalog([genericIstanbul, articleNamingIstanbul]);

  it('is told from the page’s article, not from the curated story’s context', () => {
    expect(cardContent(both, 'istanbul', articleTestStory.id, 'en-GB')?.origin).toBe('article');
  });

  it('is told from the curated story on a page about that story', () => {
    expect(cardContent(both, 'istanbul', 'test-talks', 'en-GB')?.origin).toBe('curated');
  });

  it('still lets a curated person win on a page that is not about the story', () => {
    expect(cardContent(both, 'vladimir-medinsky', articleTestStory.id, 'en-GB')?.origin).toBe('curated');
  });
});

describe('card content, line by line', () => {
  /** The card test story with Medinsky's quotes, facts, relations and spellings as a test needs them. */
  function storyWithMedinsky(change: (medinsky: Entity) => Partial<Entity>, quotes?: Story['quotes']): Story {
    return {
      ...cardTestStory,
      ...(quotes ? { quotes } : {}),
      entities: cardTestStory.entities.map((e) => (e.id === 'vladimir-medinsky' ? { ...e, ...change(e) } : e)),
    };
  }
  const card = (story: Story, entityId = 'vladimir-medinsky') =>
    cardContent(buildCatalog([story]), entityId, story.id, 'en-GB');

  it('features the first of two equally full quotes, and gives a quote no context it lacks', () => {
    const story = storyWithMedinsky(
      () => ({}),
      [
        { id: 'first', speaker: 'vladimir-medinsky', text: 'find possible solutions', sources: ['s3'] },
        { id: 'second', speaker: 'vladimir-medinsky', text: 'and points of contact.!', sources: ['s3'] },
      ],
    );
    const shown = card(story);
    expect(shown?.quote?.id).toBe('first');
    expect(shown?.quotes[0]).toStrictEqual({
      id: 'first',
      text: 'find possible solutions',
      source: {
        kind: 'article',
        publisher: 'AFP',
        sentences: [{ id: 's3', text: cardTestStory.article.sentences[2]?.text }],
      },
    });
  });

  it('keeps a curated fact that repeats the description: an editor wrote both', () => {
    const story = storyWithMedinsky((m) => ({ facts: [{ text: m.description, sources: ['s2'] }] }));
    expect(card(story)?.facts.map((f) => f.text)).toEqual([
      'Kremlin aide and former culture minister who leads Russia’s team.',
    ]);
  });

  it('leaves out a relation to an entity no story holds', () => {
    const story = storyWithMedinsky((m) => ({
      relations: [...m.relations, { label: 'advises', target: 'someone-unknown', sources: ['s2'] }],
    }));
    expect(card(story)?.relations.map((r) => r.targetId)).toEqual(['vladimir-putin']);
  });

  it('shows the fullest Cyrillic spelling per language, the first of two as full, and one without a language as it is', () => {
    const story = storyWithMedinsky(() => ({
      aliases: [
        { text: 'Medinsky' },
        { text: 'Мединский', lang: 'ru' },
        { text: 'Мєдинський', lang: 'uk' },
        { text: 'Мединськии', lang: 'uk' },
        { text: 'Мединскии' },
        { text: 'В. Мединский' },
      ],
    }));
    expect(card(story)?.cyrillicAliases).toStrictEqual([
      { text: 'Мединский', lang: 'ru' },
      { text: 'Мєдинський', lang: 'uk' },
      { text: 'В. Мединский' },
    ]);
  });

  it('adds at most three sentences of the page’s article to a curated card', () => {
    const article: Story = {
      ...articleTestStory,
      entities: articleTestStory.entities.map((e) =>
        e.id === 'vladimir-medinsky'
          ? {
              ...e,
              facts: ['s1', 's2', 's3', 's4'].map((id) => ({
                text: articleTestStory.article.sentences.find((s) => s.id === id)?.text ?? '',
                sources: [id],
              })),
            }
          : e,
      ),
    };
    const shown = cardContent(buildCatalog([cardTestStory, article]), 'vladimir-medinsky', article.id, 'en-GB');
    expect(shown?.inThisArticle.map((line) => line.source)).toEqual(
      ['s1', 's2', 's3'].map((id) => expect.objectContaining({ sentences: [expect.objectContaining({ id })] })),
    );
  });

  it('adds nothing “in this article” to a card told by the article itself', () => {
    const shown = cardContent(buildCatalog([articleTestStory]), 'hakan-fidan', articleTestStory.id, 'en-GB');
    expect(shown?.origin).toBe('article');
    expect(shown?.inThisArticle).toEqual([]);
  });
});
