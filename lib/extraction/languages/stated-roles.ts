/**
 * A person's role as a French or German article states it, in the shapes news copy uses:
 * - a title before the name: "Bundeskanzler Friedrich Albers", "Österreichs Außenminister X",
 *   "le commandant Yannick Le Floch", "l'économiste X";
 * - an appositive after it: "Claire Vasseur, porte-parole du gouvernement,", "Jan de Vries, ein
 *   Ingenieur aus Darmstadt", "Frau Oberhuber-Lenz, die Sprecherin der Bürgerinitiative";
 * - an appositive before it: "Le ministre de l'Économie, Étienne Daubigny,", "Der Vorsitzende der
 *   Lokführergewerkschaft, Rainer Kloß,", "Selon le rapporteur général …, X,".
 * The role is always led by a role word of the language's table: a role is never guessed.
 */
import type { RoleStatement } from '../role-words';
import type { RuleMention } from './rule-mention';
import type { LanguageRules } from './rule-table';
import type { Word } from './words';

/** Words that end an appositive: a relative pronoun or a verb's start ("qui", "der", "die", "das"). */
const CLAUSE_WORDS = new Set([
  'qui',
  'que',
  'dont',
  'où',
  'lorsque',
  'quand',
  'welche',
  'welcher',
  'wer',
  'weil',
  'als',
]);

/** A role as stated, with where its text starts in the article (for the article before it). */
export interface RuleRole extends RoleStatement {
  start: number;
}

function gapAfter(text: string, words: readonly Word[], i: number): string {
  const w = words[i];
  const next = words[i + 1];
  return w && next ? text.slice(w.end, next.start) : '';
}

/** ", [le|la|un|die|ein …] <role word> …" after the name's last word: the role phrase, or null. */
export function appositiveAfter(
  text: string,
  words: readonly Word[],
  last: number,
  rules: LanguageRules,
): RuleRole | null {
  const name = words[last] as Word;
  if (!/^,\s+$/.test(gapAfter(text, words, last))) return null;
  let i = last + 1;
  const lowerAt = (k: number) => (words[k]?.text ?? '').toLowerCase();
  if (rules.definite.has(lowerAt(i)) || rules.indefinite.has(lowerAt(i))) i++;
  // The role word opens the phrase, or follows one or two qualifying words ("ein erfahrener Ingenieur").
  let head = -1;
  for (let k = i; k < i + 3 && words[k]?.sentence === name.sentence; k++) {
    if (rules.isRoleWord(lowerAt(k))) {
      head = k;
      break;
    }
    if (/[,;:.!?«»„“”"]/.test(gapAfter(text, words, k))) return null;
  }
  if (head < 0) return null;
  let end = head;
  while (
    end < head + 8 &&
    words[end + 1]?.sentence === name.sentence &&
    !/[,;:.!?«»„“”"()—–]/.test(gapAfter(text, words, end)) &&
    !CLAUSE_WORDS.has(lowerAt(end + 1))
  )
    end++;
  const start = (words[i] as Word).start;
  return { text: text.slice(start, (words[end] as Word).end), sentence: name.sentence, start };
}

/** "<… role word …>, X": the segment before the comma that opens the run, from its role word. */
export function appositiveBefore(
  text: string,
  words: readonly Word[],
  runFirst: number,
  rules: LanguageRules,
): RuleRole | null {
  const first = words[runFirst] as Word;
  // ", le Dr X", ", la juge X": an article may stand between the comma and the name.
  const article = rules.definite.has((words[runFirst - 1]?.text ?? '').toLowerCase()) ? 1 : 0;
  const comma = runFirst - 1 - article;
  if (comma < 0 || !/^,\s+$/.test(gapAfter(text, words, comma)) || words[comma]?.sentence !== first.sentence)
    return null;
  let from = comma;
  while (
    from > 0 &&
    comma - from < 10 &&
    words[from - 1]?.sentence === first.sentence &&
    !/[,;:«»„“”"()—–]/.test(gapAfter(text, words, from - 1))
  )
    from--;
  for (let k = from; k <= comma; k++) {
    const lower = (words[k] as Word).text.toLowerCase();
    if (rules.isRoleWord(lower) && !rules.particles.has(lower))
      return {
        text: text.slice((words[k] as Word).start, (words[comma] as Word).end),
        sentence: first.sentence,
        start: (words[k] as Word).start,
      };
  }
  return null;
}

/** The role a title before the name states: "Außenministerin", "commandant", "Österreichs Außenminister". */
export function titleRole(text: string, words: readonly Word[], m: RuleMention): RoleStatement | null {
  if (m.titleAt < 0) return null;
  const from = words[m.titleFrom] as Word;
  const to = words[m.titleEnd ?? m.titleAt] as Word;
  return { text: text.slice(from.start, to.end), sentence: m.sentence };
}

/** The first role the article states for a person, in reading order of their mentions. */
export function roleOf(
  text: string,
  words: readonly Word[],
  mentions: readonly RuleMention[],
  rules: LanguageRules,
): RoleStatement | undefined {
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    // Before the appositive after: in "Le président de …, X, juge l'initiative", what follows the
    // name is the sentence's verb ("juge"), not a second role.
    const role =
      titleRole(text, words, m) ??
      appositiveBefore(text, words, m.runFirst, rules) ??
      appositiveAfter(text, words, m.last, rules);
    if (role) return role;
  }
  return undefined;
}
