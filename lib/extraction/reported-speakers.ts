/**
 * Speakers the text around a quote reports speaking ("X said …", "X says …", "according to X"), for
 * the quotes whose own sentence names nobody: the one person the paragraph before reports, the
 * nearer of two a paragraph reports, the one person named earlier in the quote's paragraph, and the
 * one organisation named or reported before "the company said".
 */
import { isOrganisationNoun } from './organisation-evidence';
import { reportingNames, type SpeakerMention, wordsIn } from './quote-attribution';
import type { QuoteSpan, Range } from './quote-marks';
import type { QuoteScene } from './quote-scene';

/**
 * "the board said", pages after "the Ghana Cocoa Marketing Board": the one organisation named so
 * far whose name ends in the noun.
 */
export function namedByItsNoun(scene: QuoteScene, at: number): string | undefined {
  const { text, names } = scene;
  const noun = /^\p{L}+/u.exec(text.slice(at))?.[0]?.toLowerCase();
  if (!noun) return undefined;
  const named = new Set(
    names
      .filter((m) => m.kind === 'organisation' && m.end <= at)
      .filter((m) => text.slice(m.start, m.end).toLowerCase().endsWith(` ${noun}`))
      .map((m) => m.entity),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "Northway Nutrition said in a statement that …. / “…,” the company said.": the one organisation
 * the paragraph before (or this one, before the noun) reports speaking, unless its name ends in
 * another organisation's noun ("the company" is not the "… Inspection Agency").
 */
export function organisationReportedBefore(scene: QuoteScene, paragraph: number, at: number): string | undefined {
  const { text, sentences, names, insideQuote } = scene;
  const noun = (wordsIn(text, at, at + 30)[0]?.text ?? '').toLowerCase();
  const around = sentences.filter((s) => s.paragraph === paragraph - 1 || (s.paragraph === paragraph && s.start < at));
  const voices = reportingNames(text, around, at, names, insideQuote).filter(
    (m) => m.kind === 'organisation' && m.entity !== undefined,
  );
  const entity = voices[0]?.entity;
  if (!entity || voices.some((m) => m.entity !== entity)) return undefined;
  const head = (
    wordsIn(text, (voices[0] as SpeakerMention).start, (voices[0] as SpeakerMention).end).pop()?.text ?? ''
  ).toLowerCase();
  return isOrganisationNoun(head) && head !== noun ? undefined : entity;
}

/**
 * "Pham's wife, Linh, says …" / "“…,” she says.": the one person the paragraph before reports
 * speaking, when no other person is named after that report and before the quote, and that
 * paragraph names nobody else: across a paragraph break, a paragraph naming two people leaves a
 * guess between them, whoever was reported speaking.
 * `until`: a "he said" does not reach past a person its own paragraph names before it.
 */
export function reporterBefore(
  scene: QuoteScene,
  paragraph: number,
  fits: (m: SpeakerMention) => boolean,
  until?: number,
): string | undefined {
  const { text, sentences, names, insideQuote } = scene;
  const before = sentences.filter((s) => s.paragraph === paragraph - 1);
  const last = before[before.length - 1];
  if (!last) return undefined;
  const reported = reportingNames(text, before, last.end, names, insideQuote).filter(
    (m) => m.kind === 'person' && !m.possessive && m.entity !== undefined && fits(m),
  );
  const entity = reported[0]?.entity;
  if (!entity) return undefined;
  // Two people reported are two people named: the check below refuses them.
  const named = names.filter(
    (m) => m.kind === 'person' && !m.possessive && m.start >= (before[0] as Range).start && m.end <= last.end,
  );
  if (named.some((m) => m.entity !== entity)) return undefined;
  const latest = reported[reported.length - 1] as SpeakerMention;
  const quoteStart = until ?? sentences.find((s) => s.paragraph === paragraph)?.start ?? last.end;
  const others = names.some(
    (m) => m.kind === 'person' && m.start > latest.end && m.start < quoteStart && m.entity !== entity,
  );
  return others ? undefined : entity;
}

/**
 * "“…,” Delacroix said. Hodge said she supported more beds. “…,” she said.": of two people this
 * paragraph reports speaking, the one reported in the quote's sentence or the one before it, when
 * nobody else is named since.
 */
export function nearestReporter(
  scene: QuoteScene,
  at: number,
  open: number,
  paragraph: readonly Range[],
  fits: (entity: string | undefined) => boolean,
): string | undefined {
  const { text, names, insideQuote } = scene;
  const own = paragraph.findIndex((s) => open >= s.start && open < s.end);
  const from = paragraph[Math.max(0, own - 1)]?.start ?? at;
  const last = reportingNames(text, paragraph, at, names, insideQuote)
    .filter((m) => m.kind === 'person' && !m.possessive && fits(m.entity))
    .pop();
  if (!last?.entity || last.start < from) return undefined;
  const since = names.some(
    (m) => m.kind === 'person' && m.start > last.end && m.start < at && m.entity !== last.entity,
  );
  return since ? undefined : last.entity;
}

/**
 * "Mayor Ani Te Whata said people should stay away. “The best thing …”", "Mr Leota was unmoved.
 * “We have heard that before.”": the one person the sentences before the quote in its paragraph
 * report speaking, else the one person they name, who opens one of them.
 */
export function speakerEarlierInParagraph(scene: QuoteScene, q: QuoteSpan): string | undefined {
  const { text, sentences, names, insideQuote } = scene;
  const before = sentences.filter((s) => s.paragraph === q.paragraph && s.end <= q.open);
  // The quote fills its sentence: "“Justice at last,” read a sign." says something else spoke it.
  const own = scene.sentenceAt(q.open);
  if (before.length === 0 || !own || /[\p{L}\p{N}]/u.test(text.slice(q.close, own.end))) return undefined;
  const from = (before[0] as Range).start;
  const people = names.filter((m) => m.kind === 'person' && m.start >= from && m.end <= q.open);
  const entity = people[0]?.entity;
  if (!entity || people.some((m) => m.entity !== entity)) return undefined;
  if (reportingNames(text, before, q.open, names, insideQuote).some((m) => m.entity === entity)) return entity;
  // The name is the subject: it opens its sentence (an honorific or a title before it at most).
  const subject = people.some(
    (m) => !m.possessive && before.some((s) => wordsIn(text, s.start, m.start).length <= 1 && m.start >= s.start),
  );
  return subject ? entity : undefined;
}
