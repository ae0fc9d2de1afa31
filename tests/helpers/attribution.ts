/**
 * Quote attribution on a small document whose names are given by hand: the paragraphs are laid out
 * as extractArticle lays them out (joined by line breaks, split into sentences, quote marks paired),
 * then attributeQuotes runs on them, so that a test sees the speaker rules without the name finder's
 * choices (which names compromise happens to find, which gender it gives them).
 */
import type { SpeakerMention } from '../../lib/extraction/quote-attribution';
import { findQuoteSpans, type QuoteSpan, type Range } from '../../lib/extraction/quote-marks';
import { attributeQuotes } from '../../lib/extraction/quotes';
import { splitParagraph } from '../../lib/extraction/sentences';

/** A name to mark wherever it stands as a word: each occurrence is one mention of `entity`. */
export interface GivenName {
  name: string;
  /** The entity it names (default: the name itself), so that "Pike" can be Graham Pike. */
  entity?: string;
  kind?: 'person' | 'organisation';
  gender?: 'male' | 'female';
  /** Left unresolved: a mention that belongs to no entity. */
  unresolved?: boolean;
}

export interface Attribution {
  /** Who spoke the quote that opens with `opening` (undefined: nobody). */
  speakerOf(opening: string): string | undefined;
  /** Each quote, with the rule that gave its speaker or refused one (what the eval's audit prints). */
  quotes: readonly { text: string; speaker?: string; rule?: string }[];
}

export interface Document {
  text: string;
  sentences: Range[];
  spans: QuoteSpan[];
  names: SpeakerMention[];
}

/**
 * The document as attributeQuotes reads it. Longer names are marked first, so "Graham Pike" is one
 * mention and a later "Pike" another; a name followed by "'s" or "’s" is marked possessive.
 * `blocks`: the paragraphs printed as a block quotation (without quote marks).
 */
export function documentOf(
  paragraphs: readonly string[],
  named: readonly (string | GivenName)[],
  blocks: readonly number[] = [],
): Document {
  const text = paragraphs.join('\n');
  const sentences: Range[] = [];
  const ranges: Range[] = [];
  let offset = 0;
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitParagraph(p)) sentences.push({ start: offset + s.start, end: offset + s.end, paragraph });
    ranges.push({ start: offset, end: offset + p.length, paragraph });
    offset += p.length + 1;
  });
  const spans = findQuoteSpans(text, ranges);
  for (const paragraph of blocks) {
    const { start, end } = ranges[paragraph] as Range;
    spans.push({ start, end, open: start, close: end, paragraph, block: true });
  }
  spans.sort((a, b) => a.open - b.open);
  const given = named
    .map((n) => (typeof n === 'string' ? { name: n } : n))
    .sort((a, b) => b.name.length - a.name.length);
  const names: SpeakerMention[] = [];
  for (const n of given) {
    const word = new RegExp(`(?<![\\p{L}])${n.name}(?![\\p{L}])`, 'gu');
    for (const match of text.matchAll(word)) {
      const start = match.index;
      const end = start + n.name.length;
      if (names.some((m) => start < m.end && m.start < end)) continue;
      const mention: SpeakerMention = {
        start,
        end,
        kind: n.kind ?? 'person',
        possessive: /^['’]s\b/.test(text.slice(end, end + 3)),
      };
      if (!n.unresolved) mention.entity = n.entity ?? n.name;
      if (n.gender) mention.gender = n.gender;
      names.push(mention);
    }
  }
  names.sort((a, b) => a.start - b.start);
  return { text, sentences, spans, names };
}

/** Attributes the quotes of `paragraphs`, whose people and organisations are `named`. */
export function attribute(
  paragraphs: readonly string[],
  named: readonly (string | GivenName)[],
  options: { blocks?: readonly number[]; roles?: ReadonlyMap<string, string> } = {},
): Attribution {
  const { text, sentences, spans, names } = documentOf(paragraphs, named, options.blocks);
  const quotes = attributeQuotes(text, spans, sentences, names, options.roles);
  return {
    quotes,
    speakerOf(opening) {
      const quote = quotes.find((q) => q.text.startsWith(opening));
      if (!quote) throw new Error(`no quote "${opening}" in ${quotes.map((q) => q.text).join(' | ')}`);
      return quote.speaker;
    },
  };
}
