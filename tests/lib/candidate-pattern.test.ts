import { describe, expect, it } from 'vitest';
import { candidatePattern } from '../../lib/candidate-pattern';
import { charClass, foldCode, foldText, isUpperCode, SPACE, WORD } from '../../lib/text-fold';

const prefix = (text: string) => Array.from(foldText(text).text, (ch) => ch.charCodeAt(0));
const pattern = (texts: string[], capitalFirst = true) => {
  const built = candidatePattern(texts.map(prefix), capitalFirst);
  if (!built) throw new Error('no pattern');
  return built;
};

describe('candidatePattern', () => {
  it('is null when no alias can start a match', () => {
    expect(candidatePattern([], true)).toBeNull();
    expect(candidatePattern([[]], true)).toBeNull();
  });

  it('finds a text holding the first three letters of a name, in any case after the first', () => {
    const { test } = pattern(['zelensky', 'putin']);
    expect(test.test('President Zelensky said')).toBe(true);
    expect(test.test('ZELENSKY')).toBe(true);
    expect(test.test('Mr Putin')).toBe(true);
    expect(test.test('Zealous Puppies')).toBe(false);
    expect(test.test('zelensky in lower case')).toBe(false);
  });

  it('wants a capital that folds to the first letter, not any letter with a diacritic', () => {
    const { test } = pattern(['zelensky', 'erdogan']);
    expect(test.test('Želensky')).toBe(true);
    expect(test.test('Érdogan')).toBe(true);
    // Czech and Portuguese text is full of small letters with diacritics, and capitals that fold
    // to another letter: none of it may pass, or every text node of such a page would.
    expect(test.test('Bydlení a častěji')).toBe(false);
    expect(test.test('Não é')).toBe(false);
    expect(test.test('Říjen Šel')).toBe(false);
  });

  it('finds a text that ends part-way into a name (the rest is in the next text node)', () => {
    const { test } = pattern(['zelensky']);
    expect(test.test('Said Z')).toBe(true);
    expect(test.test('Said Ze')).toBe(true);
    expect(test.test('Said Ze ')).toBe(true);
    expect(test.test('Said Zx')).toBe(false);
  });

  it('gives the places where a name could start: its first letters, not every capital', () => {
    const { starts } = pattern(['zelensky', 'putin']);
    const places = (text: string) => {
      const found: number[] = [];
      starts.lastIndex = 0;
      while (starts.test(text)) found.push(starts.lastIndex - 1);
      return found;
    };
    expect(places('Zealous Mr Zelensky met Putin in Ankara')).toEqual([11, 24]);
    expect(places('ZELENSKY')).toEqual([0]);
    // A text ending part-way into a name: the walk there finds that it may go on.
    expect(places('Said Ze')).toEqual([5]);
    expect(places('No name Here')).toEqual([]);
  });

  it('passes no name start inside a word, where the matcher would never take one', () => {
    const { test } = pattern(['ss', 'putin']);
    expect(test.test('NSS')).toBe(false);
    expect(test.test('iPutin')).toBe(false);
    expect(test.test('ČSSR')).toBe(false);
    expect(test.test('«SS» and 2 SS')).toBe(true);
    expect(test.test('l’Putin')).toBe(true);
    // The cut-off start of a name at the end of a text: after a word character, still no start.
    expect(test.test('Said Pu')).toBe(true);
    expect(test.test('SaidPu')).toBe(false);
  });

  it('never rejects a start after a character the matcher does not count as a word character', () => {
    const { test } = pattern(['putin']);
    const rejected: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (charClass(c) === WORD || (c >= 0xd800 && c <= 0xdfff)) continue;
      if (!test.test(`${String.fromCharCode(c)}Putin`)) rejected.push(`U+${c.toString(16)}`);
    }
    expect(rejected).toEqual([]);
  });

  it('lets any text with an invisible character through (it may sit inside a name)', () => {
    const { test } = pattern(['zelensky']);
    expect(test.test('Ze\u00adlen\u00adsky')).toBe(true);
    expect(test.test('plain\u200btext')).toBe(true);
    expect(test.test('plain text')).toBe(false);
  });

  it('takes lower-case starts when some alias starts in lower case', () => {
    expect(pattern(['de gaulle'], false).test.test('met de Gaulle')).toBe(true);
    expect(pattern(['de gaulle'], true).test.test('met de Gaulle')).toBe(false);
  });

  it('keeps spaces and short aliases in the prefix', () => {
    const { test } = pattern(['us', 'de gaulle'], false);
    expect(test.test('the US said')).toBe(true);
    expect(test.test('de\u00a0Gaulle')).toBe(true);
    expect(test.test('dx')).toBe(false);
  });

  it('matches every code unit that folds to a prefix character (all 65,536 checked)', () => {
    const chars = [...'abcdefghijklmnopqrstuvwxyz', 'е', 'з', 'й', 'і', 'ї', 'є', 'σ', 'θ', 'ω', "'", '-'];
    const missing: string[] = [];
    for (const ch of [...chars, ' ']) {
      const f = ch.charCodeAt(0);
      // A one-character prefix after a fixed first letter: the class under test is the second.
      const anyCase = candidatePattern([[0x78, f]], true)?.test as RegExp;
      const first = f === SPACE ? null : (candidatePattern([[f]], true)?.test as RegExp);
      for (let c = 0; c < 0x10000; c++) {
        if (foldCode(c) !== f) continue;
        const unit = String.fromCharCode(c);
        if (!anyCase.test(`X${unit}`)) missing.push(`U+${c.toString(16)} after a first letter (${ch})`);
        if (first && isUpperCode(c) && !first.test(unit))
          missing.push(`U+${c.toString(16)} as a capital first letter (${ch})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
