/**
 * Quote marks paired per paragraph by the language's table: « » in French, „ “ and » « in German
 * (where » opens), English curly quotes as a fallback. A quote inside a quote stays part of the
 * outer one; a quote left open at a paragraph's end runs to it (a quotation that goes on in the
 * next paragraph).
 */
import type { QuoteSpan, Range } from '../quote-marks';
import type { LanguageRules } from './rule-table';

/** Outermost quote spans of every paragraph, in reading order. */
export function findQuotesWithRules(text: string, paragraphs: readonly Range[], rules: LanguageRules): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const p of paragraphs) {
    const stack: { mark: string; at: number }[] = [];
    for (let i = p.start; i < p.end; i++) {
      const c = text.charAt(i);
      const top = stack[stack.length - 1];
      if (top && rules.quotePairs.get(top.mark)?.includes(c)) {
        stack.pop();
        if (stack.length === 0) spans.push(span(text, top.at, i, i + 1, p.paragraph));
      } else if (rules.quotePairs.has(c)) {
        stack.push({ mark: c, at: i });
      }
    }
    const open = stack[0];
    if (open) spans.push(span(text, open.at, p.end, p.end, p.paragraph));
  }
  return spans;
}

function span(text: string, open: number, closeAt: number, close: number, paragraph: number): QuoteSpan {
  let start = open + 1;
  let end = closeAt;
  while (start < end && /[\s\u00a0\u202f]/.test(text.charAt(start))) start++;
  while (end > start && /[\s\u00a0\u202f]/.test(text.charAt(end - 1))) end--;
  return { start, end, open, close, paragraph };
}
