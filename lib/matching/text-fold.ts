/**
 * Text folding for matching: case, Latin diacritics, apostrophes, spaces and invisible characters
 * reduced to one form, one UTF-16 code unit at a time, so that positions map straight back to the
 * page's own text (the matcher folds on the fly and never builds a second copy of the page).
 *
 * Decisions (see tests/lib/matching/text-fold.test.ts):
 * - Latin letters lose their diacritics (Dolmabahçe = Dolmabahce, Erdoğan = Erdogan, İ/ı = i).
 * - Cyrillic keeps its distinct letters (й ≠ и, ї ≠ і: they are different letters, not accents);
 *   only ё = е, because Russian print routinely omits the diaeresis.
 * - Curly and straight apostrophes are one character; NBSP and the other spaces are a space.
 * - Soft hyphens, zero-width characters and combining marks vanish (they are "ignorable").
 * - No stemming: a Ukrainian, Russian or German alias is found in its case forms because
 *   declension.ts lists its paradigm's endings as data, never by matching a prefix.
 */
import { LATIN_FOLD_RANGES, latinFold } from './latin-fold-table';

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
// Made on first use: a Unicode-property class is slow to parse on a renderer's first page, and the
// blocks most page text is in are answered without it (see isWordCode, docs/decisions/0006).
let wordChar: RegExp | undefined;

function computeFold(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    if (SPACES.has(c)) return SPACE;
    return c === 0 ? IGNORABLE : c;
  }
  // Latin letters with diacritics lose them (precomputed: dotless ı → i included).
  const latin = latinFold(c);
  if (latin >= 0) return latin;
  if (IGNORABLES.has(c) || (c >= 0x300 && c <= 0x36f)) return IGNORABLE;
  if (SPACES.has(c)) return SPACE;
  if (APOSTROPHES.has(c)) return 0x27;
  if (HYPHENS.has(c)) return 0x2d;
  if (c === 0x401 || c === 0x451) return 0x435; // Ё, ё → е
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const lower = String.fromCharCode(c).toLowerCase();
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
  if (!isWordCode(c, ch)) return OTHER;
  if (ch !== ch.toLowerCase()) return WORD | UPPER_FLAG;
  return ch !== ch.toUpperCase() ? WORD | LOWER_FLAG : WORD;
}

/**
 * A letter, digit or mark (`\p{L}\p{N}\p{M}`), answered without the property regex in the blocks most
 * news text is written in: compiling that regex is slow (docs/decisions/0006), and a page scan
 * would pay it at its first character outside ASCII (the matcher bundled at build time no longer
 * compiles it while building). tests/lib/matching/text-fold.test.ts checks every code unit.
 */
function isWordCode(c: number, ch: string): boolean {
  if (c < 0x100) {
    // Latin-1: the letters from À on but × and ÷; ª µ º; the digits ² ³ ¹ ¼ ½ ¾.
    if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
    return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
  }
  // Latin Extended-A and -B, IPA Extensions: letters, every one.
  if (c <= 0x2af) return true;
  // Cyrillic: letters and combining marks, but the thousands sign ҂.
  if (c >= 0x400 && c <= 0x4ff) return c !== 0x482;
  // General Punctuation: spaces, dashes, quotes, format characters.
  if (c >= 0x2000 && c <= 0x206f) return false;
  wordChar ??= /[\p{L}\p{N}\p{M}]/u;
  return wordChar.test(ch);
}

function classBits(c: number): number {
  let k = classTable[c] as number;
  if (k === 0) {
    k = computeClass(c);
    classTable[c] = k;
  }
  return k;
}

const preimages = new Map<number, readonly number[]>();
let latinInverse: Map<number, number[]> | null = null;

/** The Latin tables inverted once: folded code unit → the letters that fold to it. */
function latinPreimages(): Map<number, number[]> {
  if (latinInverse) return latinInverse;
  const inverse = new Map<number, number[]>();
  for (const [first, table] of LATIN_FOLD_RANGES) {
    for (let i = 0; i < table.length; i++) {
      const f = table.charCodeAt(i);
      const list = inverse.get(f);
      if (list) list.push(first + i);
      else inverse.set(f, [first + i]);
    }
  }
  latinInverse = inverse;
  return inverse;
}
/** Letterlike symbols whose small form is a Latin or Greek letter (Kelvin sign K → k, Ohm sign Ω → ω). */
const LETTERLIKE: readonly [number, number] = [0x2100, 0x214f];
/** Greek and Greek Extended: capitals whose small form is not their simple case pair (ϴ → θ, ᾈ → ᾀ). */
const GREEK: readonly (readonly [number, number])[] = [
  [0x370, 0x3ff],
  [0x1f00, 0x1fff],
];

/**
 * Every code unit that folds to `f`, ascending: the candidate pattern's character classes.
 * tests/lib/matching/text-fold.test.ts checks all 65,536 code units against it.
 */
export function foldPreimages(f: number): readonly number[] {
  const known = preimages.get(f);
  if (known) return known;
  const found = new Set<number>();
  const consider = (c: number) => {
    if (foldCode(c) === f) found.add(c);
  };
  const scan = ([first, last]: readonly [number, number]) => {
    for (let c = first; c <= last; c++) consider(c);
  };
  consider(f);
  const ch = String.fromCharCode(f);
  for (const form of [ch.toUpperCase(), ch.toLowerCase()]) if (form.length === 1) consider(form.charCodeAt(0));
  const greek = GREEK.some(([first, last]) => f >= first && f <= last);
  for (const c of latinPreimages().get(f) ?? []) found.add(c);
  if (f < 0x250 || greek) scan(LETTERLIKE);
  if (greek) for (const range of GREEK) scan(range);
  if (f === SPACE) for (const c of [0x20, ...SPACES]) found.add(c);
  if (f === 0x27) for (const c of APOSTROPHES) found.add(c);
  if (f === 0x2d) for (const c of HYPHENS) found.add(c);
  if (f === 0x435) found.add(0x401).add(0x451);
  const list = [...found].sort((a, b) => a - b);
  preimages.set(f, list);
  return list;
}

/** The code units folded away entirely (IGNORABLE), as ranges. */
export const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0, 0],
  ...[...IGNORABLES].map((c): [number, number] => [c, c]),
  [0x300, 0x36f],
];

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

/**
 * The one comparable form of a name or a search: two strings the matcher cannot tell apart have
 * the same key. The validator's alias-clash check, the briefing's search and the extractor's name
 * merging all compare through it, so "same" means what it means on the page.
 */
export function foldKey(text: string): string {
  return foldText(text).text.trim();
}

/**
 * The text with the invisible format characters removed (soft hyphens, zero-width characters),
 * for showing what a page printed. Combining marks stay: unlike for matching, they are visible.
 */
export function removeInvisible(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!IGNORABLES.has(text.charCodeAt(i))) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
