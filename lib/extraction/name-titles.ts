/**
 * Where a name begins in a capitalised run that opens with titles: after the last title word
 * ("NATO Secretary General Mark Rutte", "Committee chairman Cllr Janet Oduya"), after an honorific
 * ("Mr. Umerov", kept as the name's form), past the title's own modifiers ("State" in "Secretary of
 * State Marco Rubio") and past the seat or portfolio a title is "for" ("MP for Footscray Huong
 * Tran"). A run that ends on an organisation suffix keeps its title words ("General Motors").
 */
import { HONORIFICS, isRoleWord, ORG_SUFFIXES, ROLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { isRoleNoun } from './role-nouns';
import { stripPossessive, type Token } from './tokens';

/** Titles that also begin names of things ("General Public License", "Chief Executive"). */
const AMBIGUOUS_TITLES = new Set([
  'general',
  'chief',
  'executive',
  'head',
  'director',
  'officer',
  'manager',
  'partner',
  'agent',
  'host',
  'principal',
  'justice',
  'rep',
  'speaker',
]);

/**
 * Titles that are also common given names: before a surname alone ("Dean Kessler spoke first.")
 * the word is the name, unless "of" gives the office its school ("Dean Ames of the law school").
 */
const GIVEN_NAME_TITLES = new Set(['dean']);

/** What `cutTitle` took off the run's start: an honorific as printed, or a title. */
export interface TitleCut {
  honorific?: string;
  titled: boolean;
}

/**
 * "Neighbour Sharon Tapper said …", "Mum Sarah Jones": a role noun capitalised only because it
 * opens the sentence, before a known given name, is the name's title, not its first word.
 */
function openingRoleNoun(tokens: readonly Token[], run: readonly number[], opening: boolean): boolean {
  const word = tokens[run[0] as number] as Token;
  const next = tokens[run[1] as number];
  if (!opening || run.length < 3 || !next?.tags.has('FirstName')) return false;
  if (word.tags.has('Person') || word.tags.has('FirstName')) return false;
  return isRoleWord(word.text.toLowerCase()) || word.tags.has('Actor');
}

/** The run follows a lower-case role noun ("forecaster", "skipper"): its title is already stated. */
function afterRoleNoun(text: string, tokens: readonly Token[], run: readonly number[]): boolean {
  const first = tokens[run[0] as number] as Token;
  const before = tokens[(run[0] as number) - 1];
  return (
    before !== undefined &&
    before.sentence === first.sentence &&
    before.text === before.text.toLowerCase() &&
    /^\s+$/.test(text.slice(before.end, first.start)) &&
    (isRoleNoun(before) || (before.tags.has('Noun') && !before.tags.has('Pronoun') && !before.tags.has('Plural')))
  );
}

/**
 * Cuts the titles off the start of `run` (token indexes; changed in place). `opening`: the run
 * opens a sentence or a quotation.
 */
export function cutTitle(text: string, tokens: readonly Token[], run: number[], opening = false): TitleCut {
  const runFirst = run[0] as number;
  let honorific: string | undefined;
  let titled = false;
  // Titles inside the run: the name starts after the last title word ("NATO Secretary General
  // Mark Rutte"), unless the run ends on an organisation suffix ("General Motors").
  const lastWord = (tokens[run[run.length - 1] as number]?.text ?? '').toLowerCase();
  if (!ORG_SUFFIXES.has(stripPossessive(lastWord))) {
    let cut = -1;
    for (let i = 0; i < run.length - 1; i++) {
      const word = tokens[run[i] as number] as Token;
      const lower = word.text.toLowerCase();
      // "Dean Baker": a given name that is also a title word is the name; so is the first of two
      // words after a lower-case title ("senior forecaster Dean Nakamura").
      const givenName =
        i === 0 &&
        (word.tags.has('FirstName') ||
          (run.length === 2 && GIVEN_NAME_TITLES.has(lower) && lowerAt(tokens, (run[1] as number) + 1) !== 'of') ||
          // ("the grime MC Kaizen": an abbreviation in capitals is a title, never a given name.)
          (run.length === 2 && !/^\p{Lu}+$/u.test(word.text) && afterRoleNoun(text, tokens, run)));
      if (HONORIFICS.has(lower) || (ROLE_HEADS.has(lower) && !givenName) || (i === 0 && isPluralTitle(lower))) cut = i;
    }
    if (cut < 0 && openingRoleNoun(tokens, run, opening)) cut = 0;
    // Title modifiers left at the start after the cut ("State" in "Secretary of State Marco Rubio").
    // "GNU General Public License": an ambiguous title word cuts only before a known given name.
    if (cut >= 0) {
      const title = (tokens[run[cut] as number] as Token).text.toLowerCase();
      const rest = run.slice(cut + 1).map((i) => tokens[i] as Token);
      if (AMBIGUOUS_TITLES.has(title) && !rest.some((t) => t.tags.has('FirstName') || t.tags.has('Person'))) cut = -1;
    }
    // Without a title word in the run, a modifier opens a title only after "<title> of"
    // ("Secretary of State Marco Rubio"); else it is the name's own ("Environment Canterbury").
    const afterTitleOf = afterPortfolio(tokens, runFirst, run);
    if (afterTitleOf && cut < 0) cut = portfolioEnd(tokens, run);
    let from = cut + 1;
    while (
      (cut >= 0 || afterTitleOf) &&
      from < run.length - 1 &&
      TITLE_MODIFIERS.has((tokens[run[from] as number] as Token).text.toLowerCase())
    )
      from++;
    if (from > 0) {
      const cutWord = (tokens[run[from - 1] as number] as Token).text.toLowerCase();
      if (HONORIFICS.has(cutWord)) {
        const h = tokens[run[from - 1] as number] as Token;
        honorific = text.slice(h.start, h.end + (text.charAt(h.end) === '.' ? 1 : 0));
      } else {
        titled = true;
      }
      run.splice(0, from);
    }
  }
  return honorific === undefined ? { titled } : { honorific, titled };
}

/**
 * The run at `runFirst` goes on a title's portfolio: right after "<title> of/for" ("Secretary of
 * State Marco Rubio", "Minister for Health Wes Streeting"), or after the portfolio's own "and (the)"
 * when a title opens it ("Minister of State for Sustainability and the Environment Amy Khor",
 * "Secretary of State for Health and Social Care Wes Streeting"), unless the run opens with a given
 * name ("the Minister for Health and Anna Berg": a second person).
 */
function afterPortfolio(tokens: readonly Token[], runFirst: number, run: readonly number[]): boolean {
  // "Minister for the Environment Amy Khor": after "for the" only when a given name compromise
  // knows is inside the run ("chairman of the Northern Business Forum" names nobody).
  const named = run.slice(1).some((i) => tokens[i]?.tags.has('FirstName'));
  const joint = lowerAt(tokens, runFirst - 1) === 'the' && named ? runFirst - 2 : runFirst - 1;
  if (['of', 'for'].includes(lowerAt(tokens, joint))) {
    // "Minister of State for Health Amy Khor": past the title's own modifiers to its head.
    for (let k = joint - 1; k >= 0 && runFirst - k <= 7; k--) {
      const lower = lowerAt(tokens, k);
      if (ROLE_HEADS.has(lower)) return true;
      if (!TITLE_MODIFIERS.has(lower) && lower !== 'of' && lower !== 'for') return false;
    }
    return false;
  }
  let k = runFirst - 1;
  if (lowerAt(tokens, k) === 'the') k--;
  if (lowerAt(tokens, k) !== 'and' || tokens[runFirst]?.tags.has('FirstName')) return false;
  const sentence = tokens[runFirst]?.sentence;
  let portfolio = false;
  for (k--; k >= 0 && runFirst - k <= 12 && tokens[k]?.sentence === sentence; k--) {
    const token = tokens[k] as Token;
    const lower = token.text.toLowerCase();
    if (portfolio && ROLE_HEADS.has(lower)) return true;
    if (['of', 'for'].includes(lower)) portfolio = true;
    else if (!['the', 'and'].includes(lower) && !/^\p{Lu}/u.test(token.text)) return false;
  }
  return false;
}

/**
 * "MP for Leeds Central Alex Sobel", "Minister for Health Wes Streeting", "MP for Footscray Huong
 * Tran": after "<title> for/of" the run opens with the portfolio or seat. The name is the tail: from
 * the last given name compromise knows, else its last two words. Returns the index before the name.
 */
function portfolioEnd(tokens: readonly Token[], run: readonly number[]): number {
  if (run.length < 3) return -1;
  for (let i = run.length - 2; i >= 1; i--) if ((tokens[run[i] as number] as Token).tags.has('FirstName')) return i - 1;
  return run.length - 3;
}

/**
 * "Commissioners Ray Delacroix and Tamsin Hodge", "Analysts A, B and C": a name listed after a
 * plural role is a person, like the first of the list, whose title is in its run.
 */
export function listedAfterPluralTitle(text: string, tokens: readonly Token[], runFirst: number): boolean {
  const sentence = tokens[runFirst]?.sentence;
  for (let i = runFirst - 1; i >= 0 && runFirst - i <= 12; i--) {
    const token = tokens[i] as Token;
    const gap = text.slice(token.end, (tokens[i + 1] as Token).start);
    if (token.sentence !== sentence) return false;
    const lower = token.text.toLowerCase();
    const singular = lower.replace(/men$/, 'man').replace(/s$/, '');
    if (singular !== lower && isRoleWord(singular))
      return i < runFirst - 1 && /^(?::|\.)?\s+$/.test(gap) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    if (!(lower === 'and' || /^\p{Lu}/u.test(token.text)) || !/^,?\s+$/.test(gap)) return false;
  }
  return false;
}

/**
 * "Commissioners Ray Delacroix and Tamsin Hodge", "Councilmen …": a plural title opening a run is
 * the title of a list of names (role-appositives.ts reads it), never the first of them.
 */
function isPluralTitle(lower: string): boolean {
  const singular = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.replace(/s$/, '');
  return singular !== lower && ROLE_HEADS.has(singular);
}

function lowerAt(tokens: readonly Token[], index: number | undefined): string {
  return (tokens[index ?? -1]?.text ?? '').toLowerCase();
}
