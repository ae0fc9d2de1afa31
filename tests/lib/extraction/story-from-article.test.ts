import { describe, expect, it } from 'vitest';
import { validateStories } from '../../../data/validate';
import type { ExtractedArticle } from '../../../lib/extraction/extract-article';
import {
  articleStoryId,
  type CuratedName,
  curatedNames,
  roleAsWritten,
  storyFromArticle,
} from '../../../lib/extraction/story-from-article';
import type { AliasEntry, CatalogEntity } from '../../../lib/story/story-model';

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

describe('the curated names an extracted name may be', () => {
  const entity = (id: string, type: CatalogEntity['type']): [string, CatalogEntity] => [
    id,
    { id, type, name: id, storyIds: ['a-story'], views: new Map() },
  ];
  const alias = (text: string, entityId: string, requiresContext = false): AliasEntry => ({
    text,
    entityId,
    case: 'proper',
    requiresContext,
    contextEntities: [entityId],
  });
  const names = curatedNames({
    entities: new Map([entity('putin', 'person'), entity('turkey', 'country'), entity('bruce-lee', 'person')]),
    aliases: [
      alias('Vladimir Putin', 'putin'),
      alias('PUTIN', 'putin'),
      alias('Türkiye', 'turkey'),
      alias('Putin', 'turkey'),
      alias('Bruce', 'bruce-lee', true),
      alias('Nobody Known', 'not-in-the-catalog'),
    ],
  });

  it('looks a name up by its folded text, the first entity to claim a spelling keeping it', () => {
    expect(names.get('putin')).toEqual({ entityId: 'putin', type: 'person' });
    expect(names.get('vladimir putin')).toEqual({ entityId: 'putin', type: 'person' });
    expect(names.get('turkiye')).toEqual({ entityId: 'turkey', type: 'country' });
  });

  it('leaves out a gated alias, which could be anyone, and an alias of no entity in the catalog', () => {
    expect([...names.keys()].sort()).toEqual(['putin', 'turkiye', 'vladimir putin']);
  });
});

describe('an extracted article as a story: headline, summary, ids and aliases', () => {
  const bare: ExtractedArticle = { ...article, entities: [], quotes: [] };
  const person = (id: string, name: string, forms: string[] = []): ExtractedArticle['entities'][number] => ({
    id,
    kind: 'person',
    name,
    forms,
    introducedIn: 's1',
    sentences: ['s1'],
  });

  it('takes the page’s headline, else the article’s, else its first sentence, each trimmed', () => {
    expect(storyFromArticle(bare, { ...page, headline: '  Talks open  ' })?.title).toBe('Talks open');
    expect(storyFromArticle({ ...bare, headline: ' Ankara hosts talks ' }, { ...page, headline: '  ' })?.title).toBe(
      'Ankara hosts talks',
    );
    const untitled = storyFromArticle({ ...bare, headline: '   ' }, page);
    expect(untitled?.title).toBe('Turkey’s Foreign Minister Hakan Fidan opened the talks.');
    expect(untitled?.article.headline).toBe(untitled?.title);
  });

  it('sums the article up by its first body sentence, never the headline read as s0', () => {
    const headed: ExtractedArticle = {
      ...bare,
      sentences: [{ id: 's0', text: 'Talks open in Ankara', paragraph: -1 }, ...article.sentences],
    };
    expect(storyFromArticle(headed, page)?.article.summary).toEqual(['s1']);
    const headlineOnly: ExtractedArticle = { ...bare, sentences: [{ id: 's0', text: 'Talks open', paragraph: -1 }] };
    expect(storyFromArticle(headlineOnly, page)?.article.summary).toEqual(['s0']);
  });

  it('makes one entity of two names read apart that are one curated entity, and gives it both’s quotes', () => {
    const curated = new Map<string, CuratedName>([
      ['zelensky', { entityId: 'zelensky', type: 'person' }],
      ['volodymyr zelensky', { entityId: 'zelensky', type: 'person' }],
    ]);
    const read = storyFromArticle(
      {
        ...bare,
        entities: [person('zelensky-1', 'Zelensky'), person('volodymyr-zelensky', 'Volodymyr Zelensky')],
        quotes: [
          { id: 'q1', text: 'We want peace', sentence: 's3', speaker: 'zelensky-1' },
          { id: 'q2', text: 'Nothing is agreed', sentence: 's4', speaker: 'volodymyr-zelensky' },
        ],
      },
      page,
      curated,
    );
    expect(read?.entities.map((e) => [e.id, e.name])).toEqual([['zelensky', 'Zelensky']]);
    expect(read?.quotes.map((q) => q.speaker)).toEqual(['zelensky', 'zelensky']);
  });

  it('links a place or an organisation to a curated country, and takes the curated kind', () => {
    const curated = new Map<string, CuratedName>([['turkiye', { entityId: 'turkey', type: 'country' }]]);
    for (const kind of ['place', 'organisation'] as const) {
      const read = storyFromArticle(
        { ...bare, entities: [{ ...person('ankara', 'Ankara', ['Türkiye']), kind }] },
        page,
        curated,
      );
      expect(read?.entities.map((e) => [e.id, e.type])).toEqual([['turkey', 'country']]);
    }
    const asPerson = storyFromArticle({ ...bare, entities: [person('turkiye', 'Türkiye')] }, page, curated);
    expect(asPerson?.entities.map((e) => [e.id, e.type])).toEqual([['turkiye', 'person']]);
  });

  it('cites at most four of an entity’s sentences as facts, the first four, with their text', () => {
    const sentences = ['s1', 's2', 's3', 's4', 's1'];
    const read = storyFromArticle({ ...bare, entities: [{ ...person('fidan', 'Hakan Fidan'), sentences }] }, page);
    expect(read?.entities[0]?.facts).toEqual(article.sentences.map((s) => ({ text: s.text, sources: [s.id] })));
  });

  it('keeps one alias per spelling however it is cased or accented, and a one-word name as its alias', () => {
    const read = storyFromArticle(
      { ...bare, entities: [person('erdogan', 'Erdoğan', ['ERDOGAN', 'Recep Erdoğan', 'recep erdogan'])] },
      page,
    );
    expect(read?.entities[0]?.aliases).toEqual([{ text: 'Erdoğan' }, { text: 'Recep Erdoğan' }]);
    expect(read?.entities[0]?.givenNames).toBeUndefined();
  });

  it('keeps the first word of an organisation’s name as an alias: only a person has a first name', () => {
    const read = storyFromArticle(
      { ...bare, entities: [{ ...person('apple-inc', 'Apple Inc', ['Apple']), kind: 'organisation' }] },
      page,
    );
    expect(read?.entities[0]?.aliases.map((a) => a.text)).toEqual(['Apple Inc', 'Apple']);
    expect(read?.entities[0]?.givenNames).toBeUndefined();
  });

  it('matches only capitals, digits and their joiners with two capitals or more letter for letter', () => {
    const aliasesOf = (name: string) =>
      storyFromArticle({ ...bare, entities: [{ ...person('x', name), kind: 'organisation' }] }, page)?.entities[0]
        ?.aliases;
    expect(aliasesOf('AT&T')).toEqual([{ text: 'AT&T', case: 'exact' }]);
    expect(aliasesOf('B-52')).toEqual([{ text: 'B-52' }]);
    expect(aliasesOf('G7')).toEqual([{ text: 'G7' }]);
    expect(aliasesOf('Nato')).toEqual([{ text: 'Nato' }]);
    expect(aliasesOf('NATO allies')).toEqual([{ text: 'NATO allies' }]);
    expect(aliasesOf('the UN')).toEqual([{ text: 'the UN' }]);
  });

  it('keeps the same id for a page address from one version to the next (FNV-1a), eight hex digits', () => {
    // Stories read earlier are stored under this id: a new hash would orphan them.
    expect(articleStoryId('')).toBe('article-811c9dc5');
    expect(articleStoryId('a')).toBe('article-e40c292c');
    expect(articleStoryId('foobar')).toBe('article-bf9cf968');
    expect(articleStoryId('https://news.example/0')).toBe('article-0f390ff6');
  });
});

describe('a role as written: when the title names its affiliation', () => {
  it('compares them folded, and gives the title alone when there is no affiliation', () => {
    const role = { text: 'Kremlin spokesman', sentence: 's1' };
    expect(roleAsWritten({ role, affiliation: { text: 'KREMLIN', sentence: 's1' } })).toBe('Kremlin spokesman');
    expect(roleAsWritten({ role })).toBe('Kremlin spokesman');
    expect(roleAsWritten({ affiliation: { text: 'Kremlin', sentence: 's1' } })).toBeUndefined();
  });
});

describe('an extracted article as a story: what each call makes of its entities', () => {
  // Each story is made inside its test, not once for the block: a story made while the file loads
  // is made before a mutation run switches its mutant on, and would test nothing.
  const person = (name: string, extra: Partial<ExtractedArticle['entities'][number]> = {}) => ({
    id: name.toLowerCase().replaceAll(' ', '-'),
    kind: 'person' as const,
    name,
    forms: [],
    introducedIn: 's1',
    sentences: ['s1'],
    ...extra,
  });
  const entityOf = (entity: ExtractedArticle['entities'][number]) =>
    storyFromArticle({ ...article, entities: [entity], quotes: [] }, page)?.entities[0];

  it('makes no story of an article with no sentences, whatever headline the page gives', () => {
    expect(
      storyFromArticle(
        { language: 'en', sentences: [], entities: [], quotes: [] },
        { ...page, headline: 'Talks open' },
      ),
    ).toBeUndefined();
  });

  it('gives a person of two words or more their first word as a given name, never as an alias', () => {
    const fidan = entityOf(person('Hakan Fidan', { forms: ['Fidan', 'Hakan', 'FIDAN'] }));
    expect(fidan?.givenNames).toEqual(['Hakan']);
    expect(fidan?.aliases).toEqual([{ text: 'Hakan Fidan' }, { text: 'Fidan' }]);
    expect(entityOf(person('Ana Maria Ionescu'))?.givenNames).toEqual(['Ana']);
  });

  it('gives no given name to a one-word person, nor to an organisation or a place of two words', () => {
    expect(entityOf(person('Fidan'))?.givenNames).toBeUndefined();
    const holdings = entityOf(person('Hakan Holdings', { kind: 'organisation', forms: ['Hakan'] }));
    expect(holdings?.givenNames).toBeUndefined();
    expect(holdings?.aliases.map((a) => a.text)).toEqual(['Hakan Holdings', 'Hakan']);
  });

  it('gives the role as written with its sentence, and describes the entity by the sentence that introduces it', () => {
    const fidan = entityOf(
      person('Hakan Fidan', {
        role: { text: 'Foreign Minister', sentence: 's1' },
        affiliation: { text: 'Turkey', sentence: 's1' },
        introducedIn: 's2',
      }),
    );
    expect(fidan?.role).toEqual({ text: 'Turkey’s Foreign Minister', sources: ['s1'] });
    expect(fidan?.description).toBe('Fidan later met Vladimir Putin.');
  });

  it('states no role for an empty one, and describes by the name an entity introduced outside the sentences', () => {
    const fidan = entityOf(person('Hakan Fidan', { role: { text: '', sentence: 's1' }, introducedIn: 's9' }));
    expect(fidan?.role).toBeUndefined();
    expect(fidan?.description).toBe('Hakan Fidan');
  });
});
