/**
 * What kind of name a mention is, and the evidence that it names a person. compromise's tags (its
 * lists of given names, places and organisations) are weighed against what the sentence states:
 * a title or honorific, a role noun before the name ("skipper Wade Bassi"), a role appositive
 * after it (", a professor"), the subject of "said" ("said Andriy Yermak"), an organisation suffix
 * ("… University"), a place preposition or list ("in Santa Clara, Toronto and Brussels"). Kept
 * apart from finding the names (names.ts) so each rule can be read, and tested, on its own.
 */

import { copularRoleStart, namesAPerson } from './copular-roles';
import {
  COLLECTIVE_PREFIXES,
  isBuiltRoleWord,
  isRoleWord,
  NAMED_THING_PREFIXES,
  ORG_HEADS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  ROLE_HEADS,
} from './lexicon';
import type { Mention, NameKind } from './mention';
import { afterBracketedAge, gapBetween, isCapitalised, type Token } from './tokens';

const PLACE_SUFFIXES = new Set(
  'palace square street avenue road river sea ocean island islands mountain mountains valley bay lake park bridge airport station province region county city district peninsula strait gulf coast desert'.split(
    ' ',
  ),
);

/** First words of places' names: "Port Talbot", "Fort Worth", "Lake Harmon", "St Albans". */
const PLACE_PREFIXES = new Set(
  'port fort mount mt ft lake saint st ste san santa cape glen loch lough isle'.split(' '),
);

/** "Port Talbot", "Calder Bridge": a name whose first or last word says it is a place's. */
export function isPlaceShaped(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length > 1 && (PLACE_PREFIXES.has(first) || PLACE_SUFFIXES.has(last));
}

/** The plainest speech verbs: only people (and a few organisations) "said" or "told". */
const SAYS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'wrote',
  'writes',
  'asked',
  'replied',
  'recalled',
]);

/** Prepositions after which a name is a place unless something says it is a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside']);

export function genderOf(honorific: string | undefined, first: Token, words: number): 'male' | 'female' | undefined {
  const h = honorific?.replace(/\.$/, '').toLowerCase();
  if (h === 'mr' || h === 'sir' || h === 'lord') return 'male';
  if (h === 'mrs' || h === 'ms' || h === 'miss' || h === 'dame' || h === 'lady') return 'female';
  if (words < 2) return undefined;
  if (first.tags.has('MaleName') && !first.tags.has('FemaleName')) return 'male';
  if (first.tags.has('FemaleName') && !first.tags.has('MaleName')) return 'female';
  return undefined;
}

/** Nouns compromise tags as actors that say only that someone is a person ("a man called …"). */
const PLAIN_PEOPLE = new Set(['man', 'woman', 'person', 'boy', 'girl', 'child', 'guy', 'gentleman', 'individual']);

/** "man", "woman": a noun that says only that someone is a person, never their role. */
export function isPlainPerson(lower: string): boolean {
  return PLAIN_PEOPLE.has(lower);
}

/**
 * A word that names what a person is: a title or role noun of the lexicon, or a lower-case noun
 * compromise knows as one (its `Actor` tag: "forester", "economist", "shopkeeper").
 */
export function isRoleNoun(token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (isRoleWord(lower) || isBuiltRoleWord(token.text, token.tags.has('Adjective'))) return true;
  // "…, the company said": compromise calls some organisations' nouns actors too.
  if (ORG_NOUNS.has(lower)) return false;
  return lower === token.text && token.tags.has('Actor') && !token.tags.has('Plural') && !PLAIN_PEOPLE.has(lower);
}

/** A lower-case role noun right before the name: "skipper Wade Bassi", "founder Jeff Bezos". */
export function roleNounBefore(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  const name = tokens[first] as Token;
  if (!prev || prev.sentence !== name.sentence || !/^\s+$/.test(gapBetween(text, prev, name))) return false;
  // "Minecraft developer Mojang": one unknown word after a role noun may be a company.
  if (first === last && !name.tags.has('Person') && !name.tags.has('FirstName')) return false;
  return isRoleNoun(prev);
}

/**
 * Two or three plain capitalised words right before or after "said" ("said Andriy Yermak",
 * "Kaja Kallas told"): the subject of speech, a person unless a word says otherwise.
 */
export function speakerOfVerb(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const size = last - first + 1;
  if (size < 2 || size > 3) return false;
  const words = tokens.slice(first, last + 1);
  if (words.some((t) => ['Organization', 'Place', 'Plural', 'Adjective', 'Value'].some((tag) => t.tags.has(tag))))
    return false;
  if (words.some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) return false;
  // "Downing Street said", "Network Rail said": a street's or a body's name speaks for an office.
  const lastWord = (words[words.length - 1] as Token).text.toLowerCase();
  if (PLACE_SUFFIXES.has(lastWord) || ORG_SUFFIXES.has(lastWord)) return false;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "Swiss group Lindqvist Chocolatiers said": the name an organisation's noun introduces.
  if (before && before.sentence === words[0]?.sentence && ORG_NOUNS.has(before.text)) return false;
  const isVerb = (t: Token | undefined) => t !== undefined && SAYS.has(t.text.toLowerCase());
  return (
    (isVerb(before) && /^\s+$/.test(gapBetween(text, before as Token, tokens[first] as Token))) ||
    (isVerb(after) && /^\s+$/.test(gapBetween(text, tokens[last] as Token, after as Token)))
  );
}

/** "Hamish Doull, who chairs …": "who" after a full name; things and bodies take "which". */
export function whoAfter(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const size = last - first + 1;
  const name = tokens[last] as Token;
  const next = tokens[last + 1];
  if (size < 2 || size > 3 || name.tags.has('Plural') || !next || next.sentence !== name.sentence) return false;
  return next.text.toLowerCase() === 'who' && /^,\s*$/.test(gapBetween(text, name, next));
}

/** ", a professor", ", 43, a fisherman", ", chief executive of …" right after the name. */
export function roleAppositiveAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const name = tokens[last] as Token;
  let i = last + 1;
  const aged = afterBracketedAge(text, tokens, last);
  if (aged >= 0) i = aged;
  else if (!/^,\s*$/.test(text.slice(name.end, tokens[i]?.start ?? name.end))) return false;
  // An age is set off by commas ("Bassi, 43, …"); a number before a street is an address ("Ata,
  // 14 Blossom Street").
  const number = tokens[i];
  if (number && /^\d+$/.test(number.text)) {
    const next = tokens[i + 1];
    return !next || next.sentence !== number.sentence || !/^\s+$/.test(gapBetween(text, number, next));
  }
  const determined = /^(?:a|an|the)$/i.test(tokens[i]?.text ?? '');
  if (determined) i++;
  return roleHeadWithin(text, tokens, i, determined) >= 0;
}

/**
 * "Marsh-Oduya is the interim chief executive of Ofwat", "Szabo is a former police chief": a role
 * stated of the name in its own sentence (copular-roles.ts), unless its head is one bodies take.
 */
export function copularRoleAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const start = copularRoleStart(text, tokens, last);
  if (!start) return false;
  let head = roleHeadWithin(text, tokens, start.from, start.owner === undefined);
  if (head < 0) return false;
  // The head is the phrase's last noun: "a special player" is a player ("special" is an actor to compromise too).
  while (tokens[head + 1]?.sentence === tokens[head]?.sentence && isRoleNoun(tokens[head + 1] as Token)) head++;
  return namesAPerson((tokens[head] as Token).text);
}

/**
 * The role noun that heads a short noun phrase starting at token `i` (five words at most), or -1.
 * `determined`: a determiner came before `i`, so a participle there is an adjective.
 */
function roleHeadWithin(text: string, tokens: readonly Token[], i: number, determined: boolean): number {
  const sentence = tokens[i]?.sentence;
  for (let k = 0; k < 5 && tokens[i] && tokens[i]?.sentence === sentence; k++, i++) {
    const token = tokens[i] as Token;
    // "…, skipper Wade Bassi": a title of the next name, not an appositive.
    if (isRoleNoun(token)) return isCapitalised(tokens[i + 1]?.text ?? '') ? -1 : i;
    // "Devon, clung to the driver's door", "Columbus, I’d have been a widow": a clause, not a
    // noun phrase, follows the comma ("the sacked vice-president": a participle after "the" is
    // an adjective).
    if (!isNounPhraseWord(token) && !(determined && k === 0 && isParticipleAdjective(token))) return -1;
    if (/[,.;:—]/.test(text.slice((tokens[i] as Token).end, tokens[i + 1]?.start ?? 0))) return -1;
  }
  return -1;
}

/**
 * The role head of an appositive that ends right before the name: "Her son, Peter Carne", "the
 * senior coroner, Dr Julian Morcombe", and a role "for"/"of"/"at" someone or somewhere: "A
 * spokeswoman for Gov. Robert Haines, Laura Pietrzak", "The state MP for Frankston, Rhys
 * Delahunty". Returns the head's token index, or -1.
 */
export function roleHeadBeforeComma(text: string, tokens: readonly Token[], runFirst: number): number {
  const name = tokens[runFirst] as Token;
  // "… someone else’s mum, I’m glad": a pronoun after the comma opens a clause.
  if (name.tags.has('Pronoun') || /^I\b/.test(name.text)) return -1;
  let i = runFirst - 1;
  const sameSentence = (k: number) => tokens[k]?.sentence === name.sentence;
  if (/^\d+-years?-old$/i.test(tokens[i]?.text ?? '') && /^\s+$/.test(gapBetween(text, tokens[i] as Token, name))) i--;
  const comma = tokens[i];
  if (!comma || !sameSentence(i) || !/^,\s*$/.test(text.slice(comma.end, tokens[i + 1]?.start ?? comma.end))) return -1;
  if (isRoleNoun(comma)) return i;
  // "The motorist who found him, Hayley Dunn,": a role noun and its short relative clause.
  for (let k = i - 1; k > 0 && i - k < 6 && sameSentence(k - 1); k--) {
    const word = tokens[k] as Token;
    if (!/^\s+$/.test(gapBetween(text, word, tokens[k + 1] as Token))) break;
    const head = tokens[k - 1] as Token;
    if (word.text.toLowerCase() === 'who' && /^\s+$/.test(gapBetween(text, head, word)) && isRoleNoun(head))
      return k - 1;
  }
  // "Its president at the time, Declan Moriarty", "Whitfield’s partner in the winning stand, Ben
  // Tuilagi": a role noun and a short lower-case phrase that says when or where.
  const phrase = roleBeforeShortPhrase(text, tokens, i);
  if (phrase >= 0) return phrase;
  // The object of "for"/"of"/"at"/"in"/"from": capitalised words (an abbreviated title's full stop
  // allowed), or "the" and an organisation's common noun ("A technician from the company, X");
  // "in" a place only ("The DA's caucus leader in Johannesburg, Annelie Botha").
  let k = i;
  if (ORG_NOUNS.has((tokens[k] as Token).text)) k--;
  else
    while (k > 0 && i - k < 6 && sameSentence(k) && isCapitalised((tokens[k] as Token).text)) {
      const gap = gapBetween(text, tokens[k - 1] as Token, tokens[k] as Token);
      if (!/^\.?\s+$/.test(gap)) return -1;
      k--;
    }
  const determined = k < i && tokens[k]?.text === 'the' && sameSentence(k);
  if (determined) k--;
  const preposition = tokens[k];
  const head = tokens[k - 1];
  if (k === i || !preposition || !head || !sameSentence(k - 1)) return -1;
  // "from" a body ("A technician from the Board, X"), not from a town: "a guard from Lake Tiller,
  // New York" names the town's state.
  const from = preposition.text === 'from' && determined && !name.tags.has('Place');
  // "a nurse in Columbus, Ohio": the town's state, not a name after a role.
  const where = preposition.text === 'in' && !determined && k < i && !name.tags.has('Place');
  if (!/^(?:for|of|at)$/.test(preposition.text) && !from && !where) return -1;
  return /^\s+$/.test(gapBetween(text, head, preposition)) && isRoleNoun(head) ? k - 1 : -1;
}

/**
 * The role head before "at the time", "in the winning stand", "on the night" that ends at token
 * `last` (the word before the comma): a preposition of time or place, "the" or none, and at most
 * three lower-case words that are not verbs. Returns the head's index, or -1.
 */
function roleBeforeShortPhrase(text: string, tokens: readonly Token[], last: number): number {
  const sentence = tokens[last]?.sentence;
  for (let k = last; k > 0 && last - k < 4; k--) {
    const word = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (word.sentence !== sentence || prev.sentence !== sentence) return -1;
    if (!/^\s+$/.test(gapBetween(text, prev, word))) return -1;
    if (word.text !== word.text.toLowerCase() || /\d/.test(word.text)) return -1;
    if (word.tags.has('Verb') && !word.tags.has('Noun')) return -1;
    if (!/^(?:in|at|on|during)$/.test(prev.text)) continue;
    const head = tokens[k - 2];
    if (k - 1 === last || !head || head.sentence !== sentence) return -1;
    const determinerOnly = k === last && word.text === 'the';
    return !determinerOnly && /^\s+$/.test(gapBetween(text, head, prev)) && isRoleNoun(head) ? k - 2 : -1;
  }
  return -1;
}

/** "sacked", "ousted", "embattled": a lower-case past participle, as an adjective before a noun. */
export function isParticipleAdjective(token: Token): boolean {
  return /^\p{Ll}+ed$/u.test(token.text) && (token.tags.has('PastTense') || token.tags.has('Participle'));
}

/** A word that can stand in a noun phrase before its head: no verb, pronoun or preposition. */
function isNounPhraseWord(token: Token): boolean {
  if (['Pronoun', 'Preposition', 'Conjunction', 'Adverb'].some((t) => token.tags.has(t))) return false;
  return !token.tags.has('Verb') || token.tags.has('Noun') || token.tags.has('Adjective');
}

export function classify(mention: Mention, run: readonly Token[]): NameKind | 'unknown' {
  const lastWord = (mention.words[mention.words.length - 1] as string).toLowerCase();
  if (ORG_SUFFIXES.has(lastWord) && mention.words.length > 1) return 'organisation';
  // "Port Wenlock", "Fort Maddox", "Saint Ambrose", "Mount Carver": a place word opens the name.
  const firstWord = (mention.words[0] as string).toLowerCase();
  if (PLACE_PREFIXES.has(firstWord) && mention.words.length > 1 && !mention.honorific) return 'place';
  if (COLLECTIVE_PREFIXES.has(firstWord) && mention.words.length > 1) return 'organisation';
  // "Hurricane Delia", "MV Flora MacDonald": a storm or a ship, whatever the rest of it says.
  if (NAMED_THING_PREFIXES.has(firstWord) && mention.words.length > 1) return 'unknown';
  if (mention.personEvidence) return 'person';
  // "Mozilla Reps", "Mozilla CEO": a name does not end on a title.
  const lastToken = run[run.length - 1];
  if (ROLE_HEADS.has(lastWord.replace(/s$/, '')) && !lastToken?.tags.has('LastName')) return 'unknown';
  // "Putin-Zelensky", "Russia-Ukraine": a compound of names, not a name.
  if (mention.words.length === 1 && /\p{Lu}[^-]*-\p{Lu}/u.test(mention.words[0] as string)) return 'unknown';
  if (PLACE_SUFFIXES.has(lastWord) && mention.words.length > 1) return 'place';
  // "Xbox One X": a name does not end on an initial, and an initial is not evidence of a person.
  if (/^\p{Lu}$/u.test(mention.words[mention.words.length - 1] as string)) return 'unknown';
  // Title words ("Rep", "Minister") and initials are not evidence of a person.
  const count = (tag: string) =>
    run.filter((t) => t.text.length > 1 && !ROLE_HEADS.has(t.text.toLowerCase()) && t.tags.has(tag)).length;
  const people = count('Person') + count('FirstName');
  const places = count('Place');
  const orgs = count('Organization');
  if (mention.words.length > 1 && run[0]?.tags.has('FirstName') && orgs === 0 && places === 0) return 'person';
  // "Rolfe McCartney", "Lars Eriksson": a surname's shape ends the name.
  const surname = mention.words[mention.words.length - 1] as string;
  if (mention.words.length > 1 && mention.words.length <= 3 && orgs === 0 && places === 0 && looksLikeSurname(surname))
    return 'person';
  if (orgs > 0 && orgs >= people && orgs >= places) return 'organisation';
  if (places > 0 && places >= people) return 'place';
  if (people > 0) return 'person';
  return 'unknown';
}

/**
 * Shapes of surnames across the languages of news copy: Mc/Mac/O’ before a capital, and endings
 * that are (almost) only surnames (-son, -sen, -ski, -wicz, -enko, -ov, -ez, -poulos, …).
 */
const SURNAME_ENDINGS =
  /(?:sson|son|sen|ski|ska|sky|wicz|vich|vić|ović|enko|ov|ova|ev|eva|ez|yan|poulos|akis|idis|escu|stein|berg)$/u;

function looksLikeSurname(word: string): boolean {
  return /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}/u.test(word) || (word.length >= 5 && SURNAME_ENDINGS.test(word));
}

/** "gathered in Santa Clara, Toronto and Brussels": after "in", and in a list of places, a place. */
export function placesByContext(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    if (m.personEvidence || m.possessive || m.kind === 'organisation') return;
    const before = tokens[m.runFirst - 1];
    const prev = mentions[i - 1];
    const afterPreposition =
      before?.sentence === m.sentence &&
      PLACE_PREPOSITIONS.has(before.text.toLowerCase()) &&
      /^\s+$/.test(gapBetween(text, before, tokens[m.runFirst] as Token));
    // "Rachel Tamsin, of Devon and Cornwall Police,", "Holloway, of Fore Street": where someone is from.
    const origin =
      before?.sentence === m.sentence &&
      before.text.toLowerCase() === 'of' &&
      /,\s*$/.test(text.slice(Math.max(0, before.start - 2), before.start));
    // "Liam Price, 34, from Plympton, Devon,", "a sixth-form student from Lewisham": a hometown.
    const hometown =
      before?.sentence === m.sentence &&
      before.text.toLowerCase() === 'from' &&
      (/,\s*\d{1,3},\s*$/.test(text.slice(Math.max(0, before.start - 8), before.start)) ||
        isRoleNoun(tokens[m.runFirst - 2] ?? before));
    // "…, and Jada Forbes had 10": a list of places does not take in a full name compromise knows.
    const inPlaceList =
      !(m.kind === 'person' && m.words.length > 1) &&
      prev?.sentence === m.sentence &&
      prev.kind === 'place' &&
      /^(?:,\s*|,?\s+and\s+)$/.test(text.slice(prev.end, m.start));
    if (afterPreposition || origin || hometown || inPlaceList) m.kind = 'place';
  });
}

/** "Stanford University's Center on Poverty and Inequality", "University of Oxford": one name. */
export function mergeOrganisationPhrases(text: string, mentions: Mention[]): Mention[] {
  const merged: Mention[] = [];
  let extended: Mention | undefined;
  for (const mention of mentions) {
    const prev = merged[merged.length - 1];
    if (prev && prev.sentence === mention.sentence && !prev.possessive && prev.kind !== 'person') {
      const between = text.slice(prev.end, mention.start);
      const lastWord = (prev.words[prev.words.length - 1] as string).toLowerCase();
      const orgEnding = ORG_SUFFIXES.has(lastWord) || ORG_HEADS.has(lastWord);
      // "Devon and Cornwall Police", "Avon and Somerset Constabulary": one word joined to an
      // organisation's name is the first half of the area it serves.
      const sharedName =
        prev.words.length === 1 &&
        mention.words.length >= 2 &&
        ORG_SUFFIXES.has((mention.words[mention.words.length - 1] as string).toLowerCase()) &&
        /^\s+(?:and|&)\s+$/.test(between);
      const joins =
        (orgEnding && /^\s+(?:of|for|on)(?:\s+the)?\s+$/.test(between)) ||
        (prev === extended && /^\s+and\s+$/.test(between)) ||
        sharedName;
      if (joins) {
        extended = {
          ...prev,
          kind: 'organisation',
          last: mention.last,
          end: mention.end,
          words: [...prev.words, ...between.trim().split(/\s+/), ...mention.words],
          name: text.slice(prev.start, mention.end),
          form: text.slice(prev.start, mention.end),
          possessive: mention.possessive,
        };
        merged[merged.length - 1] = extended;
        continue;
      }
    }
    merged.push(mention);
  }
  return merged;
}
