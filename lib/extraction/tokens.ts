/**
 * Words of the article with compromise's part-of-speech and name tags, in article offsets.
 * compromise reads the whole article once (its document costs tens of milliseconds to build, so
 * never one per sentence); its terms are then regrouped into words as the name rules need them
 * (a hyphenated "François-Xavier" is one word, compromise makes two terms) and assigned to
 * Backstory's own sentences, whose boundaries differ from compromise's in places.
 */
import nlp from 'compromise/two';

/** A word of the article. Offsets index the article text (see `ArticleLayout`). */
export interface Token {
  /** The word as printed, possessive included ("Umerov’s"), without surrounding punctuation. */
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the word is in. */
  sentence: number;
  /** compromise's tags: "Person", "FirstName", "Place", "Verb"… */
  tags: ReadonlySet<string>;
}

/** The article as one string, with each sentence's place in it. */
export interface ArticleLayout {
  text: string;
  /** `[start, end)` of each sentence in `text`, in order. */
  sentences: readonly { start: number; end: number; paragraph: number }[];
}

interface OffsetTerm {
  text: string;
  post: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

/** Tags and regroups the article's words: one compromise document for the whole article. */
export function tokenize(layout: ArticleLayout): Token[] {
  const doc = nlp(layout.text);
  doc.compute('offset');
  const terms = doc.termList() as unknown as OffsetTerm[];
  const tokens: Token[] = [];
  let sentence = 0;
  let previous: OffsetTerm | undefined;
  for (const term of terms) {
    if (!term.offset || !term.text) continue;
    const start = term.offset.start;
    const end = start + term.offset.length;
    const last = tokens[tokens.length - 1];
    // compromise splits "Putin-Zelensky" and "François-Xavier" at the hyphen: one word here.
    if (last && previous && /^[-‐‑]$/.test(previous.post) && last.end + 1 === start) {
      tokens[tokens.length - 1] = {
        ...last,
        text: layout.text.slice(last.start, end),
        end,
        tags: new Set([...last.tags].filter((t) => t !== 'Hyphenated')),
      };
      previous = term;
      continue;
    }
    while (sentence < layout.sentences.length - 1 && start >= (layout.sentences[sentence] as { end: number }).end)
      sentence++;
    tokens.push({ text: term.text, start, end, sentence, tags: term.tags ?? new Set() });
    previous = term;
  }
  return tokens;
}

/** The text between two words: spaces, punctuation. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Whether a word begins with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The word without a possessive ending: "Umerov’s" → "Umerov", "leaders’" stays. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isPossessive(word: string): boolean {
  return /\p{L}['’]s$/u.test(word);
}

/**
 * Index of the token after a name's bracketed age, "Siobhán Ní Bhriain (29), a nurse", as Irish
 * and Australian papers print it; -1 when no age in brackets and a comma follow the name.
 */
export function afterBracketedAge(text: string, tokens: readonly Token[], last: number): number {
  const name = tokens[last];
  const age = tokens[last + 1];
  const next = tokens[last + 2];
  if (!name || !age || !next || age.sentence !== name.sentence || next.sentence !== name.sentence) return -1;
  if (!/^\d{1,3}$/.test(age.text) || !/^\s*\($/.test(gapBetween(text, name, age))) return -1;
  return /^\),\s*$/.test(gapBetween(text, age, next)) ? last + 2 : -1;
}
