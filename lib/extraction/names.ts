/**
 * Name mentions: runs of capitalised words in a sentence, cut down to the name itself and sorted
 * into people, organisations and places. compromise supplies the evidence it has (its lexicon of
 * given names, places and organisations); the rules here add what news copy states outright and
 * compromise misses: a title or honorific before a name ("Foreign Minister Hakan Fidan",
 * "Mr. Umerov"), a role noun before it ("skipper Wade Bassi"), an appositive after it
 * ("Ananth Iyer, a professor"), organisation suffixes ("… University", "… Inc"). They also drop
 * what capitalisation alone would wrongly offer: sentence openers ("But", "However"), days and
 * months, the words of a title, and every name in a headline-case heading unless the prose names
 * it too (coreference decides that).
 */
import {
  CALENDAR,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  ROLE_HEADS,
  SENTENCE_OPENERS,
  TITLE_MODIFIERS,
} from './lexicon';
import type { Mention, NameKind } from './mention';
import {
  classify,
  genderOf,
  mergeOrganisationPhrases,
  placesByContext,
  roleAppositiveAfter,
  roleNounBefore,
  speakerOfVerb,
} from './name-evidence';
import { gapBetween, isCapitalised, isPossessive, stripPossessive, type Token } from './tokens';

const OPENER_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord'];

/** Finds the name mentions of every sentence. `text` is the article text the tokens index. */
export function findMentions(text: string, tokens: readonly Token[], sentenceCount: number): Mention[] {
  const mentions: Mention[] = [];
  const bySentence: Token[][] = Array.from({ length: sentenceCount }, () => []);
  const indexOf = new Map<Token, number>();
  tokens.forEach((t, i) => {
    bySentence[t.sentence]?.push(t);
    indexOf.set(t, i);
  });
  for (const words of bySentence) {
    if (words.length === 0) continue;
    const weak = isHeadlineCase(text, words);
    if (isShouting(words)) continue;
    for (const run of capitalisedRuns(text, words)) {
      const mention = mentionOf(
        text,
        tokens,
        run.map((t) => indexOf.get(t) as number),
        weak,
      );
      if (mention) mentions.push(mention);
    }
  }
  placesByContext(text, tokens, mentions);
  return mergeOrganisationPhrases(text, mentions);
}

/** Function words capitalised in titles ("Hypocrisy Of Sam Yagan"): never inside a name. */
const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'or',
  'for',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  'with',
  'from',
  'by',
  'as',
]);

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

/** A word that may be part of a name: capitalised, every hyphenated part too ("Kroger-owned" is not). */
function isNameWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word.toLowerCase())) return false;
  const parts = word.split(/[-‐‑]/);
  // "al-Bashir", "bin-Salman": a particle joined to a capitalised name.
  if (parts.length > 1 && NAME_PARTICLES.has((parts[0] as string).toLowerCase()) && isCapitalised(parts[1] as string))
    return true;
  if (!isCapitalised(word) || /\d/.test(word)) return false;
  return isCapitalised(parts[parts.length - 1] as string) || NAME_PARTICLES.has((parts[0] as string).toLowerCase());
}

function isInitialOrAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || HONORIFICS.has(word.toLowerCase()) || /^(?:\p{Lu}\.)+$/u.test(word);
}

/** Runs of name words joined by spaces only (or the full stop of an initial or honorific). */
function capitalisedRuns(text: string, words: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && !isNameWord((run[run.length - 1] as Token).text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  words.forEach((word, i) => {
    const prev = run[run.length - 1];
    const lower = word.text.toLowerCase();
    const joined =
      prev !== undefined &&
      (/^\s+$/.test(gapBetween(text, prev, word)) ||
        (/^\.\s+$/.test(gapBetween(text, prev, word)) &&
          isInitialOrAbbreviation(prev.text) &&
          !SENTENCE_OPENERS.has(lower)));
    // A possessive ends a name ("Turkey’s Foreign Minister"), except inside one ("Queen’s Journal").
    if (prev && (!joined || (isPossessive(prev.text) && !ORG_SUFFIXES.has(lower)))) close();
    const calendar = CALENDAR.has(lower) && !(prev?.tags.has('FirstName') && joined);
    if (isNameWord(word.text) && !calendar) {
      run.push(word);
    } else if (NAME_PARTICLES.has(lower) && run.length > 0 && isNameWord(words[i + 1]?.text ?? '')) {
      run.push(word);
    } else {
      close();
    }
  });
  close();
  return runs;
}

/** Whether the token opens a sentence or a quotation, where every word is capitalised. */
function atOpening(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const prev = tokens[index - 1];
  if (!prev || prev.sentence !== token.sentence) return true;
  return /[“‘"':;—–(]\s*$/.test(gapBetween(text, prev, token));
}

function mentionOf(text: string, tokens: readonly Token[], run: number[], weak: boolean): Mention | null {
  const runFirst = run[0] as number;
  let honorific: string | undefined;
  let titled = false;
  // Sentence openers and capitalised function words: "But Obama said", "However Trump".
  while (run.length > 0) {
    const token = tokens[run[0] as number] as Token;
    const lower = token.text.toLowerCase();
    const opener =
      atOpening(text, tokens, run[0] as number) &&
      (SENTENCE_OPENERS.has(lower) || (OPENER_TAGS.some((t) => token.tags.has(t)) && !token.tags.has('Person')));
    if (!opener) break;
    run.shift();
  }
  // Titles inside the run: the name starts after the last title word ("NATO Secretary General
  // Mark Rutte"), unless the run ends on an organisation suffix ("General Motors").
  const lastWord = (tokens[run[run.length - 1] as number]?.text ?? '').toLowerCase();
  if (!ORG_SUFFIXES.has(stripPossessive(lastWord))) {
    let cut = -1;
    for (let i = 0; i < run.length - 1; i++) {
      const word = tokens[run[i] as number] as Token;
      const lower = word.text.toLowerCase();
      // "Dean Baker": a given name that is also a title word is the name.
      if (HONORIFICS.has(lower) || (ROLE_HEADS.has(lower) && !(i === 0 && word.tags.has('FirstName')))) cut = i;
    }
    // Title modifiers left at the start after the cut ("State" in "Secretary of State Marco Rubio").
    // "GNU General Public License": an ambiguous title word cuts only before a known given name.
    if (cut >= 0) {
      const title = (tokens[run[cut] as number] as Token).text.toLowerCase();
      const rest = run.slice(cut + 1).map((i) => tokens[i] as Token);
      if (AMBIGUOUS_TITLES.has(title) && !rest.some((t) => t.tags.has('FirstName') || t.tags.has('Person'))) cut = -1;
    }
    let from = cut + 1;
    while (from < run.length - 1 && TITLE_MODIFIERS.has((tokens[run[from] as number] as Token).text.toLowerCase()))
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
  // "Brendan Eich Steps Down": a plural, verb or adjective past the second word ends the name.
  for (let i = 2; i < run.length; i++) {
    const t = tokens[run[i] as number] as Token;
    const personal = t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
    if (!personal && ['Plural', 'Verb', 'Adjective', 'Adverb'].some((tag) => t.tags.has(tag))) {
      run.length = i;
      break;
    }
  }
  if (run.length === 0) return null;
  const first = run[0] as number;
  const last = run[run.length - 1] as number;
  const lastToken = tokens[last] as Token;
  const possessive = isPossessive(lastToken.text);
  const words = run.map((i) => (tokens[i] as Token).text);
  words[words.length - 1] = stripPossessive(words[words.length - 1] as string);
  const start = (tokens[first] as Token).start;
  const end = possessive ? lastToken.end - 2 : lastToken.end;
  const formStart = honorific ? (tokens[first - 1] as Token).start : start;
  const mention: Mention = {
    kind: 'unknown',
    personEvidence: honorific !== undefined || titled || roleNounBefore(text, tokens, first, last),
    sentence: lastToken.sentence,
    first,
    last,
    runFirst,
    start,
    end,
    words,
    name: text.slice(start, end),
    givenName: run.length === 1 && (tokens[first] as Token).tags.has('FirstName'),
    form: text.slice(formStart, end),
    possessive,
    weak,
  };
  if (honorific) mention.honorific = honorific;
  const gender = genderOf(honorific, tokens[first] as Token, run.length);
  if (gender) mention.gender = gender;
  mention.personEvidence ||= roleAppositiveAfter(text, tokens, last) || speakerOfVerb(text, tokens, first, last);
  mention.kind = classify(
    mention,
    run.map((i) => tokens[i] as Token),
  );
  return mention;
}

/** A heading in title case ("Whole Foods Future Looks Bright"): every name in it is weak. */
function isHeadlineCase(text: string, words: readonly Token[]): boolean {
  // Headings carry no full stop; prose full of names ("Vladimir Putin and Volodymyr Zelensky met.") does.
  const last = words[words.length - 1] as Token;
  if (/^[”’"')\]]*[.!?…]/.test(text.slice(last.end, last.end + 3))) return false;
  const long = words.filter((w) => w.text.length >= 4);
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => isCapitalised(w.text)).length;
  return capitalised / long.length >= 0.75;
}

/** An all-capitals line ("ALSO READ TOP STORIES"): site furniture, not prose. */
function isShouting(words: readonly Token[]): boolean {
  const letters = words.filter((w) => /\p{L}{2,}/u.test(w.text));
  return letters.length >= 3 && letters.every((w) => w.text === w.text.toUpperCase());
}
