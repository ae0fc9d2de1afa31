import { describe, expect, it } from 'vitest';
import {
  CAPITAL,
  candidatePattern,
  NOT_CAPITAL,
  PREFIX_LENGTH,
  prefixKey,
} from '../../../lib/matching/candidate-pattern';
import { charClass, foldCode, IGNORABLE, isLowerCode, isUpperCode, SPACE, WORD } from '../../../lib/matching/text-fold';

/** An alias's prefix keys, the way the matcher makes them (spaces collapsed, invisible characters dropped). */
const prefix = (text: string, exact = false) => {
  const keys: number[] = [];
  let cased = false;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const f = foldCode(c);
    if (f === IGNORABLE || (f === SPACE && keys.at(-1) === SPACE)) continue;
    if (keys.length === PREFIX_LENGTH) break;
    keys.push(prefixKey(c, f, exact, !cased));
    if (isUpperCode(c) || isLowerCode(c)) cased = true;
  }
  return keys;
};
const pattern = (texts: string[], exact: string[] = []) => {
  const prefixes = [...texts.map((t) => prefix(t)), ...exact.map((t) => prefix(t, true))];
  const built = candidatePattern(prefixes);
  if (!built) throw new Error('no pattern');
  return built;
};

describe('candidatePattern', () => {
  it('is null when no alias can start a match', () => {
    expect(candidatePattern([])).toBeNull();
    expect(candidatePattern([[]])).toBeNull();
  });

  it('finds a text holding the first three letters of a name, in any case after the first', () => {
    const { test } = pattern(['Zelensky', 'Putin']);
    expect(test.test('President Zelensky said')).toBe(true);
    expect(test.test('ZELENSKY')).toBe(true);
    expect(test.test('Mr Putin')).toBe(true);
    expect(test.test('Zealous Puppies')).toBe(false);
    expect(test.test('zelensky in lower case')).toBe(false);
  });

  it('wants a capital that folds to the first letter, not any letter with a diacritic', () => {
    const { test } = pattern(['Zelensky', 'Erdogan']);
    expect(test.test('Želensky')).toBe(true);
    expect(test.test('Érdogan')).toBe(true);
    // Czech and Portuguese text is full of small letters with diacritics, and capitals that fold
    // to another letter: none of it may pass, or every text node of such a page would.
    expect(test.test('Bydlení a častěji')).toBe(false);
    expect(test.test('Não é')).toBe(false);
    expect(test.test('Říjen Šel')).toBe(false);
  });

  it('finds a text that ends part-way into a name (the rest is in the next text node)', () => {
    const { test } = pattern(['Zelensky']);
    expect(test.test('Said Z')).toBe(true);
    expect(test.test('Said Ze')).toBe(true);
    expect(test.test('Said Ze ')).toBe(true);
    expect(test.test('Said Zx')).toBe(false);
  });

  it('gives the places where a name could start: its first letters, not every capital', () => {
    const { starts } = pattern(['Zelensky', 'Putin']);
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
    const { test } = pattern(['SS', 'Putin']);
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
    const { test } = pattern(['Putin']);
    const rejected: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (charClass(c) === WORD || (c >= 0xd800 && c <= 0xdfff)) continue;
      if (!test.test(`${String.fromCharCode(c)}Putin`)) rejected.push(`U+${c.toString(16)}`);
    }
    expect(rejected).toEqual([]);
  });

  it('lets any text with an invisible character through (it may sit inside a name)', () => {
    const { test } = pattern(['Zelensky']);
    expect(test.test('Ze\u00adlen\u00adsky')).toBe(true);
    expect(test.test('plain\u200btext')).toBe(true);
    expect(test.test('plain text')).toBe(false);
  });

  it('takes lower-case starts when some alias starts in lower case', () => {
    expect(pattern(['de Gaulle']).test.test('met de Gaulle')).toBe(true);
    expect(pattern(['De Gaulle']).test.test('met de Gaulle')).toBe(false);
  });

  it('keeps spaces and short aliases in the prefix', () => {
    const { test } = pattern(['de Gaulle'], ['US']);
    expect(test.test('the US said')).toBe(true);
    expect(test.test('de\u00a0Gaulle')).toBe(true);
    expect(test.test('dx')).toBe(false);
  });

  it('wants the case an exact alias is printed in, not just its letters', () => {
    const { test } = pattern(['Putin'], ['US', 'NATO', 'iOS']);
    expect(test.test('the US said')).toBe(true);
    expect(test.test('NATO allies')).toBe(true);
    expect(test.test('on iOS')).toBe(true);
    // The matcher would reject every one of these: the filter need not pass them on.
    expect(test.test('Using a map')).toBe(false);
    expect(test.test('National news')).toBe(false);
    expect(test.test('Nato allies')).toBe(false);
    expect(test.test('IOS and Ios')).toBe(false);
    // A "proper" name wants a capital first letter and nothing after it.
    expect(test.test('PUTIN and Putin')).toBe(true);
    expect(test.test('putin')).toBe(false);
  });

  it('checks the case of a proper name at its first letter with a case', () => {
    expect(prefix('3M')).toEqual([0x33, 0x6d | CAPITAL]);
    expect(prefix('Ab')).toEqual([0x61 | CAPITAL, 0x62]);
    expect(prefix('aB')).toEqual([0x61, 0x62]);
    expect(prefix('aB', true)).toEqual([0x61 | NOT_CAPITAL, 0x62 | CAPITAL]);
    expect(prefix('U.S', true)).toEqual([0x75 | CAPITAL, 0x2e, 0x73 | CAPITAL]);
  });

  it('matches every code unit that folds to a prefix character (all 65,536 checked)', () => {
    const chars = [...'abcdefghijklmnopqrstuvwxyz', 'е', 'з', 'й', 'і', 'ї', 'є', 'σ', 'θ', 'ω', "'", '-'];
    const missing: string[] = [];
    for (const ch of [...chars, ' ']) {
      const f = ch.charCodeAt(0);
      // A one-character prefix after a fixed first letter: the class under test is the second.
      const asSecond = (wants: number) => candidatePattern([[0x78 | CAPITAL, f | wants]])?.test as RegExp;
      const anyCase = asSecond(0);
      const capital = asSecond(CAPITAL);
      const notCapital = asSecond(NOT_CAPITAL);
      const first = (wants: number) => (f === SPACE ? null : (candidatePattern([[f | wants]])?.test as RegExp));
      const firstAny = first(0);
      const firstCapital = first(CAPITAL);
      const firstNotCapital = first(NOT_CAPITAL);
      for (let c = 0; c < 0x10000; c++) {
        if (foldCode(c) !== f) continue;
        const unit = String.fromCharCode(c);
        const upper = isUpperCode(c);
        const where = `U+${c.toString(16)} (${ch})`;
        if (!anyCase.test(`X${unit}`)) missing.push(`${where} after a first letter`);
        if (upper && !capital.test(`X${unit}`)) missing.push(`${where} as a wanted capital after a first letter`);
        if (!upper && !notCapital.test(`X${unit}`))
          missing.push(`${where} as a wanted small letter after a first letter`);
        if (firstAny && !firstAny.test(unit)) missing.push(`${where} as a first letter`);
        if (firstCapital && upper && !firstCapital.test(unit)) missing.push(`${where} as a capital first letter`);
        if (firstNotCapital && !upper && !firstNotCapital.test(unit)) missing.push(`${where} as a small first letter`);
      }
    }
    expect(missing).toEqual([]);
  });
});
