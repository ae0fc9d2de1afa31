/**
 * The story schema: the single source of truth for what a story file may hold.
 * TypeScript types are inferred from it (see the `export type` lines), never written twice.
 * Structural rules live here; cross-references (sentence ids, verbatim quotes, relation targets,
 * alias clashes) are checked by `data/validate.ts`, which runs this schema first.
 */
import * as v from 'valibot';
import { STORY_SCHEMA_VERSION } from './schema-version';

export { STORY_SCHEMA_VERSION };

const nonEmpty = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const Slug = v.pipe(
  v.string('an id must be text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id must be lowercase words joined by hyphens'),
);

const SentenceId = v.pipe(v.string('a sentence id must be text'), v.regex(/^s\d+$/, 'a sentence id looks like "s12"'));

const IsoDate = v.pipe(
  v.string('a date must be text'),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** The sides a story's actors stand on. A fixed list so the interface can colour and order them. */
export const SideIdSchema = v.picklist(
  ['ukraine', 'russia', 'united-states', 'europe', 'turkey', 'other'],
  'side must be one of ukraine, russia, united-states, europe, turkey, other',
);

export const EntityTypeSchema = v.picklist(
  ['person', 'place', 'organisation', 'country'],
  'type must be person, place, organisation or country',
);

/** Where a statement comes from: sentences of the story's own article. */
const Sources = v.pipe(
  v.array(SentenceId, 'sources must be a list of sentence ids'),
  v.minLength(1, 'sources must name at least one sentence'),
);

/**
 * Background: something the article does not say, taken from a named external reference.
 * Readers are shown the difference, so it carries the date it was true on.
 */
const Background = v.strictObject({
  reference: Slug,
  asOf: IsoDate,
});

/** A statement either cites article sentences or is background from a named reference. */
export const SourcedTextSchema = v.pipe(
  v.strictObject({
    text: nonEmpty('text'),
    sources: v.optional(Sources),
    background: v.optional(Background),
  }),
  v.check(
    (f) => (f.sources === undefined) !== (f.background === undefined),
    'a statement needs exactly one of "sources" (article sentences) or "background" (a named reference)',
  ),
);

/**
 * How a word of a Ukrainian or Russian alias changes with its case (lib/matching/declension.ts):
 * "adjective" (Зеленський, Мединский, Зеленська), "possessive" (surnames in -ов/-ев/-ін/-ин and
 * their feminine in -а: Умєров, Путин, Иванова), "noun" (every other noun: Трамп, Кремль, Москва,
 * Росія, Дмитро; a masculine noun when it ends in a consonant or -ь), "noun-soft-feminine" (a
 * feminine noun in -ь or a consonant: Русь, Керч), "none" (never changes: Каллас, Рютте).
 */
export const DeclensionSchema = v.picklist(
  ['adjective', 'possessive', 'noun', 'noun-soft-feminine', 'none'],
  'declension must be adjective, possessive, noun, noun-soft-feminine or none',
);
/** Languages and scripts the story data names: an alias's spelling, a story's translations. */
export const LanguageSchema = v.picklist(['en', 'uk', 'ru', 'tr', 'fr', 'de'], 'lang must be en, uk, ru, tr, fr or de');

export const AliasSchema = v.strictObject({
  text: nonEmpty('alias text'),
  /**
   * How letter case is checked against the page text.
   * - "proper" (default): the first letter must be a capital as written ("Turkey", "TURKEY", not "turkey").
   * - "exact": every letter as written ("US", "EU", "NATO", "AFP").
   */
  case: v.optional(v.picklist(['proper', 'exact'], 'case must be "proper" or "exact"')),
  /**
   * Counts only when an unambiguous (ungated) alias of the same entity, or of one of `contextEntities`,
   * is on the same page: a bare surname such as "Bruce", or "Washington" for the US government.
   */
  requiresContext: v.optional(v.boolean()),
  contextEntities: v.optional(v.array(Slug)),
  /** Language or script of the spelling, for the interface and for tests. */
  lang: v.optional(LanguageSchema),
  /**
   * How the alias declines, for `lang` "uk", "ru" (every case) or "de" (the genitive -s): one
   * value for a one-word alias, or one per word, or "none" for the whole alias. Absent: each word's
   * paradigm is derived from its ending, its place in the alias and the entity's type.
   */
  declension: v.optional(
    v.union([DeclensionSchema, v.array(DeclensionSchema)], 'declension must be one paradigm or a list, one per word'),
  ),
  /** The last word's stem in every case but the nominative, when it changes: "Києв" for "Київ". */
  obliqueStem: v.optional(nonEmpty('oblique stem')),
  /** Where this spelling is printed: the outlet or style guide ("Tagesschau", "AFP style"). */
  source: v.optional(nonEmpty('alias source')),
});

/**
 * A story's summary fields in another language, shown when the browser's interface is in that
 * language (data/README.md, "Translations"). Each field is optional; a missing one is shown as
 * the story writes it. `summary` replaces the summary box whole, sentence by sentence.
 */
export const StoryTranslationSchema = v.strictObject({
  title: v.optional(nonEmpty('translated title')),
  headline: v.optional(nonEmpty('translated headline')),
  summary: v.optional(
    v.pipe(v.array(nonEmpty('translated summary sentence')), v.minLength(1, 'a translated summary needs a sentence')),
  ),
});

export const RelationSchema = v.strictObject({
  /** Short verb phrase read as "<entity> <label> <target>": "leads the delegation of". */
  label: nonEmpty('relation label'),
  target: Slug,
  sources: v.optional(Sources),
  background: v.optional(Background),
});

export const EntitySchema = v.strictObject({
  id: Slug,
  type: EntityTypeSchema,
  name: nonEmpty('name'),
  /**
   * Named in much of the news beyond this story (a capital, an alliance, a news agency; every
   * country is): alone such names do not make a page about the story, and they are highlighted
   * only on a page that is (or whose own article names them).
   */
  generic: v.optional(v.boolean()),
  /** Given names of a person: never matched alone ("Vladimir" could be Putin or Medinsky). */
  givenNames: v.optional(v.array(nonEmpty('given name'))),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'an entity needs at least one alias')),
  /**
   * Role or title as of the story date. Every curated entity has one (checked by the validator);
   * an entity read from an article has one only where the article states it.
   */
  role: v.optional(SourcedTextSchema),
  description: nonEmpty('description'),
  side: SideIdSchema,
  facts: v.array(SourcedTextSchema),
  relations: v.array(RelationSchema),
});

export const SentenceSchema = v.strictObject({
  id: SentenceId,
  text: nonEmpty('sentence text'),
  /** The section heading the sentence sits under, as printed; absent for the lede. */
  section: v.optional(nonEmpty('section')),
});

export const ArticleSchema = v.strictObject({
  headline: nonEmpty('headline'),
  source: nonEmpty('source'),
  /** Day the article reports on (the story date). */
  date: IsoDate,
  dateline: v.optional(nonEmpty('dateline')),
  /** The page the article was read from (stories read from an article). Shown as text only. */
  url: v.optional(nonEmpty('url')),
  sentences: v.pipe(v.array(SentenceSchema), v.minLength(1, 'an article needs sentences')),
  /** The article's own summary box ("What you should know"): ids of its sentences. */
  summary: Sources,
});

export const PositionSchema = v.strictObject({
  side: SideIdSchema,
  /** Who speaks for this side, as printed: "Kyiv", "Moscow", "Washington", "Europe". */
  label: nonEmpty('position label'),
  text: nonEmpty('position text'),
  sources: Sources,
  /** Entity ids that voice this position in the article (the interface links them). */
  entities: v.optional(v.array(Slug)),
});

export const TimelineEventSchema = v.strictObject({
  id: Slug,
  date: IsoDate,
  /** Local time and zone when the article gives one, as it gives it: "13:35 local (10:35 GMT)". */
  time: v.optional(nonEmpty('time')),
  text: nonEmpty('event text'),
  sources: v.optional(Sources),
  background: v.optional(Background),
});

export const FigureSchema = v.strictObject({
  id: Slug,
  /** The number as a reader would quote it: "about 20%", "3+ years", "2". */
  value: nonEmpty('figure value'),
  label: nonEmpty('figure label'),
  sources: Sources,
});

export const QuoteSchema = v.strictObject({
  id: Slug,
  /**
   * Who said it. Always set in a curated story; a story read from an article leaves it out where
   * the article does not say clearly who spoke (better no speaker than the wrong one).
   */
  speaker: v.optional(Slug),
  /** Verbatim words from the cited sentence (checked by `npm run data:check`). */
  text: nonEmpty('quote text'),
  sources: Sources,
  /** When and where it was said, as the article gives it. */
  context: v.optional(nonEmpty('quote context')),
});

export const ReferenceSchema = v.strictObject({
  id: Slug,
  title: nonEmpty('reference title'),
  publisher: nonEmpty('reference publisher'),
  /** Shown as text only: the extension never fetches it. */
  url: v.optional(v.pipe(v.string(), v.url('reference url must be a URL'))),
  accessed: IsoDate,
});

export const StorySchema = v.strictObject({
  schemaVersion: v.literal(STORY_SCHEMA_VERSION, `schemaVersion must be ${STORY_SCHEMA_VERSION}`),
  id: Slug,
  /**
   * "curated" (the default): written by an editor, bundled or imported as a pack. "article": read
   * by Backstory from the article on the reader's page, in the browser; it lives as long as the page.
   */
  origin: v.optional(v.picklist(['curated', 'article'], 'origin must be "curated" or "article"')),
  title: nonEmpty('title'),
  article: ArticleSchema,
  positions: v.array(PositionSchema),
  timeline: v.array(TimelineEventSchema),
  figures: v.array(FigureSchema),
  quotes: v.array(QuoteSchema),
  entities: v.pipe(v.array(EntitySchema), v.minLength(1, 'a story needs entities')),
  references: v.array(ReferenceSchema),
  /** Translations of the summary fields, by language: `{ "uk": { "headline": …, "summary": [ … ] } }`. */
  translations: v.optional(v.record(LanguageSchema, StoryTranslationSchema)),
});

/** The language every story's own text is written in (a translation names its own). */
export const STORY_LANG = 'en';

export type SideId = v.InferOutput<typeof SideIdSchema>;
export type EntityType = v.InferOutput<typeof EntityTypeSchema>;
export type SourcedText = v.InferOutput<typeof SourcedTextSchema>;
export type Declension = v.InferOutput<typeof DeclensionSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Sentence = v.InferOutput<typeof SentenceSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Position = v.InferOutput<typeof PositionSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Story = v.InferOutput<typeof StorySchema>;

export const SIDE_LABELS: Record<SideId, string> = {
  ukraine: 'Ukraine',
  russia: 'Russia',
  'united-states': 'United States',
  europe: 'Europe',
  turkey: 'Turkey',
  other: 'Other',
};

export const SIDE_ORDER: readonly SideId[] = ['ukraine', 'russia', 'united-states', 'europe', 'turkey', 'other'];
