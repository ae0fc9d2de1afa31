/**
 * The words a role is read from, shared by the role shapes (roles.ts: titles before a name;
 * role-appositives.ts: appositives and lists): the sentence's tokens, which of them belong to
 * people's names, and the tests every shape makes (is this a role word, a modifier, a clause end).
 */
import { isRoleWord, SENTENCE_OPENERS, TITLE_MODIFIERS } from './lexicon';
import type { Mention } from './mention';
import { isRoleNoun } from './role-nouns';
import { isCapitalised, stripPossessive, type Token } from './tokens';

export interface RoleStatement {
  text: string;
  /** Index of the sentence the role is stated in. */
  sentence: number;
  affiliation?: string;
}

export const STOP_WORDS = new Set(['who', 'whose', 'which', 'that', 'where', 'when', 'while', 'and', 'but', 'since']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my']);
export const PREPOSITIONS = new Set(['of', 'at', 'for', 'on', 'with', 'in', 'from']);

/** A sentence's words around name mentions, as the role shapes read them. */
export class RoleWords {
  /** Token indexes that belong to some person's name: a title walk stops at another name. */
  protected readonly nameTokens = new Set<number>();

  constructor(
    protected readonly text: string,
    protected readonly tokens: readonly Token[],
    people: readonly Mention[],
  ) {
    for (const m of people) for (let i = m.first; i <= m.last; i++) this.nameTokens.add(i);
  }

  protected gap(a: number): string {
    const next = this.tokens[a + 1];
    return next ? this.text.slice((this.tokens[a] as Token).end, next.start) : '';
  }

  protected word(i: number): string {
    return (this.tokens[i]?.text ?? '').toLowerCase();
  }

  protected isHead(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return false;
    return isRoleNoun(token) || isRoleWord(this.word(i).replace(/^(?:ex|co|vice|deputy)-/, ''));
  }

  /** "the BBC's", "Stanford University's": the owner, possessive ending removed. */
  protected properNounsEndingAt(i: number): string | undefined {
    let from = i;
    while (from > 0 && isCapitalised(this.tokens[from - 1]?.text ?? '') && /^\s+$/.test(this.gap(from - 1))) {
      if (SENTENCE_OPENERS.has(this.word(from - 1))) break;
      from--;
    }
    const owner = stripPossessive(this.text.slice((this.tokens[from] as Token).start, (this.tokens[i] as Token).end));
    return isCapitalised(owner) ? owner : undefined;
  }

  /** Index of the first token after the clause that starts at `i` (before `,`, `.`, `;`, `—`). */
  protected clauseEnd(i: number): number {
    let k = i;
    const sentence = this.tokens[i]?.sentence;
    while (this.tokens[k] && this.tokens[k]?.sentence === sentence) {
      if (/[,;:—–()“”"]/.test(this.gap(k))) return k + 1;
      k++;
    }
    return k;
  }

  /** Whether token `i` is the first word of a person's name (or a given name compromise knows). */
  protected beginsName(i: number): boolean {
    const token = this.tokens[i];
    if (!token || !isCapitalised(token.text)) return false;
    return this.nameTokens.has(i) || token.tags.has('FirstName') || token.tags.has('Person');
  }

  /** "Bank of England", "Devon and Cornwall": a joining word between two capitalised words. */
  protected insideName(k: number): boolean {
    return (
      ['of', 'and', 'for', '&'].includes(this.word(k)) &&
      isCapitalised(this.tokens[k - 1]?.text ?? '') &&
      isCapitalised(this.tokens[k + 1]?.text ?? '')
    );
  }
}

/** A lower-case word that can qualify a role noun: "foreign", "policy", "special", "former". */
export function isModifier(token: Token): boolean {
  if (isCapitalised(token.text)) return false;
  // "sixth-form", "long-serving", "full-time": a hyphenated compound qualifies the role noun, and
  // so does an age ("a 29-year-old nurse").
  if (/^(?:\p{Ll}+|\d+)(?:-\p{Ll}+)+$/u.test(token.text)) return true;
  // "shadow transport secretary": a portfolio word compromise reads as a verb.
  if (TITLE_MODIFIERS.has(token.text)) return true;
  if (['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Copula', 'Auxiliary'].some((t) => token.tags.has(t)))
    return false;
  if (token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Adjective')) return false;
  return (
    token.tags.has('Adjective') || token.tags.has('Noun') || token.tags.has('Gerund') || TITLE_MODIFIERS.has(token.text)
  );
}
