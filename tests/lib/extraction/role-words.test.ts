import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/extraction/mention';
import { isModifier, RoleWords } from '../../../lib/extraction/role-words';
import type { Token } from '../../../lib/extraction/tokens';
import { mentionAt } from '../../helpers/mention';
import { type Words, wordsOf } from '../../helpers/tokens';

/** The role shapes' shared tests, asked from outside as roles.ts and role-appositives.ts ask them. */
class Probe extends RoleWords {
  constructor(w: Words, people: Mention[] = []) {
    super(w.text, w.tokens, people);
  }
  gapAfter = (i: number) => this.gap(i);
  wordAt = (i: number) => this.word(i);
  head = (i: number) => this.isHead(i);
  owner = (i: number) => this.properNounsEndingAt(i);
  end = (i: number) => this.clauseEnd(i);
  begins = (i: number) => this.beginsName(i);
  inside = (k: number) => this.insideName(k);
}

/** A word with the tags compromise could give it, for the rules that read tags only. */
function tagged(text: string, ...tags: string[]): Token {
  return { text, start: 0, end: text.length, sentence: 0, tags: new Set(tags) };
}

describe('the words that can qualify a role noun', () => {
  it('takes lower-case adjectives, nouns and gerunds, and no capitalised word', () => {
    const w = wordsOf('The shadow transport secretary, a senior running coach, met Foreign officials.');
    expect(isModifier(w.tokens[w.at('shadow')] as Token)).toBe(true);
    expect(isModifier(tagged('local', 'Adjective'))).toBe(true);
    expect(isModifier(w.tokens[w.at('running')] as Token)).toBe(true);
    expect(isModifier(w.tokens[w.at('Foreign')] as Token)).toBe(false);
    expect(isModifier(tagged('Senior', 'Adjective'))).toBe(false);
  });

  it('takes a hyphenated compound or an age, whatever compromise tags it ("sixth-form", "29-year-old")', () => {
    expect(isModifier(tagged('sixth-form'))).toBe(true);
    expect(isModifier(tagged('29-year-old', 'Value'))).toBe(true);
    expect(isModifier(tagged('long-serving', 'Verb'))).toBe(true);
    expect(isModifier(tagged('sixth-', 'Verb'))).toBe(false);
    expect(isModifier(tagged('29-Year-old', 'Value'))).toBe(false);
    expect(isModifier(tagged('sixth-form,', 'Verb'))).toBe(false);
    expect(isModifier(tagged('(sixth-form', 'Verb'))).toBe(false);
    expect(isModifier(tagged('sixth', 'Value'))).toBe(false);
  });

  it('takes a portfolio word compromise reads as a verb ("shadow transport secretary")', () => {
    expect(isModifier(tagged('transport', 'Verb'))).toBe(true);
    expect(isModifier(tagged('acting', 'Determiner'))).toBe(true);
  });

  it('takes no function word, even one compromise also tags a noun or an adjective', () => {
    for (const tag of ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Copula', 'Auxiliary']) {
      expect(isModifier(tagged('some', tag, 'Noun', 'Adjective')), tag).toBe(false);
    }
    const w = wordsOf('He said that he is here.');
    expect(isModifier(w.tokens[w.at('he')] as Token)).toBe(false);
  });

  it('takes no verb unless it is a gerund or an adjective too ("retired" as an adjective)', () => {
    expect(isModifier(tagged('said', 'Verb', 'Noun'))).toBe(false);
    expect(isModifier(tagged('retired', 'Verb', 'Adjective'))).toBe(true);
    expect(isModifier(tagged('serving', 'Verb', 'Gerund'))).toBe(true);
    expect(isModifier(tagged('nurse', 'Noun'))).toBe(true);
    expect(isModifier(tagged('quickly', 'Adverb'))).toBe(false);
  });
});

describe('the words around a role, as every role shape reads them', () => {
  it('reads no gap after the last word, and no word past the end', () => {
    const w = wordsOf('Tom Reyes, a nurse');
    const probe = new Probe(w);
    expect(probe.gapAfter(1)).toBe(', ');
    expect(probe.gapAfter(w.tokens.length - 1)).toBe('');
    expect(probe.wordAt(w.tokens.length)).toBe('');
    expect(probe.wordAt(0)).toBe('tom');
  });

  it('takes a role word behind "ex-", "co-", "vice-" or "deputy-" as a role’s head, and nothing past the end', () => {
    const w = wordsOf('The ex-minister and a co-chairman met the x-minister.');
    const probe = new Probe(w);
    expect(probe.head(w.at('ex-minister'))).toBe(true);
    expect(probe.head(w.at('co-chairman'))).toBe(true);
    expect(probe.head(w.at('x-minister'))).toBe(false);
    expect(probe.head(w.tokens.length)).toBe(false);
  });

  it('reads the capitalised owner before a possessive, back to a sentence opener, a comma or the first word', () => {
    const w = wordsOf('The BBC’s editor met Oxford, Stanford University’s dean. Stanford University’s dean came.');
    const probe = new Probe(w);
    expect(probe.owner(w.at('BBC’s'))).toBe('BBC');
    expect(probe.owner(w.at('University’s'))).toBe('Stanford University');
    expect(probe.owner(w.at('University’s', 1))).toBe('Stanford University');
    const first = wordsOf('Stanford University’s dean came.');
    expect(new Probe(first).owner(first.at('University’s'))).toBe('Stanford University');
    const dashed = wordsOf('Oxford — Stanford University’s dean came.');
    expect(new Probe(dashed).owner(dashed.at('University’s'))).toBe('Stanford University');
    const spaced = wordsOf('Stanford  University’s dean came.');
    expect(new Probe(spaced).owner(spaced.at('University’s'))).toBe('Stanford  University');
    const lower = wordsOf('The university’s dean came.');
    expect(new Probe(lower).owner(lower.at('university’s'))).toBeUndefined();
  });

  it('ends a clause at a comma or a dash, or at its sentence’s end, and past the last word at once', () => {
    const w = wordsOf('Ann Lee is a nurse. Tom Reyes, the chief — a doctor.');
    const probe = new Probe(w);
    expect(probe.end(w.at('a'))).toBe(w.at('Tom'));
    expect(probe.end(w.at('Tom'))).toBe(w.at('the'));
    expect(probe.end(w.at('the'))).toBe(w.at('a', 1));
    expect(probe.end(w.tokens.length)).toBe(w.tokens.length);
  });

  it('begins a name at a capitalised word of a person’s mention, or one compromise tags a given name or a person', () => {
    const w = { text: 'Helen Marsh-Oduya, Ben, Okafor, Acme, reyes', tokens: [] as Token[], at: () => 0 };
    const words = ['Helen', 'Marsh-Oduya', 'Ben', 'Okafor', 'Acme', 'reyes'];
    const tags = [[], [], ['FirstName'], ['Person'], [], ['Person']];
    w.tokens = words.map((text, i) => ({ ...tagged(text, ...(tags[i] as string[])), start: i * 2, end: i * 2 + 1 }));
    const probe = new Probe(w, [mentionAt('Helen Marsh-Oduya', 0, { first: 0, last: 1 })]);
    expect(words.map((_, i) => probe.begins(i))).toEqual([true, true, true, true, false, false]);
    expect(probe.begins(words.length)).toBe(false);
  });

  it('reads "of", "and", "for" and "&" between two capitalised words as inside a name, and nowhere else', () => {
    const w = wordsOf(
      'Marks & Spencer, Bank of England, Doctors for Peace, Devon and Cornwall, bank of England, Bank of it, Devon and',
    );
    const probe = new Probe(w);
    expect(probe.inside(w.at('&'))).toBe(true);
    expect(probe.inside(w.at('of'))).toBe(true);
    expect(probe.inside(w.at('for'))).toBe(true);
    expect(probe.inside(w.at('and'))).toBe(true);
    expect(probe.inside(w.at('of', 1))).toBe(false);
    expect(probe.inside(w.at('of', 2))).toBe(false);
    expect(probe.inside(w.at('and', 1))).toBe(false);
    const opening = wordsOf('And England won.');
    expect(new Probe(opening).inside(0)).toBe(false);
  });
});
