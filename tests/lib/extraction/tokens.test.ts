import { describe, expect, it } from 'vitest';
import {
  afterBracketedAge,
  gapBetween,
  isCapitalised,
  isPossessive,
  stripPossessive,
  type Token,
  tokenize,
} from '../../../lib/extraction/tokens';
import { wordsOf } from '../../helpers/tokens';

/** The words of `text`, in sentences cut where `ends` says (each a sentence's end offset). */
function tokensOf(text: string, ...ends: number[]): Token[] {
  const sentences = ends.map((end, i) => ({ start: i === 0 ? 0 : (ends[i - 1] as number), end, paragraph: 0 }));
  return tokenize({ text, sentences });
}

/** A word as the tokenizer gives it, for the rules that read words only. */
function word(text: string, start: number, sentence = 0): Token {
  return { text, start, end: start + text.length, sentence, tags: new Set() };
}

describe('the words of an article', () => {
  it('keeps a hyphenated name one word, with its offsets, and drops compromise’s "Hyphenated" tag', () => {
    const w = wordsOf('François-Xavier Dupont met Putin-Zelensky envoys.');
    expect(w.tokens.map((t) => t.text)).toEqual(['François-Xavier', 'Dupont', 'met', 'Putin-Zelensky', 'envoys']);
    const first = w.tokens[0] as Token;
    expect([first.start, first.end]).toEqual([0, 15]);
    expect(first.tags.has('FirstName')).toBe(true);
    expect(first.tags.has('Hyphenated')).toBe(false);
    expect(w.tokens[1]?.start).toBe(16);
  });

  it('keeps two words apart when the hyphen has a space after it or is a dash ("well- known", "Putin–Zelensky")', () => {
    expect(wordsOf('A well- known man.').tokens.map((t) => t.text)).toEqual(['A', 'well', 'known', 'man']);
    expect(wordsOf('Putin–Zelensky talks.').tokens.map((t) => t.text)).toEqual(['Putin', 'Zelensky', 'talks']);
  });

  it('gives each word the sentence of the layout it starts in, a word at a sentence’s end offset the next', () => {
    const tokens = tokensOf('Tom left Ann came home', 9, 22);
    expect(tokens.map((t) => `${t.text}:${t.sentence}`)).toEqual(['Tom:0', 'left:0', 'Ann:1', 'came:1', 'home:1']);
    expect(wordsOf('Tom. Ann. Bob.').tokens.map((t) => t.sentence)).toEqual([0, 1, 2]);
  });

  it('leaves words past the last sentence’s end in the last sentence', () => {
    const tokens = tokensOf('Tom left. Ann came.', 9);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0]);
  });

  it('reads the text between two words, spaces and punctuation', () => {
    const w = wordsOf('Tom Reyes, 67, said so.');
    expect(gapBetween(w.text, w.tokens[1] as Token, w.tokens[2] as Token)).toBe(', ');
    expect(gapBetween(w.text, w.tokens[2] as Token, w.tokens[3] as Token)).toBe(', ');
  });
});

describe('the shape of a word', () => {
  it('is capitalised when its first letter is upper case, in any script', () => {
    expect(isCapitalised('Élodie')).toBe(true);
    expect(isCapitalised('Zelensky')).toBe(true);
    expect(isCapitalised('eBay')).toBe(false);
    expect(isCapitalised('1st')).toBe(false);
    expect(isCapitalised('')).toBe(false);
  });

  it('loses a possessive ending, straight or curly, and only at its end', () => {
    expect(stripPossessive('Umerov’s')).toBe('Umerov');
    expect(stripPossessive("Umerov's")).toBe('Umerov');
    expect(stripPossessive('leaders’')).toBe('leaders’');
    expect(stripPossessive('Ma’soud')).toBe('Ma’soud');
  });

  it('is possessive when a letter comes before the "’s"', () => {
    expect(isPossessive('Umerov’s')).toBe(true);
    expect(isPossessive("Umerov's")).toBe(true);
    expect(isPossessive('leaders’')).toBe(false);
    expect(isPossessive('1990’s')).toBe(false);
    expect(isPossessive('’s')).toBe(false);
    expect(isPossessive('Ma’soud')).toBe(false);
  });
});

describe('a bracketed age after a name ("Siobhán Ní Bhriain (29), a nurse")', () => {
  it('gives the word after the age and its comma', () => {
    const w = wordsOf('Siobhán Ní Bhriain (29), a nurse, said it.');
    expect(afterBracketedAge(w.text, w.tokens, w.at('Bhriain'))).toBe(w.at('a'));
    // compromise joins "Bhriain(29),a" into one word: the words are made by hand.
    const tight = 'Ann Lee(29),a nurse';
    expect(afterBracketedAge(tight, [word('Lee', 4), word('29', 8), word('a', 12)], 0)).toBe(2);
  });

  it('gives none without the comma, with more than a bracket before the age, or with no age of up to three digits', () => {
    const cases = [
      'Siobhán Ní Bhriain (29) said it.',
      'Siobhán Ní Bhriain, (29), a nurse, said it.',
      'Siobhán Ní Bhriain (29) , a nurse, said it.',
      'Siobhán Ní Bhriain (29?), a nurse, said it.',
      'Siobhán Ní Bhriain (29), (Cork), said it.',
      'Siobhán Ní Bhriain (2024), a nurse, said it.',
      'Siobhán Ní Bhriain (Cork), a nurse, said it.',
    ];
    for (const text of cases) {
      const w = wordsOf(text);
      expect(afterBracketedAge(w.text, w.tokens, w.at('Bhriain')), text).toBe(-1);
    }
  });

  it('gives none when the name ends the words, or the age or the next word is in another sentence', () => {
    const text = 'Ann Lee (29), a nurse';
    const name = word('Lee', 4);
    const age = word('29', 9);
    const next = word('a', 14);
    expect(afterBracketedAge(text, [name, age, next], 0)).toBe(2);
    // More than the bracket before the age, or before the bracket after it (compromise would join these).
    expect(afterBracketedAge('Ann Lee (#29), a nurse', [name, word('29', 10), word('a', 15)], 0)).toBe(-1);
    expect(afterBracketedAge('Ann Lee (29 ), a nurse', [name, age, word('a', 15)], 0)).toBe(-1);
    expect(afterBracketedAge(text, [name, age], 0)).toBe(-1);
    expect(afterBracketedAge(text, [name], 0)).toBe(-1);
    expect(afterBracketedAge(text, [name, { ...age, sentence: 1 }, { ...next, sentence: 1 }], 0)).toBe(-1);
    expect(afterBracketedAge(text, [name, age, { ...next, sentence: 1 }], 0)).toBe(-1);
  });
});
