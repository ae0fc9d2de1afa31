/**
 * Who said each quotation, in French and German news copy, nearest statement first:
 * 1. after the quote: "», a déclaré M. Daubigny", "“, sagte Bundeskanzler X", "“, so Lindqvist",
 *    "», selon X"; a pronoun ("», a-t-il ajouté", "souligne-t-elle", "“, sagte sie", "fügte er
 *    hinzu"); a definite description ("», a souri l'ailier de 23 ans", "“, erklärte der
 *    52-Jährige", "sagte die SPD-Politikerin"); an indefinite one ("sagte eine Bahnsprecherin")
 *    names nobody;
 * 2. before it in its sentence: "X sagte: „…“", "Selon elle, « … »", "Pour X, « … »", "X …, a
 *    appelé les parties à « … »", "X …: « … »";
 * 3. a pronoun or description stands for the one person its paragraph names before the quote, else
 *    for the last quote's speaker when nobody else was named since, if the gender agrees;
 * 4. a quote stated without attribution continues its paragraph's last speaker when nobody else
 *    was named in between.
 * Anything else gets no speaker: a wrong speaker is worse than none.
 */
import type { SpeakerMention } from '../quote-attribution';
import { wordsIn } from '../quote-attribution';
import type { QuoteSpan, Range } from '../quote-marks';
import { MIN_QUOTE_WORDS } from '../quotes';
import type { Gender, LanguageRules } from './rule-table';
import { appositiveBefore } from './stated-roles';
import type { Word } from './words';

export interface RuleQuote extends QuoteSpan {
  text: string;
  speaker?: string;
  /** The description that named the speaker ("l'ailier de 23 ans"), when one did. */
  description?: string;
}

/** What the quote's own sentence states: a name, a pronoun or description, or nobody nameable. */
type Stated =
  | { mention: SpeakerMention }
  | { standIn: number; gender?: Gender; description?: string }
  | { nobody: true };

interface Context {
  text: string;
  words: readonly Word[];
  rules: LanguageRules;
  names: readonly SpeakerMention[];
  /** Every person named, inside quotations too: an incise names its speaker inside the marks. */
  everyName: readonly SpeakerMention[];
  spans: readonly QuoteSpan[];
  sentences: readonly Range[];
}

/** Attributes each quote of at least MIN_QUOTE_WORDS words when the text says who spoke. */
export function attributeWithRules(
  text: string,
  words: readonly Word[],
  spans: readonly QuoteSpan[],
  sentences: readonly Range[],
  mentions: readonly SpeakerMention[],
  rules: LanguageRules,
): RuleQuote[] {
  const inside = (pos: number) => spans.some((s) => pos >= s.open && pos < s.close);
  const names = mentions.filter((m) => m.kind === 'person' && !inside(m.start)).sort((a, b) => a.start - b.start);
  const everyName = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  const context: Context = { text, words, rules, names, everyName, spans, sentences };
  const quotes: RuleQuote[] = spans
    .map((s) => ({ ...s, text: text.slice(s.start, s.end).replace(/[\s,;:—–-]+$/u, '') }))
    .filter((q) => wordsIn(q.text, 0, q.text.length).length >= MIN_QUOTE_WORDS);
  const paragraphOf = (pos: number) =>
    (sentences.find((s) => pos >= s.start && pos < s.end) ?? { paragraph: -1 }).paragraph;
  quotes.forEach((q, index) => {
    const stated = afterQuote(context, q) ?? incise(context, q) ?? beforeQuote(context, q);
    const earlier = quotes
      .slice(0, index)
      .reverse()
      .find((e) => e.speaker);
    const nobodySince = (from: number, to: number, entity: string | undefined) =>
      !names.some((m) => m.start >= from && m.start < to && m.entity !== entity);
    if (stated && 'nobody' in stated) return;
    if (stated && 'mention' in stated) {
      if (stated.mention.entity) q.speaker = stated.mention.entity;
      return;
    }
    if (stated) {
      const fits = (m: SpeakerMention) => !stated.gender || !m.gender || m.gender === stated.gender;
      const inParagraph = names.filter((m) => m.start < q.open && paragraphOf(m.start) === q.paragraph);
      const entities = new Set(inParagraph.map((m) => m.entity));
      // "L'avocate de M. Pastorelli, Me Delphine Arnoux, … », a-t-elle dénoncé": the one person the
      // pronoun can stand for (a person of unknown gender can be either).
      const fitting = inParagraph.filter(fits);
      const only = fitting[0];
      // "l’attaquant de 19 ans a égalisé … avant de tromper le gardien X. « … », a souri le jeune
      // Lensois": the paragraph speaks of someone it does not name; X may not be the one.
      if (new Set(fitting.map((m) => m.entity)).size === 1 && only?.entity) {
        if (!unnamedRoleIn(context, q.paragraph, q.open, stated.gender)) q.speaker = only.entity;
      } else if (
        entities.size === 0 &&
        earlier?.speaker &&
        q.paragraph - earlier.paragraph <= 2 &&
        nobodySince(earlier.close, q.open, earlier.speaker) &&
        names.filter((m) => m.entity === earlier.speaker).every(fits)
      )
        q.speaker = earlier.speaker;
      else if (entities.size === 0) {
        // "Le ministre de la Santé, X, a annoncé des renforts…" / "Il nous a promis « … »", "sagt
        // die 71-Jährige" after a paragraph about her: the one person the paragraph before names.
        // "la directrice, X, a remis … peint par le peintre vaudois Y. « … », a expliqué la
        // directrice": the one person of that gender the paragraph before names.
        const before = names.filter((m) => paragraphOf(m.start) === q.paragraph - 1).filter(fits);
        const one = before[0];
        if (
          one?.entity &&
          new Set(before.map((m) => m.entity)).size === 1 &&
          !unnamedRoleIn(context, q.paragraph, q.open, stated.gender) &&
          !unnamedRoleIn(context, q.paragraph - 1, q.open, stated.gender)
        )
          q.speaker = one.entity;
      }
      if (q.speaker && stated.description) q.description = stated.description;
      return;
    }
    // Unattributed: the paragraph's last speaker goes on, or a paragraph-long quote continues one
    // left open at the end of the paragraph before.
    if (earlier?.speaker && nobodySince(earlier.close, q.open, earlier.speaker)) {
      const previous = quotes[index - 1];
      // "« … »" closing one paragraph, "« … »" opening the next: a quote later in that paragraph
      // ("Pour l'historienne X, c'est « … »") is someone else's, said after other words.
      const reopened =
        previous?.speaker &&
        previous.paragraph === q.paragraph - 1 &&
        previous.end >= paragraphEnd(sentences, previous.paragraph) - 1 &&
        q.open <= paragraphStart(sentences, q.paragraph);
      if (earlier.paragraph === q.paragraph || reopened) q.speaker = earlier.speaker;
    }
    if (!q.speaker && !stated) {
      const speaker = reportedSpeaker(context, q, paragraphOf);
      if (speaker) q.speaker = speaker;
    }
  });
  const headline = quotes[0];
  if (headline && !headline.speaker) {
    const speaker = headlineSpeaker(context, headline, paragraphOf);
    if (speaker) headline.speaker = speaker;
  }
  return quotes;
}

/**
 * "„Wir haben verlernt, einfach zu bauen“" as the headline, then "Die Architektin X sagt, …": a
 * headline that is a quote and nothing else is the words of the one person the standfirst after it
 * names and makes speak (an interview's subject).
 */
function headlineSpeaker(c: Context, q: RuleQuote, paragraphOf: (pos: number) => number): string | undefined {
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
 * Whether a paragraph, before `until`, speaks of a person of the speaker's gender by a definite
 * role description that no name follows ("l’attaquant de 19 ans a égalisé", "der Rückraumspieler traf"): someone the
 * paragraph does not name, whom a pronoun or description after the quote may stand for.
 */
function unnamedRoleIn(c: Context, paragraph: number, until: number, gender: Gender | undefined): boolean {
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

/**
 * "Der Abbau komme spät, urteilte Analystin X. „…“", "X will ausschlafen, sagt sie. „…“": a quote
 * that is a sentence of its own, after reported speech its paragraph gives to the one person it
 * names (the verb of speech beside the name, or beside a pronoun that fits that person).
 */
function reportedSpeaker(c: Context, q: QuoteSpan, paragraphOf: (pos: number) => number): string | undefined {
  const sentence = c.sentences.find((s) => q.open >= s.start && q.open < s.end);
  if (!sentence) return undefined;
  const named = c.names.filter((m) => m.start < q.open && paragraphOf(m.start) === q.paragraph);
  const one = named[0];
  if (!one?.entity || new Set(named.map((m) => m.entity)).size !== 1) return undefined;
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

function paragraphStart(sentences: readonly Range[], paragraph: number): number {
  return sentences.find((s) => s.paragraph === paragraph)?.start ?? -1;
}

function paragraphEnd(sentences: readonly Range[], paragraph: number): number {
  const inParagraph = sentences.filter((s) => s.paragraph === paragraph);
  return inParagraph[inParagraph.length - 1]?.end ?? -1;
}

/** The words between `from` and `to` that are outside quotations. */
function wordsBetween(c: Context, from: number, to: number): Word[] {
  return c.words.filter(
    (w) => w.start >= from && w.end <= to && !c.spans.some((s) => w.start >= s.open && w.start < s.close),
  );
}

/** A full stop, question or exclamation mark, or semicolon between two words (an honorific's aside). */
function stopBetween(c: Context, a: Word, b: Word): boolean {
  const gap = c.text.slice(a.end, b.start);
  if (/[!?;]/.test(gap)) return true;
  return gap.includes('.') && !c.rules.honorifics.has(a.text.toLowerCase()) && !/^\p{Lu}$/u.test(a.text);
}

/** Reflexive pronouns that stand before a verb of speech ("s'emporte", "se félicite"). */
const REFLEXIVES = new Set(["s'", 'se']);

/**
 * "„…“, hatte sie in ihrem Plädoyer gesagt": an auxiliary, its subject, and the participle of a verb
 * of speech at the end of the clause (German word order).
 */
function participleLater(c: Context, after: readonly Word[]): boolean {
  for (let k = 2; k < after.length && k < 8; k++) {
    const w = after[k] as Word;
    if (stopBetween(c, after[k - 1] as Word, w) || c.text.slice((after[k - 1] as Word).end, w.start).includes(','))
      return false;
    if (c.rules.isSpeechVerb(w.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * The first person named after `from`, within `limit` words and before a stop; a title on the way
 * lets the name come later ("a déclaré à l'AFP la ministre déléguée chargée du Commerce extérieur, X").
 */
function nameAfter(c: Context, after: readonly Word[], from: number, limit: number): SpeakerMention | undefined {
  let commas = 0;
  let reach = limit;
  for (let k = from; k < after.length && k < from + reach; k++) {
    const w = after[k] as Word;
    const named = c.names.find((m) => m.start <= w.start && w.start < m.end);
    if (named) return named;
    if (c.rules.isRoleWord(w.text.toLowerCase())) reach = Math.max(reach, k - from + 8);
    const next = after[k + 1];
    if (!next || stopBetween(c, w, next)) return undefined;
    if (c.text.slice(w.end, next.start).includes(',') && ++commas > 1) return undefined;
  }
  return undefined;
}

function afterQuote(c: Context, q: QuoteSpan): Stated | null {
  const nextQuote = c.spans.find((s) => s.open >= q.close);
  const paragraph = c.sentences.filter((s) => s.paragraph === q.paragraph);
  const limit = Math.min(nextQuote?.open ?? Infinity, paragraph[paragraph.length - 1]?.end ?? q.close);
  const words = wordsBetween(c, q.close, limit);
  // "», s'emporte X": a reflexive pronoun before the verb of speech.
  const after = (REFLEXIVES.has((words[0]?.text ?? '').toLowerCase()) ? words.slice(1) : words).slice(0, 18);
  const first = after[0];
  if (!first) return null;
  // A sentence ended at the quote ("… fin. » Il …"): nothing after it states the speaker.
  if (/[.!?]/.test(c.text.slice(q.end, first.start))) return null;
  const lower = (k: number) => (after[k]?.text ?? '').toLowerCase();
  if (c.rules.soAfterQuote.has(lower(0))) {
    const mention = nameAfter(c, after, 1, 6);
    if (mention) return { mention };
    const pronoun = c.rules.pronouns.get(lower(1));
    if (pronoun) return { standIn: (after[1] as Word).start, gender: pronoun };
    // "„…“, so die Ministerin", "», selon le maire": a description, as after a verb of speech.
    if (c.rules.definite.has(lower(1)) && after[2]) {
      if (institution(c, lower(2))) return { nobody: true };
      const gender = c.rules.definite.get(lower(1));
      return {
        standIn: (after[1] as Word).start,
        ...(gender ? { gender } : {}),
        description: descriptionFrom(c, after, 2),
      };
    }
    return null;
  }
  const inverted = c.rules.invertedPronoun(first.text);
  if (
    inverted &&
    (c.rules.isSpeechVerb(inverted.verb) || (c.rules.auxiliaries.has(inverted.verb) && c.rules.isSpeechVerb(lower(1))))
  )
    return { standIn: first.start, gender: c.rules.pronouns.get(inverted.pronoun) as Gender };
  let verb = -1;
  if (c.rules.isSpeechVerb(lower(0))) verb = 0;
  else if (c.rules.auxiliaries.has(lower(0)) && c.rules.isSpeechVerb(lower(1))) verb = 1;
  else if (c.rules.auxiliaries.has(lower(0)) && participleLater(c, after)) verb = 0;
  if (verb < 0) return null;
  const subject = verb + 1;
  const pronoun = c.rules.pronouns.get(lower(subject));
  if (pronoun) return { standIn: (after[subject] as Word).start, gender: pronoun };
  const mention = nameAfter(c, after, subject, 7);
  if (mention) return { mention };
  if (c.rules.definite.has(lower(subject)) && after[subject + 1]) {
    if (institution(c, lower(subject + 1))) return { nobody: true };
    const gender = c.rules.definite.get(lower(subject));
    return {
      standIn: (after[subject] as Word).start,
      ...(gender ? { gender } : {}),
      description: descriptionFrom(c, after, subject + 1),
    };
  }
  return { nobody: true };
}

/**
 * "« Nous allons doubler les effectifs, précise Mme X. Ce n'est pas une promesse. »", "«Ce ne sera
 * pas le dernier cas, affirme-t-il, et c'est tant mieux.»": an attribution set off by a comma inside
 * the marks, closed by a comma or a full stop within a few words.
 */
function incise(c: Context, q: QuoteSpan): Stated | null {
  const inside = c.words.filter((w) => w.start >= q.start && w.end <= q.end);
  const closes = (j: number) => {
    const x = inside[j];
    const y = inside[j + 1];
    return x !== undefined && y !== undefined && /^[,.]/.test(c.text.slice(x.end, y.start));
  };
  for (let k = 1; k < inside.length; k++) {
    const w = inside[k] as Word;
    if (!/^,\s+$/.test(c.text.slice((inside[k - 1] as Word).end, w.start))) continue;
    const lower = (j: number) => (inside[j]?.text ?? '').toLowerCase();
    const inverted = c.rules.invertedPronoun(w.text);
    if (
      inverted &&
      (c.rules.isSpeechVerb(inverted.verb) ||
        (c.rules.auxiliaries.has(inverted.verb) && c.rules.isSpeechVerb(lower(k + 1))))
    ) {
      for (let j = k; j < k + 5; j++)
        if (closes(j)) return { standIn: w.start, gender: c.rules.pronouns.get(inverted.pronoun) as Gender };
      continue;
    }
    const verb = c.rules.auxiliaries.has(lower(k)) && c.rules.isSpeechVerb(lower(k + 1)) ? k + 1 : k;
    if (!c.rules.isSpeechVerb(lower(verb))) continue;
    const reach = (inside[verb + 4] ?? inside[inside.length - 1]) as Word;
    const named = c.everyName.find((m) => m.start > (inside[verb] as Word).end && m.start <= reach.start);
    if (!named) continue;
    const last = inside.findIndex((x) => x.end >= named.end);
    if (closes(last)) return { mention: named };
  }
  return null;
}

/**
 * "», a indiqué la préfecture", "„…“, so die Staatsanwaltschaft": an institution speaks, not the
 * person of that gender its paragraph names.
 */
function institution(c: Context, lower: string): boolean {
  if (c.rules.organisationWords.has(lower)) return true;
  return (
    c.rules.capitalisedNouns && /(?:schaft|polizei|regierung|behörde|verwaltung|ministerium|amt|gericht)$/u.test(lower)
  );
}

/** "ailier de 23 ans", "SPD-Politikerin": the description up to the next comma or stop. */
function descriptionFrom(c: Context, after: readonly Word[], from: number): string {
  let end = from;
  while (
    end < from + 4 &&
    after[end + 1] &&
    !/[,.;:!?]/.test(c.text.slice((after[end] as Word).end, (after[end + 1] as Word).start))
  )
    end++;
  return c.text.slice((after[from] as Word).start, (after[end] as Word).end);
}

function beforeQuote(c: Context, q: QuoteSpan): Stated | null {
  const sentence = c.sentences.find((s) => q.open >= s.start && q.open < s.end);
  if (!sentence) return null;
  const before = wordsBetween(c, sentence.start, q.open);
  const lower = (w: Word | undefined) => (w?.text ?? '').toLowerCase();
  const namesIn = (from: number, to: number) => c.names.filter((m) => m.start >= from && m.end <= to);
  // "Selon elle, « … »", "Pour la chercheuse X, de l'Institut …, « … »", "Laut X: „…“".
  // Only where it opens the sentence ("Mais selon X"): "pour" elsewhere is no attribution.
  for (let k = 0; k < Math.min(2, before.length); k++) {
    const w = before[k] as Word;
    const according = c.rules.accordingTo.has(lower(w)) || (lower(w) === "d'" && lower(before[k + 1]) === 'après');
    if (!according) continue;
    const from = lower(w) === "d'" ? k + 2 : k + 1;
    const pronoun = c.rules.pronouns.get(lower(before[from]));
    if (pronoun && /^,/.test(c.text.slice((before[from] as Word).end)))
      return { standIn: (before[from] as Word).start, gender: pronoun };
    const named = namesIn(w.end, q.open)[0];
    const between = named ? wordsBetween(c, w.end, named.start) : [];
    if (named && between.length <= 4) return { mention: named };
    // "Pour l'historienne de l'art X, qui …, c'est « … »": a title of lower-case words before the name.
    if (
      named &&
      between.length <= 8 &&
      !/[,;:.()]/.test(c.text.slice(w.end, named.start)) &&
      between.every((x) => /^\p{Ll}/u.test(x.text)) &&
      between.some((x) => c.rules.isRoleWord(lower(x)))
    )
      return { mention: named };
    // "Selon le procureur de la République de Brest, X, les trois amis « … »": a long title in
    // apposition between "selon" and the name.
    const at = named ? c.words.findIndex((x) => x.start === named.start) : -1;
    const role = at > 0 ? appositiveBefore(c.text, c.words, at, c.rules) : null;
    if (named && role && wordsBetween(c, w.end, role.start).length <= 1) return { mention: named };
  }
  // The last speech verb before the quote: its subject opens the sentence ("X, qui …, a appelé …").
  const verbAt = before.map((w) => c.rules.isSpeechVerb(lower(w))).lastIndexOf(true);
  const colon = /:\s*$/.test(c.text.slice(sentence.start, q.open));
  if (verbAt < 0 && !colon) return null;
  const to = verbAt >= 0 ? (before[verbAt] as Word).start : q.open;
  const subjects = namesIn(sentence.start, to);
  const entities = new Set(subjects.map((m) => m.entity));
  // "Absent, le mangaka a fait lire un message par sa traductrice, X : « … »": where the subject
  // comes before the verb, a name after an auxiliary is no subject, and whose words follow is unsaid.
  const first = subjects[0];
  if (
    verbAt < 0 &&
    first &&
    !c.rules.verbSecond &&
    before.some((w) => w.start < first.start && c.rules.auxiliaries.has(lower(w)))
  )
    return { nobody: true };
  if (entities.size === 1 && subjects[0]) return { mention: subjects[0] };
  if (entities.size > 1) return { nobody: true };
  // "Dazu sagte X: „…“": the subject after the verb.
  if (verbAt >= 0) {
    const afterVerb = namesIn((before[verbAt] as Word).end, q.open);
    if (afterVerb.length === 1 && afterVerb[0]) return { mention: afterVerb[0] };
  }
  // "Der Steirer lobte …: „…“", "La ministre a déclaré : « … »": a definite description opens the
  // sentence and its verb follows.
  const [article, noun, third] = before;
  if (
    article &&
    noun &&
    (verbAt === 2 || (verbAt === 3 && c.rules.auxiliaries.has(lower(third)))) &&
    c.rules.definite.has(lower(article)) &&
    (c.rules.isRoleWord(lower(noun)) || (c.rules.capitalisedNouns && /^\p{Lu}/u.test(noun.text)))
  ) {
    if (institution(c, lower(noun))) return { nobody: true };
    const gender = c.rules.definite.get(lower(article));
    return { standIn: article.start, ...(gender ? { gender } : {}), description: noun.text };
  }
  // "Elle estime que « … »", and after a fronted phrase, before the verb: "Dans un communiqué, il …
  // estime que « … »", "À l'issue de l'entretien, il a salué « … »".
  const opening = before.find(
    (w, k) =>
      c.rules.pronouns.has(lower(w)) &&
      (k < 2 || (k < verbAt && c.text.slice((before[k - 1] as Word).end, w.start).includes(','))),
  );
  if (opening) return { standIn: opening.start, gender: c.rules.pronouns.get(lower(opening)) as Gender };
  return { nobody: true };
}
