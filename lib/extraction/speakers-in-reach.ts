/**
 * The names within reach of a quote's "he said", "the company said" or unattributed sentence, and
 * whether anyone else was named between a speaker and a quote: the one name of a kind in the
 * quote's paragraph and those just before it, the one person two paragraphs back, a speaker's
 * gender, and the names that do not count as another person (whom a speaker told or was asked
 * about). quotes.ts decides which of them a quote may take.
 */
import type { SpeakerMention } from './quote-attribution';
import type { QuoteScene } from './quote-scene';

/** The one name of a kind before `at`, in its paragraph and the `back` before it, that `fits`. */
export function onlyOne(
  scene: QuoteScene,
  at: number,
  kind: SpeakerMention['kind'],
  back: number,
  fits: (m: SpeakerMention) => boolean,
): string | undefined {
  const window = scene.names.filter(
    (m) =>
      m.kind === kind &&
      m.start < at &&
      !m.possessive &&
      scene.paragraphOf(m.start) >= scene.paragraphOf(at) - back &&
      fits(m),
  );
  const entities = new Set(window.map((m) => m.entity));
  return entities.size === 1 ? window[0]?.entity : undefined;
}

/** An entity's gender, when any of its mentions states it. */
export function genderOfEntity(scene: QuoteScene, entity: string | undefined): 'male' | 'female' | undefined {
  return scene.names.find((m) => m.entity === entity && m.gender)?.gender;
}

/**
 * "Ms Pavlovic, 28, woke …" / "…, she said she had moved …" / "“…,” she wrote.": when the
 * paragraph and the one before name nobody, the one person of the paragraph before them, if
 * the pronoun's gender is known to be theirs.
 */
export function onlyPersonTwoBack(
  scene: QuoteScene,
  at: number,
  gender: 'male' | 'female' | undefined,
): string | undefined {
  const paragraph = scene.paragraphOf(at);
  const window = scene.names.filter(
    (m) => m.kind === 'person' && m.start < at && scene.paragraphOf(m.start) >= paragraph - 2 && !m.possessive,
  );
  if (!gender || window.some((m) => scene.paragraphOf(m.start) >= paragraph - 1)) return undefined;
  const entities = new Set(window.map((m) => m.entity));
  const entity = entities.size === 1 ? window[0]?.entity : undefined;
  return entity && genderOfEntity(scene, entity) === gender ? entity : undefined;
}

/**
 * "Asked about Carvalho, who only joined in January, she said: “…”": whom a fronted question was
 * about is not who answers it.
 */
function askedAbout(scene: QuoteScene, m: SpeakerMention, at: number): boolean {
  const own = scene.sentenceAt(at);
  return (
    own !== undefined &&
    m.start >= own.start &&
    /^\W*Asked\s+about\b[^.;:]*$/.test(scene.text.slice(own.start, m.start))
  );
}

function addressed(scene: QuoteScene, m: SpeakerMention): boolean {
  return /\b(?:told|tells|telling|asked|asks)\s+$/i.test(scene.text.slice(Math.max(0, m.start - 9), m.start));
}

/**
 * No person but `entity` is named in `[from, to)`. "“…,” Judge O’Sullivan told Kerr. “…”": whom
 * the speaker told is not another speaker.
 */
export function onlyNameSince(scene: QuoteScene, from: number, to: number, entity: string): boolean {
  return !scene.names.some(
    (m) =>
      m.kind === 'person' &&
      m.start >= from &&
      m.start < to &&
      m.entity !== entity &&
      !addressed(scene, m) &&
      !askedAbout(scene, m, to),
  );
}
