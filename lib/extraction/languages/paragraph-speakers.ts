/**
 * Speakers a quote's own sentence does not state, read from its paragraph: a headline that is only
 * a quote (the standfirst's one speaker), a quote sentence after reported speech or after a sentence
 * whose subject is the one person the paragraph names, and a quote inside German reported speech
 * (Konjunktiv I). Used by quote-speakers.ts when nothing around the quote names anyone.
 */
import type { SpeakerMention } from '../quote-attribution';
import type { QuoteSpan, Range } from '../quote-marks';
import { type Context, inRelativeClause, stopBetween, unnamedRoleIn, wordsBetween } from './quote-context';
import type { Word } from './words';

/**
 * "„Wir haben verlernt, einfach zu bauen“" as the headline, then "Die Architektin X sagt, …": a
 * headline that is a quote and nothing else is the words of the one person the standfirst after it
 * names and makes speak (an interview's subject).
 */
export function headlineSpeaker(c: Context, q: QuoteSpan, paragraphOf: (pos: number) => number): string | undefined {
  if (q.paragraph !== 0) return undefined;
  const own = c.sentences.filter((s) => s.paragraph === 0);
  const from = own[0]?.start ?? q.open;
  const to = own[own.length - 1]?.end ?? q.close;
  if (wordsBetween(c, from, to).length > 0) return undefined;
  for (const paragraph of [1, 2]) {
    const named = c.names.filter((m) => paragraphOf(m.start) === paragraph);
    if (named.length === 0) continue;
    const one = named[0];
    if (!one?.entity || new Set(named.map((m) => m.entity)).size !== 1) return undefined;
    const inParagraph = c.sentences.filter((s) => s.paragraph === paragraph);
    const words = wordsBetween(c, inParagraph[0]?.start ?? 0, inParagraph[inParagraph.length - 1]?.end ?? 0);
    return words.some((w) => c.rules.isSpeechVerb(w.text.toLowerCase())) ? one.entity : undefined;
  }
  return undefined;
}

/**
 * "Der Abbau komme spät, urteilte Analystin X. „…“", "X will ausschlafen, sagt sie. „…“": a quote
 * that is a sentence of its own, after reported speech its paragraph gives to the one person it
 * names (the verb of speech beside the name, or beside a pronoun that fits that person).
 */
export function reportedSpeaker(c: Context, q: QuoteSpan, paragraphOf: (pos: number) => number): string | undefined {
  const sentence = c.sentences.find((s) => q.open >= s.start && q.open < s.end);
  if (!sentence) return undefined;
  const named = c.names.filter((m) => m.start < q.open && paragraphOf(m.start) === q.paragraph);
  const one = named[0];
  if (!one?.entity || new Set(named.map((m) => m.entity)).size !== 1) return undefined;
  // "X, der … von seinem Vorgänger Y übernommen hatte, …": Y is not who the paragraph is about.
  if (named.every((m) => inRelativeClause(c, m))) return undefined;
  const own = wordsBetween(c, sentence.start, sentence.end);
  // "… son amertume. « On a tout donné … »": a quote after a full stop is a sentence of its own even
  // where the sentence split, which wants a capital, did not cut before the mark.
  const opensSentence = /[.!?]\s*$/.test(c.text.slice(sentence.start, q.open));
  if (own.length > 0 && !opensSentence) return moodSpeaker(c, q, sentence, own, named);
  const from = c.sentences.find((s) => s.paragraph === q.paragraph)?.start ?? q.open;
  const before = wordsBetween(c, from, q.open);
  const said = before.some((w, k) => {
    if (!c.rules.isSpeechVerb(w.text.toLowerCase())) return false;
    // "Wiechers betonte, …", "Gemeindepräsident X sagte auf Anfrage, …": the name right before the verb.
    const previous = before[k - 1];
    if (
      previous &&
      named.some((m) => m.end === previous.end) &&
      /^[ \u00a0]$/.test(c.text.slice(previous.end, w.start))
    )
      return true;
    const next = before[k + 1];
    const pronoun = c.rules.pronouns.get((next?.text ?? '').toLowerCase());
    if (pronoun) return named.every((m) => !m.gender || m.gender === pronoun);
    // "urteilte Analystin X", "sagte X": the name right after the verb, titles between.
    for (let j = k + 1; j < before.length && j <= k + 4; j++) {
      const x = before[j] as Word;
      if (named.some((m) => m.start === x.start)) return true;
      if (!c.rules.isRoleWord(x.text.toLowerCase()) && !c.rules.honorifics.has(x.text.toLowerCase())) return false;
    }
    return false;
  });
  if (said) return one.entity;
  return subjectBefore(c, q, sentence, one) ? one.entity : undefined;
}

/**
 * "X, 57 ans, vernisseur …, ne cachait pas son amertume. « On a tout donné … »", "Urs B. selbst
 * entschuldigte sich … «Ich schäme mich …»", "… le gardien X … Il n'a pas voulu accabler ses
 * défenseurs. « C'est une rondelle déviée. »": a quote that is a sentence of its own, right after a
 * sentence whose subject is the one person the paragraph names (by name, title first, or by a
 * pronoun that fits), is that person's, as news copy sets a speaker's words after them.
 */
function subjectBefore(c: Context, q: QuoteSpan, sentence: Range, one: SpeakerMention): boolean {
  let own = wordsBetween(c, sentence.start, q.open);
  if (own.length === 0) {
    const previous = c.sentences[c.sentences.indexOf(sentence) - 1];
    if (!previous || previous.paragraph !== q.paragraph) return false;
    own = wordsBetween(c, previous.start, previous.end);
  }
  // The last sentence before the quote, where the split left two in one.
  let from = 0;
  for (let k = 1; k < own.length; k++) if (stopBetween(c, own[k - 1] as Word, own[k] as Word)) from = k;
  own = own.slice(from);
  const first = own[0];
  if (!first) return false;
  const pronoun = c.rules.pronouns.get(first.text.toLowerCase());
  if (pronoun !== undefined) {
    if (!/^\p{Lu}/u.test(first.text) || (one.gender && one.gender !== pronoun)) return false;
  } else {
    const at = own.findIndex((w) => w.start === one.start);
    const title = (w: Word) =>
      c.rules.isRoleWord(w.text.toLowerCase()) ||
      c.rules.honorifics.has(w.text.toLowerCase()) ||
      c.rules.definite.has(w.text.toLowerCase());
    if (at < 0 || !own.slice(0, at).every(title)) return false;
  }
  return !unnamedRoleIn(c, q.paragraph, q.open, one.gender);
}

/**
 * "Regierungssprecher X sagte, … Man stehe mit den Nachbarländern „…“", "Finanzchefin X bezifferte …
 * Der Gewinn sei … Für das Jahr rechne sie „…“": a quote inside a sentence in the mood of reported
 * speech (German Konjunktiv I), in a paragraph that reports one person's speech from its start
 * (a verb of speech or the same mood before the quote's sentence) and names nobody else. A
 * pronoun beside the verb must fit that person; an unnamed role of that gender stops it.
 */
function moodSpeaker(
  c: Context,
  q: QuoteSpan,
  sentence: Range,
  own: readonly Word[],
  named: readonly SpeakerMention[],
): string | undefined {
  const one = named[0] as SpeakerMention;
  const lowerAt = (list: readonly Word[], k: number) => (list[k]?.text ?? '').toLowerCase();
  const reported = (list: readonly Word[]) =>
    list.some(
      (w, k) =>
        /^\p{Ll}/u.test(w.text) &&
        (c.rules.reportedSpeech(w.text, lowerAt(list, k - 1)) || c.rules.reportedSpeech(w.text, lowerAt(list, k + 1))),
    );
  if (!reported(own)) return undefined;
  const pronoun = own.map((w) => c.rules.pronouns.get(w.text)).find((g) => g !== undefined);
  if (pronoun && named.some((m) => m.gender && m.gender !== pronoun)) return undefined;
  const from = c.sentences.find((s) => s.paragraph === q.paragraph)?.start ?? sentence.start;
  const earlier = wordsBetween(c, from, sentence.start);
  if (
    !earlier.some((w) => c.rules.isSpeechVerb(w.text.toLowerCase())) &&
    !reported(earlier) &&
    !opensParagraph(c, q.paragraph, one)
  )
    return undefined;
  if (unnamedRoleIn(c, q.paragraph, q.open, pronoun)) return undefined;
  return one.entity;
}

/**
 * "Auch der französische Europaminister X, der …, zeigte sich zurückhaltend. Paris unterstütze …
 * „…“": the person named in the first words of the paragraph, its subject, whose words the
 * paragraph's reported speech gives.
 */
function opensParagraph(c: Context, paragraph: number, one: SpeakerMention): boolean {
  const first = c.sentences.find((s) => s.paragraph === paragraph);
  if (!first || one.start < first.start || one.start >= first.end) return false;
  return !c.text.slice(first.start, one.start).includes(',') && wordsBetween(c, first.start, one.start).length <= 4;
}
