import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import story from '../../../data/stories/istanbul-talks-2025.json';
import { articleFromPlainText } from '../../../lib/extraction/article-text';
import { extractArticle } from '../../../lib/extraction/extract-article';
import { foldText } from '../../../lib/matching/text-fold';
import { entity, extract, people, speakerOf } from '../../helpers/extraction';

// The seed article and its hand-curated story: the development check the brief names.
const seed = articleFromPlainText(readFileSync(resolve('tests/fixtures/articles/seed-article.txt'), 'utf8'));
const fold = (text: string) => foldText(text).text;

describe('extractArticle on the seed article', () => {
  const article = extractArticle(seed);
  const curatedPeople = story.entities.filter((e) => e.type === 'person');

  it('splits the same sentences as the curated story', () => {
    expect(article.sentences.map((s) => s.text)).toEqual(
      expect.arrayContaining(story.article.sentences.slice(0, 20).map((s) => s.text)),
    );
  });

  it('finds every person of the curated story, and no one else', () => {
    const found = article.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(found.sort()).toEqual(curatedPeople.map((e) => e.name).sort());
  });

  it('states a role for each of the 13 people, from the sentence the story cites', () => {
    for (const person of curatedPeople) {
      const entity = article.entities.find((e) => e.name === person.name);
      const cited = story.article.sentences.find((s) => s.id === person.role.sources?.[0])?.text;
      const statedIn = article.sentences.find((s) => s.id === entity?.role?.sentence)?.text;
      expect(entity?.role, person.name).toBeDefined();
      expect(statedIn, person.name).toBe(cited);
    }
  });

  it('attributes every curated quote of four words or more to its speaker, and none wrongly', () => {
    const byId = new Map(article.entities.map((e) => [e.id, e.name]));
    const names = new Map(story.entities.map((e) => [e.id, e.name]));
    const long = story.quotes.filter((q) => q.text.split(/\s+/).length >= 4);
    expect(long.length).toBeGreaterThanOrEqual(6);
    for (const quote of long) {
      const found = article.quotes.find((q) => fold(q.text).includes(fold(quote.text).slice(0, 25)));
      expect(found && byId.get(found.speaker ?? ''), quote.text).toBe(names.get(quote.speaker));
    }
  });

  it('gives ids that are unique slugs, and sentence references that exist', () => {
    const ids = article.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sentenceIds = new Set(article.sentences.map((s) => s.id));
    for (const e of article.entities) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(sentenceIds.has(e.introducedIn)).toBe(true);
      expect(e.sentences[0]).toBe(e.introducedIn);
    }
    for (const q of article.quotes) {
      expect(sentenceIds.has(q.sentence)).toBe(true);
      if (q.speaker) expect(ids).toContain(q.speaker);
    }
  });
});

describe('extractArticle', () => {
  it('returns sentences but no entities or quotes for a language it does not read', () => {
    const article = extractArticle({
      paragraphs: ['El presidente Pedro Sánchez declaró: «Estamos dispuestos a hablar con todo el mundo.»'],
      language: 'es',
    });
    expect(article.language).toBe('es');
    expect(article.sentences).toHaveLength(1);
    expect(article.entities).toEqual([]);
    expect(article.quotes).toEqual([]);
  });

  it('guesses the language when the page does not declare it', () => {
    const spanish = extractArticle({
      paragraphs: ['El presidente declaró que las negociaciones seguirán la próxima semana en París.'],
    });
    expect(spanish.language).toBe('und');
    expect(spanish.entities).toEqual([]);
    const french = extractArticle({
      paragraphs: ['Le président a déclaré que les négociations se poursuivront la semaine prochaine à Paris.'],
    });
    expect(french.language).toBe('fr');
    const english = extractArticle({
      paragraphs: ['The president said that the talks will go on in Paris next week.'],
    });
    expect(english.language).toBe('en');
  });

  it('reads the main language of a regional tag ("en-US")', () => {
    expect(extractArticle({ paragraphs: ['Hello there.'], language: 'en-US' }).language).toBe('en');
  });

  it('reads the headline as sentence s0, ahead of the body’s s1', () => {
    const article = extractArticle({ headline: 'Talks resume', paragraphs: ['They met.'], language: 'en' });
    expect(article.headline).toBe('Talks resume');
    expect(article.sentences.map((s) => [s.id, s.text, s.paragraph])).toEqual([
      ['s0', 'Talks resume', -1],
      ['s1', 'They met.', 0],
    ]);
  });

  it('finds names and quotes in the headline', () => {
    const article = extractArticle({
      headline: 'Maya Ellison: ‘We never stopped believing in each other’',
      paragraphs: ['Harbor State won the final on Sunday night.'],
      language: 'en',
    });
    expect(article.entities.find((e) => e.name === 'Maya Ellison')?.introducedIn).toBe('s0');
    expect(article.quotes[0]).toMatchObject({ text: 'We never stopped believing in each other', sentence: 's0' });
  });

  it('does not read the headline twice when the body prints it first', () => {
    const article = extractArticle({
      headline: 'Talks resume',
      paragraphs: ['Talks resume', 'They met.'],
      language: 'en',
    });
    expect(article.sentences.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('makes one quote of a block quotation, given to the person who introduces it', () => {
    const article = extractArticle({
      paragraphs: [
        'Developer Ammar Askar has released code. Here is how it works.',
        'The vulnerability stems from the fact that the client is allowed to send data.',
        'And this is only the start of it.',
        'The company did not respond.',
      ],
      blockQuotes: [1, 2],
      language: 'en',
    });
    expect(article.quotes).toHaveLength(1);
    expect(article.quotes[0]?.text).toMatch(/^The vulnerability stems/);
    expect(article.quotes[0]?.speaker).toBe('ammar-askar');
  });

  it('accepts an empty article', () => {
    expect(extract().entities).toEqual([]);
  });
});

describe('extractArticle: block quotations, a bare headline, a lone first name', () => {
  const askar = 'Developer Ammar Askar has released code. Here is how it works.';

  it('makes one quote of every consecutive paragraph of a block quotation, and none of the next', () => {
    const article = extractArticle({
      paragraphs: [
        askar,
        'The vulnerability stems from the fact that the client is allowed to send data.',
        'And this is only the start of it.',
        'The company did not respond.',
      ],
      blockQuotes: [1, 2],
      language: 'en',
    });
    expect(article.quotes.map((q) => q.text)).toEqual([
      'The vulnerability stems from the fact that the client is allowed to send data.\nAnd this is only the start of it.',
    ]);
  });

  it('keeps a block quotation already in quote marks as the quote the marks make, without them', () => {
    const article = extractArticle({
      paragraphs: [
        'Developer Ammar Askar has released code. He wrote:',
        '“The vulnerability stems from the fact that the client is allowed to send data.”',
        'The company did not respond.',
      ],
      blockQuotes: [1],
      language: 'en',
    });
    expect(article.quotes.map((q) => q.text)).toEqual([
      'The vulnerability stems from the fact that the client is allowed to send data.',
    ]);
  });

  it('reads no article from a headline alone', () => {
    const article = extractArticle({ headline: 'Talks resume', paragraphs: [], language: 'en' });
    expect(article.headline).toBe('Talks resume');
    expect(article.sentences).toEqual([]);
  });

  it('lets no lone first name that is nobody’s stand between “she said” and the woman it stands for', () => {
    const article = extract(
      'Vet Anna Berg came with a German shepherd named Bruno. Bruno waited at the door. “We are calm and we are never afraid of anyone,” she said.',
    );
    expect(speakerOf(article, 'We are calm')).toBe('Anna Berg');
  });
});

describe('extractArticle: block quotations beside other quotes, and the paragraphs’ spacing', () => {
  it('reads a block quotation though the paragraph introducing it holds a quote of its own', () => {
    const article = extractArticle({
      paragraphs: [
        'Developer Ammar Askar said the bug was “worse than anything we have seen before”. He wrote:',
        'The vulnerability stems from the fact that the client is allowed to send data.',
      ],
      blockQuotes: [1],
      language: 'en',
    });
    expect(article.quotes.map((q) => q.text)).toEqual([
      'worse than anything we have seen before',
      'The vulnerability stems from the fact that the client is allowed to send data.',
    ]);
  });

  it('makes one quote of a block quotation with quote marks inside it, not one more of what they hold', () => {
    const article = extractArticle({
      paragraphs: [
        'Developer Ammar Askar has released code. He wrote:',
        'The flaw is what one tester called “the worst bug we have seen in years” and it is not fixed.',
      ],
      blockQuotes: [1],
      language: 'en',
    });
    expect(article.quotes.map((q) => q.text)).toEqual([
      'The flaw is what one tester called “the worst bug we have seen in years” and it is not fixed.',
    ]);
  });

  it('reads every run of spaces and line breaks in a paragraph as one space', () => {
    expect(extract('Talks  resume\n in   Ankara.').sentences.map((s) => s.text)).toEqual(['Talks resume in Ankara.']);
  });
});

describe('extractArticle: empty paragraphs, the headline’s spacing, the language of short paragraphs', () => {
  it('numbers paragraphs without the empty ones', () => {
    expect(extract('They met.', '   ', 'They left.').sentences.map((s) => [s.id, s.paragraph])).toEqual([
      ['s1', 0],
      ['s2', 1],
    ]);
  });

  it('reads the headline’s runs of spaces and line breaks as one space, and knows it printed in capitals', () => {
    const spaced = extractArticle({ headline: ' Talks \n  resume ', paragraphs: ['They met.'], language: 'en' });
    expect(spaced.sentences[0]?.text).toBe('Talks resume');
    const capitals = extractArticle({ headline: 'TALKS RESUME', paragraphs: ['Talks resume', 'They met.'] });
    expect(capitals.sentences.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('guesses the language from each paragraph’s words, not from words run together across them', () => {
    expect(extractArticle({ paragraphs: ['Macron spoke', 'and left', 'the room'] }).language).toBe('en');
  });
});

describe('extractArticle: names in a quoted title, organisations and places, each sentence once', () => {
  const title = 'The blog post “Brendan Eich Steps Down as Mozilla CEO” was shared widely.';

  it('counts a name in a quoted title only when the prose names it too', () => {
    expect(extract(title).entities).toEqual([]);
    expect(extract(title, 'Brendan Eich did not comment.').entities.map((e) => [e.name, e.sentences])).toEqual([
      ['Brendan Eich', ['s1', 's2']],
    ]);
  });

  it('counts a name in a quotation that is not a title', () => {
    expect(people(extract('She read “the letter that Brendan Eich wrote to them”.'))).toEqual(['Brendan Eich']);
  });

  it('finds an organisation and a place, with every sentence that names them', () => {
    expect(
      extract('Gazprom said profits fell. Gazprom shares rose.').entities.map((e) => [e.name, e.kind, e.sentences]),
    ).toEqual([['Gazprom', 'organisation', ['s1', 's2']]]);
    expect(
      extract('The talks were held in Istanbul. Istanbul was calm.').entities.map((e) => [e.name, e.kind, e.sentences]),
    ).toEqual([['Istanbul', 'place', ['s1', 's2']]]);
  });

  it('lists a sentence that names someone twice once', () => {
    expect(entity(extract('Rustem Umerov spoke, and Umerov left.'), 'Rustem Umerov').sentences).toEqual(['s1']);
  });
});

describe('extractArticle: the order of entities, a role’s affiliation', () => {
  it('lists entities in the order the article introduces them, whatever their kind', () => {
    const article = extract('The talks were held in Istanbul.', 'Turkey’s Foreign Minister Hakan Fidan opened them.');
    expect(article.entities.map((e) => [e.name, e.introducedIn])).toEqual([
      ['Istanbul', 's1'],
      ['Hakan Fidan', 's2'],
      ['Turkey', 's2'],
    ]);
  });

  it('gives a person’s role its affiliation, sourced to the sentence that states both', () => {
    const fidan = entity(extract('The talks opened.', 'Turkey’s Foreign Minister Hakan Fidan spoke.'), 'Hakan Fidan');
    expect([fidan.role, fidan.affiliation]).toEqual([
      { text: 'Foreign Minister', sentence: 's2' },
      { text: 'Turkey', sentence: 's2' },
    ]);
    const umerov = entity(extract('Defence Minister Rustem Umerov arrived early.'), 'Rustem Umerov');
    expect(umerov.role?.text).toBe('Defence Minister');
    expect(umerov).not.toHaveProperty('affiliation');
  });
});

describe('extractArticle: quote ids, a headline of two sentences', () => {
  it('numbers quotes q1, q2… in the order printed', () => {
    const article = extract(
      '“We will stay until the boat is finished,” Kit Penrose says. “Then we will rest for a week,” she adds.',
    );
    expect(article.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('reads a headline of two sentences as one sentence, s0', () => {
    const article = extractArticle({
      headline: 'Talks resume in Ankara. Both sides hopeful',
      paragraphs: ['They met.'],
      language: 'en',
    });
    expect(article.sentences.map((s) => s.id)).toEqual(['s0', 's1']);
  });
});
