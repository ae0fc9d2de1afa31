/**
 * What a speaker's "he" or "she" may stand for, beyond the names quotes.ts weighs: a person the
 * text introduces without a name ("My daughter is nine. Last month she asked me, “…”"), whose
 * words are nobody's the article names; and a pronoun that reports speech in the sentence before a
 * quote ("She said the tanker had not come. “They told us …”"), which the quote continues; and the
 * person who opens the pronoun's own paragraph ("Ward councillor X, of the ANC, blamed …. “…,” he
 * said.").
 */
import { isRoleWord, SPEAKER_PRONOUNS, SPEECH_VERBS } from './lexicon';
import type { SpeakerMention } from './quote-attribution';
import { wordsIn } from './quote-attribution';
import type { Range } from './quote-marks';
import { isPlainPerson } from './role-nouns';

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
  const pronoun = (wordsIn(text, pronounAt, pronounAt + 4)[0]?.text ?? '').toLowerCase();
  let before = sentenceBefore(sentences, pronounAt);
  // "A midwife in Ibadan called Mama Ronke. She had no training …. She used to tell us, “…”": the
  // sentences that go on with the same pronoun lead back to whom it was first said of.
  while (before && (wordsIn(text, before.start, before.end)[0]?.text ?? '').toLowerCase() === pronoun)
    before = sentenceBefore(sentences, before.start);
  if (!before) return false;
  // "Adebayo-Hart: A midwife …": an interview's answer label is not part of the answer's sentence.
  const label = names.find((m) => m.start === before?.start && /^:\s/.test(text.slice(m.end, m.end + 2)));
  const from = label ? label.end + 1 : before.start;
  if (names.some((m) => m.kind === 'person' && m.start >= from && m.end <= before.end)) return false;
  // The writer's words only: "“My husband is stubborn. He loves that hat,” she says." is hers.
  const [determiner, first, second] = wordsIn(text, from, before.end);
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

/**
 * "Ward councillor Sipho Dlamini, of the ANC, blamed …. “…,” he said.": the one person the
 * pronoun's paragraph names before it, as the subject of a sentence before the pronoun's. A name
 * in the pronoun's own sentence ("Lehtola, he later said, taught him “…”") is not who the pronoun
 * is: the writer would have named them again.
 */
export function paragraphSubjectBefore(
  text: string,
  sentences: readonly Range[],
  names: readonly SpeakerMention[],
  at: number,
  fits: (m: SpeakerMention) => boolean,
): string | undefined {
  const own = sentences.find((s) => at >= s.start && at < s.end);
  if (!own) return undefined;
  const earlier = sentences.filter((s) => s.paragraph === own.paragraph && s.end <= own.start);
  const first = earlier[0];
  const people = names.filter((m) => m.kind === 'person' && m.start >= (first?.start ?? own.start) && m.start < at);
  const entity = people[0]?.entity;
  if (!entity || people.some((m) => m.entity !== entity)) return undefined;
  if (people.some((m) => m.start >= own.start)) return undefined;
  const subject = people.find(
    (m) =>
      !m.possessive &&
      fits(m) &&
      earlier.some((s) => m.start >= s.start && wordsIn(text, s.start, m.start).length <= 2),
  );
  return subject?.entity;
}
