/**
 * What extraction returns, in any language: the article's sentences, the people, organisations
 * and places it names, and its attributed quotes (extract-article.ts reads English,
 * languages/read-with-rules.ts French and German).
 */

export interface ExtractInput {
  /** Read as sentence `s0` (names, quotes), ahead of the body's `s1`…, unless the body prints it first. */
  headline?: string;
  paragraphs: readonly string[];
  /** BCP 47 tag as the page declares it; guessed from the text when absent. */
  language?: string;
  /** Indexes (into `paragraphs`) of paragraphs printed as a block quotation. */
  blockQuotes?: readonly number[];
}

export interface ExtractedSentence {
  /** `s0` for the headline, `s1`… for the body in reading order. */
  id: string;
  text: string;
  /** Index of the body paragraph; -1 for the headline. */
  paragraph: number;
}

export interface SourcedPhrase {
  text: string;
  /** Id of the sentence that states it. */
  sentence: string;
}

export interface ExtractedEntity {
  /** Slug, unique in the article. */
  id: string;
  kind: 'person' | 'organisation' | 'place';
  /** The fullest form the article gives. */
  name: string;
  /** Other forms it uses ("Umerov", "Mr. Umerov"); never a surname two people share. */
  forms: string[];
  role?: SourcedPhrase;
  affiliation?: SourcedPhrase;
  /** Id of the sentence of the first mention. */
  introducedIn: string;
  /** Ids of every sentence that mentions it. */
  sentences: string[];
}

export interface ExtractedQuote {
  id: string;
  text: string;
  /** Id of the sentence holding the quote's start. */
  sentence: string;
  /** Entity id of the speaker, when the article says who spoke. */
  speaker?: string;
  /**
   * The attribution rule that gave the speaker ("name after quote", "pronoun: last speaker"), or
   * that looked for one and refused (then `speaker` is absent): for auditing the rules rule by
   * rule (`npm run eval:extract -- --audit`); no surface shows it.
   */
  rule?: string;
}

export interface ExtractedArticle {
  language: string;
  headline?: string;
  sentences: ExtractedSentence[];
  entities: ExtractedEntity[];
  quotes: ExtractedQuote[];
}
