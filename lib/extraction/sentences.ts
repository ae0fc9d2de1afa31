/**
 * Sentence splitting for article paragraphs, with the stable ids the story schema uses (`s1`…`sN`
 * in reading order). Every statement Backstory shows points at one of these ids, so the split has
 * to survive what news copy is full of: abbreviations and honorifics ("Mr.", "Dr.", "St."),
 * dotted acronyms ("U.S.", "D.A."), initials ("Donald J. Trump", "J. K. Rowling"), decimals,
 * ellipses, a closing quote after the full stop (“….” He said.) and headings without a stop
 * (each paragraph is split on its own, so a heading stays one sentence).
 */

export interface Sentence {
  /** `s1`, `s2`, … in reading order. */
  id: string;
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** A sentence's place in its paragraph: `[start, end)` offsets, trimmed. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence (the next word is a name or number). */
const NO_BREAK_AFTER = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'st',
  'prof',
  'rev',
  'fr',
  'sr',
  'jr',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'cpl',
  'adm',
  'gov',
  'sen',
  'rep',
  // "Reps. Brandon Cole, Terri Vasquez-Holt and …", "Sens. …": plural titles before a list of names.
  'reps',
  'sens',
  'hon',
  'messrs',
  'mme',
  'vs',
  'no',
  'nos',
  'vol',
  'fig',
  'approx',
  'ca',
  'cf',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'det',
  'insp',
  'supt',
  'cmdr',
  'maj',
  'brig',
  'cllr',
  'cr',
]);

/**
 * Capitalised words that start sentences far more often than they follow an abbreviation:
 * "in the U.S. The report…" ends a sentence, "in the U.S. Senate" does not.
 */
const SENTENCE_STARTERS = new Set(
  'the a an it its he she they we i this that these those there but and so yet if when while in on at as for after before since however meanwhile still then our his her their what why how'.split(
    ' ',
  ),
);

const OPENING = /[\p{Lu}\p{N}“‘"'([¿¡…—–-]/u;

/** Splits one paragraph into sentence spans. */
export function splitParagraph(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  // A candidate end: terminal punctuation, any closing quotes or brackets, then white space.
  const end = /([.!?…]+)([”’"')\]]*)(\s+)/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stopAt = m.index + (m[1] as string).length + (m[2] as string).length;
    const next = text.slice(m.index + m[0].length);
    if (!OPENING.test(next.charAt(0))) continue;
    if (!(m[2] as string) && (m[1] as string) === '.' && !breaksAfterPeriod(text, m.index, next)) continue;
    pushSpan(spans, text, start, stopAt);
    start = m.index + m[0].length;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Whether a lone "." at `dot` ends the sentence, given the text that follows it. */
function breaksAfterPeriod(text: string, dot: number, next: string): boolean {
  const before = /(\S+)$/.exec(text.slice(Math.max(0, dot - 40), dot));
  const word = before ? (before[1] as string).replace(/^[“‘"'([]+/, '') : '';
  const lower = word.toLowerCase();
  if (NO_BREAK_AFTER.has(lower)) return false;
  // An initial: "Donald J. Trump", "J. K. Rowling" (but "the Xbox One S. That …" ends one).
  if (/^\p{Lu}$/u.test(word)) return startsSentence(next);
  // A list number ("1. Finland 2. Norway"): one or two digits after a space or a colon.
  if (/^\d{1,2}$/.test(word) && /(^|[\s:])\d{1,2}$/.test(text.slice(0, dot))) return false;
  // A dotted acronym ("U.S.", "D.A.", "p.m."): a break only before a word that usually opens one.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return startsSentence(next);
  return true;
}

function startsSentence(next: string): boolean {
  const nextWord = /^[\p{L}]+/u.exec(next);
  return nextWord !== null && SENTENCE_STARTERS.has(nextWord[0].toLowerCase());
}

/** Splits paragraphs into sentences with ids `s1`…`sN` in reading order. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of splitParagraph(paragraph)) {
      sentences.push({ id: `s${sentences.length + 1}`, text: paragraph.slice(span.start, span.end), paragraph: index });
    }
  });
  return sentences;
}
