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

/** The rule that gives "the analyst said" to someone introduced without a role, and states it. */
export const ROLE_FIRST_STATED = 'noun: role first stated with the quote';

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
    if (holders.size > 0) return holders.size === 1 ? [...holders][0] : undefined;
    // "Rachel Okonjo, of the Kingsmead Institute, said …. “…,” the analyst said": a role nobody
    // was given yet is first stated here, for the one person just introduced without one.
    const newcomer = onlyPersonWithoutRole(scene, nounAt, roles);
    if (newcomer) note(ROLE_FIRST_STATED);
    return newcomer;
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

/**
 * The one person named before `at` in its paragraph (or, when that names nobody, in the paragraph
 * before) when no role was stated for them; nobody when two names, or an unresolved one, are there.
 */
function onlyPersonWithoutRole(scene: QuoteScene, at: number, roles: ReadonlyMap<string, string>): string | undefined {
  const paragraph = scene.paragraphOf(at);
  const people = (p: number) =>
    scene.names.filter((m) => m.kind === 'person' && !m.possessive && m.start < at && scene.paragraphOf(m.start) === p);
  const own = people(paragraph);
  const window = own.length > 0 ? own : people(paragraph - 1);
  const entities = new Set(window.map((m) => m.entity));
  const entity = entities.size === 1 ? window[0]?.entity : undefined;
  return entity !== undefined && !roles.has(entity) ? entity : undefined;
}

/** "the health-policy analyst" at the noun's offset: the role as the quote's sentence states it. */
export function rolePhraseAt(text: string, nounAt: number): string {
  const noun = wordsIn(text, nounAt, nounAt + 30)[0]?.text ?? '';
  const before = /\bthe\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/iu.exec(text.slice(Math.max(0, nounAt - 40), nounAt));
  return `${before?.[1] ?? ''}${noun}`;
}
