import { describe, expect, it } from 'vitest';
import type { Story } from '../../data/schema';
import { formatProblem, jsonPath, type StoryProblem, validateStories } from '../../data/validate';
import { readStoryJson, secondStoryFile, seedStoryFile } from '../helpers/story-fixtures';

const FILE = 'pack.json';

/** The small valid story, as a typed mutable object (the tests break one thing at a time). */
function story(): Story {
  return readStoryJson(secondStoryFile) as unknown as Story;
}

function problemsOf(data: unknown, existing?: readonly Story[]): StoryProblem[] {
  return validateStories([{ file: FILE, data }], { existing }).problems;
}

/** Asserts exactly one problem, at `path`, whose message contains `message`. */
function expectOnly(data: unknown, path: string, message: string | RegExp, existing?: readonly Story[]) {
  const problems = problemsOf(data, existing);
  expect(problems.map(formatProblem)).toHaveLength(1);
  expect(problems[0]?.file).toBe(FILE);
  expect(problems[0]?.path).toBe(path);
  expect(problems[0]?.message).toMatch(message);
}

function seed(): Story {
  const result = validateStories([{ file: seedStoryFile, data: readStoryJson(seedStoryFile) }]);
  const first = result.stories[0];
  if (!first) throw new Error(result.problems.map(formatProblem).join('\n'));
  return first;
}

function entity(s: Story, id: string) {
  const found = s.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

describe('a valid story pack', () => {
  it('is accepted with no problems', () => {
    const result = validateStories([{ file: FILE, data: story() }]);
    expect(result.problems).toEqual([]);
    expect(result.stories.map((s) => s.id)).toEqual(['alaska-summit-2025']);
  });

  it('is reported as file: path: message', () => {
    expect(formatProblem({ file: 'a.json', path: '$.entities[3].aliases[0].text', message: 'bad' })).toBe(
      'a.json: $.entities[3].aliases[0].text: bad',
    );
    expect(jsonPath(['entities', 3, 'odd key'])).toBe('$.entities[3]["odd key"]');
  });
});

describe('schema violations name the JSON path', () => {
  it('rejects a missing required field', () => {
    const s = story() as unknown as { entities: Record<string, unknown>[] };
    delete s.entities[2]?.description;
    expectOnly(s, '$.entities[2].description', 'missing required field "description"');
  });

  it('rejects an unknown field (a typo would otherwise be silently ignored)', () => {
    const s = story() as unknown as { entities: Record<string, unknown>[] };
    if (s.entities[0]) s.entities[0].descripton = 'typo';
    expectOnly(s, '$.entities[0].descripton', 'unknown field "descripton"');
  });

  it('rejects a value outside its list', () => {
    const s = story() as unknown as { entities: Record<string, unknown>[] };
    if (s.entities[2]) s.entities[2].type = 'city';
    expectOnly(s, '$.entities[2].type', 'type must be person, place, organisation or country');
  });

  it('rejects a malformed sentence id', () => {
    const s = story();
    s.article.summary = ['sentence-1'];
    expectOnly(s, '$.article.summary[0]', 'a sentence id looks like "s12"');
  });

  it('rejects a statement with both article sources and background', () => {
    const s = story();
    const putin = entity(s, 'vladimir-putin');
    putin.role = {
      text: putin.role?.text ?? '',
      ...putin.role,
      background: { reference: 'anchorage-daily-news-summit-2025', asOf: '2025-08-15' },
    };
    expectOnly(s, '$.entities[0].role', 'exactly one of "sources"');
  });

  it('rejects a relation with no source at all', () => {
    const s = story();
    const relation = entity(s, 'donald-trump').relations[0];
    if (relation) delete relation.sources;
    expectOnly(s, '$.entities[1].relations[0]', 'exactly one of "sources"');
  });

  it('rejects input that is not a story at all', () => {
    expectOnly([1, 2, 3], '$', 'a story must be one JSON object');
    expectOnly(null, '$', 'a story must be one JSON object');
  });
});

describe('empty required text', () => {
  it('rejects a name that is only whitespace', () => {
    const s = story();
    entity(s, 'anchorage').name = '   ';
    expectOnly(s, '$.entities[2].name', 'name must not be empty');
  });

  it('rejects an empty alias', () => {
    const s = story();
    const alias = entity(s, 'anchorage').aliases[0];
    if (alias) alias.text = '';
    expectOnly(s, '$.entities[2].aliases[0].text', 'alias text must not be empty');
  });
});

describe('unknown sentence ids', () => {
  it('rejects a fact citing a sentence the article does not have', () => {
    const s = story();
    const fact = entity(s, 'vladimir-putin').facts[0];
    if (fact) fact.sources = ['s2', 's99'];
    expectOnly(s, '$.entities[0].facts[0].sources[1]', 'unknown sentence id "s99"');
  });

  it('rejects a summary citing an unknown sentence', () => {
    const s = story();
    s.article.summary = ['s1', 's6'];
    expectOnly(s, '$.article.summary[1]', 'unknown sentence id "s6"');
  });

  it('rejects a timeline event, figure or position citing an unknown sentence', () => {
    const s = story();
    const event = s.timeline[0];
    if (event) event.sources = ['s42'];
    s.figures.push({ id: 'years', value: '10', label: 'years since the last visit', sources: ['s43'] });
    s.positions.push({ side: 'russia', label: 'Moscow', text: 'Ready to work.', sources: ['s44'] });
    expect(problemsOf(s).map(formatProblem)).toEqual([
      `${FILE}: $.positions[0].sources[0]: unknown sentence id "s44"`,
      `${FILE}: $.timeline[0].sources[0]: unknown sentence id "s42"`,
      `${FILE}: $.figures[0].sources[0]: unknown sentence id "s43"`,
    ]);
  });
});

describe('verbatim quotes', () => {
  it('rejects a quote whose words are not in the cited sentence', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) quote.text = 'There is no deal until there is a deal';
    expectOnly(s, '$.quotes[0].text', 'quote is not verbatim in the sentence(s) it cites (s4)');
  });

  it('rejects a real quote that cites the wrong sentence', () => {
    const s = story();
    const quote = s.quotes[1];
    if (quote) quote.sources = ['s4'];
    expectOnly(s, '$.quotes[1].text', 'quote is not verbatim');
  });

  it('accepts straight apostrophes and extra spaces for curly ones in the article', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) quote.text = "There's no  deal until\nthere's a deal";
    expect(problemsOf(s)).toEqual([]);
  });
});

describe('references to unknown entities', () => {
  it('rejects a relation to an entity the story does not have', () => {
    const s = story();
    const relation = entity(s, 'vladimir-putin').relations[0];
    if (relation) relation.target = 'joe-biden';
    expectOnly(s, '$.entities[0].relations[0].target', 'unknown entity "joe-biden"');
  });

  it('rejects a quote with an unknown speaker', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) quote.speaker = 'trump';
    expectOnly(s, '$.quotes[0].speaker', 'unknown entity "trump"');
  });

  it('rejects a position naming an unknown entity', () => {
    const s = story();
    s.positions.push({
      side: 'russia',
      label: 'Moscow',
      text: 'Ready to work.',
      sources: ['s2'],
      entities: ['moscow'],
    });
    expectOnly(s, '$.positions[0].entities[0]', 'unknown entity "moscow"');
  });

  it('rejects contextEntities naming an unknown entity', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Elmendorf', requiresContext: true, contextEntities: ['alaska'] });
    expectOnly(s, '$.entities[2].aliases[1].contextEntities[0]', 'unknown entity "alaska"');
  });

  it('rejects contextEntities on an alias that does not require context', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Elmendorf', contextEntities: ['donald-trump'] });
    expectOnly(s, '$.entities[2].aliases[1].contextEntities', 'only apply to an alias with "requiresContext"');
  });
});

describe('background references', () => {
  it('rejects background citing a reference the story does not list', () => {
    const s = story();
    entity(s, 'vladimir-putin').facts.push({
      text: 'Born in Leningrad.',
      background: { reference: 'kremlin-biography', asOf: '2025-08-15' },
    });
    expectOnly(s, '$.entities[0].facts[1].background.reference', 'unknown reference "kremlin-biography"');
  });

  it('accepts background citing a listed reference', () => {
    const s = story();
    entity(s, 'anchorage').facts.push({
      text: 'Putin spent about six hours in Alaska.',
      background: { reference: 'anchorage-daily-news-summit-2025', asOf: '2025-08-15' },
    });
    expect(problemsOf(s)).toEqual([]);
  });
});

describe('duplicate ids', () => {
  it('rejects two sentences with one id', () => {
    const s = story();
    const sentence = s.article.sentences[4];
    if (sentence) sentence.id = 's4';
    // The quote citing s5 now cites nothing: that is reported separately.
    const problems = problemsOf(s).filter((p) => p.path.startsWith('$.article'));
    expect(problems).toEqual([
      {
        file: FILE,
        path: '$.article.sentences[4].id',
        message: 'duplicate sentence id "s4" (first used at $.article.sentences[3])',
      },
    ]);
  });

  it('rejects two entities with one id in a story', () => {
    const s = story();
    const anchorage = entity(s, 'anchorage');
    s.entities.push({ ...anchorage, name: 'Anchorage, Alaska', aliases: [{ text: 'Anchorage, Alaska' }] });
    expectOnly(s, '$.entities[3].id', 'duplicate entity id "anchorage" (first used at $.entities[2])');
  });

  it('rejects duplicate event, figure, quote and reference ids', () => {
    const s = story();
    const [event] = s.timeline;
    const [quote] = s.quotes;
    const [reference] = s.references;
    if (!event || !quote || !reference) throw new Error('fixture changed');
    s.timeline.push({ ...event });
    s.figures.push(
      { id: 'f', value: '2015', label: 'last visit', sources: ['s2'] },
      { id: 'f', value: '1', label: 'x', sources: ['s2'] },
    );
    s.quotes.push({ ...quote });
    s.references.push({ ...reference });
    expect(problemsOf(s).map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.references[1].id: duplicate reference id "anchorage-daily-news-summit-2025" (first used at $.references[0])',
      '$.timeline[1].id: duplicate event id "alaska-summit" (first used at $.timeline[0])',
      '$.figures[1].id: duplicate figure id "f" (first used at $.figures[0])',
      '$.quotes[2].id: duplicate quote id "trump-no-deal" (first used at $.quotes[0])',
    ]);
  });

  it('rejects a story id used by another file', () => {
    const result = validateStories([
      { file: 'a.json', data: story() },
      { file: 'b.json', data: story() },
    ]);
    expect(result.stories).toHaveLength(1);
    expect(result.problems.map(formatProblem)).toEqual([
      'b.json: $.id: duplicate story id "alaska-summit-2025" (already used by a.json)',
    ]);
  });

  it('rejects an imported pack whose story id is already bundled', () => {
    const bundled = seed();
    const s = story();
    s.id = bundled.id;
    expectOnly(s, '$.id', 'duplicate story id "istanbul-talks-2025" (already used by story "istanbul-talks-2025")', [
      bundled,
    ]);
  });
});

describe('alias clashes', () => {
  it('rejects one spelling claimed by two entities with no rule to tell them apart', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'putin' });
    expectOnly(s, '$.entities[2].aliases[1].text', 'alias "putin" is also claimed by entity "vladimir-putin"');
  });

  it('compares spellings without diacritics', () => {
    const s = story();
    entity(s, 'vladimir-putin').aliases.push({ text: 'Ánchorage' });
    expectOnly(s, '$.entities[2].aliases[0].text', 'alias "Anchorage" is also claimed by entity "vladimir-putin"');
  });

  it('accepts a shared spelling when one side needs context', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Trump', requiresContext: true });
    expect(problemsOf(s)).toEqual([]);
  });

  it('accepts a shared spelling when one side is case-exact and the exact forms differ', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'TRUMP', case: 'exact' });
    expect(problemsOf(s)).toEqual([]);
  });

  it('rejects a case-exact alias whose spelling is exactly the other entity’s', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Trump', case: 'exact' });
    expectOnly(s, '$.entities[2].aliases[1].text', 'alias "Trump" is also claimed by entity "donald-trump"');
  });

  it('rejects a clash with an entity of an already accepted story', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Kremlin' });
    expectOnly(s, '$.entities[2].aliases[1].text', 'also claimed by entity "kremlin" in story "istanbul-talks-2025"', [
      seed(),
    ]);
  });
});

describe('declension', () => {
  it('rejects a case form of one entity’s alias that is another entity’s alias', () => {
    const s = story();
    // Путина is also the genitive of Путин.
    entity(s, 'anchorage').aliases.push({ text: 'Путина', lang: 'ru' });
    expectOnly(
      s,
      '$.entities[2].aliases[1].text',
      /alias "Путина" is also claimed by entity "vladimir-putin" \("Путин", case form "Путина"\)/,
    );
  });

  it('rejects a case form that is another entity’s case form, and accepts it when one side needs context', () => {
    const s = story();
    // A made-up place "Путинь" declines as Кремль does: its locative Путине is also Путин's.
    entity(s, 'anchorage').aliases.push({ text: 'Путинь', lang: 'ru' });
    expectOnly(
      s,
      '$.entities[2].aliases[1].text',
      'alias "Путинь" (its case form "Путине") is also claimed by entity "vladimir-putin" ("Путин", case form "Путине")',
    );
    const gated = story();
    entity(gated, 'anchorage').aliases.push({ text: 'Путинь', lang: 'ru', requiresContext: true });
    expect(problemsOf(gated)).toEqual([]);
    const asWritten = story();
    entity(asWritten, 'anchorage').aliases.push({ text: 'Путинь', lang: 'ru', declension: 'none' });
    expect(problemsOf(asWritten)).toEqual([]);
  });

  it('rejects a declaration on an alias that is not Ukrainian, Russian or German', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Anchorages', declension: 'noun' });
    expectOnly(s, '$.entities[2].aliases[1].declension', 'only a Ukrainian, Russian or German alias does');
  });

  it('rejects a declension on a case-exact alias', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'АНКОР', lang: 'ru', case: 'exact', declension: 'noun' });
    expectOnly(s, '$.entities[2].aliases[1].declension', 'cannot decline');
  });

  it('rejects a paradigm that does not fit the word, or one paradigm for several words', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Анкоридж', lang: 'ru', declension: 'adjective' });
    expectOnly(s, '$.entities[2].aliases[1].declension', 'a Russian adjective ends in');
    const several = story();
    entity(several, 'anchorage').aliases.push({ text: 'Город Анкоридж', lang: 'ru', declension: 'noun' });
    expectOnly(several, '$.entities[2].aliases[1].declension', 'one paradigm per word');
  });

  it('rejects an alias with a case form that is a common word', () => {
    const s = story();
    // Аба (a city in Nigeria) in the vocative is "або", Ukrainian for "or".
    entity(s, 'anchorage').aliases.push({ text: 'Аба', lang: 'uk' });
    expectOnly(s, '$.entities[2].aliases[1].text', 'has the case form "Або", the common word "або"');
  });
});

describe('a first name alone never counts', () => {
  it('rejects an alias equal to a listed given name', () => {
    const s = story();
    entity(s, 'donald-trump').aliases.push({ text: 'Donald' });
    expectOnly(s, '$.entities[1].aliases[2].text', 'alias "Donald" is a given name alone');
  });

  it('rejects the first word of a person’s name even when givenNames is missing', () => {
    const s = story();
    const putin = entity(s, 'vladimir-putin');
    delete putin.givenNames;
    putin.aliases.push({ text: 'vladimir' });
    expectOnly(s, '$.entities[0].aliases[3].text', 'is a given name alone');
  });

  it('rejects the first word of a person’s name when givenNames lists other names but not it', () => {
    const s = story();
    const putin = entity(s, 'vladimir-putin');
    putin.givenNames = ['Vova'];
    putin.aliases.push({ text: 'Vladimir' });
    expectOnly(s, '$.entities[0].aliases[3].text', 'alias "Vladimir" is a given name alone');
  });
});

describe('stories that share entities', () => {
  it('merges when the shared entity agrees on type and name', () => {
    const result = validateStories([{ file: FILE, data: story() }], { existing: [seed()] });
    expect(result.problems).toEqual([]);
  });

  it('rejects a shared id that is a different kind of thing', () => {
    const s = story();
    entity(s, 'donald-trump').type = 'organisation';
    expectOnly(
      s,
      '$.entities[1].type',
      'entity "donald-trump" has type person in story "istanbul-talks-2025" but organisation here',
      [seed()],
    );
  });

  it('rejects a shared id under another canonical name', () => {
    const s = story();
    entity(s, 'vladimir-putin').name = 'Vladimir V. Putin';
    expectOnly(
      s,
      '$.entities[0].name',
      'is named "Vladimir Putin" in story "istanbul-talks-2025" but "Vladimir V. Putin" here',
      [seed()],
    );
  });
});

describe('a pack with several problems', () => {
  it('lists every problem and is not accepted', () => {
    const s = story();
    s.article.summary = ['s9'];
    const quote = s.quotes[0];
    if (quote) quote.speaker = 'nobody';
    const result = validateStories([{ file: FILE, data: s }]);
    expect(result.stories).toEqual([]);
    expect(result.problems.map((p) => p.path)).toEqual(['$.article.summary[0]', '$.quotes[0].speaker']);
  });
});

describe('what a curated story must state and a story read from an article may leave out', () => {
  it('requires a role of every entity in a curated story', () => {
    const s = story();
    delete entity(s, 'vladimir-putin').role;
    expectOnly(s, '$.entities[0].role', 'needs a role');
  });

  it('requires a speaker for every quote of a curated story', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) delete quote.speaker;
    expectOnly(s, '$.quotes[0].speaker', 'needs a speaker');
  });

  it('accepts a story read from an article with an unstated role and an unattributed quote', () => {
    const s = { ...story(), origin: 'article' as const };
    delete entity(s, 'vladimir-putin').role;
    const quote = s.quotes[0];
    if (quote) delete quote.speaker;
    expect(problemsOf(s)).toEqual([]);
  });
});

describe('what an editor reads in a problem', () => {
  it('rejects text that is not a story object with the same plain message as an array', () => {
    expectOnly('a story', '$', 'a story must be one JSON object');
  });

  it('says an entity that is not an object is the wrong type, not that a field is missing', () => {
    const s = story() as unknown as { entities: unknown[] };
    s.entities[0] = 'Vladimir Putin';
    const problems = problemsOf(s);
    expect(problems.map((p) => p.path)).toEqual(['$.entities[0]']);
    expect(problems[0]?.message).not.toMatch(/missing required field/);
  });

  it('names both entities and both spellings of a clash, and how to resolve it', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'putin' });
    expectOnly(
      s,
      '$.entities[2].aliases[1].text',
      'alias "putin" is also claimed by entity "vladimir-putin" ("Putin") with no rule to tell them apart ' +
        '(mark one "requiresContext", or make one "case": "exact" with a different exact form)',
    );
  });

  it('reports an alias that clashes in several case forms once', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Путин', lang: 'ru' });
    expectOnly(s, '$.entities[2].aliases[1].text', 'alias "Путин" is also claimed by entity "vladimir-putin"');
  });

  it('accepts a shared spelling when the earlier side is the case-exact one', () => {
    const s = story();
    entity(s, 'vladimir-putin').aliases.push({ text: 'TRUMP', case: 'exact' });
    expect(problemsOf(s)).toEqual([]);
  });

  it('accepts a person known by one name as their own alias (a mononym is not a given name)', () => {
    const s = story();
    entity(s, 'vladimir-putin').name = 'Putin';
    expect(problemsOf(s)).toEqual([]);
  });
});

describe('timeline and quote problems point at the item', () => {
  it('names the timeline event with both kinds of source, and its unknown reference', () => {
    const both = story();
    const event = both.timeline[0];
    if (event) event.background = { reference: 'anchorage-daily-news-summit-2025', asOf: '2025-08-15' };
    expectOnly(both, '$.timeline[0]', 'exactly one of "sources"');
    const unknown = story();
    const other = unknown.timeline[0];
    if (other) {
      delete other.sources;
      other.background = { reference: 'no-such-reference', asOf: '2025-08-15' };
    }
    expectOnly(unknown, '$.timeline[0].background.reference', 'unknown reference "no-such-reference"');
  });

  it('reports a quote citing an unknown sentence once, at that source, not also as not verbatim', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) quote.sources = ['s999'];
    expectOnly(s, '$.quotes[0].sources[0]', 'unknown sentence id "s999"');
  });

  it('lists every cited sentence when a quote is not verbatim in them', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) quote.sources = ['s1', 's2'];
    expectOnly(s, '$.quotes[0].text', 'it cites (s1, s2)');
  });

  it('accepts a quote running from the end of one cited sentence into the next', () => {
    const s = story();
    const [first, second] = s.article.sentences;
    const quote = s.quotes[0];
    if (!first || !second || !quote) throw new Error('the fixture has two sentences and a quote');
    quote.sources = [first.id, second.id];
    quote.text = `${first.text.split(' ').slice(-2).join(' ')} ${second.text.split(' ').slice(0, 2).join(' ')}`;
    expect(problemsOf(s)).toEqual([]);
  });

  it('rejects a quote that runs two words of its sentence together', () => {
    const s = story();
    const quote = s.quotes[0];
    if (quote) quote.text = 'There’s no dealuntil there’s a deal';
    expectOnly(s, '$.quotes[0].text', 'not verbatim');
  });
});

describe('declension problems say what does not fit', () => {
  const declared = (alias: Story['entities'][number]['aliases'][number]) => {
    const s = story();
    entity(s, 'anchorage').aliases.push(alias);
    return s;
  };

  it.each([
    [{ text: 'Анкорідж', lang: 'uk', declension: 'adjective' }, 'declension', 'a Ukrainian adjective ends in -ий'],
    [{ text: 'Анкорідж', lang: 'uk', declension: 'possessive' }, 'declension', 'a Ukrainian possessive surname'],
    [{ text: 'Анкорія', lang: 'uk', declension: 'noun-soft-feminine' }, 'declension', 'a Ukrainian soft feminine'],
    [{ text: 'Анкоридж', lang: 'ru', declension: 'possessive' }, 'declension', 'a Russian possessive surname'],
    [{ text: 'Анкоридж', lang: 'ru', declension: 'noun-soft-feminine' }, 'declension', 'a Russian soft feminine'],
    [{ text: 'Город  Анкоридж', lang: 'ru', declension: 'noun' }, 'declension', 'give one paradigm per word (2 words)'],
    [{ text: 'Город Анкоридж', lang: 'ru', declension: ['noun'] }, 'declension', 'must list one paradigm per word (2'],
    [{ text: 'Anchorage-Stadt', lang: 'de', declension: 'noun' }, 'declension', 'a German alias declares only "none"'],
    [{ text: 'Шевченко', lang: 'ru', obliqueStem: 'Шевченк' }, 'obliqueStem', 'an oblique stem needs a last word'],
    [{ text: 'Anchorages', obliqueStem: 'Anchor' }, 'obliqueStem', 'only a Ukrainian, Russian or German alias'],
  ] as const)('rejects %o at its %s: %s', (alias, field, message) => {
    expectOnly(declared(alias as never), `$.entities[2].aliases[1].${field}`, message);
  });

  it('accepts "none" on a German alias and on a case-exact one', () => {
    expect(problemsOf(declared({ text: 'Anchorage-Stadt', lang: 'de', declension: 'none' }))).toEqual([]);
    expect(problemsOf(declared({ text: 'АНКОР', lang: 'ru', case: 'exact', declension: 'none' }))).toEqual([]);
  });

  it('accepts a case-exact alias whose case forms would be common words: it is matched only as written', () => {
    expect(problemsOf(declared({ text: 'Аба', lang: 'uk', case: 'exact' }))).toEqual([]);
  });

  it("finds a clash with a Russian surname's instrumental in -ым, which a person's name takes", () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Путиным', lang: 'ru', declension: 'none' });
    expectOnly(s, '$.entities[2].aliases[1].text', '("Путин", case form "Путиным")');
  });

  it("names the case form of an earlier story's alias that an alias clashes with", () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Кремля' });
    expectOnly(
      s,
      '$.entities[2].aliases[1].text',
      'claimed by entity "kremlin" in story "istanbul-talks-2025" ("Кремль", case form "Кремля")',
      [seed()],
    );
  });

  it('declines a place in -ов as a noun, not as a surname (Ростовом, not Ростовым)', () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Ростов', lang: 'ru' });
    entity(s, 'donald-trump').aliases.push({ text: 'Ростовым', lang: 'ru', declension: 'none' });
    expect(problemsOf(s)).toEqual([]);
  });

  it("reports an alias clashing with several case forms of an earlier story's alias once", () => {
    const s = story();
    entity(s, 'anchorage').aliases.push({ text: 'Кремль', lang: 'ru' });
    expectOnly(s, '$.entities[2].aliases[1].text', 'claimed by entity "kremlin" in story "istanbul-talks-2025"', [
      seed(),
    ]);
  });

  it("finds a clash with a German alias's genitive", () => {
    const s = story();
    entity(s, 'donald-trump').aliases.push({ text: 'Trump', lang: 'de' });
    entity(s, 'anchorage').aliases.push({ text: 'Trumps' });
    expectOnly(s, '$.entities[2].aliases[1].text', '("Trump", case form "Trumps")');
  });
});
