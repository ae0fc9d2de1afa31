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
import { endsWithFullStop, wordsIn } from '../quote-attribution';
import type { QuoteSpan, Range } from '../quote-marks';
import { MIN_QUOTE_WORDS } from '../quotes';
import { headlineSpeaker, reportedSpeaker } from './paragraph-speakers';
import {
  type Context,
  inRelativeClause,
  paragraphEnd,
  paragraphStart,
  stopBetween,
  unnamedRoleIn,
  wordsBetween,
} from './quote-context';
import type { Gender, LanguageRules } from './rule-table';
import { describedBefore, reporterBefore, statedAges } from './sentence-speakers';
import { appositiveBefore } from './stated-roles';
import type { Word } from './words';

export interface RuleQuote extends QuoteSpan {
  text: string;
  speaker?: string;
  /** The description that named the speaker ("l'ailier de 23 ans"), when one did. */
  description?: string;
  /** The rule that gave the speaker, or looked for one and refused (extracted-article.ts `rule`). */
  rule?: string;
}

/** What the quote's own sentence states: a name, a pronoun or description, or nobody nameable. */
type Stated =
  | { mention: SpeakerMention }
  | { standIn: number; gender?: Gender; description?: string }
  | { nobody: true };

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
  const organisations = mentions.filter((m) => m.kind === 'organisation' && !inside(m.start));
  const context: Context = { text, words, rules, names, everyName, organisations, spans, sentences };
  const quotes: RuleQuote[] = spans
    .map((s) => ({ ...s, text: text.slice(s.start, s.end).replace(/[\s,;:—–-]+$/u, '') }))
    .filter((q) => wordsIn(q.text, 0, q.text.length).length >= MIN_QUOTE_WORDS);
  const paragraphOf = (pos: number) =>
    (sentences.find((s) => pos >= s.start && pos < s.end) ?? { paragraph: -1 }).paragraph;
  // "„…“, sagte er" gives its speaker's gender to every later decision about that speaker, when
  // neither title nor given name stated it ("Generalvikar Dr. Bernhard X").
  const spokenAs = new Map<string, Gender>();
  const genderOf = (m: SpeakerMention) => m.gender ?? (m.entity ? spokenAs.get(m.entity) : undefined);
  quotes.forEach((q, index) => {
    const after = afterQuote(context, q);
    const inside = after ? null : incise(context, q);
    const own = after ?? inside ?? beforeQuote(context, q);
    // "Die 74-Jährige schüttelte den Kopf. „…“": the sentence before describes the speaker.
    const described = own ? null : describedBefore(context, q);
    const stated = own ?? described;
    const where = after ? 'after quote' : inside ? 'incise' : described ? 'sentence before' : 'before quote';
    const earlier = quotes
      .slice(0, index)
      .reverse()
      .find((e) => e.speaker);
    const nobodySince = (from: number, to: number, entity: string | undefined) =>
      !names.some((m) => m.start >= from && m.start < to && m.entity !== entity);
    if (stated && 'nobody' in stated) {
      q.rule = `nobody stated ${where}`;
      return;
    }
    if (stated && 'mention' in stated) {
      q.rule = `name ${where}`;
      if (stated.mention.entity) q.speaker = stated.mention.entity;
      return;
    }
    if (stated) {
      const standIn = `${stated.description ? 'description' : 'pronoun'} ${where}`;
      // "„…“, sagte er dem Landboten. / X (78) ist … „…“, sagt die Rentnerin.": she is not he.
      // "sagte der 61-Jährige": not someone the article gave another age.
      const ages = statedAges(context, stated.description);
      const fits = (m: SpeakerMention) => {
        const gender = genderOf(m);
        return (!stated.gender || !gender || gender === stated.gender) && !ages.others.has(m.entity ?? '');
      };
      const inParagraph = names.filter(
        (m) => m.start < q.open && paragraphOf(m.start) === q.paragraph && !inRelativeClause(context, m),
      );
      const entities = new Set(inParagraph.map((m) => m.entity));
      // "L'avocate de M. Pastorelli, Me Delphine Arnoux, … », a-t-elle dénoncé": the one person the
      // pronoun can stand for (a person of unknown gender can be either).
      const fitting = inParagraph.filter(fits);
      const only = fitting[0];
      // "l’attaquant de 19 ans a égalisé … avant de tromper le gardien X. « … », a souri le jeune
      // Lensois": the paragraph speaks of someone it does not name; X may not be the one.
      q.rule = `${standIn}: one in paragraph`;
      const aged = names.find((m) => m.entity === ages.one && m.start < q.open);
      if (aged?.entity && fits(aged)) {
        // "Gisela Brinkhoff, 74, …" / "Die 74-Jährige schüttelte den Kopf. „…“": the age names her.
        q.rule = `${standIn}: stated age`;
        q.speaker = aged.entity;
      } else if (new Set(fitting.map((m) => m.entity)).size === 1 && only?.entity) {
        if (!unnamedRoleIn(context, q.paragraph, q.open, stated.gender)) q.speaker = only.entity;
      } else if (
        entities.size === 0 &&
        earlier?.speaker &&
        q.paragraph - earlier.paragraph <= 2 &&
        nobodySince(earlier.close, q.open, earlier.speaker) &&
        // "„…“, teilte das Regierungspräsidium mit. „…“, sagte die Sprecherin": a description is a
        // person's, never the organisation's that spoke last.
        everyName.some((m) => m.entity === earlier.speaker) &&
        names.filter((m) => m.entity === earlier.speaker).every(fits)
      ) {
        q.rule = `${standIn}: last speaker`;
        q.speaker = earlier.speaker;
      } else if (entities.size === 0) {
        q.rule = `${standIn}: one in paragraph before`;
        // "Le ministre de la Santé, X, a annoncé des renforts…" / "Il nous a promis « … »", "sagt
        // die 71-Jährige" after a paragraph about her: the one person the paragraph before names.
        // Across the paragraph break a gender does not choose between two people ("X und Y …. /
        // „…“, sagte sie"), and "sie" is not checked against a person whose gender nobody stated.
        // A description does choose, when only one of them was given it ("la directrice, X, a
        // remis … peint par Y. « … », a expliqué la directrice").
        const before = names.filter(
          (m) =>
            paragraphOf(m.start) === q.paragraph - 1 &&
            !inRelativeClause(context, m) &&
            !ages.others.has(m.entity ?? ''),
        );
        const described = before.filter((m) => describedAs(text, m, stated.description));
        const candidates = new Set(described.map((m) => m.entity)).size === 1 ? described : before;
        const one = candidates[0];
        const known = one && genderOf(one);
        if (
          one?.entity &&
          fits(one) &&
          (!stated.gender || known) &&
          new Set(candidates.map((m) => m.entity)).size === 1 &&
          !unnamedRoleIn(context, q.paragraph, q.open, stated.gender) &&
          !unnamedRoleIn(context, q.paragraph - 1, q.open, stated.gender)
        )
          q.speaker = one.entity;
      }
      if (q.speaker && stated.description) q.description = stated.description;
      if (q.speaker && stated.gender && !spokenAs.has(q.speaker)) spokenAs.set(q.speaker, stated.gender);
      return;
    }
    // Unattributed: the paragraph's last speaker goes on, or a paragraph-long quote continues one
    // left open at the end of the paragraph before.
    if (earlier?.speaker && nobodySince(earlier.close, q.open, earlier.speaker) && !unreadSpeaker(context, q)) {
      const previous = quotes[index - 1];
      // "« … »" closing one paragraph, "« … »" opening the next: a quote later in that paragraph
      // ("Pour l'historienne X, c'est « … »") is someone else's, said after other words.
      const reopened =
        previous?.speaker &&
        previous.paragraph === q.paragraph - 1 &&
        previous.end >= paragraphEnd(sentences, previous.paragraph) - 1 &&
        q.open <= paragraphStart(sentences, q.paragraph);
      if (earlier.paragraph === q.paragraph || reopened) {
        q.rule = reopened ? 'reopened quote carry' : 'neighbour before in paragraph';
        q.speaker = earlier.speaker;
      }
    }
    if (!q.speaker && !stated) {
      q.rule = 'reporter in reach';
      const speaker = reportedSpeaker(context, q, paragraphOf);
      if (speaker) q.speaker = speaker;
      else {
        const reporter = reporterBefore(context, q);
        if (reporter) {
          q.rule = 'reporter in sentence before';
          q.speaker = reporter;
        }
      }
    }
  });
  const headline = quotes[0];
  if (headline && !headline.speaker) {
    const speaker = headlineSpeaker(context, headline, paragraphOf);
    if (speaker) {
      headline.rule = 'headline speaker';
      headline.speaker = speaker;
    }
  }
  return quotes;
}

/** Articles before an organisation's name: the table's definite ones and the neuter "das". */
const ARTICLES = new Set(['der', 'die', 'das', 'le', 'la', "l'", 'les']);

function spaced(c: Context, after: readonly Word[], k: number): boolean {
  const a = after[k];
  const b = after[k + 1];
  return a !== undefined && b !== undefined && /^[ \u00a0]$/.test(c.text.slice(a.end, b.start));
}

/**
 * "« … », tacle Mme X.", "« Ces revendications, tacle Mme X, sont … »": the quote's own sentence
 * names someone after a verb no table knows; whoever spoke, the last speaker is not to be assumed.
 */
function unreadSpeaker(c: Context, q: QuoteSpan): boolean {
  const sentence = c.sentences.find((s) => q.open >= s.start && q.open < s.end);
  const end = sentence?.end ?? q.close;
  return c.everyName.some(
    (m) =>
      m.start < end &&
      (m.start >= q.close ||
        (m.start > q.start &&
          m.start < q.end &&
          /,\s+\p{Ll}[\p{L}'’-]*\s+(?:\p{L}+\.?\s+)?$/u.test(c.text.slice(q.start, m.start)))),
  );
}

/** "la directrice, X": the description's first word stands as the title just before the name. */
function describedAs(text: string, m: SpeakerMention, description: string | undefined): boolean {
  const head = description
    ?.split(/\s/)[0]
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}-]/gu, '');
  if (!head) return false;
  const lead = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  // An honorific may stand between them ("la directrice, Dr. X").
  return new RegExp(`(?:^|[^\\p{L}])${head}[\\s,]*(?:\\p{L}+\\.\\s*)?$`, 'u').test(lead);
}

/** Prepositions that open whom an incise's words were said to ("a confié X à …", "devant …"). */
const ADDRESSEE = new Set(['à', 'au', 'aux', 'devant', 'auprès']);

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
  // A sentence ended at the quote ("… fin. » Il …", "… vorlegt.“ So sieht es auch X."): nothing
  // after it states the speaker. A question or exclamation inside the marks may still run on into
  // its attribution ("« Quelle honte ! » s'est écrié X"); a full stop inside does only with a comma.
  const gap = c.text.slice(q.end, first.start);
  if (/[.!?]/.test(gap)) return null;
  if (!gap.includes(',') && endsWithFullStop(c.text, q)) return null;
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
  // "„…“, teilte das Regierungspräsidium Tübingen mit": a named organisation is the verb's subject;
  // "teilte die Firma mit" names none.
  const body = c.organisations.find(
    (m) =>
      m.entity &&
      !c.rules.organisationWords.has(c.text.slice(m.start, m.end).toLowerCase()) &&
      (m.start === after[subject]?.start ||
        (ARTICLES.has(lower(subject)) && m.start === after[subject + 1]?.start && spaced(c, after, subject))),
  );
  if (body) return { mention: body };
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
  // The incise ends at a comma or a full stop, or with the quotation itself ("…, a-t-il dit. »"),
  // never at a question or an exclamation ("« Et le préfet, a-t-il expliqué sa décision ? »").
  const closes = (j: number) => {
    const x = inside[j];
    const y = inside[j + 1];
    if (x === undefined) return false;
    if (y === undefined) return j === inside.length - 1 && /^[\s.…]*$/u.test(c.text.slice(x.end, q.end));
    return /^[,.]/.test(c.text.slice(x.end, y.start));
  };
  const stopsAt = (j: number) => /[?!;:]/.test(c.text.slice(inside[j]?.end ?? 0, inside[j + 1]?.start ?? q.end));
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
      // An inverted pronoun after a speech verb is an incise whatever follows it: "a-t-il déclaré
      // mercredi lors d'une conférence de presse." runs on further than a named one.
      for (let j = k; j < k + 10 && j < inside.length; j++) {
        if (closes(j)) return { standIn: w.start, gender: c.rules.pronouns.get(inverted.pronoun) as Gender };
        if (stopsAt(j)) break;
      }
      continue;
    }
    const verb = c.rules.auxiliaries.has(lower(k)) && c.rules.isSpeechVerb(lower(k + 1)) ? k + 1 : k;
    if (!c.rules.isSpeechVerb(lower(verb))) continue;
    const reach = (inside[verb + 4] ?? inside[inside.length - 1]) as Word;
    const named = c.everyName.find((m) => m.start > (inside[verb] as Word).end && m.start <= reach.start);
    if (!named) continue;
    const last = inside.findIndex((x) => x.end >= named.end);
    if (closes(last)) return { mention: named };
    // "…, a confié X à l’un de ses adjoints, Y. …": the subject right after the verb, then whom it
    // was said to; a second name in that complement is the listener, never the speaker.
    const toWhom = inside.slice(verb + 1, last).every((x) => !ADDRESSEE.has(x.text.toLowerCase()));
    if (toWhom && ADDRESSEE.has(lower(last + 1)))
      for (let j = last + 1; j < last + 10 && j < inside.length; j++) {
        if (closes(j)) return { mention: named };
        if (stopsAt(j)) break;
      }
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
