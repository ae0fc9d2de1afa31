import { describe, expect, it } from 'vitest';
import { LATIN_FOLD_RANGES, latinFold } from '../../../lib/matching/latin-fold-table';

/** The definition the table was computed from: the base letter in small form, diacritics stripped. */
function definedFold(c: number): number {
  if (c === 0x131) return 0x69; // dotless ı: English spellings of Turkish names drop it
  const ch = String.fromCharCode(c);
  const base = ch
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  if (base.length === 1) return base.charCodeAt(0);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

describe('precomputed Latin folds', () => {
  for (const [first, table] of LATIN_FOLD_RANGES) {
    it(`matches NFD folding from U+${first.toString(16).toUpperCase()}`, () => {
      const expected = Array.from(table, (_, i) => String.fromCharCode(definedFold(first + i))).join('');
      // On a mismatch the expected table is printed: paste it into lib/matching/latin-fold-table.ts.
      expect(table).toBe(expected);
    });
  }

  it('gives the plain letter for letters with diacritics', () => {
    expect(String.fromCharCode(latinFold('ç'.charCodeAt(0)))).toBe('c');
    expect(String.fromCharCode(latinFold('Ğ'.charCodeAt(0)))).toBe('g');
    expect(String.fromCharCode(latinFold('ư'.charCodeAt(0)))).toBe('u');
    expect(String.fromCharCode(latinFold('Ễ'.charCodeAt(0)))).toBe('e');
    expect(latinFold('a'.charCodeAt(0))).toBe(-1);
    expect(latinFold('ж'.charCodeAt(0))).toBe(-1);
  });

  it('covers each range from its first letter to its last, and nothing either side', () => {
    expect(String.fromCharCode(latinFold(0xc0))).toBe('a'); // À
    expect(String.fromCharCode(latinFold(0x24e))).toBe('\u024f'); // Ɏ
    expect(String.fromCharCode(latinFold(0x1e00))).toBe('a'); // Ḁ
    expect(String.fromCharCode(latinFold(0x1efe))).toBe('\u1eff'); // Ỿ
    for (const outside of [0xbf, 0x250, 0x1dff, 0x1f00]) expect(latinFold(outside)).toBe(-1);
  });
});
