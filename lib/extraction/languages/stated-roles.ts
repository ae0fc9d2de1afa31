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
import { predicateRole } from './predicate-roles';
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

/**
 * "La proviseure, X, et son adjoint, Y,": after the name's comma, a conjunction joins a second
 * person; what follows is that person's role, not an appositive to the first.
 */
const COORDINATORS = new Set(['et', 'ou', 'mais', 'und', 'oder', 'sowie', 'aber']);

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
  // "X, 57 ans, vernisseur à l'atelier depuis 34 ans, ne cachait …": after an age, a closed
  // appositive says what the person is, in words no list can hold.
  const aged = /^\d{1,3}$/.test(lowerAt(i)) && lowerAt(i + 1) === 'ans' && /^,\s+$/.test(gapAfter(text, words, i + 1));
  if (aged) i += 2;
  // "Gisela Brinkhoff, 74, pensionierte Grundschullehrerin,": German gives the bare age between commas.
  else if (rules.capitalisedNouns && /^\d{1,3}$/.test(lowerAt(i)) && /^,\s+$/.test(gapAfter(text, words, i))) i++;
  if (COORDINATORS.has(lowerAt(i))) return null;
  const article = (k: number) => rules.definite.has(lowerAt(k)) || rules.indefinite.has(lowerAt(k));
  // "…programm, das der Zoologe X koordiniert": a relative pronoun and an article open a clause.
  const relative = rules.definite.has(lowerAt(last + 1)) || lowerAt(last + 1) === 'das';
  if (relative && article(last + 2)) return null;
  if (article(i)) i++;
  // The role word opens the phrase, or follows one or two qualifying words ("ein erfahrener Ingenieur").
  let head = -1;
  for (let k = i; k < i + 3 && words[k]?.sentence === name.sentence; k++) {
    if (rules.isRoleWord(lowerAt(k))) {
      head = k;
      break;
    }
    if (/[,;:.!?«»„“”"]/.test(gapAfter(text, words, k))) return null;
  }
  if (head < 0 && aged && isOccupation(lowerAt(i), rules)) head = i;
  if (head < 0) return null;
  // "Le Crédit Agricole, la Société Générale et …": where nouns are lower-case, a capitalised word
  // before the role word makes it part of a name, not a role.
  if (!rules.capitalisedNouns && words.slice(i, head).some((w) => /^\p{Lu}/u.test(w.text))) return null;
  let end = head;
  while (
    end < head + 8 &&
    words[end + 1]?.sentence === name.sentence &&
    !/[,;:.!?«»„“”"()—–]/.test(gapAfter(text, words, end)) &&
    !CLAUSE_WORDS.has(lowerAt(end + 1))
  )
    end++;
  // "X, 68 ans, qui restera président du conseil": the role from its word, not the clause's.
  const clause = CLAUSE_WORDS.has(lowerAt(i));
  const start = (words[clause ? head : i] as Word).start;
  return { text: text.slice(start, (words[end] as Word).end), sentence: name.sentence, start };
}

/**
 * "vernisseur", "boulangère", "viticulteur": a noun of what someone does, by the endings French
 * gives them; not a verb, an adverb ("visiblement"), a participle ("blessé") or a function word.
 */
function isOccupation(word: string, rules: LanguageRules): boolean {
  if (rules.capitalisedNouns || rules.openers.has(word) || rules.auxiliaries.has(word) || rules.isSpeechVerb(word))
    return false;
  return /^\p{Ll}+(?:eur|euse|trice|ier|ière|iste|ien|ienne|aire|ant|ante|ron|ronne)$/u.test(word);
}

/** "<… role word …>, X": the segment before the comma that opens the run, from its role word. */
export function appositiveBefore(
  text: string,
  words: readonly Word[],
  runFirst: number,
  rules: LanguageRules,
): RuleRole | null {
  const first = words[runFirst] as Word;
  // ", le Dr X", ", la juge X", ", Me X": an article or an honorific (or both) may stand between
  // the comma and the name.
  const lowerAt = (i: number) => (words[i]?.text ?? '').toLowerCase();
  let comma = runFirst - 1;
  if (rules.honorifics.has(lowerAt(comma))) comma--;
  if (rules.definite.has(lowerAt(comma))) comma--;
  if (comma < 0 || !/^,\s+$/.test(gapAfter(text, words, comma)) || words[comma]?.sentence !== first.sentence)
    return null;
  let from = comma;
  // "Le maire (LR) de Nice, X,": a party in brackets inside the title.
  const bracket = (gap: string) => /^\s*[()]\s*$/.test(gap);
  while (
    from > 0 &&
    comma - from < 10 &&
    words[from - 1]?.sentence === first.sentence &&
    (bracket(gapAfter(text, words, from - 1)) || !/[,;:«»„“”"()—–]/.test(gapAfter(text, words, from - 1)))
  )
    from--;
  for (let k = from; k <= comma; k++) {
    const lower = (words[k] as Word).text.toLowerCase();
    if ((rules.isRoleWord(lower) || rules.isPluralRoleWord(lower)) && !rules.particles.has(lower))
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

/** Joining words inside a title's complement: "de l'Europe et des Affaires", "der Unionsfraktion". */
const COMPLEMENT_JOINS = new Set(['de', "d'", 'du', 'des', 'la', "l'", 'et', 'der', 'des', 'für', 'und']);

/**
 * "Mathilde Ravenel n'a pas choisi la facilité. Pour son premier déplacement …, la ministre de
 * l'Europe … a atterri", "X (CDU) nannte ihn „…“. Der außenpolitische Sprecher der Unionsfraktion
 * kritisierte": a role stated by a definite description that is the subject of the next sentence of
 * the paragraph (opening it, or after a fronted phrase), of the person's stated gender, with no name
 * after it.
 */
export function laterRole(
  text: string,
  words: readonly Word[],
  m: RuleMention,
  rules: LanguageRules,
): RoleStatement | null {
  if (!m.gender) return null;
  const next = words.filter((w) => w.sentence === m.sentence + 1);
  const first = next[0];
  if (!first || text.slice(m.end, first.start).includes('\n')) return null;
  const lowerOf = (w: Word | undefined) => (w?.text ?? '').toLowerCase();
  for (let k = 0; k < next.length - 1; k++) {
    const article = next[k] as Word;
    const opens = k === 0 || text.slice((next[k - 1] as Word).end, article.start).includes(',');
    if (!opens || !rules.definite.has(lowerOf(article))) continue;
    let j = k + 1;
    while (j < k + 3 && /^\p{Ll}/u.test(next[j]?.text ?? '') && !rules.isRoleWord(lowerOf(next[j]))) j++;
    const role = next[j];
    const lower = lowerOf(role);
    if (!role || !rules.isRoleWord(lower)) return null;
    // "Die Abgeordneten": a plural describes several people.
    if (rules.capitalisedNouns && /en$/.test(lower)) return null;
    const gender = rules.definite.get(lowerOf(article)) ?? rules.roleGender(lower);
    if (gender !== m.gender || (rules.roleGender(lower) && rules.roleGender(lower) !== m.gender)) return null;
    let end = j;
    while (
      end + 2 < next.length &&
      !/[,;:.!?«»„“”"()]/.test(text.slice((next[end] as Word).end, (next[end + 1] as Word).start)) &&
      COMPLEMENT_JOINS.has(lowerOf(next[end + 1]))
    ) {
      let c = end + 1;
      while (COMPLEMENT_JOINS.has(lowerOf(next[c])) && c < end + 4) c++;
      if (!/^\p{Lu}/u.test(next[c]?.text ?? '')) break;
      end = c;
    }
    // "la ministre Anne X": a title of a name that follows, not a description.
    const after = next[end + 1];
    if (after && /^\p{Lu}/u.test(after.text) && !rules.capitalisedNouns) return null;
    if (after && /^,/.test(text.slice((next[end] as Word).end, after.start)) && /^\p{Lu}/u.test(after.text))
      return null;
    if (rules.capitalisedNouns && after && /^\p{Lu}/u.test(after.text)) return null;
    return { text: text.slice((next[k + 1] as Word).start, (next[end] as Word).end), sentence: first.sentence };
  }
  return null;
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
  const first = [...mentions].sort((a, b) => a.start - b.start)[0];
  const later = first ? laterRole(text, words, first, rules) : null;
  if (later) return later;
  // "Katrin Albers ist Landrätin", "Der 61-Jährige war bis 2023 Vertriebschef der …".
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const role = predicateRole(text, words, m, rules);
    if (role) return role;
  }
  return undefined;
}
