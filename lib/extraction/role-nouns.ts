/**
 * Words that say what a person is: a role noun of the lexicon or one compromise knows as an actor
 * ("forester"), a role noun right before a name ("skipper Wade Bassi"), the plain nouns that say
 * only that someone is a person ("man", "woman"), and the words a role's noun phrase may hold.
 */

import { isBuiltRoleWord, isRoleWord, ORG_NOUNS } from './lexicon';
import { gapBetween, type Token } from './tokens';

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
/** "sacked", "ousted", "embattled": a lower-case past participle, as an adjective before a noun. */
export function isParticipleAdjective(token: Token): boolean {
  return /^\p{Ll}+ed$/u.test(token.text) && (token.tags.has('PastTense') || token.tags.has('Participle'));
}

/** A word that can stand in a noun phrase before its head: no verb, pronoun or preposition. */
export function isNounPhraseWord(token: Token): boolean {
  if (['Pronoun', 'Preposition', 'Conjunction', 'Adverb'].some((t) => token.tags.has(t))) return false;
  return !token.tags.has('Verb') || token.tags.has('Noun') || token.tags.has('Adjective');
}
