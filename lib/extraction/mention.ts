/**
 * A name found in an article's text, with the evidence of what it names: the record the name
 * rules, coreference, roles and quote attribution pass between them.
 */

export type NameKind = 'person' | 'organisation' | 'place';

export interface Mention {
  /** What the evidence says it is; `unknown` names only count when they match a person. */
  kind: NameKind | 'unknown';
  /** Strong evidence of a person: an honorific, a title or role noun, a role appositive. */
  personEvidence: boolean;
  sentence: number;
  /** Token indexes of the name itself (no honorific, no title), inclusive. */
  first: number;
  last: number;
  /** Token index where the capitalised run began (a title's first word, an honorific). */
  runFirst: number;
  /** Article offsets of the name as printed, possessive ending excluded. */
  start: number;
  end: number;
  /** The name's words, possessive ending removed. */
  words: string[];
  /** The name as printed, possessive ending removed ("Donald J. Trump"). */
  name: string;
  /** A single word compromise knows as a given name ("Hakan", "Mark"). */
  givenName: boolean;
  /** Gender the first name or honorific states (compromise's lists of names; Mr/Mrs/Ms). */
  gender?: 'male' | 'female';
  /** The name as printed, with its honorific ("Mr. Umerov"), possessive ending removed. */
  form: string;
  honorific?: string;
  possessive: boolean;
  /** Found in a headline-case heading: only counts if the prose names the same entity. */
  weak: boolean;
}
