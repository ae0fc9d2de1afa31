/**
 * Who spoke a block quotation: it is introduced by the paragraph before it ("Here's how it
 * works."), so the one person that paragraph names, or, when it names nobody, what its "he"/"she"
 * stands for ("Here is what she told the forum:"), which quotes.ts resolves as any pronoun.
 */
import { SPEAKER_PRONOUNS } from './lexicon';
import { type SpeakerMention, wordsIn } from './quote-attribution';
import type { Range } from './quote-marks';
import { sentenceParagraph, type WorkingQuote } from './quote-scene';

export function attributeBlock(
  text: string,
  q: WorkingQuote,
  sentences: readonly Range[],
  names: readonly SpeakerMention[],
): void {
  const intro = sentences.filter((s) => s.paragraph === q.paragraph - 1);
  const inIntro = names.filter((m) => m.kind === 'person' && sentenceParagraph(sentences, m.start) === q.paragraph - 1);
  const people = new Set(inIntro.map((m) => m.entity));
  q.rule = 'block quote';
  if (people.size === 1 && inIntro[0]?.entity) q.speaker = inIntro[0].entity;
  if (inIntro.length > 0 || intro.length === 0) return;
  const words = wordsIn(text, (intro[0] as Range).start, (intro[intro.length - 1] as Range).end);
  const pronoun = words.find((w) => /^(?:he|she)$/i.test(w.text) && SPEAKER_PRONOUNS.has(w.text.toLowerCase()));
  if (pronoun) q.pronounAt = pronoun.start;
}
