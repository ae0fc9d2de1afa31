/**
 * The words of an article in a language read by rule table, in article offsets, with the sentence
 * each is in. Elided articles and prepositions are words of their own ("l'" "Économie",
 * "d'" "Iñaki"), so that a name after them starts a name. No part-of-speech tags: the rules
 * read capitals, the rule table's lists and punctuation.
 */
import type { ArticleLayout } from '../tokens';

export interface Word {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*\+?/gu;
const ELISION = /^((?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’])(\p{L}.*)$/iu;

/** The article's words, in order. */
export function wordsOf(layout: ArticleLayout): Word[] {
  const words: Word[] = [];
  let sentence = 0;
  for (const m of layout.text.matchAll(WORD)) {
    const start = m.index as number;
    while (sentence < layout.sentences.length - 1 && start >= (layout.sentences[sentence] as { end: number }).end)
      sentence++;
    const elided = ELISION.exec(m[0]);
    if (elided) {
      const head = elided[1] as string;
      words.push({ text: head.replace('’', "'"), start, end: start + head.length, sentence });
      words.push({ text: elided[2] as string, start: start + head.length, end: start + m[0].length, sentence });
    } else {
      words.push({ text: m[0], start, end: start + m[0].length, sentence });
    }
  }
  return words;
}

/** A word that can be part of a name: "Daubigny", "Nguyen-Ferrari", "al-Khatib", "Şahin". */
export function isNameWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text) || /^(?:al|el|ibn|bin|ben)-\p{Lu}\p{Ll}/u.test(text);
}
