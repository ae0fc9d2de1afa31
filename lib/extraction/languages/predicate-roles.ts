/**
 * A German role stated by a copula rather than beside the name: "Katrin Albers ist Landrätin", "X
 * war bis 2023 Vertriebschef der …", and, in the sentence after the name's, of a description by
 * age that stands for that person ("…, sagt Rüdiger X. Der 61-Jährige war bis 2023 Vertriebschef
 * der …"). The predicate must open with a role word of the table after at most a few lower-case
 * words or numbers ("bis 2023", "seit Jahren"): a role is never guessed.
 */
import type { RoleStatement } from '../role-words';
import type { RuleMention } from './rule-mention';
import type { LanguageRules } from './rule-table';
import type { Word } from './words';

/** German copulas, present and past. */
const COPULAS = new Set(['ist', 'war']);

/** "61-Jährige", "45-jähriger". */
const AGE_NOUN = /^\d{1,3}-jährige[rn]?$/u;

/** The role a copula after the name, or after an age description opening the next sentence, states. */
export function predicateRole(
  text: string,
  words: readonly Word[],
  m: RuleMention,
  rules: LanguageRules,
): RoleStatement | null {
  const lower = (k: number) => (words[k]?.text ?? '').toLowerCase();
  const spaced = (k: number) =>
    words[k + 1]?.sentence === words[k]?.sentence && /^[ \u00a0]$/.test(gapAfter(text, words, k));
  if (COPULAS.has(lower(m.last + 1)) && spaced(m.last)) return roleAfter(text, words, m.last + 1, rules);
  // "Der 61-Jährige war …" opening the next sentence of the paragraph, of the person's gender.
  const next = words.findIndex((w) => w.sentence === m.sentence + 1);
  const article = words[next];
  if (next < 0 || !article || text.slice(m.end, article.start).includes('\n')) return null;
  const gender = rules.definite.get(article.text.toLowerCase());
  if (!gender || (m.gender && m.gender !== gender) || !AGE_NOUN.test(lower(next + 1))) return null;
  if (!spaced(next) || !spaced(next + 1) || !COPULAS.has(lower(next + 2))) return null;
  return roleAfter(text, words, next + 2, rules);
}

function gapAfter(text: string, words: readonly Word[], k: number): string {
  const w = words[k];
  const next = words[k + 1];
  return w && next ? text.slice(w.end, next.start) : '';
}

/** The predicate after the copula at `at`: a role word after at most three lower-case words or numbers. */
function roleAfter(text: string, words: readonly Word[], at: number, rules: LanguageRules): RoleStatement | null {
  const sentence = (words[at] as Word).sentence;
  for (let k = at + 1; k <= at + 4 && words[k]?.sentence === sentence; k++) {
    if (/[,;:.!?«»„“”"()]/.test(gapAfter(text, words, k - 1))) return null;
    const word = (words[k] as Word).text;
    if (rules.isRoleWord(word.toLowerCase()) && /^\p{Lu}/u.test(word)) {
      let end = k;
      while (
        end < k + 4 &&
        words[end + 1]?.sentence === sentence &&
        !/[,;:.!?«»„“”"()—–]/.test(gapAfter(text, words, end)) &&
        /^(?:der|des|für|im|am|beim|von|vom|\p{Lu}.*)$/u.test(words[end + 1]?.text ?? '')
      )
        end++;
      return { text: text.slice((words[k] as Word).start, (words[end] as Word).end), sentence };
    }
    if (!/^(?:\p{Ll}+|\d+)$/u.test(word)) return null;
  }
  return null;
}
