/**
 * Sentence splitting for a language with a rule table: a full stop ends a sentence unless it
 * follows one of the language's abbreviations ("M.", "Mme", "z. B.", "Nr.", "Prof."), an initial, or
 * (in German) an ordinal number ("am 3. Mai", "in der 34. Minute"). Closing marks of either
 * language's quotes may stand between the stop and the next sentence ("… fin. » Il …").
 */
import type { SentenceSpan } from '../sentences';
import type { LanguageRules } from './rule-table';

const OPENING = /[\p{Lu}\p{N}«»„“"'(¿¡…—–-]/u;

/** Splits one paragraph into sentence spans, as `splitParagraph` does for English. */
export function splitWithRules(text: string, rules: LanguageRules): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const end = /([.!?…]+)((?:[\s\u00a0\u202f]*[»«”“"’')\]])*)(\s+)/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stopAt = m.index + (m[1] as string).length + (m[2] as string).length;
    const next = text.slice(m.index + m[0].length);
    if (!OPENING.test(next.charAt(0))) continue;
    if (!(m[2] as string) && (m[1] as string) === '.' && !breaksAfterPeriod(text, m.index, next, rules)) continue;
    push(spans, text, start, stopAt);
    start = m.index + m[0].length;
  }
  push(spans, text, start, text.length);
  return spans;
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
