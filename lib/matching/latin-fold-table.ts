/**
 * Folds of the Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF), precomputed: the
 * NFD-and-strip-marks fold of text-fold.ts costs a normalize() per code unit, and both the page
 * scan and the candidate pattern (which needs every letter that folds to "a") would pay it on
 * every page. tests/lib/matching/latin-fold-table.test.ts recomputes the table and prints it on a mismatch.
 */

/** Folded code units for U+00C0–U+024F, one per code unit, in order. */
const LATIN_1_TO_EXTENDED_B =
  'aaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00d7\u00f8uuuuy\u00fe\u00dfaaaaaa\u00e6ceeeeiiii\u00f0n' +
  'ooooo\u00f7\u00f8uuuuy\u00feyaaaaaaccccccccdd\u0111\u0111eeeeeeeeeegggggggghh\u0127\u0127i' +
  'iiiiiiiii\u0133\u0133jjkk\u0138llllll\u0140\u0140\u0142\u0142nnnnnn\u0149\u014b\u014booooo' +
  'o\u0153\u0153rrrrrrsssssssstttt\u0167\u0167uuuuuuuuuuuuwwyyyzzzzzz\u017f\u0180\u0253\u0183' +
  '\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018c\u018c\u018d\u01dd\u0259\u025b\u0192' +
  '\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019a\u019b\u026f\u0272\u019e\u0275oo' +
  '\u01a3\u01a3\u01a5\u01a5\u0280\u01a8\u01a8\u0283\u01aa\u01ab\u01ad\u01ad\u0288uu\u028a' +
  '\u028b\u01b4\u01b4\u01b6\u01b6\u0292\u01b9\u01b9\u01ba\u01bb\u01bd\u01bd\u01be\u01bf\u01c0' +
  '\u01c1\u01c2\u01c3\u01c6\u01c6\u01c6\u01c9\u01c9\u01c9\u01cc\u01cc\u01ccaaiioouuuuuuuuuu' +
  '\u01ddaaaa\u00e6\u00e6\u01e5\u01e5ggkkoooo\u0292\u0292j\u01f3\u01f3\u01f3gg\u0195\u01bfnna' +
  'a\u00e6\u00e6\u00f8\u00f8aaaaeeeeiiiioooorrrruuuusstt\u021d\u021dhh\u019e\u0221\u0223' +
  '\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2c65\u023c\u023c' +
  '\u019a\u2c66\u023f\u0240\u0242\u0242\u0180\u0289\u028c\u0247\u0247\u0249\u0249\u024b\u024b' +
  '\u024d\u024d\u024f\u024f';

/** Folded code units for U+1E00–U+1EFF (Latin Extended Additional). */
const LATIN_EXTENDED_ADDITIONAL =
  'aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprr' +
  'rrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\u1e9a\u017f\u1e9c\u1e9d' +
  '\u00df\u1e9faaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuu' +
  'uuuuyyyyyyyy\u1efb\u1efb\u1efd\u1efd\u1eff\u1eff';

export const LATIN_FOLD_RANGES: readonly (readonly [first: number, table: string])[] = [
  [0xc0, LATIN_1_TO_EXTENDED_B],
  [0x1e00, LATIN_EXTENDED_ADDITIONAL],
];

/** The precomputed fold of `c`, or -1 outside the tables. */
export function latinFold(c: number): number {
  for (const [first, table] of LATIN_FOLD_RANGES) {
    const i = c - first;
    if (i >= 0 && i < table.length) return table.charCodeAt(i);
  }
  return -1;
}
