/**
 * Names that are one organisation's though split in two: "Stanford University's Center on Poverty
 * and Inequality", "University of Oxford", "Devon and Cornwall Police".
 */

import { ORG_HEADS, ORG_SUFFIXES } from './lexicon';
import type { Mention } from './mention';

/** "Stanford University's Center on Poverty and Inequality", "University of Oxford": one name. */
export function mergeOrganisationPhrases(text: string, mentions: Mention[]): Mention[] {
  const merged: Mention[] = [];
  let extended: Mention | undefined;
  for (const mention of mentions) {
    const prev = merged[merged.length - 1];
    if (prev && prev.sentence === mention.sentence && !prev.possessive && prev.kind !== 'person') {
      const between = text.slice(prev.end, mention.start);
      const lastWord = (prev.words[prev.words.length - 1] as string).toLowerCase();
      const orgEnding = ORG_SUFFIXES.has(lastWord) || ORG_HEADS.has(lastWord);
      // "Devon and Cornwall Police", "Avon and Somerset Constabulary": one word joined to an
      // organisation's name is the first half of the area it serves.
      const sharedName =
        prev.words.length === 1 &&
        mention.words.length >= 2 &&
        ORG_SUFFIXES.has((mention.words[mention.words.length - 1] as string).toLowerCase()) &&
        /^\s+(?:and|&)\s+$/.test(between);
      const joins =
        (orgEnding && /^\s+(?:of|for|on)(?:\s+the)?\s+$/.test(between)) ||
        (prev === extended && /^\s+and\s+$/.test(between)) ||
        sharedName;
      if (joins) {
        extended = {
          ...prev,
          kind: 'organisation',
          last: mention.last,
          end: mention.end,
          words: [...prev.words, ...between.trim().split(/\s+/), ...mention.words],
          name: text.slice(prev.start, mention.end),
          form: text.slice(prev.start, mention.end),
          possessive: mention.possessive,
        };
        merged[merged.length - 1] = extended;
        continue;
      }
    }
    merged.push(mention);
  }
  return merged;
}
