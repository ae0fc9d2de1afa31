/**
 * A person's role as the article states it, with the sentence it is stated in. News copy states a
 * role in a few fixed shapes, and only those are read (a role is never guessed):
 * - a title before the name: "Foreign Minister Hakan Fidan", "Kremlin spokesman Dmitry Peskov",
 *   "EU foreign policy chief Kaja Kallas", "Trump’s special envoy Keith Kellogg";
 * - an appositive after it: "Vladimir Medinsky, a former cultural minister …",
 *   "Tyler Besecker, president of …", "Tom Forte, who … as a managing director at …";
 * - a list after a plural role: "the other editors: Kate Hudson, Brent Rose, and …".
 * The affiliation is kept apart when stated: the possessive before a title ("Turkey’s" → Turkey)
 * or the organisation named in it (Kremlin), or the object of "of"/"at" in an appositive.
 */
import { CALENDAR, ORG_SUFFIXES, ROLE_HEADS, SENTENCE_OPENERS, TITLE_MODIFIERS } from './lexicon';
import type { Mention } from './mention';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './tokens';

export interface RoleStatement {
  text: string;
  /** Index of the sentence the role is stated in. */
  sentence: number;
  affiliation?: string;
}

const STOP_WORDS = new Set(['who', 'whose', 'which', 'that', 'where', 'when', 'while', 'and', 'but', 'since']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my']);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'on', 'with', 'in', 'from']);

/** Reads roles from a sentence's words around name mentions. */
export class RoleReader {
  /** Token indexes that belong to some person's name: a title walk stops at another name. */
  private readonly nameTokens = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    people: readonly Mention[],
  ) {
    for (const m of people) for (let i = m.first; i <= m.last; i++) this.nameTokens.add(i);
  }

  /** The first role stated for a person, in reading order of their mentions. */
  roleOf(mentions: readonly Mention[]): RoleStatement | undefined {
    for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
      const title = this.titleBefore(mention);
      const before = this.appositiveBefore(mention);
      // "Ukraine’s lead negotiator, Defence Minister Rustem Umerov": both roles, as printed.
      if (title && before) {
        const to = (this.tokens[mention.first - 1] as Token).end;
        const role: RoleStatement = { text: this.text.slice(before.from, to), sentence: mention.sentence };
        const affiliation = title.affiliation ?? before.affiliation;
        if (affiliation) role.affiliation = affiliation;
        return role;
      }
      const role = title ?? this.appositiveAfter(mention) ?? before ?? this.listAfterPluralRole(mention);
      if (role) return role;
    }
    return undefined;
  }

  private gap(a: number): string {
    const next = this.tokens[a + 1];
    return next ? this.text.slice((this.tokens[a] as Token).end, next.start) : '';
  }

  private word(i: number): string {
    return (this.tokens[i]?.text ?? '').toLowerCase();
  }

  private isHead(i: number): boolean {
    const w = this.word(i);
    return ROLE_HEADS.has(w) || ROLE_HEADS.has(w.replace(/^(?:ex|co|vice|deputy)-/, ''));
  }

  /** "Turkey’s Foreign Minister Hakan Fidan" → Foreign Minister (Turkey). */
  titleBefore(mention: Mention): RoleStatement | null {
    if (mention.honorific) return null;
    const sentence = mention.sentence;
    let start = mention.first;
    let hasHead = false;
    let affiliation: string | undefined;
    for (let i = mention.first - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      const token = this.tokens[i] as Token;
      if (token.sentence !== sentence || !/^\s+$/.test(this.gap(i))) break;
      const lower = token.text.toLowerCase();
      // "Zelensky’s chief aide Andriy Yermak": the owner is the affiliation, even a person.
      if (isPossessive(token.text)) {
        if (hasHead) affiliation = this.properNounsEndingAt(i);
        break;
      }
      if (this.nameTokens.has(i)) break;
      if (this.isHead(i)) {
        hasHead = true;
      } else if (lower === 'of' || lower === 'and') {
        // "Secretary of State", "co-founder and CEO": only between two title words.
        if (!(this.isHead(i - 1) && start === i + 1)) break;
      } else if (isCapitalised(token.text)) {
        if (SENTENCE_OPENERS.has(lower) || CALENDAR.has(lower)) break;
      } else if (!hasHead || !isModifier(token)) {
        break;
      }
      start = i;
    }
    if (!hasHead || start === mention.first) return null;
    // Modifiers and proper nouns before the head word only: the word next to the name is a title word.
    const beforeName = mention.first - 1;
    if (!this.isHead(beforeName) && !TITLE_MODIFIERS.has(this.word(beforeName))) return null;
    const first = this.tokens[start] as Token;
    const last = this.tokens[beforeName] as Token;
    const role: RoleStatement = { text: this.text.slice(first.start, last.end), sentence };
    affiliation ??= this.leadingAffiliation(start, beforeName);
    if (affiliation) role.affiliation = affiliation;
    return role;
  }

  /** Capitalised words before the title words: "Kremlin", "EU", "State Department" (an organisation). */
  private leadingAffiliation(from: number, to: number): string | undefined {
    let end = from;
    while (end <= to && isCapitalised(this.tokens[end]?.text ?? '') && !this.isHead(end)) end++;
    // Title words ("Foreign", "Prime") are the title's own, unless they end an organisation's name.
    while (end > from && TITLE_MODIFIERS.has(this.word(end - 1)) && !ORG_SUFFIXES.has(this.word(end - 1))) end--;
    const words = Array.from({ length: end - from }, (_, k) => this.word(from + k));
    if (end === from || (words.some((w) => TITLE_MODIFIERS.has(w)) && !ORG_SUFFIXES.has(words[words.length - 1] ?? '')))
      return undefined;
    return this.text.slice((this.tokens[from] as Token).start, (this.tokens[end - 1] as Token).end);
  }

  /** "the BBC's", "Stanford University's": the owner, possessive ending removed. */
  private properNounsEndingAt(i: number): string | undefined {
    let from = i;
    while (from > 0 && isCapitalised(this.tokens[from - 1]?.text ?? '') && /^\s+$/.test(this.gap(from - 1))) {
      if (SENTENCE_OPENERS.has(this.word(from - 1))) break;
      from--;
    }
    const owner = stripPossessive(this.text.slice((this.tokens[from] as Token).start, (this.tokens[i] as Token).end));
    return isCapitalised(owner) ? owner : undefined;
  }

  /** ", a former cultural minister …", ", president of …", ", who … as a managing director at …". */
  appositiveAfter(mention: Mention): RoleStatement | null {
    if (mention.possessive) return null;
    let i = mention.last + 1;
    if (!/^,\s*$/.test(this.gap(mention.last))) return null;
    // An age: "Bassi, 43, …".
    if (/^\d+$/.test(this.word(i)) && /^,\s*$/.test(this.gap(i))) i += 2;
    if (this.word(i) === 'who') {
      const end = this.clauseEnd(i);
      for (let k = i + 1; k < end; k++) {
        if (['as', 'is', 'was', 'became'].includes(this.word(k)) && DETERMINERS.has(this.word(k + 1)))
          return this.rolePhrase(k + 2, mention.sentence);
      }
      return null;
    }
    if (DETERMINERS.has(this.word(i))) i++;
    return this.rolePhrase(i, mention.sentence);
  }

  /** Index of the first token after the clause that starts at `i` (before `,`, `.`, `;`, `—`). */
  private clauseEnd(i: number): number {
    let k = i;
    const sentence = this.tokens[i]?.sentence;
    while (this.tokens[k] && this.tokens[k]?.sentence === sentence) {
      if (/[,;:—–()“”"]/.test(this.gap(k))) return k + 1;
      k++;
    }
    return k;
  }

  /** A role phrase starting at token `from`: modifiers, a head within five words, then "of …". */
  private rolePhrase(from: number, sentence: number): RoleStatement | null {
    const end = this.clauseEnd(from);
    let headAt = -1;
    let last = -1;
    let preposition = -1;
    for (let k = from; k < end && k < from + 16; k++) {
      const token = this.tokens[k] as Token;
      if (token.sentence !== sentence) break;
      const lower = token.text.toLowerCase();
      if (headAt < 0) {
        // "…, skipper Wade Bassi": the head is the next name's title, not an appositive.
        if (this.isHead(k) && isCapitalised(this.tokens[k + 1]?.text ?? '') && /^\s+$/.test(this.gap(k))) return null;
        if (this.isHead(k)) headAt = k;
        else if (k - from >= 5 || (!isModifier(token) && !isCapitalised(token.text))) return null;
      } else {
        if (STOP_WORDS.has(lower) && !(lower === 'and' && this.isHead(k + 1))) break;
        if (token.tags.has('Verb') && !token.tags.has('Noun') && !isCapitalised(token.text)) break;
        // "a former cultural minister lacking major influence": a participle starts a new clause.
        if (/\p{Ll}ing$/u.test(token.text) && !PREPOSITIONS.has(lower)) break;
        if (preposition < 0 && PREPOSITIONS.has(lower)) preposition = k;
      }
      last = k;
    }
    if (headAt < 0 || last < 0) return null;
    const text = this.text.slice((this.tokens[from] as Token).start, (this.tokens[last] as Token).end);
    const role: RoleStatement = { text, sentence };
    if (preposition >= 0 && preposition < last) {
      let a = preposition + 1;
      if (this.word(a) === 'the') a++;
      const affiliation = this.text.slice((this.tokens[a] as Token).start, (this.tokens[last] as Token).end);
      if (/\p{Lu}/u.test(affiliation)) role.affiliation = affiliation;
    }
    return role;
  }

  /** "Sudan’s president, Omar Hassan al-Bashir" → president (Sudan). */
  appositiveBefore(mention: Mention): (RoleStatement & { from: number }) | null {
    const i = mention.runFirst - 1;
    const token = this.tokens[i];
    if (!token || token.sentence !== mention.sentence || !/^,\s*$/.test(this.gap(i)) || !this.isHead(i)) return null;
    let start = i;
    let affiliation: string | undefined;
    for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
      const t = this.tokens[k] as Token;
      if (t.sentence !== mention.sentence || !/^\s+$/.test(this.gap(k))) break;
      if (isPossessive(t.text)) {
        affiliation = this.properNounsEndingAt(k);
        break;
      }
      if (!isModifier(t) && !this.isHead(k)) break;
      start = k;
    }
    const from = (this.tokens[start] as Token).start;
    const role: RoleStatement & { from: number } = {
      text: this.text.slice(from, token.end),
      sentence: mention.sentence,
      from,
    };
    if (affiliation) role.affiliation = affiliation;
    return role;
  }

  /** "some of the other editors: Kate Hudson, Brent Rose, and Nicholas Maronese" → editor. */
  listAfterPluralRole(mention: Mention): RoleStatement | null {
    // Walk back over the list: names, commas and "and", to the colon after a plural role noun.
    let i = mention.runFirst - 1;
    while (
      i >= 0 &&
      (this.nameTokens.has(i) || this.word(i) === 'and') &&
      this.tokens[i]?.sentence === mention.sentence
    )
      i--;
    const token = this.tokens[i];
    if (!token || token.sentence !== mention.sentence || !/^:\s*$/.test(this.gap(i))) return null;
    const singular = token.text
      .toLowerCase()
      .replace(/(?:men)$/, 'man')
      .replace(/s$/, '');
    if (!token.text.toLowerCase().endsWith('s') || !ROLE_HEADS.has(singular)) return null;
    return { text: singular, sentence: mention.sentence };
  }
}

/** A lower-case word that can qualify a role noun: "foreign", "policy", "special", "former". */
function isModifier(token: Token): boolean {
  if (isCapitalised(token.text)) return false;
  if (['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Copula', 'Auxiliary'].some((t) => token.tags.has(t)))
    return false;
  if (token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Adjective')) return false;
  return (
    token.tags.has('Adjective') || token.tags.has('Noun') || token.tags.has('Gerund') || TITLE_MODIFIERS.has(token.text)
  );
}
