/**
 * The candidate pattern: a native regular expression, made from the first three folded characters
 * of every alias, that tells whether a text could hold a name. The page scan asks it of each text
 * node before doing any work of its own, so text holding no candidate (most of a page) costs one
 * native search and no JavaScript. Inside the runs that pass, `starts` (the same first letters)
 * gives the matcher's trie the places to walk from.
 *
 * It is a filter, never the judge: it matches a superset of what the matcher accepts, and word
 * boundaries, whole names and gating stay with the matcher. Each prefix character carries the
 * case its alias wants there (a capital for a "proper" name's first letter with a case, the
 * letters of an "exact" acronym as printed, see `prefixKey`), so "US" and "NATO" do not pass
 * "Using" or "National". After the first letter, any Latin letter with a diacritic passes for a
 * Latin letter (one short class, whatever case is wanted). The node test also wants the first
 * letter not to follow a common letter or digit. Two things would make the pattern large, so
 * they take a wider path instead:
 * - Invisible characters (soft hyphens, zero-width spaces, combining marks) may sit anywhere in a
 *   name: a text holding one always passes.
 * - A name split across text nodes ("Ze<span>lensky</span>", a drop cap): a text ending part-way
 *   into a prefix passes too.
 */
import { foldPreimages, IGNORABLE_RANGES, isLowerCode, isUpperCode, SPACE } from './text-fold';

/** Folded characters per prefix: enough to skip most capitals, few enough to keep the pattern small. */
export const PREFIX_LENGTH = 3;

/** On a prefix key: the page's character must be a capital. */
export const CAPITAL = 0x10000;
/** On a prefix key: the page's character must not be a capital. */
export const NOT_CAPITAL = 0x20000;
const FOLDED = 0xffff;

/**
 * One prefix character as the pattern wants it: the folded character `f` of the alias's code
 * unit `c`, flagged with the case the matcher will require there (see caseMatches in
 * matcher.ts). `firstCased`: `c` is the alias's first character with a case.
 */
export function prefixKey(c: number, f: number, exact: boolean, firstCased: boolean): number {
  if (f === SPACE) return f;
  if (isUpperCode(c)) return exact || firstCased ? f | CAPITAL : f;
  if (exact && isLowerCode(c)) return f | NOT_CAPITAL;
  return f;
}

export interface CandidatePattern {
  /**
   * Whether a text may hold a name: it holds a name's first characters (not right after a common
   * letter or digit, see NOT_IN_WORD), ends part-way into them, or holds an invisible character
   * (which may sit anywhere inside a name). Meant for one text node's text.
   */
  readonly test: RegExp;
  /**
   * Global, one code unit a match: every place where some alias's first characters start, or
   * where the text ends part-way into them. Exact only in text holding no invisible character
   * (`hasInvisible`): one inside a name's first characters would hide its start.
   */
  readonly starts: RegExp;
  /**
   * Global, one code unit a match: every place any alias could start (every capital when every
   * alias starts with one): the starts to walk in text holding an invisible character. Made on
   * first use (see `candidatesFrom`).
   */
  readonly everyStart: RegExp;
}

/** A regular expression as JSON can hold it (matcher tables bundled at build time keep theirs so). */
export type RegExpSource = readonly [source: string, flags: string];

/**
 * The three patterns, `everyStart` made the first time it is read: a Unicode-property class is
 * slow to parse on a renderer's first page (docs/decisions/0006), and few pages hold an
 * invisible character.
 */
export function candidatesFrom(test: RegExp, starts: RegExp, everyStart: RegExpSource): CandidatePattern {
  let made: RegExp | undefined;
  return {
    test,
    starts,
    get everyStart() {
      made ??= new RegExp(everyStart[0], everyStart[1]);
      return made;
    },
  };
}

/** Whether a text holds a character the fold ignores (soft hyphen, zero-width space, combining mark…). */
export const hasInvisible = (text: string): boolean => INVISIBLE_TEST.test(text);

interface PrefixNode {
  children: Map<number, PrefixNode>;
  /** A prefix ends here: whatever follows, the place is a candidate. */
  leaf: boolean;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** A code unit inside a character class: itself when that is safe (shorter), else escaped. */
const classChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c > 0xff && (c < 0xd800 || c > 0xdfff))
    ? String.fromCharCode(c)
    : hex(c);

function classSource(units: readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && (units[j + 1] as number) === (units[j] as number) + 1) j++;
    out += j > i ? `${classChar(units[i] as number)}-${classChar(units[j] as number)}` : classChar(units[i] as number);
    i = j + 1;
  }
  return out;
}

const INVISIBLE = `[${IGNORABLE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;
const INVISIBLE_TEST = new RegExp(INVISIBLE);
/**
 * Every Latin letter with a diacritic, loosely: the precomputed fold tables' ranges (× and ÷
 * included), written as the characters themselves to keep a 10,000-name pattern small.
 */
const LATIN_MARKED = '\u00c0-\u024f\u1e00-\u1eff';
/** The Kelvin sign folds to k. */
const KELVIN = '\u212a';
/** The text ends part-way into a prefix: the name may go on in the next text node. */
const CUT = '\\s*$';
/**
 * Not after a letter or digit of the Latin, Greek or Cyrillic scripts: a name starts a word, and
 * inside one text node nothing can make a place after such a character a word start. This keeps
 * the capitals inside words (acronyms, "iPhone", "NSS" for an alias "SS") from passing a node.
 * A subset of the matcher's word characters, so that the filter stays a superset.
 */
const NOT_IN_WORD =
  '(?<![0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u052f])';

/** Every place a name could start when some alias does not start with a capital ("de Gaulle", "9/11"). */
const WORD_STARTS = ['[\\p{L}\\p{N}\\p{M}]', 'gu'] as const;
/** Every capital of every script (Lu, Lt, Nl hold every word character with a small form). */
const CAPITAL_STARTS = ['[\\p{Lu}\\p{Lt}\\p{Nl}]', 'gu'] as const;

/** Whether the loose class of Latin letters with diacritics stands in for this key after a first letter. */
const isLooseLatin = (key: number, first: boolean): boolean => {
  const f = key & FOLDED;
  return !first && f >= 0x61 && f <= 0x7a;
};

/**
 * The page characters a prefix key admits, as character-class contents. A first letter is
 * spelled out exactly: a loose class there would let every word of Czech or Portuguese text
 * through (its small letters with diacritics). After it, a Latin letter takes the plain letter
 * and, loosely, every Latin letter with a diacritic (LATIN_MARKED, added by charClassSource): a
 * short class.
 */
function classContents(key: number, first: boolean): string {
  const f = key & FOLDED;
  if (f === SPACE) return '\\s';
  const wants = key & ~FOLDED;
  if (isLooseLatin(key, first)) {
    const small = String.fromCharCode(f);
    const capital = `${String.fromCharCode(f - 32)}${f === 0x6b ? KELVIN : ''}`;
    return wants === CAPITAL ? capital : wants === NOT_CAPITAL ? small : small + capital;
  }
  const preimages = foldPreimages(f);
  if (wants === CAPITAL) return classSource(preimages.filter(isUpperCode));
  if (wants === NOT_CAPITAL) return classSource(preimages.filter((c) => !isUpperCode(c)));
  return classSource(preimages);
}

/** The page characters that any of `keys` admits, as one class. */
function charClassSource(keys: readonly number[], first: boolean): string {
  let contents = '';
  let latin = false;
  for (const key of keys) {
    contents += classContents(key, first);
    if (isLooseLatin(key, first)) latin = true;
  }
  return `[${contents}${latin ? LATIN_MARKED : ''}]`;
}

function alternatives(node: PrefixNode, first: boolean): string {
  const parts: string[] = [];
  // Children ending a prefix share one class: "Vo[lnr]", not "Vo(?:l|n|r)" (smaller, and quicker to run).
  const leaves: number[] = [];
  for (const [key, child] of node.children) {
    if (child.leaf) {
      leaves.push(key);
      continue;
    }
    // A space may stand for a run of spaces.
    const head = charClassSource([key], first) + ((key & FOLDED) === SPACE ? '+' : '');
    parts.push(`${head}(?:${alternatives(child, false)}|${CUT})`);
  }
  if (leaves.length > 0) parts.push(charClassSource(leaves, first));
  return parts.join('|');
}

/**
 * The pattern for a catalog, from the starts of its aliases (up to PREFIX_LENGTH keys each, see
 * `prefixKey`; SPACE for any run of spaces). Null when no alias can match anything.
 */
export function candidatePattern(prefixes: readonly (readonly number[])[]): CandidatePattern | null {
  const root: PrefixNode = { children: new Map(), leaf: false };
  for (const prefix of prefixes) {
    if (prefix.length === 0) continue;
    let node = root;
    for (let i = 0; i < prefix.length && i < PREFIX_LENGTH && !node.leaf; i++) {
      const f = prefix[i] as number;
      let child = node.children.get(f);
      if (!child) {
        child = { children: new Map(), leaf: false };
        node.children.set(f, child);
      }
      node = child;
    }
    // A shorter prefix covers every longer one that starts with it.
    node.leaf = true;
    node.children.clear();
  }
  if (root.children.size === 0) return null;
  const branches = alternatives(root, true);
  // The leading class lets the search pass, with one test, every place where no prefix and no
  // invisible character starts (most of a text) instead of trying each first letter's branch in
  // turn, which is much faster with many names (docs/decisions/0009).
  const firstKeys = [...root.children.keys()];
  const firsts = charClassSource(firstKeys, true).slice(1, -1);
  // When every alias starts with a capital, text holding an invisible character needs only its
  // capitals walked.
  const everyStart = firstKeys.every((key) => (key & CAPITAL) !== 0) ? CAPITAL_STARTS : WORD_STARTS;
  return candidatesFrom(
    // Only the node test looks behind: `starts` also runs over runs of joined nodes, where the
    // place after a joint may start a word whatever precedes it (see Matcher.isWordStart).
    new RegExp(`(?=[${firsts}${INVISIBLE.slice(1, -1)}])(?:${NOT_IN_WORD}(?:${branches})|${INVISIBLE})`),
    // Not every capital: on a news page most capitals start no name, and each one walked is
    // JavaScript (cold code, in a content script) where this is one native search.
    new RegExp(`(?=[${firsts}])(?=${branches})[^]`, 'g'),
    everyStart,
  );
}
