/**
 * A role stated of a name by the phrase around it: an appositive after it (", a professor", ", 43,
 * a fisherman"), a copular sentence ("Szabo is a former police chief") and an appositive that ends
 * right before it ("Her son, Peter Carne", "A spokeswoman for Gov. Robert Haines, Laura
 * Pietrzak"). Each is evidence that the name is a person's, and role-appositives.ts reads the role
 * itself from the same shapes.
 */

import { copularRoleStart, namesAPerson } from './copular-roles';
import { ORG_NOUNS } from './lexicon';
import { isNounPhraseWord, isParticipleAdjective, isRoleNoun } from './role-nouns';
import { afterBracketedAge, gapBetween, isCapitalised, type Token } from './tokens';

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
  const where = preposition.text === 'in' && !determined && !name.tags.has('Place');
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
    if (!head || head.sentence !== sentence) return -1;
    const determinerOnly = k === last && word.text === 'the';
    return !determinerOnly && /^\s+$/.test(gapBetween(text, head, prev)) && isRoleNoun(head) ? k - 2 : -1;
  }
  return -1;
}
