import { describe, expect, it } from 'vitest';
import { extract, people, roleOf } from '../../helpers/extraction';

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
