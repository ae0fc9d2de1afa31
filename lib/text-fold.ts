/**
 * Text folding for matching: case, Latin diacritics, apostrophes, spaces and invisible characters
 * reduced to one form, one UTF-16 code unit at a time, so that positions map straight back to the
 * page's own text (the matcher folds on the fly and never builds a second copy of the page).
 *
 * Decisions (see tests/lib/text-fold.test.ts):
 * - Latin letters lose their diacritics (Dolmabahçe = Dolmabahce, Erdoğan = Erdogan, İ/ı = i).
 * - Cyrillic keeps its distinct letters (й ≠ и, ї ≠ і: they are different letters, not accents);
 *   only ё = е, because Russian print routinely omits the diaeresis.
 * - Curly and straight apostrophes are one character; NBSP and the other spaces are a space.
 * - Soft hyphens, zero-width characters and combining marks vanish (they are "ignorable").
 * - No stemming: "Зеленського" only matches when that inflected form is itself an alias.
 */

/** Folded value of a code unit that is skipped entirely (soft hyphen, zero-width space, marks). */
export const IGNORABLE = 0;
export const SPACE = 0x20;

/** Character classes, as the matcher needs them for word boundaries. */
export const WORD = 1;
export const OTHER = 2;
export const IGNORE = 3;
const UPPER_FLAG = 4;
const LOWER_FLAG = 8;

const UNKNOWN = 0xffff;
// Lazily filled 64K tables: a page only ever touches a few hundred distinct code units, so
// computing on first sight is cheaper than precomputing (and stays correct for every script).
const foldTable = new Uint16Array(65536).fill(UNKNOWN);
const classTable = new Uint8Array(65536);

const IGNORABLES = new Set([0x00ad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  // U+2000–U+200A: en quad … hair space.
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
]);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0xff07]);
const HYPHENS = new Set([0x2010, 0x2011]);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}+/gu;

function isLatinWithDiacritics(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

function computeFold(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    if (SPACES.has(c)) return SPACE;
    return c === 0 ? IGNORABLE : c;
  }
  if (IGNORABLES.has(c) || (c >= 0x300 && c <= 0x36f)) return IGNORABLE;
  if (SPACES.has(c)) return SPACE;
  if (APOSTROPHES.has(c)) return 0x27;
  if (HYPHENS.has(c)) return 0x2d;
  if (c === 0x131) return 0x69; // dotless ı: English spellings of Turkish names drop it
  if (c === 0x401 || c === 0x451) return 0x435; // Ё, ё → е
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const ch = String.fromCharCode(c);
  if (isLatinWithDiacritics(c)) {
    const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (base.length === 1) return base.charCodeAt(0);
  }
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** The folded form of one UTF-16 code unit (IGNORABLE when it should be skipped). */
export function foldCode(c: number): number {
  let f = foldTable[c] as number;
  if (f === UNKNOWN) {
    f = computeFold(c);
    foldTable[c] = f;
  }
  return f;
}

function computeClass(c: number): number {
  if (c < 0x80) {
    // ASCII without the regular expression: most of a page's code units, seen first in cold code.
    if (c >= 0x41 && c <= 0x5a) return WORD | UPPER_FLAG;
    if (c >= 0x61 && c <= 0x7a) return WORD | LOWER_FLAG;
    if (c >= 0x30 && c <= 0x39) return WORD;
    return c === 0 ? IGNORE : OTHER;
  }
  if (computeFold(c) === IGNORABLE) return IGNORE;
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(c);
  if (!WORD_CHAR.test(ch)) return OTHER;
  if (ch !== ch.toLowerCase()) return WORD | UPPER_FLAG;
  return ch !== ch.toUpperCase() ? WORD | LOWER_FLAG : WORD;
}

function classBits(c: number): number {
  let k = classTable[c] as number;
  if (k === 0) {
    k = computeClass(c);
    classTable[c] = k;
  }
  return k;
}

/** WORD (letter, digit or mark), OTHER (space, punctuation, symbol) or IGNORE (invisible). */
export function charClass(c: number): number {
  return classBits(c) & 3;
}

/** Whether the code unit is a small letter (a letter that has a capital form). */
export function isLowerCode(c: number): boolean {
  return (classBits(c) & LOWER_FLAG) !== 0;
}

/** Whether the code unit is a capital letter (Latin, Cyrillic, Greek…). */
export function isUpperCode(c: number): boolean {
  return (classBits(c) & UPPER_FLAG) !== 0;
}

export interface FoldedText {
  /** Lower-case, diacritic-free text with runs of whitespace collapsed to one space. */
  text: string;
  /** `map[i]` is the index in the original text of folded character `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

/** Folds a whole string (aliases, tests); the matcher folds page text on the fly instead. */
export function foldText(original: string): FoldedText {
  const codes: number[] = [];
  const map = new Int32Array(original.length + 1);
  let lastWasSpace = false;
  for (let i = 0; i < original.length; i++) {
    const f = foldCode(original.charCodeAt(i));
    if (f === IGNORABLE) continue;
    if (f === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    map[codes.length] = i;
    codes.push(f);
  }
  map[codes.length] = original.length;
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.slice(i, i + 4096));
  return { text, map: map.slice(0, codes.length + 1) };
}
