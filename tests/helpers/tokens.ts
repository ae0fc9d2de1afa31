/**
 * Shared helper for the tests of single extraction rules: the words of a few paragraphs, tagged
 * and split into sentences as the pipeline does, so a rule can be asked about one name.
 */
import { splitParagraph } from '../../lib/extraction/sentences';
import { type ArticleLayout, type Token, tokenize } from '../../lib/extraction/tokens';

export interface Words {
  text: string;
  tokens: Token[];
  /** Index of the word printed as `word` (the `nth` such word, from 0). */
  at(word: string, nth?: number): number;
}

export function wordsOf(...paragraphs: string[]): Words {
  const sentences: ArticleLayout['sentences'][number][] = [];
  let text = '';
  paragraphs.forEach((p, paragraph) => {
    if (paragraph > 0) text += '\n';
    const offset = text.length;
    text += p;
    for (const s of splitParagraph(p)) sentences.push({ start: offset + s.start, end: offset + s.end, paragraph });
  });
  const tokens = tokenize({ text, sentences });
  return {
    text,
    tokens,
    at(word, nth = 0) {
      const found = tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0)[nth];
      if (found === undefined) throw new Error(`no word "${word}" in ${tokens.map((t) => t.text).join(' ')}`);
      return found;
    },
  };
}
