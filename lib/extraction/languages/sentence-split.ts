/**
 * Sentence splitting for a language with a rule table: a full stop ends a sentence unless it
 * follows one of the language's abbreviations ("M.", "Mme", "z. B.", "Nr.", "Prof."), an initial, or
 * (in German) an ordinal number ("am 3. Mai", "in der 34. Minute"). Closing marks of either
 * language's quotes may stand between the stop and the next sentence ("… fin. » Il …"); a mark
 * that opens a quote there ("… fin. « Nous …") begins the next one.
 */
import type { SentenceSpan } from '../sentences';
import type { LanguageRules } from './rule-table';

const OPENING = /[\p{Lu}\p{N}«»„“"'(¿¡…—–-]/u;

/** Splits one paragraph into sentence spans, as `splitParagraph` does for English. */
export function splitWithRules(text: string, rules: LanguageRules): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const open = new OpenQuotes(text, rules);
  let start = 0;
  const end = /([.!?…]+)((?:[\s\u00a0\u202f]*[»«”“"’')\]])*)(\s+)/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const marksAt = m.index + (m[1] as string).length;
    const stopAt = marksAt + open.closedBy(m[2] as string, marksAt);
    const nextAt = stopAt === marksAt + (m[2] as string).length ? m.index + m[0].length : stopAt;
    const next = text.slice(nextAt).trimStart();
    if (!OPENING.test(next.charAt(0))) continue;
    if (stopAt === marksAt && (m[1] as string) === '.' && !breaksAfterPeriod(text, m.index, next, rules)) continue;
    push(spans, text, start, stopAt);
    start = nextAt;
  }
  push(spans, text, start, text.length);
  return spans;
}

/**
 * The quotes open so far in a paragraph, read up to each sentence end in turn: whether a mark after
 * a full stop closes one of them or opens a new quote (« opens in French, closes »…« in German).
 */
class OpenQuotes {
  private readonly stack: string[] = [];
  private readAt = 0;

  constructor(
    private readonly text: string,
    private readonly rules: LanguageRules,
  ) {}

  /** The length of `marks` (at `at`) that closes what is open: it ends before a mark that opens. */
  closedBy(marks: string, at: number): number {
    for (; this.readAt < at; this.readAt++) this.read(this.text.charAt(this.readAt));
    let closed = 0;
    for (let i = 0; i < marks.length; i++) {
      const c = marks.charAt(i);
      if (/\s/.test(c)) continue;
      const top = this.stack[this.stack.length - 1];
      if (!(top && this.rules.quotePairs.get(top)?.includes(c)) && this.rules.quotePairs.has(c)) break;
      this.read(c);
      closed = i + 1;
    }
    this.readAt = at + closed;
    return closed;
  }

  private read(c: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && this.rules.quotePairs.get(top)?.includes(c)) this.stack.pop();
    else if (this.rules.quotePairs.has(c)) this.stack.push(c);
  }
}

function push(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

function breaksAfterPeriod(text: string, dot: number, next: string, rules: LanguageRules): boolean {
  const before = /(\S+)$/.exec(text.slice(Math.max(0, dot - 40), dot));
  const word = before ? (before[1] as string).replace(/^[«»„“"'([]+/, '') : '';
  const lower = word.toLowerCase();
  if (rules.noBreakAfter.has(lower)) return false;
  // "z. B.", "u. a.", "d. h.": a lower-case letter and its full stop.
  if (/^\p{Ll}$/u.test(word)) return false;
  // An initial ("Jean M. Dupont"), or "M." before a surname: a break only before a common opener.
  if (/^\p{Lu}$/u.test(word)) return rules.openers.has(/^\p{L}+/u.exec(next)?.[0].toLowerCase() ?? '');
  // "am 3. Mai", "auf dem 14. Rang": an ordinal; a year ("2026.") ends the sentence.
  if (rules.ordinalDots && /^\d{1,3}$/.test(word)) return false;
  return true;
}
