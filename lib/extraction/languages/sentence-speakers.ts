/**
 * Speakers of a quote that is a sentence of its own, read from the one sentence right before it in
 * its paragraph (used by quote-speakers.ts when the quote's own sentence states nobody):
 * - that sentence reports one person's speech by a verb of speech with that person as its subject
 *   ("…, sagte der Finanzexperte der …, X, der Deutschen Presse-Agentur. „…“", "…, sagt Dr. X,
 *   Partner der …. »…«");
 * - its subject is a definite description and names nobody ("Die 74-Jährige schüttelte den Kopf.
 *   „…“"): a stand-in, resolved as "sagte die 74-Jährige" would be.
 */
import type { SpeakerMention } from '../quote-attribution';
import type { QuoteSpan, Range } from '../quote-marks';
import { type Context, stopBetween, unnamedRoleIn, wordsBetween } from './quote-context';
import type { Gender } from './rule-table';
import { appositiveBefore } from './stated-roles';
import type { Word } from './words';

/** The words of the sentence right before a quote that opens a sentence, or null. */
function sentenceBefore(c: Context, q: QuoteSpan): Word[] | null {
  const sentence = c.sentences.find((s) => q.open >= s.start && q.open < s.end);
  if (!sentence) return null;
  // "„…“, so ein Sprecher des Ministeriums.", "„…“, hatte er gehofft, sagte X": words after the
  // closing mark state (or half state) a speaker of the quote's own; the sentence before is not asked.
  const closing = c.sentences.find((s) => q.close >= s.start && q.close < s.end);
  if (closing && wordsBetween(c, q.close, closing.end).length > 0) return null;
  let own = wordsBetween(c, sentence.start, q.open);
  if (own.length === 0) {
    const previous: Range | undefined = c.sentences[c.sentences.indexOf(sentence) - 1];
    if (!previous || previous.paragraph !== q.paragraph) return null;
    own = wordsBetween(c, previous.start, previous.end);
  } else if (!/[.!?]\s*$/.test(c.text.slice(sentence.start, q.open))) {
    return null;
  }
  // The last sentence before the quote, where the split left two in one.
  let from = 0;
  for (let k = 1; k < own.length; k++) if (stopBetween(c, own[k - 1] as Word, own[k] as Word)) from = k;
  const last = own.slice(from);
  return last.length > 0 ? last : null;
}

/**
 * "Grüne Geldanlagen seien beliebt, sagte der Finanzexperte der Verbraucherzentrale, X, der
 * Deutschen Presse-Agentur. „…“": the one person the sentence before names, the subject of its
 * verb of speech (right before it, or after it, the verb following a comma, with only an
 * honorific, a title or the article of an appositive title between).
 */
export function reporterBefore(c: Context, q: QuoteSpan): string | undefined {
  const before = sentenceBefore(c, q);
  if (!before) return undefined;
  const from = (before[0] as Word).start;
  const to = (before[before.length - 1] as Word).end;
  const named = c.names.filter((m) => m.start >= from && m.end <= to);
  const one = named[0];
  if (!one?.entity || new Set(named.map((m) => m.entity)).size !== 1) return undefined;
  const lower = (w: Word | undefined) => (w?.text ?? '').toLowerCase();
  const at = c.words.findIndex((w) => w.start === one.start);
  const said = before.some((w, k) => {
    if (!c.rules.isSpeechVerb(lower(w))) return false;
    const previous = before[k - 1];
    if (previous && previous.end === one.end && /^[ \u00a0]$/.test(c.text.slice(previous.end, w.start))) return true;
    // "Das Land habe versagt, sagte X": after reported speech, the verb and then its subject; "Die
    // Belegschaft sagte X ihre Meinung" has its subject first.
    if (!previous || !c.text.slice(previous.end, w.start).includes(',')) return false;
    const role = appositiveBefore(c.text, c.words, at, c.rules);
    const between = wordsBetween(c, w.end, role && role.start > w.end ? role.start : one.start);
    return (
      between.length <= 3 &&
      between.every(
        (x) => c.rules.definite.has(lower(x)) || c.rules.honorifics.has(lower(x)) || c.rules.isRoleWord(lower(x)),
      )
    );
  });
  if (!said || unnamedRoleIn(c, q.paragraph, q.open, one.gender)) return undefined;
  return one.entity;
}

/**
 * "Die 74-Jährige schüttelte den Kopf. „…“", "Der Intendant lächelt. »…«": the sentence before
 * opens with a definite description (an age or a role word) and names nobody; it stands for the
 * speaker as a description after the quote would.
 */
export function describedBefore(
  c: Context,
  q: QuoteSpan,
): { standIn: number; gender?: Gender; description: string } | null {
  const before = sentenceBefore(c, q);
  const [article, noun] = before ?? [];
  if (!before || !article || !noun) return null;
  const from = article.start;
  const to = (before[before.length - 1] as Word).end;
  if (c.names.some((m: SpeakerMention) => m.start >= from && m.end <= to)) return null;
  const lower = noun.text.toLowerCase();
  if (!c.rules.definite.has(article.text.toLowerCase())) return null;
  if (!AGE_NOUN.test(lower) && !c.rules.isRoleWord(lower)) return null;
  const gender = c.rules.definite.get(article.text.toLowerCase()) ?? c.rules.roleGender(lower);
  return { standIn: article.start, ...(gender ? { gender } : {}), description: noun.text };
}

/** "61-Jährige", "45-jähriger": a person described by their age. */
export const AGE_NOUN = /^(\d{1,3})-jährige[rn]?$/u;

/**
 * For a description by age ("sagte der 61-Jährige", "Die 74-Jährige schüttelte den Kopf"): the
 * person the article gave that age beside the name ("X, 74,", "X (74)") when there is one, and the
 * people it gave another age, who are not the one described.
 */
export function statedAges(c: Context, description: string | undefined): { one?: string; others: Set<string> } {
  const others = new Set<string>();
  const age = AGE_NOUN.exec((description ?? '').toLowerCase())?.[1];
  if (!age) return { others };
  const matching = new Set<string>();
  for (const m of c.names) {
    const stated = /^(?:,\s*(\d{1,3}),|\s*\((\d{1,3})\))/u.exec(c.text.slice(m.end, m.end + 8));
    const years = stated?.[1] ?? stated?.[2];
    if (!m.entity || !years) continue;
    if (years === age) matching.add(m.entity);
    else others.add(m.entity);
  }
  for (const entity of matching) others.delete(entity);
  const [one] = matching;
  return matching.size === 1 && one ? { one, others } : { others };
}
