/**
 * A quotation that fills its paragraph, with the speaker introduced only in the paragraph after
 * it, as tabloids and features do: "‘He was our whole world, and now he’s gone.’ / Liam’s mother,
 * Denise Price, 61, spoke as she laid flowers at the scene." The paragraph after names someone
 * the article has not named before; that person is the speaker when the sentence reports them
 * speaking, and in any case the quote is not the previous speaker's continuation.
 */
import { SPEECH_VERBS } from './lexicon';
import type { SpeakerMention } from './quote-attribution';
import { wordsIn } from './quote-attribution';
import type { QuoteSpan, Range } from './quote-marks';

/** Verbs beyond the speech verbs that report that someone spoke the words before. */
const SPOKE = new Set(['spoke', 'speaks', 'speaking']);

/**
 * Words after the verb that leave it without words of its own, so that it reports the quote
 * before: "spoke as she laid flowers", "said outside court", "said on Wednesday". ("Det Insp X
 * said officers were hunting …" reports what follows, not the quote.)
 */
const REFERS_BACK = new Set(
  'as while outside at after before on in from during yesterday today tonight later afterwards'.split(' '),
);

export type Introduced = { speaker: string } | { unknown: true };

/**
 * Who the first sentence of the next paragraph introduces as the speaker of the quote `q`:
 * `undefined` when it introduces nobody new, or not as the speaker of the words before; `{ unknown }`
 * when it does but the name is not one resolved person.
 */
export function speakerIntroducedAfter(
  text: string,
  q: QuoteSpan,
  sentences: readonly Range[],
  names: readonly SpeakerMention[],
): Introduced | undefined {
  const next = sentences.find((s) => s.paragraph === q.paragraph + 1);
  if (!next) return undefined;
  const known = (m: SpeakerMention) =>
    m.entity !== undefined && names.some((o) => o.entity === m.entity && o.start < q.open);
  const introduced = names.filter(
    (m) => m.kind === 'person' && !m.possessive && m.start >= next.start && m.end <= next.end && !known(m),
  );
  const first = introduced[0];
  if (!first) return undefined;
  const words = wordsIn(text, first.end, next.end).slice(0, 8);
  const verb = words.findIndex((w) => SPEECH_VERBS.has(w.text.toLowerCase()) || SPOKE.has(w.text.toLowerCase()));
  if (verb < 0) return undefined;
  const after = words[verb + 1];
  if (after && !REFERS_BACK.has(after.text.toLowerCase())) return undefined;
  const entities = new Set(introduced.map((m) => m.entity));
  return entities.size === 1 && first.entity !== undefined ? { speaker: first.entity } : { unknown: true };
}
