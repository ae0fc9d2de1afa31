/**
 * Roles stated beside a name rather than before it: an appositive after it ("Vladimir Medinsky, a
 * former cultural minister …", "Tyler Besecker, president of …", "Tom Forte, who … as a managing
 * director at …", "Jamal Hussain, 19, who joined as an apprentice"), one before it ("Sudan’s
 * president, Omar Hassan al-Bashir", "One resident, 91-year-old Edith Carne"), "a retired surgeon
 * from Bergen named Ingrid Solberg", and a list after a plural role ("the other editors: Kate
 * Hudson, Brent Rose, and …"). The affiliation is the object of "of"/"at" or the possessive owner.
 */
import { copularRoleStart } from './copular-roles';
import { CALENDAR, CLAUSE_COMMENTS, isRoleWord, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './lexicon';
import type { Mention } from './mention';
import { isParticipleAdjective, isPlainPerson } from './role-nouns';
import { roleHeadBeforeComma } from './role-phrases';
import { DETERMINERS, isModifier, PREPOSITIONS, type RoleStatement, RoleWords, STOP_WORDS } from './role-words';
import { afterBracketedAge, isCapitalised, isPossessive, type Token } from './tokens';

/** Words that end an appositive noun phrase: a relative clause or a prepositional phrase. */
const APPOSITIVE_ENDS = new Set(['who', 'whose', 'from', 'at', 'of', 'in', 'with', 'for', 'on', 'since']);

export class AppositiveRoles extends RoleWords {
  /** ", a former cultural minister …", ", president of …", ", who … as a managing director at …". */
  appositiveAfter(mention: Mention): RoleStatement | null {
    if (mention.possessive) return null;
    let i = mention.last + 1;
    const aged = afterBracketedAge(this.text, this.tokens, mention.last);
    if (aged >= 0) i = aged;
    else if (!/^,\s*$/.test(this.gap(mention.last))) return null;
    // An age: "Bassi, 43, …".
    if (/^\d+$/.test(this.word(i)) && /^,\s*$/.test(this.gap(i))) i++;
    if (this.word(i) === 'who') {
      const end = this.clauseEnd(i);
      for (let k = i + 1; k < end; k++) {
        if (['as', 'is', 'was', 'became'].includes(this.word(k)) && DETERMINERS.has(this.word(k + 1)))
          return this.rolePhrase(k + 2, mention.sentence);
      }
      return null;
    }
    if (DETERMINERS.has(this.word(i))) {
      i++;
      // "Peter Ward, the sacked vice-president": a participle after the determiner qualifies the role.
      const participle = this.tokens[i];
      if (participle && isParticipleAdjective(participle)) {
        const role = this.rolePhrase(i + 1, mention.sentence);
        const head = this.tokens[i + 1];
        return role && head ? { ...role, text: this.text.slice(participle.start, head.start) + role.text } : null;
      }
    }
    return this.rolePhrase(i, mention.sentence);
  }

  /**
   * "Tom Brandt, 67, a retired machinist who …": an indefinite noun phrase in apposition names
   * what the person is, even when its noun is in no list. Read only when no other shape states a
   * role, since its head is taken from its place, not its word.
   */
  indefiniteAppositive(mention: Mention): RoleStatement | null {
    const aged = afterBracketedAge(this.text, this.tokens, mention.last);
    if (mention.possessive || (aged < 0 && !/^,\s*$/.test(this.gap(mention.last)))) return null;
    let i = aged >= 0 ? aged : mention.last + 1;
    if (/^\d+$/.test(this.word(i)) && /^,\s*$/.test(this.gap(i))) i++;
    if (!/^(?:a|an)$/.test(this.word(i))) return null;
    const from = i + 1;
    for (let k = from; k < from + 4; k++) {
      const token = this.tokens[k];
      if (!token || token.sentence !== mention.sentence || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) return null;
      if (token.tags.has('Verb') && !token.tags.has('Noun') && !token.tags.has('Adjective')) return null;
      if (CLAUSE_COMMENTS.has(token.text)) return null;
      const next = this.tokens[k + 1];
      const boundary =
        !next ||
        next.sentence !== token.sentence ||
        /[,;:—–()]/.test(this.gap(k)) ||
        APPOSITIVE_ENDS.has(this.word(k + 1));
      if (!boundary) continue;
      if (isPlainPerson(token.text)) return null;
      return { text: this.text.slice((this.tokens[from] as Token).start, token.end), sentence: mention.sentence };
    }
    return null;
  }

  /**
   * "Marsh-Oduya is the interim chief executive of Ofwat" → interim chief executive of Ofwat;
   * "Arrieta is the county's health officer" → health officer (county's: the owner, as before a
   * title, is the affiliation).
   */
  copularRole(mention: Mention): RoleStatement | null {
    if (mention.possessive) return null;
    const start = copularRoleStart(this.text, this.tokens, mention.last);
    if (!start) return null;
    const role = this.rolePhrase(start.from, mention.sentence);
    if (!role) return null;
    if (start.owner !== undefined && !role.affiliation) {
      const owner = this.properNounsEndingAt(start.owner);
      if (owner) role.affiliation = owner;
    }
    return role;
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
        // ("chief UK economist at …": a capitalised word that begins no name is the role's own.)
        if (this.isHead(k) && this.beginsName(k + 1) && /^\s+$/.test(this.gap(k))) return null;
        if (this.isHead(k)) headAt = k;
        else if (k - from >= 5 || (!isModifier(token) && !isCapitalised(token.text) && !this.insideName(k)))
          return null;
      } else {
        if (STOP_WORDS.has(lower) && !(lower === 'and' && this.isHead(k + 1))) break;
        if (token.tags.has('Verb') && !token.tags.has('Noun') && !isCapitalised(token.text) && !isModifier(token))
          break;
        // "a former cultural minister lacking major influence": a participle starts a new clause.
        if (/\p{Ll}ing$/u.test(token.text) && !PREPOSITIONS.has(lower)) break;
        // "an apprentice two years ago after …": a time or another preposition ends the role; a
        // union local's number is its name's last word ("president of Machinists Local 6").
        const localNumber = this.tokens[k - 1]?.text === 'Local' && /^\d{1,5}$/.test(token.text);
        if (!isCapitalised(token.text) && !localNumber && (token.tags.has('Value') || token.tags.has('Date'))) break;
        if (token.tags.has('Preposition') && !PREPOSITIONS.has(lower)) break;
        if (preposition < 0 && PREPOSITIONS.has(lower)) preposition = k;
      }
      last = k;
    }
    if (headAt < 0) return null;
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

  /**
   * "Sudan’s president, Omar Hassan al-Bashir" → president (Sudan); "One resident, 91-year-old
   * Edith Carne"; "the Health Secretary, Dame Priya Natarajan"; "A spokeswoman for Gov. Robert
   * Haines, Laura Pietrzak" → spokeswoman for Gov. Robert Haines.
   */
  appositiveBefore(mention: Mention): (RoleStatement & { from: number }) | null {
    const head = roleHeadBeforeComma(this.text, this.tokens, mention.runFirst);
    if (head < 0) return null;
    let end = mention.runFirst - 1;
    while (end > head && !/^,\s*$/.test(this.gap(end))) end--;
    let start = head;
    let affiliation: string | undefined;
    for (let k = head - 1; k >= 0 && head - k <= 4; k--) {
      const t = this.tokens[k] as Token;
      if (t.sentence !== mention.sentence || !/^\s+$/.test(this.gap(k))) break;
      if (isPossessive(t.text)) {
        affiliation = this.properNounsEndingAt(k);
        break;
      }
      // Capitalised title words are the role's own ("Health" in "the Health Secretary").
      const titleWord =
        isCapitalised(t.text) && !this.nameTokens.has(k) && !SENTENCE_OPENERS.has(this.word(k)) && !t.tags.has('Value');
      if (!isModifier(t) && !this.isHead(k) && !(titleWord && !CALENDAR.has(this.word(k)))) break;
      start = k;
    }
    const from = (this.tokens[start] as Token).start;
    const role: RoleStatement & { from: number } = {
      text: this.text.slice(from, (this.tokens[end] as Token).end),
      sentence: mention.sentence,
      from,
    };
    if (affiliation) role.affiliation = affiliation;
    return role;
  }

  /** "a retired surgeon from Bergen named Ingrid Solberg" → retired surgeon from Bergen. */
  roleBeforeNamed(mention: Mention): RoleStatement | null {
    const named = mention.runFirst - 1;
    if (!['named', 'called'].includes(this.word(named)) || !/^\s+$/.test(this.gap(named))) return null;
    let head = -1;
    for (let k = named - 1; k >= 0 && named - k <= 8; k--) {
      const token = this.tokens[k] as Token;
      if (token.sentence !== mention.sentence || !/^\s+$/.test(this.gap(k))) return null;
      if (DETERMINERS.has(this.word(k))) {
        if (head < 0) return null;
        const from = this.tokens[k + 1] as Token;
        return { text: this.text.slice(from.start, (this.tokens[named - 1] as Token).end), sentence: mention.sentence };
      }
      if (this.isHead(k)) head = k;
      else if (head >= 0 && !isModifier(token)) return null;
      else if (head < 0 && !isCapitalised(token.text) && !PREPOSITIONS.has(this.word(k))) return null;
    }
    return null;
  }

  /**
   * A list after a plural role: "some of the other editors: Kate Hudson, Brent Rose, and Nicholas
   * Maronese" → editor; "Amara’s parents, Kwame and Efua Osei" → parent; "Analysts Sarah
   * Oyelaran, Tomasz Wrona and Ben Achebe" → analyst.
   */
  listAfterPluralRole(mention: Mention): RoleStatement | null {
    // Walk back over the list (names, commas, "and") to the plural role noun before it.
    let i = mention.first - 1;
    while (i >= 0 && this.tokens[i]?.sentence === mention.sentence && !this.pluralRole(i)) {
      const word = this.tokens[i] as Token;
      if (!(this.nameTokens.has(i) || this.word(i) === 'and' || isCapitalised(word.text))) return null;
      if (!/^(?:,?\s+|,\s*)$/.test(this.gap(i))) return null;
      i--;
    }
    const singular = this.pluralRole(i);
    if (!singular || this.tokens[i]?.sentence !== mention.sentence) return null;
    // "Reps. Brandon Cole, Terri Vasquez-Holt and …": an abbreviated plural title keeps its stop.
    const abbreviated = TITLE_ABBREVIATIONS.has(singular) && /^\.\s+$/.test(this.gap(i));
    if (!abbreviated && !/^[:,]?\s+$/.test(this.gap(i))) return null;
    return { text: singular, sentence: mention.sentence };
  }

  /** The singular of a plural role noun at `i` ("editors" → editor, "spokesmen" → spokesman), or undefined. */
  private pluralRole(i: number): string | undefined {
    const lower = this.word(i);
    const singular = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.endsWith('s') ? lower.slice(0, -1) : '';
    return singular && isRoleWord(singular) ? singular : undefined;
  }
}
