/**
 * Name mentions: runs of capitalised words in a sentence, cut down to the name itself and sorted
 * into people, organisations and places. compromise supplies the evidence it has (its lexicon of
 * given names, places and organisations); the rules here add what news copy states outright and
 * compromise misses: a title or honorific before a name ("Foreign Minister Hakan Fidan",
 * "Mr. Umerov"), a role noun before it ("skipper Wade Bassi"), an appositive after it
 * ("Ananth Iyer, a professor"), organisation suffixes ("… University", "… Inc"). They also drop
 * what capitalisation alone would wrongly offer: sentence openers ("But", "However") and verbs
 * opening a quotation ("“Tell Colin …”"), days and months, title words alone ("Labour MP"), and
 * every name in a headline-case heading unless the prose names it too (coreference decides that).
 * Where the name starts after its titles is name-titles.ts's job; what kind it is, name-evidence.ts's
 * (people, places) and organisation-evidence.ts's.
 */

import { familyNames } from './family-names';
import { agreeKinds } from './kind-agreement';
import {
  CALENDAR,
  DEGREES,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_SUFFIXES,
  POST_NOMINALS,
  ROLE_HEADS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
} from './lexicon';
import type { Mention } from './mention';
import { classify, genderOf } from './name-kind';
import { cutTitle, listedAfterPluralTitle } from './name-titles';
import { organisationByContext } from './organisation-evidence';
import { mergeOrganisationPhrases } from './organisation-phrases';
import { forOwnPart, speakerOfVerb, whoAfter } from './person-clauses';
import { placesByContext } from './place-evidence';
import { isRoleNoun, roleNounBefore } from './role-nouns';
import { copularRoleAfter, roleAppositiveAfter, roleHeadBeforeComma } from './role-phrases';
import { hasInnerPreposition, isPluralTitleName, isVenueName, unionLocalNumber } from './thing-names';
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
  agreeKinds(text, mentions);
  familyNames(text, tokens, mentions);
  return mergeOrganisationPhrases(text, withNicknames(text, mentions));
}

/**
 * "Michael \"Big Mick\" Darcy": a nickname in quotes between a given name and a surname is one
 * person's name, given name and surname; the nickname is left out of it.
 */
function withNicknames(text: string, mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const given = mentions[i] as Mention;
    const nickname = mentions[i + 1];
    const surname = mentions[i + 2];
    if (
      nickname &&
      surname &&
      given.words.length === 1 &&
      !given.possessive &&
      given.sentence === surname.sentence &&
      /^\s+["“‘']$/.test(text.slice(given.end, nickname.start)) &&
      /^["”’']\s+$/.test(text.slice(nickname.end, surname.start))
    ) {
      kept.push({
        ...surname,
        kind: surname.kind === 'unknown' ? given.kind : surname.kind,
        personEvidence: given.personEvidence || surname.personEvidence,
        first: given.first,
        runFirst: given.runFirst,
        start: given.start,
        words: [...given.words, ...surname.words],
        name: `${given.name} ${surname.name}`,
        form: `${given.name} ${surname.name}`,
        givenName: false,
      });
      i += 2;
      continue;
    }
    kept.push(given);
  }
  return kept;
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

/** A word that may be part of a name: capitalised, every hyphenated part too ("Kroger-owned" is not). */
function isNameWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word.toLowerCase())) return false;
  // "D-Iowa", "R-La.": a US lawmaker's party and state, written after the name.
  if (/^[DRI]-\p{Lu}/u.test(word)) return false;
  const parts = word.split(/[-‐‑]/);
  // "al-Bashir", "bin-Salman": a particle joined to a capitalised name.
  if (parts.length > 1 && NAME_PARTICLES.has((parts[0] as string).toLowerCase()) && isCapitalised(parts[1] as string))
    return true;
  if (!isCapitalised(word) || /\d/.test(word)) return false;
  return isCapitalised(parts[parts.length - 1] as string) || NAME_PARTICLES.has((parts[0] as string).toLowerCase());
}

/** "St. Louis", "Mt. Hood", "Ft. Worth": abbreviations that open a place's name. */
const PLACE_ABBREVIATIONS = new Set(['st', 'mt', 'ft']);

/**
 * A word whose full stop does not end the name: an initial, an honorific, an abbreviated title or
 * place. (An acronym such as "A.J." or "U.S." keeps its last stop in the word, so a space follows
 * it and the run goes on without asking here.)
 */
function isInitialOrAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}$/u.test(word) || HONORIFICS.has(lower) || PLACE_ABBREVIATIONS.has(lower) || TITLE_ABBREVIATIONS.has(lower)
  );
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
  words.forEach((word, index) => {
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
    const calendar =
      CALENDAR.has(lower) && !(prev?.tags.has('FirstName') && joined) && !givenNameAfterComma(text, words, index);
    if (isNameWord(word.text) && !calendar && !DEGREES.has(lower)) {
      run.push(word);
    } else if (NAME_PARTICLES.has(lower) && run.length > 0) {
      // "Carlos de la Garza", "Ursula von der Leyen": particles in a row before the surname
      // (close() drops them again when no name word follows).
      run.push(word);
    } else {
      close();
    }
  });
  close();
  return runs;
}

/**
 * "whose sister, June Albers, drove": a month's name after a comma and before a capitalised word
 * (not a date's number) is a given name.
 */
function givenNameAfterComma(text: string, words: readonly Token[], index: number): boolean {
  const word = words[index] as Token;
  const before = words[index - 1];
  const next = words[index + 1];
  return (
    before !== undefined &&
    next !== undefined &&
    /^,\s+$/.test(gapBetween(text, before, word)) &&
    /^\s+$/.test(gapBetween(text, word, next)) &&
    /^\p{Lu}/u.test(next.text)
  );
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
  // Sentence openers and capitalised function words: "But Obama said", "However Trump".
  while (run.length > 0) {
    const token = tokens[run[0] as number] as Token;
    const lower = token.text.toLowerCase();
    const opener =
      atOpening(text, tokens, run[0] as number) &&
      (SENTENCE_OPENERS.has(lower) ||
        (OPENER_TAGS.some((t) => token.tags.has(t)) && !token.tags.has('Person')) ||
        (isImperative(token) && !beforeUnknownWord(tokens, run)) ||
        (run.length === 1 && isPluralPeopleNoun(token)));
    if (!opener) break;
    run.shift();
  }
  // The name of a thing ("Doctors Without Borders", "the Anchor Diner"): its first word is no
  // person's title, which would leave "Without Borders" or "Diner" a person.
  const venue = isVenueName(tokens, run);
  const bodyName = isPluralTitleName(text, tokens, run);
  const thingName = venue || bodyName || hasInnerPreposition(tokens, run);
  const title = thingName
    ? { titled: false }
    : cutTitle(text, tokens, run, run.length > 0 && atOpening(text, tokens, run[0] as number));
  // "Róisín McAleese TD", "Jane Doe MP": the letters after a name are its office, not its words.
  while (run.length > 1 && POST_NOMINALS.has((tokens[run[run.length - 1] as number] as Token).text)) run.pop();
  if (run.length === 0) return null;
  const honorific = title.honorific;
  const titled = title.titled;
  // "Brendan Eich Steps Down": a plural, verb or adjective past the second word ends the name
  // (not inside an organisation's: "Regional Freight Carriers Association").
  const orgName = ORG_SUFFIXES.has(stripPossessive(run.length > 0 ? lowerAt(tokens, run[run.length - 1]) : ''));
  for (let i = 2; i < run.length && !orgName; i++) {
    const t = tokens[run[i] as number] as Token;
    const personal = t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
    // ("United Auto Workers": a plural compromise reads as an organisation's word stays in it.)
    if (
      !personal &&
      !t.tags.has('Organization') &&
      ['Plural', 'Verb', 'Adjective', 'Adverb'].some((tag) => t.tags.has(tag))
    ) {
      run.length = i;
      break;
    }
  }
  // "Labour MP", "Committee": title words alone name nobody, unless they are the portfolio an
  // office's name is "for" or "of" ("Department for Education", "Ministry of Defence").
  if (run.every((i) => isTitleWord(lowerAt(tokens, i))) && !portfolioOfOffice(text, tokens, run[0] as number))
    return null;
  const first = run[0] as number;
  const last = run[run.length - 1] as number;
  const lastToken = tokens[last] as Token;
  const possessive = isPossessive(lastToken.text);
  const words = run.map((i) => (tokens[i] as Token).text);
  words[words.length - 1] = stripPossessive(words[words.length - 1] as string);
  const start = (tokens[first] as Token).start;
  // "Machinists Local 751": a union's local is numbered, and the number is its name's last word.
  const localNumber = unionLocalNumber(text, tokens, run);
  if (localNumber) words.push(localNumber.text);
  const end = localNumber ? localNumber.end : possessive ? lastToken.end - 2 : lastToken.end;
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
  // "Wiradjuri artist Lionel Brady", "Kremlin spokesman Dmitry Peskov": a name that qualifies a
  // title before another name is the title's affiliation; what stands around the phrase is the
  // other name's evidence, not its.
  if (!qualifiesTitle(text, tokens, last))
    mention.personEvidence ||=
      roleAppositiveAfter(text, tokens, last) ||
      copularRoleAfter(text, tokens, last) ||
      roleHeadBeforeComma(text, tokens, runFirst) >= 0 ||
      speakerOfVerb(text, tokens, first, last) ||
      whoAfter(text, tokens, first, last) ||
      forOwnPart(text, tokens, last) ||
      listedAfterPluralTitle(text, tokens, runFirst);
  mention.kind = classify(
    mention,
    run.map((i) => tokens[i] as Token),
  );
  if (localNumber || bodyName || (venue && mention.kind === 'person')) mention.kind = 'organisation';
  // "Victoria's Premier Daniel Andrews": one word owning a capitalised title is the title's state,
  // country or company; it makes nobody new (a person named elsewhere still takes it). So is one
  // word before a title in capitals: "the Ceredigion MS, Elin Hughes-Davies".
  if (mention.kind === 'person' && !mention.personEvidence && run.length === 1) {
    const next = tokens[last + 1];
    if (
      next &&
      next.sentence === lastToken.sentence &&
      (possessive ? isCapitalised(next.text) : /^\p{Lu}{2,}$/u.test(next.text)) &&
      isTitleWord(next.text.toLowerCase())
    )
      mention.kind = 'unknown';
  }
  // "King’s Cross", "Queen’s Park", "Bishop’s Stortford": a name a title owns is a place's.
  const owner = tokens[runFirst - 1];
  if (
    mention.kind === 'person' &&
    !mention.personEvidence &&
    owner?.sentence === lastToken.sentence &&
    isPossessive(owner.text) &&
    isCapitalised(owner.text) &&
    /^\s+$/.test(gapBetween(text, owner, tokens[runFirst] as Token)) &&
    isTitleWord(stripPossessive(owner.text).toLowerCase())
  ) {
    mention.kind = 'place';
    // The owner is the place's first word: "King’s Cross", never "Cross".
    mention.start = owner.start;
    mention.name = text.slice(owner.start, mention.end);
    mention.form = mention.name;
    mention.words = [owner.text, ...mention.words];
  }
  // "DALTON, Ga. —", "BENGALURU:": a dateline's town, in capitals before the story's first words.
  if (!honorific && !titled && isDateline(text, tokens, run)) mention.kind = 'place';
  const unsure = mention.kind === 'unknown' || (mention.kind === 'person' && !mention.personEvidence);
  if (unsure && organisationByContext(text, tokens, mention)) mention.kind = 'organisation';
  return mention;
}

/**
 * "Hone Pōtae", "Hone Harawira": a given name that compromise reads as a verb ("hone") opens a
 * name when the word after it is one compromise does not know; "Tell Colin", "Visit Wellington"
 * stay imperatives.
 */
function beforeUnknownWord(tokens: readonly Token[], run: readonly number[]): boolean {
  const next = tokens[run[1] ?? -1];
  if (!next) return false;
  return !['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Verb'].some((tag) => next.tags.has(tag));
}

/**
 * A lower-case title of one to three words follows the name ("artist", "chief executive"), then
 * a capitalised word: the name qualifies the title of the name after it.
 */
function qualifiesTitle(text: string, tokens: readonly Token[], last: number): boolean {
  const name = tokens[last] as Token;
  let hasRole = false;
  for (let i = last + 1; i <= last + 4; i++) {
    const word = tokens[i];
    const prev = tokens[i - 1] as Token;
    if (!word || word.sentence !== name.sentence || !/^\s+$/.test(gapBetween(text, prev, word))) return false;
    if (word.text !== word.text.toLowerCase()) return hasRole && i > last + 1 && isNameWord(word.text);
    if (isRoleNoun(word)) hasRole = true;
    else if (hasRole || !TITLE_MODIFIERS.has(word.text)) return false;
  }
  return false;
}

/** A run in capitals that opens its sentence and is followed by a comma, a colon or a dash. */
function isDateline(text: string, tokens: readonly Token[], run: readonly number[]): boolean {
  const first = run[0] as number;
  const end = run[run.length - 1] as number;
  const last = tokens[end] as Token;
  if (tokens[first - 1]?.sentence === last.sentence) return false;
  if (!run.every((i) => /^\p{Lu}{2,}$/u.test((tokens[i] as Token).text))) return false;
  const next = tokens[end + 1];
  return /^(?:,|:|\s+[—–-])/.test(text.slice(last.end, next?.start ?? last.end + 3));
}

/** "Customers, a councillor and …": a plural noun for people, capitalised only to open the sentence. */
function isPluralPeopleNoun(token: Token): boolean {
  return (
    token.tags.has('Plural') &&
    token.tags.has('Actor') &&
    !token.tags.has('Person') &&
    !token.tags.has('ProperNoun') &&
    !token.tags.has('FirstName')
  );
}

/** The run at `first` follows "Department for", "Ministry of": an office's capitalised head and its preposition. */
function portfolioOfOffice(text: string, tokens: readonly Token[], first: number): boolean {
  const preposition = tokens[first - 1];
  const office = tokens[first - 2];
  if (!preposition || !office || office.sentence !== (tokens[first] as Token).sentence) return false;
  return (
    /^(?:for|of)$/.test(preposition.text) &&
    isCapitalised(office.text) &&
    ORG_HEADS.has(office.text.toLowerCase()) &&
    /^\s+$/.test(gapBetween(text, office, preposition))
  );
}

function lowerAt(tokens: readonly Token[], index: number | undefined): string {
  return (tokens[index ?? -1]?.text ?? '').toLowerCase();
}

function isTitleWord(lower: string): boolean {
  return HONORIFICS.has(lower) || ROLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);
}

/** "“Tell Colin our hobby paid …”", "Ask Joan": a verb opening a quotation or sentence is no name. */
function isImperative(token: Token): boolean {
  return (
    token.tags.has('Infinitive') &&
    !token.tags.has('Person') &&
    !token.tags.has('FirstName') &&
    !token.tags.has('ProperNoun')
  );
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
