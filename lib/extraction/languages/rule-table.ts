/**
 * The table a language's rules are read from: what a rule needs to know about how that language's
 * news copy writes people (honorifics, titles, name particles), speech (quote marks, speech verbs,
 * pronouns, "according to") and sentences (abbreviations that do not end one). One table per
 * language (french.ts, german.ts); the rules themselves (this folder's other files) are shared.
 * A language without a table gets no entities: no page gets another language's guesses.
 */

export type Gender = 'male' | 'female';

export interface LanguageRules {
  code: string;
  /** Common words, for guessing the language of a page that does not declare it. */
  functionWords: ReadonlySet<string>;
  /** Lower-case words after which a full stop does not end a sentence ("m", "mme", "nr", "z"). */
  noBreakAfter: ReadonlySet<string>;
  /** A number before a full stop is an ordinal ("am 3. Mai"), not a sentence end. */
  ordinalDots: boolean;
  /** Honorifics, lower-case without full stop, with the gender they state when they state one. */
  honorifics: ReadonlyMap<string, Gender | undefined>;
  /** Whether a lower-case word (or the end of a compound) names what a person is: a title or role. */
  isRoleWord(lower: string): boolean;
  /**
   * A role word in the plural ("adjoints", "matelots"), read only in an appositive that ends at the
   * comma before a name ("l'un de ses adjoints, X"): with no comma between, a plural before a
   * capitalised word is more often a group's label ("les élus Renaissance") than a title.
   */
  isPluralRoleWord(lower: string): boolean;
  /** The gender a role word states ("ministerin", "présidente"), when it states one. */
  roleGender(lower: string): Gender | undefined;
  /** Every noun is capitalised (German): a capital is no evidence of a name. */
  capitalisedNouns: boolean;
  /** Name particles, lower-case: "de", "du", "von", "van", "ibn". */
  particles: ReadonlySet<string>;
  /** Capitalised at a sentence start only: articles, prepositions, adverbs ("Le", "Selon", "Die", "Nach"). */
  openers: ReadonlySet<string>;
  /** Determiners before a role noun, with the gender they state ("la", "die"); "l'" states none. */
  definite: ReadonlyMap<string, Gender | undefined>;
  /** "un", "une", "eine": with the gender they state ("X, un marchand de textile" is a man). */
  indefinite: ReadonlyMap<string, Gender | undefined>;
  /** Quote marks: each opening mark with the marks that close it. */
  quotePairs: ReadonlyMap<string, readonly string[]>;
  /** Whether a word is a form of a speech verb ("déclaré", "sagte"). */
  isSpeechVerb(lower: string): boolean;
  /** Auxiliaries before a past participle ("a déclaré"), which stand between quote and verb. */
  auxiliaries: ReadonlySet<string>;
  /**
   * Whether the subject may follow the verb in a main clause (German's verb second: "Am Mittwoch
   * hat X …"): a name after an auxiliary can still be the sentence's subject.
   */
  verbSecond: boolean;
  /**
   * Whether a word marks reported speech by its mood (German Konjunktiv I: "sei", "habe", "rechne
   * sie"), given the word beside it; always false where the table knows no such mood.
   */
  reportedSpeech(lower: string, beside: string): boolean;
  /** Speaker pronouns with their gender. */
  pronouns: ReadonlyMap<string, Gender>;
  /** "-t-il", "explique-t-elle": the pronoun a verb carries after a quote, or undefined. */
  invertedPronoun(word: string): { verb: string; pronoun: string } | undefined;
  /** Words that put a speaker before ("selon", "laut", "pour") or after ("zufolge") a statement. */
  accordingTo: ReadonlySet<string>;
  accordingToAfter: ReadonlySet<string>;
  /** Words that open an "after the quote" attribution without a verb: "so" in "„…“, so X". */
  soAfterQuote: ReadonlySet<string>;
  /** Words that mark a name as an organisation ("université", "Gewerkschaft", "GmbH"). */
  organisationWords: ReadonlySet<string>;
  /** First words of a byline paragraph ("Par", "Von"): its names are the writers'. */
  bylineOpeners: ReadonlySet<string>;
  /** The paper's own possessive after a byline opener: "De notre envoyée spéciale", "Von unserem Korrespondenten". */
  bylinePossessives: ReadonlySet<string>;
  /** Nouns of a line that credits the paper's own people at the foot ("correspondante", "Kommentar"). */
  creditNouns: ReadonlySet<string>;
  /** Lower-case nouns before a place or building named after someone ("le lycée Paul-Constans", "rue Jean-Jaurès"). */
  namedThingNouns: ReadonlySet<string>;
  /** Countries, lower-case: a team or state after a title ("Titelverteidiger Frankreich"), never a person. */
  countries: ReadonlySet<string>;
  /** Prepositions after which a single name is a place ("à", "in", "nach"). */
  placePrepositions: ReadonlySet<string>;
}
