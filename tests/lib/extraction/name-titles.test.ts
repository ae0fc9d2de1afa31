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

  it('reads a plural title in "-men" before a list the same way ("Councilmen A and B")', () => {
    const article = extract('Councilmen Ray Delacroix and Tom Hodge voted against the bond.');
    expect(people(article)).toEqual(['Ray Delacroix', 'Tom Hodge']);
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

// Each edge of the rule, on one run at a time (the cases its mutation run found untested).
describe('the edges of cutting the titles off a run', () => {
  function cut(sentence: string, first: string, last: string, opening = false) {
    const words = wordsOf(sentence);
    const from = words.at(first);
    const run = Array.from({ length: words.at(last) - from + 1 }, (_, k) => from + k);
    const what = cutTitle(words.text, words.tokens, run, opening);
    return { name: run.map((i) => words.tokens[i]?.text).join(' '), ...what };
  }

  it('reads a run as not opening a sentence unless told', () => {
    const words = wordsOf('Neighbour Sharon Tapper said she heard a bang.');
    const run = [0, 1, 2];
    expect(cutTitle(words.text, words.tokens, run)).toStrictEqual({ titled: false });
    expect(run).toEqual([0, 1, 2]);
  });

  it('gives no honorific key when no honorific was cut', () => {
    expect(cut('Professor Nakamura told reporters.', 'Professor', 'Nakamura')).toStrictEqual({
      name: 'Nakamura',
      titled: true,
    });
  });

  it('cuts an opening role noun only when it is a role word', () => {
    expect(cut('Bayside Anna Reid won the seat.', 'Bayside', 'Reid', true)).toEqual({
      name: 'Bayside Anna Reid',
      titled: false,
    });
    expect(cut('Baron Anna Reid opened it.', 'Baron', 'Reid', true)).toEqual({ name: 'Anna Reid', titled: true });
  });

  it('keeps an opening word that compromise knows as part of a name ("Saint Teresa Reid")', () => {
    expect(cut('Saint Teresa Reid opened it.', 'Saint', 'Reid', true)).toEqual({
      name: 'Saint Teresa Reid',
      titled: false,
    });
  });

  it('cuts a title word that opens the text: no role noun stands before it', () => {
    expect(cut('Professor Nakamura told reporters.', 'Professor', 'Nakamura')).toEqual({
      name: 'Nakamura',
      titled: true,
    });
  });

  it('keeps a title word as the given name only after a lower-case noun in the same sentence, one space before', () => {
    expect(cut('The midfielder Prince Opoku scored.', 'Prince', 'Opoku')).toEqual({
      name: 'Prince Opoku',
      titled: false,
    });
    expect(cut('The youngster Judge Opoku scored.', 'Judge', 'Opoku')).toEqual({
      name: 'Judge Opoku',
      titled: false,
    });
    expect(cut('The youngster Prince Opoku scored.', 'Prince', 'Opoku')).toEqual({
      name: 'Prince Opoku',
      titled: false,
    });
    expect(cut('The midfielder  Prince Opoku scored.', 'Prince', 'Opoku').name).toBe('Prince Opoku');
    const paragraphs = wordsOf('Residents met the forecaster', 'Professor Nakamura disagreed.');
    const from = paragraphs.at('Professor');
    const run = [from, from + 1];
    expect(cutTitle(paragraphs.text, paragraphs.tokens, run)).toEqual({ titled: true });
    for (const sentence of [
      'The Midfielder Prince Opoku scored.',
      'The midfielder, Prince Opoku scored.',
      'The midfielder (Prince Opoku) scored.',
      'They said Prince Opoku would start.',
      'I told her Prince Opoku would start.',
      'His cousins Prince Opoku scored.',
    ])
      expect(cut(sentence, 'Prince', 'Opoku').name, sentence).toBe('Opoku');
  });

  it('keeps a title word as the given name after a role noun only in a run of two words', () => {
    expect(cut('The midfielder Prince Anna Opoku scored.', 'Prince', 'Opoku')).toEqual({
      name: 'Anna Opoku',
      titled: true,
    });
  });

  it('keeps the title words of a run that ends on an organisation’s word, whatever its title', () => {
    expect(cut('The Mayor Reid Foundation gave money.', 'Mayor', 'Foundation')).toEqual({
      name: 'Mayor Reid Foundation',
      titled: false,
    });
  });

  it('reads a plural title word as a title only where it opens the run', () => {
    expect(cut('The Three Kings Day parade passed.', 'Three', 'Day')).toEqual({
      name: 'Three Kings Day',
      titled: false,
    });
  });

  it('keeps an ambiguous title word that opens a run with no given name after it ("Agent Orange")', () => {
    expect(cut('Agent Orange was sprayed.', 'Agent', 'Orange')).toEqual({ name: 'Agent Orange', titled: false });
  });

  it('keeps the honorific after a portfolio ("Minister for Health Dr Verrall")', () => {
    expect(cut('The Minister for Health Dr Verrall spoke.', 'Health', 'Verrall')).toEqual({
      name: 'Verrall',
      honorific: 'Dr',
      titled: false,
    });
  });

  it('cuts the title modifiers of a portfolio, but never the run’s last word', () => {
    expect(cut('Secretary of State Rubio flew in.', 'State', 'Rubio')).toEqual({ name: 'Rubio', titled: true });
    expect(cut('The Minister of State Security spoke.', 'State', 'Security')).toEqual({
      name: 'Security',
      titled: true,
    });
  });
});

describe('the portfolio after "<title> of/for", and the names listed after a plural title', () => {
  function cut(sentence: string, first: string, last: string) {
    const words = wordsOf(sentence);
    const from = words.at(first);
    const run = Array.from({ length: words.at(last) - from + 1 }, (_, k) => from + k);
    const what = cutTitle(words.text, words.tokens, run);
    return { name: run.map((i) => words.tokens[i]?.text).join(' '), ...what };
  }
  function listed(sentence: string, first: string): boolean {
    const words = wordsOf(sentence);
    return listedAfterPluralTitle(words.text, words.tokens, words.at(first));
  }

  it('reads the portfolio after "for the" only when a known given name follows in the run', () => {
    expect(cut('The Minister for the Environment Amy Khor spoke.', 'Environment', 'Khor')).toEqual({
      name: 'Amy Khor',
      titled: true,
    });
    expect(cut('He is chairman of the Northern Business Forum now.', 'Northern', 'Forum')).toEqual({
      name: 'Northern Business Forum',
      titled: false,
    });
  });

  it('walks back past the title’s own modifiers and "of"/"for" to its head, a few words at most', () => {
    expect(cut('The Minister of State for Health Amy Khor spoke.', 'Health', 'Khor')).toEqual({
      name: 'Amy Khor',
      titled: true,
    });
    expect(cut('The Bank of England Amy Khor spoke.', 'England', 'Khor')).toEqual({
      name: 'England Amy Khor',
      titled: false,
    });
    expect(cut('The Minister of the State of the Bank of England Amy Khor spoke.', 'England', 'Khor')).toEqual({
      name: 'England Amy Khor',
      titled: false,
    });
  });

  it('reads a portfolio after its own "and (the)" when a title opens it, not a second person', () => {
    expect(
      cut('The Minister of State for Sustainability and the Environment Amy Khor spoke.', 'Environment', 'Khor'),
    ).toEqual({ name: 'Amy Khor', titled: true });
    expect(
      cut('The Secretary of State for Health and Social Care Wes Streeting spoke.', 'Social', 'Streeting'),
    ).toEqual({ name: 'Wes Streeting', titled: true });
    expect(cut('The Minister for Health and Anna Berg spoke.', 'Anna', 'Berg')).toEqual({
      name: 'Anna Berg',
      titled: false,
    });
  });

  it('reads no portfolio after "and" without a title and "of"/"for" before it in the same sentence', () => {
    for (const [sentence, first, last] of [
      ['Health and Social Care Wes Streeting spoke.', 'Social', 'Streeting'],
      ['The Minister met us. And Social Care Wes Streeting spoke.', 'Social', 'Streeting'],
      ['The Minister for Health said and Social Care Wes Streeting spoke.', 'Social', 'Streeting'],
    ] as const)
      expect(cut(sentence, first, last).name, sentence).toBe(`${first} Care Wes Streeting`);
  });

  it('takes the name from the last known given name of the seat, else the seat’s last two words', () => {
    expect(cut('Labour MP for Leeds Central Alex Sobel spoke.', 'Leeds', 'Sobel')).toEqual({
      name: 'Alex Sobel',
      titled: true,
    });
    expect(cut('Labor MP for Leeds Central Huong Tran spoke.', 'Leeds', 'Tran')).toEqual({
      name: 'Huong Tran',
      titled: true,
    });
    expect(cut('Labour MP for Leeds Central Anna van Berg spoke.', 'Leeds', 'Berg').name).toBe('Anna van Berg');
    expect(cut('Labour MP for Leeds Anna van Berg spoke.', 'Leeds', 'Berg').name).toBe('Anna van Berg');
    expect(cut('Labor MP for Footscray Tran spoke.', 'Footscray', 'Tran')).toEqual({
      name: 'Footscray Tran',
      titled: false,
    });
  });

  it('reads a name as listed after a plural title across commas, "and", a colon or a full stop', () => {
    expect(listed('Commissioners Ray Delacroix and Tamsin Hodge voted.', 'Tamsin')).toBe(true);
    expect(listed('Councilmen Ray Delacroix and Tamsin Hodge voted.', 'Tamsin')).toBe(true);
    expect(listed('The commissioners: Ray Delacroix and Tamsin Hodge.', 'Tamsin')).toBe(true);
    expect(listed('Analysts Ray Delacroix, Tamsin Hodge and Ann Fox agreed.', 'Ann')).toBe(true);
  });

  it('reads no list across a sentence, a lower-case word, a bracket, or too many words', () => {
    for (const [sentence, expected] of [
      ['They thanked the commissioners. Ray Delacroix and Tamsin Hodge left.', false],
      ['Commissioners Ray Delacroix said Tamsin Hodge voted.', false],
      ['Commissioners Ray Delacroix (and Tamsin Hodge) voted.', false],
      ['The commissioners and Tamsin Hodge voted.', false],
      ['Commissioners Tamsin Hodge voted.', false],
      ['Commissioners Ray Delacroix, Ann Fox, Bob Ray, Dan Ito, Ria Sen, Li Wei and Tamsin Hodge voted.', false],
      ['Commissioners Ray Delacroix, Ann Fox, Bob Ray, Dan Ito, Ria Sen and Tamsin Hodge voted.', true],
      ['Commissioners Ray Delacroix, Ann Fox and Tamsin Hodge voted.', true],
    ] as const)
      expect(listed(sentence, 'Tamsin'), sentence).toBe(expected);
  });

  it('reads a plural title only from a role word’s plural ("Senators", not "Press")', () => {
    expect(cut('Senators Ray Delacroix and Tamsin Hodge voted.', 'Senators', 'Delacroix')).toEqual({
      name: 'Ray Delacroix',
      titled: true,
    });
    expect(cut('Sens Ray Delacroix and Tamsin Hodge voted.', 'Sens', 'Delacroix').name).toBe('Ray Delacroix');
    expect(cut('Thomas Ray Delacroix voted.', 'Thomas', 'Delacroix').name).toBe('Thomas Ray Delacroix');
    expect(cut('Chess Ray Delacroix voted.', 'Chess', 'Delacroix').name).toBe('Chess Ray Delacroix');
  });
});
