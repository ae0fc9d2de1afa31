import { describe, expect, it } from 'vitest';
import { aliasTextProblem } from '../../data/alias-rules';
import type { Story } from '../../data/schema';
import { formatProblem, validateStories } from '../../data/validate';
import { readStoryJson, secondStoryFile, seedStoryFile } from '../helpers/story-fixtures';

const problem = (text: string, exact = false) =>
  aliasTextProblem({ text, ...(exact ? { case: 'exact' as const } : {}) });

describe('aliases that would match common words', () => {
  it.each(['the', 'The', 'and', 'le', 'der', 've', 'что', 'від'])('rejects the common word "%s"', (text) => {
    expect(problem(text)).toMatch(/common word/);
  });

  it('rejects a common word hidden behind a soft hyphen, and shows the hyphen', () => {
    expect(problem('Th\u00ADe')).toBe(
      'alias "Th\\u00ADe" is the common word "the", which would match ordinary text (an acronym such as "US" needs "case": "exact")',
    );
  });

  it('accepts "US" written as an exact-case acronym, but not in proper case or as "Us"', () => {
    expect(problem('US', true)).toBeUndefined();
    expect(problem('US')).toMatch(/common word "us"/);
    expect(problem('Us', true)).toMatch(/common word "us"/);
  });
});

describe('aliases too short for their script', () => {
  it.each(['a', 'X', 'I', 'Ω'])('rejects the single Latin or Greek letter "%s"', (text) => {
    expect(problem(text)).toMatch(/too short: latin aliases need at least 2/);
  });

  it('accepts two-letter Latin names and acronyms ("Xi", "UK", "G7")', () => {
    expect(problem('Xi')).toBeUndefined();
    expect(problem('UK', true)).toBeUndefined();
    expect(problem('G7')).toBeUndefined();
  });

  it('asks three Cyrillic letters of a name, two of an exact-case acronym', () => {
    expect(problem('Ян')).toMatch(/cyrillic aliases need at least 3/);
    expect(problem('ЕС')).toMatch(/needs "case": "exact"/);
    expect(problem('ЕС', true)).toBeUndefined();
    expect(problem('Крым')).toBeUndefined();
  });

  it('rejects one Han, kana or Hangul character, which sits inside countless words', () => {
    expect(problem('中')).toMatch(/cjk aliases need at least 2/);
    expect(problem('カ')).toMatch(/cjk/);
    expect(problem('中国')).toBeUndefined();
  });
});

describe('aliases that would match nothing', () => {
  it.each([
    ['joiners', '\u200D\u200C\u2060'],
    ['a soft hyphen', '\u00AD'],
    ['combining marks', '\u0301\u0308'],
    ['an emoji', '🇺🇦'],
    ['a regular-expression fragment', '.*'],
    ['a bracket', '['],
    ['digits', '1984'],
  ])('rejects text made only of %s', (_what, text) => {
    expect(problem(text)).toMatch(/has no letter/);
  });

  it('names invisible characters by code point in the message', () => {
    expect(problem('\u200D\u0301')).toMatch(/^alias "\\u200D\\u0301" has no letter/);
  });
});

describe('the validator applies the alias rules', () => {
  it('reports a bad alias at its JSON path', () => {
    const story = readStoryJson(secondStoryFile) as unknown as Story;
    const aliases = story.entities[2]?.aliases;
    if (!aliases) throw new Error('fixture changed');
    aliases.push({ text: 'the' }, { text: '\u200D' });
    const { problems } = validateStories([{ file: 'pack.json', data: story }]);
    expect(problems.map((p) => [p.path, p.message.split(':')[0]])).toEqual([
      [
        '$.entities[2].aliases[1].text',
        'alias "the" is the common word "the", which would match ordinary text (an acronym such as "US" needs "case"',
      ],
      ['$.entities[2].aliases[2].text', 'alias "\\u200D" has no letter'],
    ]);
  });

  it('accepts every alias of the bundled story', () => {
    const { problems } = validateStories([{ file: seedStoryFile, data: readStoryJson(seedStoryFile) }]);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('what the editor reads about a rejected alias', () => {
  it('names the script of a too-short alias outside Latin, Cyrillic and CJK', () => {
    expect(problem('א')).toMatch(/too short: other aliases need at least 2/);
  });

  it('suggests an exact-case acronym only for a too-short Cyrillic alias', () => {
    expect(problem('ЕС')).toMatch(/acronym such as "ЕС" needs "case": "exact"/);
    expect(problem('X')).toBe(
      'alias "X" is too short: latin aliases need at least 2 letters or digits, or they match inside ordinary words',
    );
  });

  it('shows a too-short or common alias with its accents as written, not as code points', () => {
    expect(problem('e\u0301')).toMatch(/^alias "e\u0301" is too short/);
    expect(problem('the\u0301')).toMatch(/^alias "the\u0301" is the common word "the"/);
  });

  it('keeps a lowercase or single-capital Cyrillic alias to three letters even when case-exact', () => {
    expect(problem('ес', true)).toMatch(/too short: cyrillic aliases need at least 3/);
    expect(problem('Е1', true)).toMatch(/too short: cyrillic aliases need at least 3/);
  });
});
