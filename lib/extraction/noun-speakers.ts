/**
 * Who "the judge said", "the spokesperson said" or "the company said" stands for: the one person
 * named so far whose stated role ends in that noun; the one organisation whose spokesperson the
 * paragraph or the one before introduced; the one organisation named, named by that noun, or
 * reported speaking just before. Nobody when more than one fits.
 */
import { isOccupationNoun } from './lexicon';
import { isSpokesperson, type SpeakerMention, wordsIn } from './quote-attribution';
import type { QuoteScene, WorkingQuote } from './quote-scene';
import { namedByItsNoun, organisationReportedBefore } from './reported-speakers';
import { onlyOne } from './speakers-in-reach';

/** The speaker of quote `q`, whose common noun is at `nounAt`; `roles`: each person's stated role. */
export function nounSpeaker(
  scene: QuoteScene,
  q: WorkingQuote,
  nounAt: number,
  roles: ReadonlyMap<string, string>,
  /** Told which of the rules below decided (for the eval's audit). */
  note: (rule: string) => void = () => {},
): string | undefined {
  const { text, names } = scene;
  const noun = wordsIn(text, nounAt, nounAt + 30)[0]?.text ?? '';
  if (isOccupationNoun(noun.toLowerCase()) && !isSpokesperson(noun)) {
    note('noun: role at second mention');
    // "But the judge said …", "the analyst said" after "X, an airline analyst at Y,": the one
    // person named so far whose stated role ends in that noun, or has it before its "of"/"at".
    const heads = new RegExp(`(?:^|\\s)${noun}(?:$|\\s+(?:of|at|for|in|with|from|on)\\s)`, 'i');
    const holders = new Set(
      names
        .filter((m) => m.kind === 'person' && m.entity !== undefined && m.start < nounAt)
        .map((m) => m.entity as string)
        .filter((entity) => heads.test(roles.get(entity) ?? '')),
    );
    return holders.size === 1 ? [...holders][0] : undefined;
  }
  // "the spokesperson" speaks for the one organisation whose spokesperson this paragraph or
  // the one before introduced ("A Fellside Water spokesperson said"), and for no one else.
  const spokesperson = isSpokesperson(wordsIn(text, nounAt, nounAt + 20)[0]?.text ?? '');
  const voiced = (m: SpeakerMention) => /^\s+spokes(?:man|woman|person)\b/.test(text.slice(m.end, m.end + 20));
  // "the company" reaches further back than "she": an article names its company less often.
  note(spokesperson ? 'noun: spokesperson' : 'noun: organisation');
  return spokesperson
    ? onlyOne(scene, nounAt, 'organisation', 1, voiced)
    : (onlyOne(scene, nounAt, 'organisation', 2, () => true) ??
        namedByItsNoun(scene, nounAt) ??
        organisationReportedBefore(scene, q.paragraph, nounAt));
}
