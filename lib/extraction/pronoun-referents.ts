/**
 * What a speaker's "he" or "she" may stand for, beyond the names quotes.ts weighs: a person the
 * text introduces without a name ("My daughter is nine. Last month she asked me, “…”"), whose
 * words are nobody's the article names; and a pronoun that reports speech in the sentence before a
 * quote ("She said the tanker had not come. “They told us …”"), which the quote continues.
 */
import { isRoleWord, SPEAKER_PRONOUNS, SPEECH_VERBS } from './lexicon';
import { isPlainPerson } from './name-evidence';
import type { SpeakerMention } from './quote-attribution';
import { wordsIn } from './quote-attribution';
import type { Range } from './quote-marks';

const DETERMINERS = /^(?:my|his|her|their|our|your|a|an|the|one)$/i;

/** The sentence of its paragraph before the one that holds `at`, if any. */
function sentenceBefore(sentences: readonly Range[], at: number): Range | undefined {
  const own = sentences.find((s) => at >= s.start && at < s.end);
  if (!own) return undefined;
  return sentences.filter((s) => s.paragraph === own.paragraph && s.end <= own.start).pop();
}

/**
 * The sentence before the pronoun's opens with an unnamed person as its subject ("My daughter
 * is nine.", "A neighbour ran outside.") and names no person: the pronoun is theirs, so a
 * quote it speaks has no speaker the article names.
 */
export function unnamedPersonBefore(
  text: string,
  sentences: readonly Range[],
  pronounAt: number,
  names: readonly SpeakerMention[],
  insideQuote: (pos: number) => boolean,
): boolean {
  const before = sentenceBefore(sentences, pronounAt);
  if (!before) return false;
  if (names.some((m) => m.kind === 'person' && m.start >= before.start && m.end <= before.end)) return false;
  // The writer's words only: "“My husband is stubborn. He loves that hat,” she says." is hers.
  const [determiner, first, second] = wordsIn(text, before.start, before.end);
  if (!determiner || insideQuote(determiner.start)) return false;
  if (!determiner || !first || !DETERMINERS.test(determiner.text)) return false;
  const personNoun = (word: string | undefined) =>
    word !== undefined && word === word.toLowerCase() && (isRoleWord(word) || isPlainPerson(word));
  // "My daughter", "My youngest daughter": the head, or one modifier before it.
  return personNoun(first.text) || (first.text === first.text.toLowerCase() && personNoun(second?.text));
}

/**
 * "She said the tanker in her street had not come at all. “They told us …”": the pronoun that
 * opens a sentence before the quote in its paragraph and reports speech, when that paragraph
 * names nobody before the quote. Returns the pronoun's offset.
 */
export function reportingPronounBefore(
  text: string,
  sentences: readonly Range[],
  quoteOpen: number,
  names: readonly SpeakerMention[],
): number | undefined {
  const own = sentences.find((s) => quoteOpen >= s.start && quoteOpen < s.end);
  if (!own) return undefined;
  const before = sentences.filter((s) => s.paragraph === own.paragraph && s.end <= quoteOpen);
  const first = before[0];
  if (!first || names.some((m) => m.start >= first.start && m.start < quoteOpen)) return undefined;
  for (const sentence of before.reverse()) {
    const [pronoun, verb] = wordsIn(text, sentence.start, sentence.end);
    if (
      pronoun &&
      verb &&
      SPEAKER_PRONOUNS.has(pronoun.text.toLowerCase()) &&
      SPEECH_VERBS.has(verb.text.toLowerCase())
    )
      return pronoun.start;
  }
  return undefined;
}
