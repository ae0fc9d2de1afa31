/**
 * Extraction for a language read by rule table (French, German): the article's words → name
 * mentions → people (the English pipeline's coreference: a shared surname stays unresolved) →
 * organisations and places → roles as stated → quotes and their speakers. It fills the same
 * entities and quotes as the English pipeline, so the story, card, popup and briefing read them
 * unchanged.
 */
import { type EntityCluster, foldName, groupNames, resolvePeople } from '../coreference';
import { formsOf, uniqueSlug } from '../entity-naming';
import type { ExtractedArticle, ExtractedEntity, ExtractedQuote, ExtractedSentence } from '../extracted-article';
import { type SpeakerMentionRules, speakerMentions } from '../speaker-mentions';
import type { ArticleLayout } from '../tokens';
import { findRuleMentions } from './name-mentions';
import { findQuotesWithRules } from './quote-spans';
import { attributeWithRules } from './quote-speakers';
import type { RuleMention } from './rule-mention';
import type { LanguageRules } from './rule-table';
import { roleOf } from './stated-roles';
import { wordsOf } from './words';

/** The rule tables mark no possessives; every unresolved person's name stands as a speaker. */
const RULE_SPEAKERS: SpeakerMentionRules = { possessives: false, unresolvedCounts: () => true };

/** The entities and quotes of an article laid out in `layout`, whose sentences are `sentences`. */
export function readWithRules(
  layout: ArticleLayout,
  sentences: readonly ExtractedSentence[],
  rules: LanguageRules,
): Pick<ExtractedArticle, 'entities' | 'quotes'> {
  const text = layout.text;
  const words = wordsOf(layout);
  const bylines = paragraphRanges(text).filter((p) => {
    const paragraph = text.slice(p.start, p.end);
    return (p.paragraph <= 3 && isByline(paragraph, rules)) || isCreditLine(paragraph, rules);
  });
  // The writers named in a byline are not the article's people, nor in the author's note at its foot.
  const found = findRuleMentions(text, words, rules);
  const inByline = (m: RuleMention) => bylines.some((p) => m.start >= p.start && m.end <= p.end);
  const writers = new Set(found.filter(inByline).map((m) => foldName(m.name)));
  const mentions = found.filter((m) => !inByline(m) && !writers.has(foldName(m.name)));
  const people = resolvePeople(mentions);
  const clusters = [
    ...people,
    ...groupNames(mentions, 'organisation', people),
    ...groupNames(mentions, 'place', people),
  ];
  const ids = new Map<EntityCluster, string>();
  const taken = new Set<string>();
  for (const cluster of clusters) ids.set(cluster, uniqueSlug(cluster, taken));
  const sentenceId = (index: number) => (sentences[index] as ExtractedSentence).id;

  const entities = clusters.map((cluster) => {
    const at = [...new Set(cluster.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
    const entity: ExtractedEntity = {
      id: ids.get(cluster) as string,
      kind: cluster.kind,
      name: cluster.name,
      forms: formsOf(cluster),
      introducedIn: sentenceId(at[0] as number),
      sentences: at.map(sentenceId),
    };
    if (cluster.kind === 'person') {
      const role = roleOf(text, words, cluster.mentions as RuleMention[], rules);
      if (role) entity.role = { text: role.text, sentence: sentenceId(role.sentence) };
    }
    return entity;
  });

  const paragraphs = paragraphRanges(text);
  const spans = findQuotesWithRules(text, paragraphs, rules);
  const ranges = layout.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph }));
  const attributed = attributeWithRules(
    text,
    words,
    spans,
    ranges,
    speakerMentions(clusters, ids, mentions, RULE_SPEAKERS),
    rules,
  );
  const quotes = attributed.map((q, i) => {
    const at = ranges.findIndex((s) => q.start < s.end);
    const quote: ExtractedQuote = { id: `q${i + 1}`, text: q.text, sentence: sentenceId(Math.max(0, at)) };
    if (q.speaker) quote.speaker = q.speaker;
    if (q.rule) quote.rule = q.rule;
    // "», a souri l'ailier de 23 ans": a description that names the speaker states a role too.
    const speaker = entities.find((e) => e.id === q.speaker);
    if (
      speaker &&
      !speaker.role &&
      q.description &&
      rules.isRoleWord(q.description.split(/\s/)[0]?.toLowerCase() ?? '')
    )
      speaker.role = { text: q.description, sentence: quote.sentence };
    return quote;
  });
  entities.sort((a, b) => Number(a.introducedIn.slice(1)) - Number(b.introducedIn.slice(1)));
  return { entities, quotes };
}

/**
 * "Par Hélène Marchetti · Publié le …", "Von Markus Tessendorf, Berlin", "Julien Pradel · 3 oct.
 * 2026 · 3 min de lecture", "De notre correspondant à Berlin, X": a short line before the story that names its writers. Readability
 * finds bylines by their class names, which French and German sites name in their own words.
 */
export function isByline(paragraph: string, rules: LanguageRules): boolean {
  if (paragraph.length > 160) return false;
  const opener = /^(\p{L}+)\s+\p{Lu}/u.exec(paragraph);
  if (opener && rules.bylineOpeners.has((opener[1] as string).toLowerCase())) return true;
  // "De notre envoyée spéciale à Dakar, Hélène Béraud", "Von unserem Korrespondenten X, Warschau".
  const own = /^(\p{L}+)\s+(\p{Ll}+)\s/u.exec(paragraph);
  if (
    own &&
    rules.bylineOpeners.has((own[1] as string).toLowerCase()) &&
    rules.bylinePossessives.has(own[2] as string) &&
    !/[.!?«»„“”"]$/.test(paragraph.trim())
  )
    return true;
  if (/\s[·|—]\s/.test(paragraph) && /\d/.test(paragraph)) return true;
  return isNamesLine(paragraph, rules);
}

/**
 * "Kathrin Vogelsang, Jan-Hendrik Brauer Düsseldorf, Frankfurt", "Fabian Reusser, Bern",
 * "Marie-Ève Lapointe, La Grande Presse": a short line of capitalised words and commas (names,
 * cities, the paper), no sentence and no title: the writers and where they write from.
 */
function isNamesLine(paragraph: string, rules: LanguageRules): boolean {
  const line = paragraph.trim();
  if (line.length > 100 || !line.includes(',') || /[.!?:;«»„“”"]$/.test(line)) return false;
  const words = line.split(/[\s,]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.every(
      (w) =>
        (/^\p{Lu}/u.test(w) && !rules.isRoleWord(w.toLowerCase())) ||
        /^[\d.:]+$/.test(w) ||
        /^(?:und|et|and|&)$/.test(w),
    )
  );
}

/**
 * "Propos recueillis par Agnès Leclerc", "Ein Interview von Jonas Breuer und Lea Kasimir": a line of a
 * few words, no sentence of its own, that credits writers by "par"/"von", at the head or the foot.
 */
export function isCreditLine(paragraph: string, rules: LanguageRules): boolean {
  const line = paragraph.trim();
  const words = line.split(/\s+/);
  // "Avec notre correspondante à Épernay, X.", "Kommentar von X auf Seite 2.": a credit noun lets
  // the line end as a sentence; its names are the paper's people.
  const credit = words.some((w) => rules.creditNouns.has(w.toLowerCase().replace(/[.,:;]$/, '')));
  if (words.length > (credit ? 12 : 9) || /[!?»“”«"]$/.test(line) || (line.endsWith('.') && !credit)) return false;
  if (credit && /,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\.?$/u.test(line)) return true;
  return words.some((w, i) => rules.bylineOpeners.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? ''));
}

function paragraphRanges(text: string): { start: number; end: number; paragraph: number }[] {
  const ranges: { start: number; end: number; paragraph: number }[] = [];
  let start = 0;
  text.split('\n').forEach((p, paragraph) => {
    ranges.push({ start, end: start + p.length, paragraph });
    start += p.length + 1;
  });
  return ranges;
}
