/**
 * What the French and German quote rules read around a quotation: the article's words, the people
 * it names, its quote spans and sentences, and the questions every rule asks of them (the words
 * between two places outside quotations, a sentence stop between two words, whether a paragraph
 * speaks of someone it does not name).
 */
import type { SpeakerMention } from '../quote-attribution';
import type { QuoteSpan, Range } from '../quote-marks';
import type { Gender, LanguageRules } from './rule-table';
import type { Word } from './words';

export interface Context {
  text: string;
  words: readonly Word[];
  rules: LanguageRules;
  names: readonly SpeakerMention[];
  /** Every person named, inside quotations too: an incise names its speaker inside the marks. */
  everyName: readonly SpeakerMention[];
  /** Organisations named outside quotations: "teilte das Regierungspräsidium Tübingen mit". */
  organisations: readonly SpeakerMention[];
  spans: readonly QuoteSpan[];
  sentences: readonly Range[];
}

/**
 * Whether a paragraph, before `until`, speaks of a person of the speaker's gender by a definite
 * role description that no name follows ("l’attaquant de 19 ans a égalisé", "der Rückraumspieler traf"): someone the
 * paragraph does not name, whom a pronoun or description after the quote may stand for.
 */
export function unnamedRoleIn(c: Context, paragraph: number, until: number, gender: Gender | undefined): boolean {
  const inParagraph = c.sentences.filter((s) => s.paragraph === paragraph);
  const from = inParagraph[0]?.start ?? until;
  const to = Math.min(until, inParagraph[inParagraph.length - 1]?.end ?? until);
  const before = wordsBetween(c, from, to);
  return before.some((w, k) => {
    const next = before[k + 1];
    if (!c.rules.definite.has(w.text.toLowerCase()) || !next || !c.rules.isRoleWord(next.text.toLowerCase()))
      return false;
    // A subject opens its sentence or clause; "dont la sœur", "der Tochter" inside one are not.
    const previous = before[k - 1];
    const opens = !previous || previous.sentence !== w.sentence || c.text.slice(previous.end, w.start).includes(',');
    if (!opens) return false;
    // "Jana Hättich, die Leiterin des Hebammenteams,": the appositive of the name before it.
    if (previous && c.names.some((m) => m.end === previous.end)) return false;
    // "Der Angeklagte habe …, hatte sie gesagt": a man described is not the woman who spoke.
    const described = c.rules.definite.get(w.text.toLowerCase()) ?? c.rules.roleGender(next.text.toLowerCase());
    if (gender && described && described !== gender) return false;
    // "Mathilde Ravenel n'a pas choisi la facilité. …, la ministre de … a atterri": a description of
    // the gender of the one person the paragraph named before it stands for that person.
    const earlier = c.names.filter((m) => m.start >= from && m.end <= w.start);
    if (
      described &&
      earlier.length > 0 &&
      new Set(earlier.map((m) => m.entity)).size === 1 &&
      earlier.every((m) => m.gender === described)
    )
      return false;
    const reach = before[k + 7]?.start ?? to;
    if (c.names.some((m) => m.start > next.start && m.start <= reach)) return false;
    // "La cheffe de file des écologistes à l’Assemblée, Malika Bensaïd, a annoncé": a long title
    // named after its comma.
    for (let j = k + 1; j < k + 14 && before[j + 1]; j++) {
      const gap = c.text.slice((before[j] as Word).end, (before[j + 1] as Word).start);
      if (/[.;:!?()«»„“”"]/.test(gap)) break;
      if (!gap.includes(',')) continue;
      const after = (before[j + 3] ?? before[j + 1]) as Word;
      return !c.names.some((m) => m.start >= (before[j + 1] as Word).start && m.start <= after.start);
    }
    return true;
  });
}

export function paragraphStart(sentences: readonly Range[], paragraph: number): number {
  return sentences.find((s) => s.paragraph === paragraph)?.start ?? -1;
}

export function paragraphEnd(sentences: readonly Range[], paragraph: number): number {
  const inParagraph = sentences.filter((s) => s.paragraph === paragraph);
  return inParagraph[inParagraph.length - 1]?.end ?? -1;
}

/** The words between `from` and `to` that are outside quotations. */
export function wordsBetween(c: Context, from: number, to: number): Word[] {
  return c.words.filter(
    (w) => w.start >= from && w.end <= to && !c.spans.some((s) => w.start >= s.open && w.start < s.close),
  );
}

/** A full stop, question or exclamation mark, or semicolon between two words (an honorific's aside). */
export function stopBetween(c: Context, a: Word, b: Word): boolean {
  const gap = c.text.slice(a.end, b.start);
  if (/[!?;]/.test(gap)) return true;
  // "86.000 Euro": a thousands separator inside a number.
  if (gap === '.' && /^\d+$/.test(a.text) && /^\d+$/.test(b.text)) return false;
  return gap.includes('.') && !c.rules.honorifics.has(a.text.toLowerCase()) && !/^\p{Lu}$/u.test(a.text);
}

/**
 * "Brandauer-Kamp, der das Haus von seinem Vorgänger Ulrich Pfannstiel übernommen hatte, will …",
 * "X, dont la sœur Y …": a person named inside a relative clause that hangs on another person
 * named just before it in the sentence; the sentence is about that other person, and a pronoun or
 * description after it stands for them, not for the one the clause mentions.
 */
export function inRelativeClause(c: Context, m: SpeakerMention): boolean {
  const sentence = c.sentences.find((s) => m.start >= s.start && m.start < s.end);
  if (!sentence) return false;
  const before = c.names.filter((n) => n.start >= sentence.start && n.end <= m.start && n.entity !== m.entity).pop();
  // The name the clause hangs on may be one the rules did not take for a person: the capitalised
  // words that open the sentence.
  const from = before?.end ?? sentence.start;
  const head = before ? '' : String.raw`\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
  return new RegExp(`^${head},\\s+(?:${RELATIVE_PRONOUNS})\\s[^,;:.!?]*$`, 'u').test(c.text.slice(from, m.start));
}

const RELATIVE_PRONOUNS = 'der|die|das|dem|den|deren|dessen|qui|que|dont';
