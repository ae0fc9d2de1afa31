/**
 * A role stated in a sentence of its own, with the name as the subject of "is" or "was": "Marsh-
 * Oduya is the interim chief executive of Ofwat", "Rhys-Pritchard, 38, is the MP for Ceredigion
 * North", "Arrieta is the county's health officer". Feature and local copy often introduces a
 * person by name first and says what they are a sentence later; an appositive is not the only
 * place a role is stated. This file finds where such a role phrase starts; what counts as its head
 * is the role shapes' own test (role-phrases.ts for a person's evidence, role-appositives.ts for
 * the role's words).
 */
import { gapBetween, isCapitalised, isPossessive, type Token } from './tokens';

/**
 * Heads that bodies take as readily as people ("Acme is the leader in …", "Leeds is the host
 * city", "Nvidia is the biggest player"): after "is" they say nothing about whether the subject is
 * a person.
 */
const BODY_HEADS = new Set([
  'leader',
  'owner',
  'partner',
  'member',
  'player',
  'host',
  'investor',
  'developer',
  'producer',
  'publisher',
  'sponsor',
  'champion',
  'winner',
  'holder',
  'provider',
  'operator',
  'supplier',
  'manager',
  'head',
]);

/** Whether a role head read after "is the" says its subject is a person (see BODY_HEADS). */
export function namesAPerson(head: string): boolean {
  return !BODY_HEADS.has(head.toLowerCase());
}

export interface CopularRoleStart {
  /** Index of the first word of the role phrase, after the determiner and any owner. */
  from: number;
  /** Index of the owner's possessive word ("the county's", "Ofwat's"), if any. */
  owner?: number;
}

/**
 * Where the role phrase starts after the name whose last word is `last`, when the name is the
 * subject of "is"/"was" and a determiner or an owner's possessive follows ("is the", "is a",
 * "was Ofwat's", "is the county's"); an age set off by commas may stand between ("X, 38, is").
 */
export function copularRoleStart(text: string, tokens: readonly Token[], last: number): CopularRoleStart | null {
  const name = tokens[last] as Token;
  const at = (i: number) => {
    const token = tokens[i];
    return token && token.sentence === name.sentence ? token : undefined;
  };
  // The article's last word has none after it ("That is just how Szabo is.").
  const spaced = (i: number) => {
    const next = tokens[i + 1];
    return next !== undefined && /^\s+$/.test(gapBetween(text, tokens[i] as Token, next));
  };
  let i = last + 1;
  // "Rhys-Pritchard, 38, is …": an age in commas.
  const age = at(i);
  if (age && /^\d{1,3}$/.test(age.text) && /^,\s*$/.test(gapBetween(text, name, age)) && at(i + 1)) {
    if (!/^,\s*$/.test(gapBetween(text, age, tokens[i + 1] as Token))) return null;
    i++;
  } else if (!at(i) || !spaced(last)) return null;
  if (!/^(?:is|was)$/.test(at(i)?.text ?? '') || !spaced(i)) return null;
  i++;
  if (/^(?:now|also|still)$/.test(at(i)?.text ?? '') && spaced(i)) i++;
  const determined = /^(?:the|a|an)$/.test(at(i)?.text ?? '');
  if (determined) {
    if (!spaced(i)) return null;
    i++;
  }
  const owner = at(i);
  if (owner && isPossessive(owner.text) && spaced(i)) return { from: i + 1, owner: i };
  if (!determined || !at(i)) return null;
  // "X is a Conservative": a capitalised word alone is a party or a place, read by the role shapes.
  return isCapitalised(at(i)?.text ?? '') && !at(i + 1) ? null : { from: i };
}
