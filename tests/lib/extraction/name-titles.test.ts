import { describe, expect, it } from 'vitest';
import { cutTitle, listedAfterPluralTitle } from '../../../lib/extraction/name-titles';
import { extract, people, roleOf } from '../../helpers/extraction';
import { wordsOf } from '../../helpers/tokens';

describe('where a name starts after its titles', () => {
  it('does not take the seat of "MP for …" into the name', () => {
    const article = extract('Labor MP for Footscray Huong Tran, who had opposed the plan, welcomed it.');
    expect(people(article)).toEqual(['Huong Tran']);
    expect(roleOf(article, 'Huong Tran')).toBe('Labor MP for Footscray');
  });

  it('does not take the portfolio of "Minister for …" into the name, up to a known given name', () => {
    const article = extract('The Minister for Health Wes Streeting answered first.');
    expect(people(article)).toEqual(['Wes Streeting']);
    expect(roleOf(article, 'Wes Streeting')).toBe('Minister for Health');
  });

  it('does not take a name’s own first word for a title word ("Environment Canterbury")', () => {
    const article = extract('Environment Canterbury, the regional council, will decide in March.');
    expect(people(article)).toEqual([]);
  });

  it('still cuts the title words before a name after "Secretary of"', () => {
    expect(people(extract('They met US Secretary of State Marco Rubio.'))).toEqual(['Marco Rubio']);
  });

  it('cuts a role noun capitalised only because it opens the sentence ("Neighbour Sharon Tapper")', () => {
    const article = extract('Neighbour Sharon Tapper, 58, said she heard a bang. Mum Kerry Dale agreed.');
    expect(people(article)).toEqual(['Sharon Tapper', 'Kerry Dale']);
    expect(roleOf(article, 'Sharon Tapper')).toBe('Neighbour');
  });

  it('cuts an abbreviated military title of two words ("Rear Adm. John Kirby", "Sgt. Maj. Bob Ray")', () => {
    const article = extract(
      'Rear Adm. John Kirby said the fleet would sail.',
      'Vice Adm. Paul Cole and Brig. Gen. Ann Fox agreed, and Cmdr. Ria Sen said so too.',
      'Sgt. Maj. Bob Ray said nothing. Adm. Lisa Franchetti left. Cpl. Dan Ito stayed.',
    );
    expect(people(article)).toEqual([
      'John Kirby',
      'Paul Cole',
      'Ann Fox',
      'Ria Sen',
      'Bob Ray',
      'Lisa Franchetti',
      'Dan Ito',
    ]);
    expect(roleOf(article, 'John Kirby')).toBe('Rear Adm');
    expect(roleOf(article, 'Paul Cole')).toBe('Vice Adm');
    expect(roleOf(article, 'Bob Ray')).toBe('Sgt. Maj');
    expect(roleOf(article, 'Lisa Franchetti')).toBe('Adm');
  });

  it('keeps a title word as the given name after a lower-case title ("forecaster Dean Nakamura")', () => {
    const article = extract('Bureau senior forecaster Dean Nakamura told reporters more rain was coming.');
    expect(people(article)).toEqual(['Dean Nakamura']);
  });
});

describe('titles in capitals', () => {
  it('cuts an abbreviated title in capitals after a lower-case noun ("the grime MC Kaizen")', () => {
    const article = extract('Among those who signed is the grime MC Kaizen, who grew up nearby.');
    expect(people(article)).toEqual(['Kaizen']);
    expect(roleOf(article, 'Kaizen')).toBe('grime MC');
  });

  it('reads a plural title before a list as the title of each name ("Commissioners A and B")', () => {
    const article = extract('Commissioners Ray Delacroix and Tamsin Hodge voted against the bond.');
    expect(people(article)).toEqual(['Ray Delacroix', 'Tamsin Hodge']);
    expect(roleOf(article, 'Ray Delacroix')).toBe('commissioner');
    expect(roleOf(article, 'Tamsin Hodge')).toBe('commissioner');
  });

  it('makes no person of a name after "and" that follows a plural role noun', () => {
    const article = extract('Iwi volunteers and Department of Conservation rangers kept watch.');
    expect(people(article)).toEqual([]);
  });
});

// The rule on its own: a capitalised run as names.ts hands it over (from its first word to its
// last), what is left of it as the name, and what was cut.
describe('cutting the titles off a capitalised run', () => {
  function cut(sentence: string, first: string, last: string, opening = false) {
    const words = wordsOf(sentence);
    const from = words.at(first);
    const run = Array.from({ length: words.at(last) - from + 1 }, (_, k) => from + k);
    const what = cutTitle(words.text, words.tokens, run, opening);
    return { name: run.map((i) => words.tokens[i]?.text).join(' '), ...what };
  }

  it('cuts every title word before the name, and keeps the honorific as printed', () => {
    expect(cut('NATO Secretary General Mark Rutte spoke.', 'NATO', 'Rutte')).toEqual({
      name: 'Mark Rutte',
      titled: true,
    });
    expect(cut('Mr. Umerov arrived.', 'Mr', 'Umerov')).toEqual({ name: 'Umerov', honorific: 'Mr.', titled: false });
    expect(cut('Mrs Anna Reid spoke.', 'Mrs', 'Reid')).toEqual({ name: 'Anna Reid', honorific: 'Mrs', titled: false });
  });

  it('keeps the title words of a run that ends on an organisation’s word ("General Motors")', () => {
    expect(cut('General Motors cut jobs.', 'General', 'Motors')).toEqual({ name: 'General Motors', titled: false });
  });

  it('cuts an ambiguous title word only before a given name ("Chief Executive Officer" is no name)', () => {
    expect(cut('Chief Executive Anna Reid spoke.', 'Chief', 'Reid')).toEqual({ name: 'Anna Reid', titled: true });
    expect(cut('Chief Executive Officer spoke.', 'Chief', 'Officer')).toEqual({
      name: 'Chief Executive Officer',
      titled: false,
    });
    expect(cut('The GNU General Public License applies.', 'GNU', 'License')).toEqual({
      name: 'GNU General Public License',
      titled: false,
    });
  });

  it('keeps a given name that is a title word after a lower-case role noun, but not an abbreviation', () => {
    expect(cut('Bureau senior forecaster Dean Nakamura told reporters.', 'Dean', 'Nakamura')).toEqual({
      name: 'Dean Nakamura',
      titled: false,
    });
    expect(cut('Among them is the grime MC Kaizen, who grew up nearby.', 'MC', 'Kaizen')).toEqual({
      name: 'Kaizen',
      titled: true,
    });
  });

  it('cuts the portfolio or seat after "<title> of/for" up to the name', () => {
    expect(cut('They met US Secretary of State Marco Rubio.', 'State', 'Rubio')).toEqual({
      name: 'Marco Rubio',
      titled: true,
    });
    expect(cut('The Minister for Health Wes Streeting answered.', 'Health', 'Streeting')).toEqual({
      name: 'Wes Streeting',
      titled: true,
    });
    expect(cut('Labor MP for Footscray Huong Tran welcomed it.', 'Footscray', 'Tran')).toEqual({
      name: 'Huong Tran',
      titled: true,
    });
    expect(cut('Environment Canterbury will decide.', 'Environment', 'Canterbury')).toEqual({
      name: 'Environment Canterbury',
      titled: false,
    });
  });

  it('cuts a role noun that opens a sentence before a given name, and only there', () => {
    const sentence = 'Neighbour Sharon Tapper said she heard a bang.';
    expect(cut(sentence, 'Neighbour', 'Tapper', true)).toEqual({ name: 'Sharon Tapper', titled: true });
    expect(cut(sentence, 'Neighbour', 'Tapper')).toEqual({ name: 'Neighbour Sharon Tapper', titled: false });
  });

  it('cuts a plural title before a list, and reads each later name of the list as listed after it', () => {
    const words = wordsOf('Commissioners Ray Delacroix and Tamsin Hodge voted.');
    expect(cut(words.text, 'Commissioners', 'Delacroix')).toEqual({ name: 'Ray Delacroix', titled: true });
    expect(listedAfterPluralTitle(words.text, words.tokens, words.at('Tamsin'))).toBe(true);
    expect(listedAfterPluralTitle(words.text, words.tokens, words.at('Ray'))).toBe(false);
    const three = wordsOf('Analysts Ray Delacroix, Tamsin Hodge and Ann Fox agreed.');
    expect(listedAfterPluralTitle(three.text, three.tokens, three.at('Tamsin'))).toBe(true);
    expect(listedAfterPluralTitle(three.text, three.tokens, three.at('Ann'))).toBe(true);
    const rangers = wordsOf('Iwi volunteers and Department of Conservation rangers kept watch.');
    expect(listedAfterPluralTitle(rangers.text, rangers.tokens, rangers.at('Department'))).toBe(false);
  });
});

describe('a title that is also a common given name', () => {
  it('keeps "Dean" as the given name before a surname alone ("Dean Kessler spoke first.")', () => {
    const article = extract('Residents asked when they could go home. Dean Kessler spoke first.');
    expect(people(article)).toEqual(['Dean Kessler']);
    expect(roleOf(article, 'Dean Kessler')).toBeUndefined();
  });

  it('still reads "Dean" as the office when "of" names its school', () => {
    const article = extract('Dean Ames of the law school said the rules were clear.');
    expect(people(article)).toEqual(['Ames']);
  });

  it('still reads "Dean" as the office before a given name and a surname', () => {
    expect(people(extract('Dean Margaret Ames said the rules were clear.'))).toEqual(['Margaret Ames']);
  });
});
