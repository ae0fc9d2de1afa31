import { describe, expect, it } from 'vitest';
import type { EntityCluster } from '../../../lib/extraction/coreference';
import type { Mention } from '../../../lib/extraction/mention';
import { genderFromReports } from '../../../lib/extraction/reported-gender';
import { extract, speakerOf } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';

describe('a gender stated by the pronoun after "X said"', () => {
  it('keeps a woman the copy reports as "she" out of a "he said" (Tamsin is a given name compromise does not know)', () => {
    const article = extract(
      'Commissioner Pete Szabo said he would fund the programme. Tamsin Hodge said she had proposed it.',
      '“Tamsin is right about pretrial,” he said.',
    );
    expect(speakerOf(article, 'Tamsin is right')).toBe('Pete Szabo');
  });

  it('reads no gender from a person whose reports disagree', () => {
    const article = extract(
      'Commissioner Pete Szabo said he would fund the programme. Tamsin Hodge said she had proposed it. Hodge said he was wrong.',
      '“Tamsin is right about pretrial,” he said.',
    );
    expect(speakerOf(article, 'Tamsin is right')).toBeUndefined();
  });
});

// The rule on clusters given by hand: which reports state a gender.
describe('a gender read from the reports of a person, on given mentions', () => {
  function genderOf(text: string, names: string[], kind: 'person' | 'organisation' = 'person') {
    let from = 0;
    const mentions = names.map((name) => {
      // Each name after the one before: "Pat Szabo …. Later Szabo said …".
      const start = text.indexOf(name, from);
      from = start + name.length;
      return mentionAt(name, start, { kind, possessive: /^['’]s/.test(text.slice(start + name.length)) });
    });
    const cluster: EntityCluster = { kind, name: names[0] as string, mentions };
    genderFromReports(text, [cluster]);
    return mentions.map((m) => m.gender).find(Boolean);
  }

  it('reads "X said she", "X added that he", "X says he"', () => {
    expect(genderOf('Tamsin Hodge said she had proposed it.', ['Tamsin Hodge'])).toBe('female');
    expect(genderOf('Pat Szabo added that he would fund it.', ['Pat Szabo'])).toBe('male');
    expect(genderOf('Pat Szabo says he would fund it.', ['Pat Szabo'])).toBe('male');
  });

  it('reads nothing from a verb that is not speech, or from a possessive', () => {
    expect(genderOf('Pat Szabo hoped he would fund it.', ['Pat Szabo'])).toBeUndefined();
    expect(genderOf('Pat Szabo’s aide said he would fund it.', ['Pat Szabo'])).toBeUndefined();
    expect(genderOf('Pat Szabo said they would fund it.', ['Pat Szabo'])).toBeUndefined();
  });

  it('reads the report after any mention, and nothing when two reports disagree', () => {
    const text = 'Pat Szabo met the board. Later Szabo said he would fund it.';
    expect(genderOf(text, ['Pat Szabo', 'Szabo'])).toBe('male');
    const both = 'Pat Szabo said he would fund it. Later Szabo said she would not.';
    expect(genderOf(both, ['Pat Szabo', 'Szabo'])).toBeUndefined();
  });

  it('keeps a gender already known, and gives none to an organisation', () => {
    const text = 'Pat Szabo said she would fund it.';
    const start = 0;
    const known = { kind: 'person', start, end: 9, name: 'Pat Szabo', gender: 'male' } as Mention;
    genderFromReports(text, [{ kind: 'person', name: 'Pat Szabo', mentions: [known] }]);
    expect(known.gender).toBe('male');
    expect(genderOf('Fellside Water said he would fund it.', ['Fellside Water'], 'organisation')).toBeUndefined();
  });

  it('reads the report only right after the name, not another person’s a few words on', () => {
    expect(genderOf('Tamsin Hodge met the mayor, who said he was pleased.', ['Tamsin Hodge'])).toBeUndefined();
  });
});
