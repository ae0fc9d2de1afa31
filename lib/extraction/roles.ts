/**
 * A person's role as the article states it, with the sentence it is stated in. News copy states a
 * role in a few fixed shapes, and only those are read (a role is never guessed):
 * - a title before the name (here): "Foreign Minister Hakan Fidan", "Kremlin spokesman Dmitry
 *   Peskov", "EU foreign policy chief Kaja Kallas", "Trump’s special envoy Keith Kellogg",
 *   "Labor MP for Footscray Huong Tran";
 * - an appositive, "… named X" or a list after a plural role (role-appositives.ts);
 * - a sentence of its own with the name as subject: "X is the county's health officer".
 * The first role stated, in reading order, is the person's. The affiliation is kept apart when
 * stated: the possessive before a title ("Turkey’s" → Turkey) or the organisation named in it
 * (Kremlin), or the object of "of"/"at" in an appositive.
 */
import { CALENDAR, ORG_SUFFIXES, SENTENCE_OPENERS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from './lexicon';
import type { Mention } from './mention';
import { AppositiveRoles } from './role-appositives';
import { isModifier, type RoleStatement } from './role-words';
import { isCapitalised, isPossessive, type Token } from './tokens';

/** Reads roles from a sentence's words around name mentions. */
export class RoleReader extends AppositiveRoles {
  /** The first role stated for a person, in reading order of their mentions. */
  roleOf(mentions: readonly Mention[]): RoleStatement | undefined {
    for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
      const title = this.titleBefore(mention);
      const before = this.appositiveBefore(mention);
      // "Ukraine’s lead negotiator, Defence Minister Rustem Umerov": both roles, as printed.
      if (title && before) {
        const to = (this.tokens[mention.honorific ? mention.first - 2 : mention.first - 1] as Token).end;
        const role: RoleStatement = { text: this.text.slice(before.from, to), sentence: mention.sentence };
        const affiliation = title.affiliation ?? before.affiliation;
        if (affiliation) role.affiliation = affiliation;
        return role;
      }
      const role =
        title ??
        this.appositiveAfter(mention) ??
        before ??
        this.listAfterPluralRole(mention) ??
        this.roleBeforeNamed(mention) ??
        this.copularRole(mention);
      if (role) return role;
    }
    for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
      const role = this.indefiniteAppositive(mention);
      if (role) return role;
    }
    return undefined;
  }

  /** "Turkey’s Foreign Minister Hakan Fidan" → Foreign Minister (Turkey). */
  titleBefore(mention: Mention): RoleStatement | null {
    // "DOC marine technical adviser Dr Hēmi Walker-Tūhoe", "Conservative peer Lord Ardmore": the
    // title stands before the honorific.
    const nameStart = mention.honorific ? mention.first - 1 : mention.first;
    const sentence = mention.sentence;
    let start = nameStart;
    let hasHead = false;
    let affiliation: string | undefined;
    // "director of rugby Paul Devereux", "head of communications X": a lower-case portfolio.
    const lowerPortfolio = this.lowerCasePortfolio(nameStart - 1);
    for (let i = nameStart - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      const token = this.tokens[i] as Token;
      const lower = token.text.toLowerCase();
      // "Gov. Robert Haines": an abbreviated title's full stop is not a break.
      const joined = /^\s+$/.test(this.gap(i)) || (TITLE_ABBREVIATIONS.has(lower) && /^\.\s+$/.test(this.gap(i)));
      if (token.sentence !== sentence || !joined) break;
      // "Zelensky’s chief aide Andriy Yermak": the owner is the affiliation, even a person.
      if (isPossessive(token.text)) {
        if (hasHead) affiliation = this.properNounsEndingAt(i);
        break;
      }
      if (this.nameTokens.has(i)) break;
      if (this.isHead(i)) {
        hasHead = true;
      } else if (lower === 'of' || lower === 'and' || lower === 'for') {
        // "Secretary of State", "co-founder and CEO", "MP for Footscray": only after a title word,
        // or inside an organisation's name before the title ("Bank of England economist").
        if (!((this.isHead(i - 1) || this.organisationOf(i)) && start === i + 1)) break;
        // "a spokeswoman for Gov. Robert Haines": a title after "for"/"of" is the name's own.
        if (lower !== 'and' && this.isHead(i + 1)) break;
      } else if (isCapitalised(token.text)) {
        if (SENTENCE_OPENERS.has(lower) || CALENDAR.has(lower)) break;
      } else if (!(lowerPortfolio && i === nameStart - 1) && (!hasHead || !isModifier(token))) {
        break;
      }
      start = i;
    }
    // "Because of England coach X": an "of" the walk stopped after is no part of the title.
    if (this.word(start) === 'of') start++;
    if (!hasHead || start === nameStart) return null;
    // Modifiers and proper nouns before the head word only: the word next to the name is a title word.
    const beforeName = nameStart - 1;
    // … or the seat or portfolio the title is "for" or "of" ("MP for Footscray Huong Tran").
    let seat = beforeName;
    while (seat > start && isCapitalised(this.tokens[seat]?.text ?? '') && !this.isHead(seat)) seat--;
    const portfolio = seat < beforeName && ['of', 'for'].includes(this.word(seat)) && this.isHead(seat - 1);
    if (!this.isHead(beforeName) && !TITLE_MODIFIERS.has(this.word(beforeName)) && !portfolio && !lowerPortfolio)
      return null;
    const first = this.tokens[start] as Token;
    const last = this.tokens[beforeName] as Token;
    const role: RoleStatement = { text: this.text.slice(first.start, last.end), sentence };
    affiliation ??= this.leadingAffiliation(start, beforeName);
    if (affiliation) role.affiliation = affiliation;
    return role;
  }

  /** A lower-case noun at `i` that a title word is "of" or "for": "director of rugby". */
  private lowerCasePortfolio(i: number): boolean {
    const token = this.tokens[i];
    if (!token || isCapitalised(token.text) || !token.tags.has('Noun') || token.tags.has('Pronoun')) return false;
    return ['of', 'for'].includes(this.word(i - 1)) && this.isHead(i - 2) && /^\s+$/.test(this.gap(i - 1));
  }

  /** "Bank of England": an "of" inside an organisation's name ("Speaking of England" is no name). */
  private organisationOf(i: number): boolean {
    return this.word(i) === 'of' && this.insideName(i) && !this.tokens[i - 1]?.tags.has('Verb');
  }

  /** Capitalised words before the title words: "Kremlin", "EU", "State Department" (an organisation). */
  private leadingAffiliation(from: number, to: number): string | undefined {
    let end = from;
    while (
      end <= to &&
      ((isCapitalised(this.tokens[end]?.text ?? '') && !this.isHead(end)) || this.organisationOf(end))
    )
      end++;
    // "Department of Health": a name joined by "of" is an organisation's whole, title words and all.
    if (Array.from({ length: end - from }, (_, k) => this.word(from + k)).includes('of'))
      return this.text.slice((this.tokens[from] as Token).start, (this.tokens[end - 1] as Token).end);
    // Title words ("Foreign", "Prime") are the title's own, unless they end an organisation's name.
    while (end > from && TITLE_MODIFIERS.has(this.word(end - 1)) && !ORG_SUFFIXES.has(this.word(end - 1))) end--;
    const words = Array.from({ length: end - from }, (_, k) => this.word(from + k));
    if (end === from || (words.some((w) => TITLE_MODIFIERS.has(w)) && !ORG_SUFFIXES.has(words[words.length - 1] ?? '')))
      return undefined;
    return this.text.slice((this.tokens[from] as Token).start, (this.tokens[end - 1] as Token).end);
  }
}
