/**
 * Any-article extraction, the entry point: an article's paragraphs in, its sentences (with the
 * stable ids the story schema uses), the people, organisations and places it names (with the role
 * it states and the sentences that mention them) and its attributed quotes out. Pure and
 * framework-free: it runs in the background worker per article and in Node for the eval script.
 * The pipeline, one file per step: sentences → tokens (one compromise document per article) →
 * names → coreference → roles → quotes. The headline is read too, as sentence `s0` ahead of the
 * body's `s1`…, so that a name or a quote printed only there is found. English is read here;
 * French and German by their rule tables (languages/); for any other language it returns the
 * sentences and no entities or quotes rather than guesses.
 */
import { type EntityCluster, groupNames, resolvePeople } from './coreference';
import { formsOf, uniqueSlug } from './entity-naming';
import type {
  ExtractedArticle,
  ExtractedEntity,
  ExtractedQuote,
  ExtractedSentence,
  ExtractInput,
} from './extracted-article';
import { guessLanguage, type LanguageRules, rulesFor } from './languages/language-rules';
import { readWithRules } from './languages/read-with-rules';
import { splitWithRules } from './languages/sentence-split';
import { findMentions } from './names';
import { speakingOrganisations } from './organisation-evidence';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { attributeQuotes } from './quotes';
import { genderFromReports } from './reported-gender';
import { RoleReader } from './roles';
import { splitParagraph } from './sentences';
import { speakerMentions } from './speaker-mentions';
import { type ArticleLayout, tokenize } from './tokens';

export type {
  ExtractedArticle,
  ExtractedEntity,
  ExtractedQuote,
  ExtractedSentence,
  ExtractInput,
  SourcedPhrase,
} from './extracted-article';

/** Extracts sentences, entities and quotes from an article's paragraphs. */
export function extractArticle(input: ExtractInput): ExtractedArticle {
  const kept: { text: string; block: boolean }[] = [];
  const blocks = new Set(input.blockQuotes ?? []);
  input.paragraphs.forEach((p, i) => {
    const text = p.replace(/\s+/g, ' ').trim();
    if (text) kept.push({ text, block: blocks.has(i) });
  });
  // The headline names people and quotes them too ("'Cruel and calculated betrayal'"): it is read
  // as one sentence, s0, so that the body keeps the ids s1… whether or not a headline was given.
  const headline = input.headline?.replace(/\s+/g, ' ').trim();
  const heading = headline && kept.length > 0 && kept[0]?.text.toLowerCase() !== headline.toLowerCase() ? 1 : 0;
  if (heading) kept.unshift({ text: headline as string, block: false });
  const language = languageOf(input.language, kept.map((p) => p.text).join('\n'));
  // French and German: their own sentence ends, names, roles and quotes (languages/).
  const rules = language === 'en' ? undefined : rulesFor(language);
  const layout = layOut(
    kept.map((p) => p.text),
    heading,
    rules,
  );
  const sentences: ExtractedSentence[] = layout.sentences.map((s, i) => ({
    id: `s${i + 1 - heading}`,
    text: layout.text.slice(s.start, s.end),
    paragraph: s.paragraph - heading,
  }));
  const article: ExtractedArticle = { language, sentences, entities: [], quotes: [] };
  if (input.headline) article.headline = input.headline;
  if (rules && sentences.length > 0) return { ...article, ...readWithRules(layout, sentences, rules) };
  if (language !== 'en' || sentences.length === 0) return article;

  const tokens = tokenize(layout);
  const paragraphs = paragraphRanges(layout);
  const spans = withBlockQuotes(findQuoteSpans(layout.text, paragraphs), paragraphs, kept);
  const mentions = findMentions(layout.text, tokens, sentences.length);
  // Names in a quoted title ("“Brendan Eich Steps Down as Mozilla CEO”") count only if the prose has them.
  for (const m of mentions)
    if (spans.some((s) => s.start <= m.start && m.end <= s.end && isTitleCase(layout.text.slice(s.start, s.end))))
      m.weak = true;
  const people = resolvePeople(mentions);
  speakingOrganisations(layout.text, tokens, mentions, new Set(people.flatMap((p) => p.mentions)));
  const clusters = [
    ...people,
    ...groupNames(mentions, 'organisation', people),
    ...groupNames(mentions, 'place', people),
  ];
  const ids = new Map<EntityCluster, string>();
  const taken = new Set<string>();
  for (const cluster of clusters) ids.set(cluster, uniqueSlug(cluster, taken));
  const roles = new RoleReader(
    layout.text,
    tokens,
    people.flatMap((p) => p.mentions),
  );
  const sentenceId = (index: number) => (sentences[index] as ExtractedSentence).id;
  article.entities = clusters.map((cluster) => {
    const mentionSentences = [...new Set(cluster.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
    const entity: ExtractedEntity = {
      id: ids.get(cluster) as string,
      kind: cluster.kind,
      name: cluster.name,
      forms: formsOf(cluster),
      introducedIn: sentenceId(mentionSentences[0] as number),
      sentences: mentionSentences.map(sentenceId),
    };
    if (cluster.kind === 'person') {
      const role = roles.roleOf(cluster.mentions);
      if (role) {
        entity.role = { text: role.text, sentence: sentenceId(role.sentence) };
        if (role.affiliation) entity.affiliation = { text: role.affiliation, sentence: sentenceId(role.sentence) };
      }
    }
    return entity;
  });
  article.entities.sort((a, b) => Number(a.introducedIn.slice(1)) - Number(b.introducedIn.slice(1)));

  genderFromReports(layout.text, people);
  // A lone given name that is nobody's ("a German shepherd named Bruno") is no speaker.
  const speakers = speakerMentions(clusters, ids, mentions, {
    possessives: true,
    unresolvedCounts: (m) => !(m.givenName && !m.personEvidence),
  });
  const sentenceRanges = layout.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph }));
  const roleTexts = new Map(article.entities.flatMap((e) => (e.role ? [[e.id, e.role.text] as const] : [])));
  const attributed = attributeQuotes(layout.text, spans, sentenceRanges, speakers, roleTexts);
  article.quotes = attributed.map((q, i) => {
    const at = sentenceRanges.findIndex((s) => q.start < s.end);
    const speaker = q.statedRole ? article.entities.find((e) => e.id === q.speaker) : undefined;
    if (speaker && q.statedRole && !speaker.role)
      speaker.role = { text: q.statedRole, sentence: sentenceId(sentenceAfter(sentenceRanges, q.close)) };
    const quote: ExtractedQuote = { id: `q${i + 1}`, text: q.text, sentence: sentenceId(Math.max(0, at)) };
    if (q.speaker) quote.speaker = q.speaker;
    if (q.rule) quote.rule = q.rule;
    return quote;
  });
  return article;
}

/**
 * The article as one string: paragraphs joined by line breaks, sentences placed in it. The first
 * `headings` paragraphs are headlines, one sentence each ("… isn’t there’. She is choosing …").
 */
function layOut(paragraphs: readonly string[], headings: number, rules?: LanguageRules): ArticleLayout {
  const sentences: { start: number; end: number; paragraph: number }[] = [];
  let text = '';
  paragraphs.forEach((p, index) => {
    if (index > 0) text += '\n';
    const offset = text.length;
    text += p;
    const spans =
      index < headings ? [{ start: 0, end: p.length }] : rules ? splitWithRules(p, rules) : splitParagraph(p);
    for (const s of spans) sentences.push({ start: offset + s.start, end: offset + s.end, paragraph: index });
  });
  return { text, sentences };
}

function paragraphRanges(layout: ArticleLayout): { start: number; end: number; paragraph: number }[] {
  const ranges: { start: number; end: number; paragraph: number }[] = [];
  let start = 0;
  layout.text.split('\n').forEach((p, paragraph) => {
    ranges.push({ start, end: start + p.length, paragraph });
    start += p.length + 1;
  });
  return ranges;
}

/** A block quotation (consecutive paragraphs) is one quote, unless quote marks already cover it. */
function withBlockQuotes(
  spans: QuoteSpan[],
  paragraphs: readonly { start: number; end: number; paragraph: number }[],
  kept: readonly { block: boolean }[],
): QuoteSpan[] {
  let all = [...spans];
  for (let i = 0; i < kept.length; i++) {
    if (!kept[i]?.block || kept[i - 1]?.block) continue;
    let last = i;
    while (kept[last + 1]?.block) last++;
    const start = (paragraphs[i] as { start: number }).start;
    const end = (paragraphs[last] as { end: number }).end;
    if (spans.some((s) => s.open <= start && s.close >= end)) continue;
    all = all.filter((s) => s.open < start || s.close > end);
    all.push({ start, end, open: start, close: end, paragraph: i, block: true });
  }
  return all.sort((a, b) => a.open - b.open);
}

/** Most words capitalised, function words aside: the title of a work, not speech. */
function isTitleCase(text: string): boolean {
  const words = (text.match(/\p{L}{3,}/gu) ?? []).filter((w) => !/^(?:the|and|for|from|with|into|onto)$/i.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the and of to in is that for was on with as it by at from he she his her said are were has have be this which'.split(
    ' ',
  ),
);

/** The page's language, or a guess from how much of the text is common English (or French, German) words. */
function languageOf(declared: string | undefined, text: string): string {
  if (declared) return (declared.split(/[-_]/)[0] as string).toLowerCase();
  const words =
    text
      .slice(0, 4000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'und';
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return english / words.length >= 0.15 ? 'en' : (guessLanguage(words) ?? 'und');
}

/** The sentence holding offset `at` (a quote's closing mark, before its "the analyst said"). */
function sentenceAfter(sentences: readonly { start: number; end: number }[], at: number): number {
  return Math.max(
    0,
    sentences.findIndex((s) => at < s.end),
  );
}
