/**
 * Who "he said", "she says" or "they added" stands for after a quote: the last speaker, when
 * nobody else was named since; else the one person the quote's paragraph (or the one before)
 * reports speaking; else the paragraph's subject, or the one person of the pronoun's gender named
 * around it. No answer when the pronoun goes on from a person the article never names, nor when
 * "he added" cannot go on from the one person last quoted or reported speaking.
 */
import { paragraphSubjectBefore, unnamedPersonBefore } from './pronoun-referents';
import { reportingNames } from './quote-attribution';
import type { QuoteScene, WorkingQuote } from './quote-scene';
import { nearestReporter, reporterBefore } from './reported-speakers';
import { genderOfEntity, onlyNameSince, onlyOne, onlyPersonTwoBack } from './speakers-in-reach';

/** "he added", "she continued", "he went on": words that go on from what the same person said before. */
const GOES_ON = /^\p{L}+\s+(?:added|adds|continued|continues|went\s+on|goes\s+on)\b/iu;

/** The speaker of quote `q`, whose pronoun is at `pronounAt`; `earlier` is the last attributed quote. */
export function pronounSpeaker(
  scene: QuoteScene,
  q: WorkingQuote,
  pronounAt: number,
  earlier: WorkingQuote | undefined,
  /** Told which of the rules below decided (for the eval's audit). */
  note: (rule: string) => void = () => {},
): string | undefined {
  const { text, sentences, names, insideQuote } = scene;
  // "My daughter is nine. Last month she asked me, “…”": she is nobody the article names.
  note('pronoun: unnamed person before');
  if (unnamedPersonBefore(text, sentences, pronounAt, names, insideQuote)) return undefined;
  const pronoun = text.slice(pronounAt, pronounAt + 4).toLowerCase();
  const pronounGender = /^she\b/.test(pronoun) ? 'female' : /^he\b/.test(pronoun) ? 'male' : undefined;
  const fits = (entity: string | undefined) => {
    const gender = genderOfEntity(scene, entity);
    return gender === undefined || pronounGender === undefined || gender === pronounGender;
  };
  const since = Math.max(earlier?.close ?? 0, earlier?.speakerEnd ?? 0);
  if (
    earlier?.speaker &&
    fits(earlier.speaker) &&
    q.paragraph - earlier.paragraph <= 3 &&
    onlyNameSince(scene, since, pronounAt, earlier.speaker)
  ) {
    note('pronoun: last speaker');
    return earlier.speaker;
  }
  // "Tom Nguyen, who runs a cafe …, said local traders …. “…,” he said.": the one person this
  // paragraph reports speaking; else the one person of the pronoun's gender named around it.
  const paragraph = sentences.filter((s) => s.paragraph === q.paragraph);
  const reporting = new Set(
    reportingNames(text, paragraph, pronounAt, names, insideQuote)
      .filter((m) => m.kind === 'person' && !m.possessive && fits(m.entity))
      .map((m) => m.entity),
  );
  const reporter =
    reporting.size === 1 ? [...reporting][0] : nearestReporter(scene, pronounAt, q.open, paragraph, fits);
  // "“…,” said Andriy Yermak. / Vladimir Putin did not attend. “…,” he said.": with a person
  // quoted just before, the paragraph's subject is as likely to be spoken of as speaking.
  const lastVoiceWasPerson =
    earlier?.speaker !== undefined &&
    q.paragraph - earlier.paragraph <= 3 &&
    names.some((m) => m.entity === earlier.speaker && m.kind === 'person');
  const reportedBefore =
    reporting.size === 0 ? reporterBefore(scene, q.paragraph, (m) => fits(m.entity), pronounAt) : undefined;
  // "“…,” said Pike. / Brannigan's equaliser …, with keeper Lewis Doran stranded. / “…,” he added.":
  // only someone who already spoke can add to it, and only when nobody was named since; the
  // person merely named around the quote is not enough.
  if (GOES_ON.test(text.slice(pronounAt, pronounAt + 20))) {
    note('pronoun: "he added" carry');
    const speaker = reporter ?? reportedBefore;
    const last = names.filter((m) => m.entity === speaker && m.start < pronounAt).pop();
    return speaker && last && onlyNameSince(scene, last.end, pronounAt, speaker) ? speaker : undefined;
  }
  const reported = reporter ?? reportedBefore;
  note(reporter ? 'pronoun: reporter in paragraph' : 'pronoun: reporter in paragraph before');
  if (reported) return reported;
  note('pronoun: named in reach');
  // Nobody is reported speaking: the speaker is only someone named around the quote. "Kelly Marsh
  // and Rachel Dunn both scored. “…,” she said.": a name joined to another by "and" is one of
  // two people who did the same, whatever the other name was taken for, so neither is the one.
  const named =
    (lastVoiceWasPerson
      ? undefined
      : paragraphSubjectBefore(text, sentences, names, pronounAt, (m) => fits(m.entity))) ??
    onlyOne(scene, pronounAt, 'person', 1, (m) => fits(m.entity)) ??
    onlyPersonTwoBack(scene, pronounAt, pronounGender);
  const paragraph0 = scene.paragraphOf(pronounAt) - 2;
  const joined = names.some(
    (m) =>
      m.entity === named && m.start < pronounAt && scene.paragraphOf(m.start) >= paragraph0 && coordinated(text, m),
  );
  return joined ? undefined : named;
}

/** "Kelly Marsh and Rachel Dunn", "Rachel Dunn and Kelly Marsh": a name joined to another name by "and". */
function coordinated(text: string, m: { start: number; end: number }): boolean {
  return (
    /\p{Lu}[\p{L}'’.-]*\s+(?:and|&)\s+$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    /^(?:['’]s)?\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(m.end, m.end + 12))
  );
}
