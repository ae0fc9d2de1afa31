import { describe, expect, it } from 'vitest';
import {
  isNounPhraseWord,
  isParticipleAdjective,
  isPlainPerson,
  isRoleNoun,
  roleNounBefore,
} from '../../../lib/extraction/role-nouns';
import { wordsOf } from '../../helpers/tokens';

/** Whether the word `word` of the sentence is a role noun. */
function roleNoun(sentence: string, word: string): boolean {
  const w = wordsOf(sentence);
  return isRoleNoun(w.tokens[w.at(word)] as (typeof w.tokens)[number]);
}

describe('role nouns', () => {
  it('reads a role noun of the lexicon, and a lower-case actor compromise knows', () => {
    expect(roleNoun('The forester walked.', 'forester')).toBe(true);
    expect(roleNoun('The beekeeper sold honey.', 'beekeeper')).toBe(true);
  });

  it('does not read a capitalised or plural actor, a body’s noun or a plain person as a role', () => {
    expect(roleNoun('The Beekeeper sold honey.', 'Beekeeper')).toBe(false);
    expect(roleNoun('The beekeepers sold honey.', 'beekeepers')).toBe(false);
    expect(roleNoun('The foresters agreed.', 'foresters')).toBe(false);
    expect(roleNoun('The company said so.', 'company')).toBe(false);
    expect(roleNoun('A person came.', 'person')).toBe(false);
  });

  it('knows the nouns that say only that someone is a person', () => {
    expect(['man', 'woman', 'person', 'girl'].every(isPlainPerson)).toBe(true);
    expect(isPlainPerson('forester')).toBe(false);
  });
});

describe('a role noun right before a name', () => {
  const nounBefore = (sentence: string, first: string, last: string) => {
    const w = wordsOf(sentence);
    return roleNounBefore(w.text, w.tokens, w.at(first), w.at(last));
  };

  it('reads "skipper Wade Bassi" and a one-word name compromise knows as a person', () => {
    expect(nounBefore('Yesterday skipper Wade Bassi spoke.', 'Wade', 'Bassi')).toBe(true);
    expect(nounBefore('Yesterday skipper Wade spoke.', 'Wade', 'Wade')).toBe(true);
  });

  it('reads a surname compromise knows, and two words it does not, after a role noun as a name', () => {
    expect(nounBefore('Then skipper Smith spoke.', 'Smith', 'Smith')).toBe(true);
    expect(nounBefore('Then skipper Tane Kereama spoke.', 'Tane', 'Kereama')).toBe(true);
  });

  it('does not read one unknown word after a role noun as a person ("developer Mojang")', () => {
    expect(nounBefore('The game came from developer Mojang in 2011.', 'Mojang', 'Mojang')).toBe(false);
  });

  it('needs the role noun just before the name, in its sentence, with only a space between', () => {
    expect(nounBefore('Yesterday the skipper, Wade Bassi, spoke.', 'Wade', 'Bassi')).toBe(false);
    expect(nounBefore('Wade Bassi spoke.', 'Wade', 'Bassi')).toBe(false);
    const w = wordsOf('Ask the skipper', 'Wade Bassi spoke.');
    expect(roleNounBefore(w.text, w.tokens, w.at('Wade'), w.at('Bassi'))).toBe(false);
    expect(nounBefore('Yesterday boats Wade Bassi spoke.', 'Wade', 'Bassi')).toBe(false);
  });
});

describe('words of a role’s noun phrase', () => {
  const word = (sentence: string, text: string) => {
    const w = wordsOf(sentence);
    return w.tokens[w.at(text)] as (typeof w.tokens)[number];
  };

  it('reads a lower-case past participle as an adjective ("the sacked vice-president")', () => {
    expect(isParticipleAdjective(word('The sacked vice-president left.', 'sacked'))).toBe(true);
    expect(isParticipleAdjective(word('Sacked aides left.', 'Sacked'))).toBe(false);
    expect(isParticipleAdjective(word('The red vice-president left.', 'red'))).toBe(false);
  });

  it('keeps verbs, pronouns, prepositions, conjunctions and adverbs out of a noun phrase', () => {
    const sentence = 'He quickly ran on and on, the old police chief.';
    expect(['He', 'quickly', 'ran', 'on', 'and'].map((t) => isNounPhraseWord(word(sentence, t)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['the', 'old', 'police', 'chief'].map((t) => isNounPhraseWord(word(sentence, t)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
