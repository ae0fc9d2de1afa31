import { beforeEach, describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { findMentions, type Matcher } from '../../../lib/matching/matcher';
import { buildMatcher } from '../../../lib/matching/table-builder';
import { charClass, isUpperCode, WORD } from '../../../lib/matching/text-fold';
import { type AliasEntry, buildCatalog } from '../../../lib/story/story-model';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

// Built in each test, not as the file loads: a mutation run switches a mutant on only inside the
// tests, so a matcher built at load would hide every mutant in the building (decision 0019).
let matcher: Matcher;
beforeEach(() => {
  matcher = buildMatcher(TEST_ALIASES);
});
const found = (text: string) => findMentions(matcher, text).map((m) => `${m.text}=${m.entityId}`);
const texts = (text: string) => findMentions(matcher, text).map((m) => m.text);

describe('case rules', () => {
  it('does not match lowercase "us"', () => {
    expect(texts('Tell us what happened, he said to us.')).toEqual([]);
  });

  it('matches "US" written in capitals', () => {
    expect(found('The US position is clear.')).toEqual(['US=united-states']);
  });

  it('does not match "Us" at the start of a sentence (exact case)', () => {
    expect(texts('Us and them.')).toEqual([]);
  });

  it('does not match "trump card"', () => {
    expect(texts('That was her trump card in the talks.')).toEqual([]);
  });

  it('matches Trump as a proper name, including an all-caps headline', () => {
    expect(texts('Trump spoke. TRUMP SPEAKS.')).toEqual(['Trump', 'TRUMP']);
  });

  it('does not match "turkey sandwich"', () => {
    expect(texts('He ate a turkey sandwich before the talks.')).toEqual([]);
  });

  it('does not match "eu" in Portuguese text', () => {
    expect(texts('Eu acho que eu vou ao mercado, disse ela.')).toEqual([]);
  });

  it('matches EU as written', () => {
    expect(texts('The EU said.')).toEqual(['EU']);
  });

  it('does not match NATO written in lower case', () => {
    expect(texts('a nato-style pact')).toEqual([]);
  });
});

describe('names', () => {
  it('never matches a first name alone', () => {
    expect(texts('Vladimir said nothing. Volodymyr waited. Donald left.')).toEqual([]);
  });

  it('prefers the longest alias: "Volodymyr Zelensky" over "Zelensky"', () => {
    expect(found('President Volodymyr Zelensky said')).toEqual(['Volodymyr Zelensky=volodymyr-zelensky']);
  });

  it('tells Vladimir Putin from Vladimir Medinsky by the full name', () => {
    expect(found('Vladimir Putin sent Vladimir Medinsky.')).toEqual([
      'Vladimir Putin=vladimir-putin',
      'Vladimir Medinsky=vladimir-medinsky',
    ]);
  });

  it('falls back to the surname when the longer alias is not complete', () => {
    expect(texts('Volodymyr met Zelensky; Volodymyr Zel')).toEqual(['Zelensky']);
  });

  it('matches spelling variants as separate aliases', () => {
    expect(texts('Zelensky, Zelenskyy and Zelenskiy')).toEqual(['Zelensky', 'Zelenskyy']);
  });

  it('does not let mentions overlap', () => {
    const mentions = findMentions(matcher, 'Volodymyr Zelensky Zelensky');
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      [0, 18],
      [19, 27],
    ]);
  });
});

describe('word boundaries', () => {
  it('does not match "Russia" inside "Russian"', () => {
    expect(texts('The Russian delegation')).toEqual([]);
  });

  it('does not match inside a longer word', () => {
    expect(texts('Trumpism and antiPutin and Kremlinology')).toEqual([]);
  });

  it('matches on both sides of a hyphen', () => {
    expect(texts('a Putin-Zelensky meeting and the Russia-Ukraine war')).toEqual(['Putin', 'Zelensky', 'Russia']);
  });

  it('excludes the possessive with a straight apostrophe', () => {
    const [m] = findMentions(matcher, "Putin's absence");
    expect(m?.text).toBe('Putin');
  });

  it('excludes the possessive with a curly apostrophe', () => {
    expect(texts('Medinsky’s team and Putin’s absence')).toEqual(['Medinsky', 'Putin']);
  });

  it('matches Cyrillic aliases on Cyrillic word boundaries', () => {
    expect(found('Заява Зеленського щодо Путина')).toEqual(['Зеленського=volodymyr-zelensky']);
    expect(texts('Президент Зеленський заявив')).toEqual(['Зеленський']);
  });

  it('does not stem: an inflected form of an alias with no language to decline it by does not match', () => {
    expect(texts('Зеленському передали')).toEqual([]);
    expect(texts('Путина')).toEqual([]);
  });

  it('matches across a non-breaking space', () => {
    expect(texts('Volodymyr\u00a0Zelensky arrived')).toEqual(['Volodymyr\u00a0Zelensky']);
  });

  it('matches across a line break and repeated spaces', () => {
    expect(texts('Volodymyr \n  Zelensky arrived')).toEqual(['Volodymyr \n  Zelensky']);
  });

  it('matches a name with a soft hyphen inside it', () => {
    expect(texts('Zelen\u00adsky spoke')).toEqual(['Zelen\u00adsky']);
  });

  it('matches a name with an invisible character inside its first letters', () => {
    // The walk usually starts only where a name's first three letters are: these hide them.
    expect(texts('Ze\u00adlensky and Z\u200belensky spoke')).toEqual(['Ze\u00adlensky', 'Z\u200belensky']);
  });

  it('matches the folded spelling of a name with diacritics', () => {
    expect(texts('at Dolmabahce Palace')).toEqual(['Dolmabahce Palace']);
    expect(texts('at Dolmabahçe')).toEqual(['Dolmabahçe']);
    expect(texts('in Turkiye and Türkiye')).toEqual(['Turkiye', 'Türkiye']);
  });
});

describe('context-gated aliases', () => {
  it('does not count "Bruce" alone on a page without Tammy Bruce', () => {
    expect(texts('Bruce said the talks failed.')).toEqual([]);
  });

  it('counts "Bruce" once "Tammy Bruce" is on the page', () => {
    expect(texts('Tammy Bruce spoke. Later, Bruce said the talks failed.')).toEqual(['Tammy Bruce', 'Bruce']);
  });

  it('never counts "Bruce Willis", even with Tammy Bruce on the page', () => {
    expect(texts('Tammy Bruce spoke. Bruce Willis did not.')).toEqual(['Tammy Bruce']);
  });

  it('counts "Washington" only when an entity that unlocks it is on the page', () => {
    expect(texts('Washington is a city.')).toEqual([]);
    expect(found('Washington pressed Trump.')).toEqual(['Washington=united-states', 'Trump=donald-trump']);
  });

  it('does not let an unrelated name unlock "Bruce", "Washington" or "Europe" in the seed story', () => {
    const seed = buildMatcher(buildCatalog(bundledStories).aliases);
    const text = 'Putin spoke first. Later, Bruce said Washington and Europe would wait.';
    expect(findMentions(seed, text).map((m) => m.text)).toEqual(['Putin']);
  });
});

describe('building', () => {
  it('builds 10,000 aliases and still finds each seed name', () => {
    const extra: AliasEntry[] = [];
    for (let i = 0; i < 10_000; i++) {
      extra.push({
        text: `Name${i} Surname${i}`,
        entityId: `e${i}`,
        case: 'proper',
        requiresContext: false,
        contextEntities: [],
      });
    }
    const big = buildMatcher([...extra, ...TEST_ALIASES]);
    expect(findMentions(big, 'Name42 Surname42 met Zelensky').map((m) => m.entityId)).toEqual([
      'e42',
      'volodymyr-zelensky',
    ]);
  });

  it('finds a name that starts with any capital letter of any script', () => {
    const capitals: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      // Surrogates are never word characters on their own.
      if (charClass(c) === WORD && isUpperCode(c)) capitals.push(String.fromCharCode(c));
    }
    const aliases = capitals.map((c, i) => ({
      text: `${c}x`,
      entityId: `c${i}`,
      case: 'proper' as const,
      requiresContext: false,
      contextEntities: [],
    }));
    const text = capitals.map((c) => `${c}x`).join(' ');
    expect(findMentions(buildMatcher(aliases), text)).toHaveLength(capitals.length);
  });

  it('finds names printed in lower case or starting with a digit', () => {
    const aliases: AliasEntry[] = [
      { text: 'de Gaulle', entityId: 'de-gaulle', case: 'proper', requiresContext: false, contextEntities: [] },
      { text: '9/11', entityId: 'attacks', case: 'exact', requiresContext: false, contextEntities: [] },
    ];
    const lower = buildMatcher([...TEST_ALIASES, ...aliases]);
    expect(findMentions(lower, 'After 9/11, de Gaulle met Putin.').map((m) => m.text)).toEqual([
      '9/11',
      'de Gaulle',
      'Putin',
    ]);
    // A soft hyphen makes the walk start at every place a name could start: lower case included.
    expect(findMentions(lower, 'After 9/11, de Gaul\u00adle met Putin.').map((m) => m.entityId)).toEqual([
      'attacks',
      'de-gaulle',
      'vladimir-putin',
    ]);
  });

  it('lets through every text whose case the rules accept: the native filters are a superset', () => {
    const extra: AliasEntry[] = [
      { text: 'de Gaulle', entityId: 'de-gaulle', case: 'proper', requiresContext: false, contextEntities: [] },
      { text: '3M', entityId: 'three-m', case: 'proper', requiresContext: false, contextEntities: [] },
      { text: 'McDonald', entityId: 'mcdonald', case: 'proper', requiresContext: false, contextEntities: [] },
      { text: 'iOS', entityId: 'ios', case: 'exact', requiresContext: false, contextEntities: [] },
      { text: 'U.S.', entityId: 'us', case: 'exact', requiresContext: false, contextEntities: [] },
      { text: 'Nato', entityId: 'nato', case: 'exact', requiresContext: false, contextEntities: [] },
      { text: 'ЄС', entityId: 'eu-uk', case: 'exact', requiresContext: false, contextEntities: [] },
    ];
    const aliases = [...TEST_ALIASES, ...extra];
    const m = buildMatcher(aliases);
    const swap = (t: string) => [...t].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    let accepted = 0;
    const missed: string[] = [];
    for (const { text } of aliases) {
      for (const variant of [
        text,
        text.toUpperCase(),
        text.toLowerCase(),
        swap(text),
        text[0]?.toUpperCase() + text.slice(1).toLowerCase(),
      ]) {
        const sentence = `Said ${variant} today`;
        // A trailing soft hyphen (ignored by the fold) makes the matcher walk from every word start
        // instead of the starts the native pattern gives: the unfiltered reference.
        const reference = m.find(`${sentence}\u00ad`);
        if (reference.length === 0) continue;
        accepted++;
        if (!m.candidateTest.test(sentence)) missed.push(`test: ${sentence}`);
        if (JSON.stringify(m.find(sentence)) !== JSON.stringify(reference)) missed.push(`starts: ${sentence}`);
      }
    }
    expect(missed).toEqual([]);
    expect(accepted).toBeGreaterThan(aliases.length);
  });

  it('ignores an empty alias list', () => {
    expect(findMentions(buildMatcher([]), 'Zelensky')).toEqual([]);
  });
});

describe('text split across DOM nodes', () => {
  it('joins a name split by inline markup when nothing breaks the line', () => {
    // "Zelen" | "sky": two text nodes, joint at offset 5.
    const m = matcher.find('Zelensky said', { joints: [5], isBreak: () => false });
    expect(m.map((x) => [x.start, x.end])).toEqual([[0, 8]]);
  });

  it('does not join words across a line break between nodes', () => {
    // "Putin" | "Trump" with a <br> between: both names, not one word.
    const text = 'PutinTrump';
    expect(matcher.find(text, { joints: [5], isBreak: () => false })).toEqual([]);
    const m = matcher.find(text, { joints: [5], isBreak: () => true });
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['Putin', 'Trump']);
  });

  it('does not extend a name across a break', () => {
    const text = 'Vladimir Putin';
    const m = matcher.find(text, { joints: [9], isBreak: () => true });
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['Putin']);
  });
});

describe('findAlone', () => {
  it('finds nothing in text whose capitals start no name', () => {
    // Each passes the candidate test (Zel…, Put…, Med…, Tru…, Vla…) and starts no name.
    for (const text of ['Zelda and Putney', 'Medical Trumpets from Vladivostok', 'Russian']) {
      expect(matcher.candidateTest.test(text)).toBe(true);
      expect(matcher.findAlone(text)).toEqual([]);
    }
  });

  it('finds the name a text holds', () => {
    // Not a miss: here the walk also reached the end ("Zelenskyy" could go on), so null.
    expect(matcher.findAlone('Talks with Zelensky')).not.toEqual([]);
    expect(matcher.findAlone('Medinsky’s delegation')).toHaveLength(1);
  });

  it('is null when a name may run on into the next text', () => {
    // "Ze" | "lensky" (a drop cap), and "Vladimir " | "Medinsky" (a link).
    expect(matcher.findAlone('Ze')).toBeNull();
    expect(matcher.findAlone('talks with Vladimir ')).toBeNull();
  });

  it('answers word boundaries at its ends permissively: a neighbour could only remove a match', () => {
    // "xZelensky" across two nodes is no name, but "Zelensky" alone is one: not a miss.
    expect(matcher.findAlone('Zelensky said')).toHaveLength(1);
    expect(matcher.find('xZelensky said')).toEqual([]);
  });
});

describe('word starts and ends around invisible characters', () => {
  // A soft hyphen anywhere in a text makes the walk start at every capital: the matcher alone decides.
  it('does not take a name glued to the end of another word, whatever letter comes before it', () => {
    expect(texts('ÜberPutin and antiZelensky spoke\u00ad')).toEqual([]);
  });

  it('reads a soft hyphen between a word and a name as inside one word', () => {
    expect(texts('anti\u00adPutin protests')).toEqual([]);
  });

  it('finds a name after a space and a soft hyphen', () => {
    expect(texts('said \u00adPutin')).toEqual(['Putin']);
  });

  it('does not end a name before a soft hyphen that joins it to more letters', () => {
    expect(texts('Putin\u00adism spread')).toEqual([]);
  });
});

describe('case rules of exact and unusual names', () => {
  const alias = (text: string, rule: 'proper' | 'exact'): AliasEntry => ({
    text,
    entityId: text,
    case: rule,
    requiresContext: false,
    contextEntities: [],
  });
  const unusual = buildMatcher([alias('Bank of England', 'exact'), alias('3M', 'proper'), alias('X', 'exact')]);
  const textsIn = (text: string) => findMentions(unusual, text).map((m) => m.text);

  it('matches an exact name of several words as printed, across repeated spaces', () => {
    expect(textsIn('The Bank of England said. The Bank  of\nEngland')).toEqual([
      'Bank of England',
      'Bank  of\nEngland',
    ]);
  });

  it('does not match an exact name of several words printed in another case', () => {
    expect(textsIn('The Bank Of England, the BANK OF ENGLAND and the bank of England')).toEqual([]);
  });

  it('matches an exact acronym with an invisible character inside it', () => {
    expect(texts('The N\u00adATO summit')).toEqual(['N\u00adATO']);
  });

  it('matches a proper name that starts with a digit', () => {
    expect(textsIn('3M said')).toEqual(['3M']);
  });

  it('matches a name whose first word is one letter, across repeated spaces', () => {
    const thant = buildMatcher([alias('U Thant', 'proper')]);
    expect(findMentions(thant, 'said U  Thant and U\nThant').map((m) => m.text)).toEqual(['U  Thant', 'U\nThant']);
  });

  it('finds a name printed in lower case when every name is, with an invisible character in the text', () => {
    const lower = buildMatcher([alias('de Gaulle', 'proper')]);
    expect(findMentions(lower, 'met de Gaul\u00adle').map((m) => m.text)).toEqual(['de Gaul\u00adle']);
  });

  it('matches a one-letter name as a word of its own only', () => {
    expect(textsIn('X said. Xi said.')).toEqual(['X']);
  });
});

describe('a gated name before a capitalised word', () => {
  it('is someone else even with an invisible character before that word', () => {
    expect(texts('Tammy Bruce spoke. Bruce \u200bWillis did not.')).toEqual(['Tammy Bruce']);
  });
});

describe('a trie of many names', () => {
  it('tells apart the many names that differ only in their last letter', () => {
    // One trie node with hundreds of children: its edges crowd the same stretch of the edge table.
    // The soft hyphen makes the walk try every capital, past the native filter of first letters.
    const last = (i: number) => String.fromCharCode(0x4e00 + i);
    const crowded = buildMatcher(
      Array.from({ length: 600 }, (_, i) => ({
        text: `Ab${last(2 * i)}`,
        entityId: `n${2 * i}`,
        case: 'proper' as const,
        requiresContext: false,
        contextEntities: [],
      })),
    );
    const wrong: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const ids = findMentions(crowded, `Said Ab${last(i)} today\u00ad`).map((m) => m.entityId);
      if (ids.join() !== (i % 2 === 0 ? `n${i}` : '')) wrong.push(`${i}: ${ids.join()}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets no text through when there are no names', () => {
    const empty = buildMatcher([]);
    expect(empty.candidateTest.test('Zelensky')).toBe(false);
    expect(empty.findAlone('Zelensky')).toEqual([]);
  });
});

describe('text split across several DOM nodes', () => {
  const spans = (text: string, joints: number[], breaks: number[] = []) =>
    matcher.find(text, { joints, isBreak: (index) => breaks.includes(index) }).map((x) => text.slice(x.start, x.end));

  it('joins across nodes when told where they meet but not what breaks', () => {
    expect(matcher.find('Zelensky said', { joints: [5] }).map((x) => [x.start, x.end])).toEqual([[0, 8]]);
  });

  it('stops a name at the node after a break, past earlier joints', () => {
    // "Vla" | "dimir " | <br> "Putin".
    expect(spans('Vladimir Putin', [3, 9], [1])).toEqual(['Putin']);
    expect(spans('Vladimir Putin', [3, 9])).toEqual(['Vladimir Putin']);
  });

  it('starts a name right after a break only, not after a joint inside a word', () => {
    // "Talks" | "Putin" | <br> "Trump", with a soft hyphen so that every capital is tried.
    expect(spans('TalksPutinTrump\u00ad', [5, 10], [1])).toEqual(['Trump']);
    expect(spans('PutinTrump\u00ad', [5])).toEqual([]);
    // A break after "xPutin" does not make it start a word.
    expect(spans('xPutin said\u00ad', [6], [0])).toEqual([]);
  });

  it('ends a name only at the break that follows it, not at a later one', () => {
    // "Putin" | "ism " | <br> "said": "Putinism" is one word.
    expect(spans('Putinism said', [5, 9], [1])).toEqual([]);
  });
});
