/**
 * Quote marks paired per paragraph: curly and straight double quotes, and British single quotes
 * told apart from apostrophes (it’s, Umerov’s, the leaders’ plan) by what stands either side. A
 * quote inside a quote stays part of the outer one; a double quote left open at a paragraph's end
 * runs to it (the convention for a quotation that goes on in the next paragraph), and so does a
 * single one that opened the paragraph when the next paragraph opens with one too.
 */

export interface QuoteSpan {
  /** Offsets of the quoted words (marks excluded) in the article text. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (`close` is the text end when left open). */
  open: number;
  close: number;
  paragraph: number;
  /** A block quotation: printed as its own paragraph(s), without quote marks. */
  block?: boolean;
}

/** A paragraph's place in the article text. */
export interface Range {
  start: number;
  end: number;
  paragraph: number;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Quote spans of every paragraph (outermost only), in reading order. */
export function findQuoteSpans(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    spans.push(...quotesInParagraph(text, p, next !== undefined && opensWithSingleQuote(text, next.start)));
  });
  return spans.filter((s) => !spans.some((o) => o !== s && o.open <= s.open && o.close >= s.close));
}

/** The paragraph at `start` opens with a single quote mark: ‘Ask …, 'Ask …. */
function opensWithSingleQuote(text: string, start: number): boolean {
  return text.charAt(start) === '‘' || (text.charAt(start) === "'" && LETTER.test(text.charAt(start + 1)));
}

/**
 * `nextReopens`: the next paragraph opens with a single quote mark, so a single quote left open
 * here goes on there (British style: ‘… / ‘…’), and runs to this paragraph's end.
 */
function quotesInParagraph(text: string, p: Range, nextReopens = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  const record = (open: number, close: number, closeLength: number) => {
    spans.push({ start: open + 1, end: close, open, close: close + closeLength, paragraph: p.paragraph });
  };
  for (let i = p.start; i < p.end; i++) {
    const c = text.charAt(i);
    const before = i > p.start ? text.charAt(i - 1) : ' ';
    const after = i + 1 < p.end ? text.charAt(i + 1) : ' ';
    const top = stack[stack.length - 1];
    if (c === '“' || c === '„') stack.push({ mark: '“', at: i });
    else if (c === '”') {
      const k = stack.map((s) => s.mark).lastIndexOf('“');
      if (k >= 0) {
        record((stack[k] as { at: number }).at, i, 1);
        stack.length = k;
      } else if (top?.mark === '"') {
        record(top.at, i, 1);
        stack.pop();
      }
    } else if (c === '"') {
      if (top?.mark === '"' && !LETTER.test(after)) {
        record(top.at, i, 1);
        stack.pop();
      } else if (!LETTER.test(before)) stack.push({ mark: '"', at: i });
    } else if (c === '‘' || (c === "'" && !LETTER.test(before) && LETTER.test(after))) {
      if (!LETTER.test(before)) stack.push({ mark: "'", at: i });
    } else if ((c === '’' || c === "'") && top?.mark === "'" && closesSingle(text, i, p.end)) {
      record(top.at, i, 1);
      stack.pop();
    }
  }
  // A double quote left open runs to the paragraph's end (the next paragraph reopens it); so does
  // a single one when the next paragraph reopens it.
  const open = stack.find((s) => s.mark !== "'" || (nextReopens && s.at === p.start));
  if (open) spans.push({ start: open.at + 1, end: p.end, open: open.at, close: p.end, paragraph: p.paragraph });
  return spans.sort((a, b) => a.open - b.open);
}

/** Whether a ’ closes a single-quoted span rather than being an apostrophe. */
function closesSingle(text: string, i: number, end: number): boolean {
  const before = text.charAt(i - 1);
  const after = i + 1 < end ? text.charAt(i + 1) : ' ';
  if (LETTER.test(after)) return false; // it’s, Umerov’s
  // "the leaders’ decision": a plural possessive inside the quote, not its end.
  if (
    before === 's' &&
    /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) &&
    !/^\s+(?:he|she|they|said|says)\b/.test(text.slice(i + 1, i + 12))
  )
    return false;
  return true;
}
