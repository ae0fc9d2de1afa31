import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/extraction/mention';
import { findMentions } from '../../../lib/extraction/names';
import { mergeOrganisationPhrases } from '../../../lib/extraction/organisation-phrases';
import { entity, extract } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';
import { wordsOf } from '../../helpers/tokens';

/** The names the name finder gives for `paragraphs`, with their kinds, after joining split ones. */
function names(...paragraphs: string[]): string[] {
  const w = wordsOf(...paragraphs);
  const sentences = (w.tokens[w.tokens.length - 1]?.sentence ?? 0) + 1;
  return findMentions(w.text, w.tokens, sentences).map((m) => `${m.name} (${m.kind})`);
}

describe('one organisation’s name split in two', () => {
  it('joins an organisation’s name to the name it is "of", "for" or "on", with or without "the"', () => {
    expect(names('She studied at the University of Oxford last year.')).toEqual([
      'University of Oxford (organisation)',
    ]);
    expect(names('The Department for Education said no.')).toEqual(['Department for Education (organisation)']);
    expect(names('The Institute on Aging said so.')).toEqual(['Institute on Aging (organisation)']);
    expect(names('The Bank of the North lent it.')).toEqual(['Bank of the North (organisation)']);
  });

  it('takes a plural head for people into the name it opens ("Friends of the Earth")', () => {
    expect(names('Friends of the Earth said the plan would fail.')).toEqual(['Friends of the Earth (organisation)']);
    expect(names('The charity Friends of the Earth said no.')).toEqual(['Friends of the Earth (organisation)']);
    expect(names('A spokesman for Veterans of Foreign Wars said so.')).toEqual([
      'Veterans of Foreign Wars (organisation)',
    ]);
    expect(names('Friends of Anna Berg, a teacher, said she was kind.')).toEqual(['Anna Berg (person)']);
  });

  it('joins single names linked by commas and a last "&" into one firm ("Keefe, Bruyette & Woods")', () => {
    expect(names('Marcus Oyelaran, a banking analyst at Keefe, Bruyette & Woods, agreed.')).toEqual([
      'Marcus Oyelaran (person)',
      'Keefe, Bruyette & Woods (organisation)',
    ]);
    expect(names('She audited Ernst & Young for years.')).toEqual(['Ernst & Young (organisation)']);
    // People are listed with "and"; a full name is no partner's surname.
    expect(names('Anna Berg, Tom Lee and Sara Quist met.').map((n) => n.replace(/ \(.*/, ''))).toEqual([
      'Anna Berg',
      'Tom Lee',
      'Sara Quist',
    ]);
  });

  it('makes an acronym in brackets after an organisation’s name that organisation ("… Agency (NEA)")', () => {
    const article = extract(
      'The centre will close, the National Environment Agency (NEA) said on Dec 5.',
      'The NEA said in a statement that it would offer interim stalls.',
    );
    expect(entity(article, 'National Environment Agency').forms).toContain('NEA');
    expect(article.entities.map((e) => e.name)).toEqual(['National Environment Agency']);
    // Letters that are not the name's initials stay a name of their own.
    const other = extract('The National Environment Agency (PUB) said no.', 'PUB said no again.');
    expect(article.entities.length).toBe(1);
    expect(other.entities.map((e) => e.name)).toContain('PUB');
  });

  it('goes on joining with "and" once it has joined', () => {
    expect(names('The University of Oxford and Cambridge disagreed.')).toEqual([
      'University of Oxford and Cambridge (organisation)',
    ]);
  });

  it('does not join across a sentence, after a possessive, or by "and" alone', () => {
    expect(names('The University of Oxford. Cambridge disagreed.')).toEqual([
      'University of Oxford (organisation)',
      'Cambridge (place)',
    ]);
    expect(names('Oxford University’s Cambridge office said so.')).toEqual([
      'Oxford University (organisation)',
      'Cambridge (place)',
    ]);
    expect(names('Ann Lee of Oxford spoke.')).toEqual(['Ann Lee (person)', 'Oxford (place)']);
    expect(names('Acme Corp and Ben Lee met.')[0]).toBe('Acme Corp (organisation)');
  });

  it('joins one word to a force named after the two areas it serves ("Devon and Cornwall Police")', () => {
    expect(names('Devon and Cornwall Police said two men were held.')).toEqual([
      'Devon and Cornwall Police (organisation)',
    ]);
    expect(names('Kent & Essex Police said so.')).toEqual(['Kent & Essex Police (organisation)']);
    expect(names('Kent or Essex Police said so.')).toEqual(['Kent (organisation)', 'Essex Police (organisation)']);
  });
});

describe('the name one organisation’s two halves make', () => {
  /**
   * The mentions `mergeOrganisationPhrases` leaves of `names` in `text`, each given as [printed,
   * kind, extra] (found where the text prints it, from the end of the one before; sentence 0 and
   * of no kind unless said).
   */
  function merged(text: string, ...names: [string, Mention['kind']?, Partial<Mention>?][]): Mention[] {
    let from = 0;
    const mentions = names.map(([printed, kind = 'unknown', extra], i) => {
      const start = text.indexOf(printed, from);
      if (start < 0) throw new Error(`"${printed}" is not in the text after ${from}`);
      from = start + printed.length;
      return mentionAt(printed, start, { kind, first: i * 10, last: i * 10 + 1, ...extra });
    });
    return mergeOrganisationPhrases(text, mentions);
  }

  it('is an organisation’s mention from the first half’s start to the second’s end, every word kept', () => {
    const [one, ...rest] = merged('She left the Bank of the North today.', ['Bank'], ['North', 'place']);
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      kind: 'organisation',
      name: 'Bank of the North',
      form: 'Bank of the North',
      words: ['Bank', 'of', 'the', 'North'],
      start: 13,
      end: 30,
      first: 0,
      last: 11,
      possessive: false,
    });
  });

  it('is possessive when the second half is, and not when only the first was', () => {
    expect(
      merged('The University of Oxford’s staff.', ['University'], ['Oxford', 'place', { possessive: true }]),
    ).toEqual([expect.objectContaining({ name: 'University of Oxford', possessive: true })]);
    expect(
      merged('The University’s of Oxford staff.', ['University', 'organisation', { possessive: true }], ['Oxford']),
    ).toHaveLength(2);
  });

  it('joins after any word that heads an organisation’s name with "of", though no name ends with it', () => {
    expect(merged('The Secretariat of the Pacific met.', ['Secretariat'], ['Pacific']).map((m) => m.name)).toEqual([
      'Secretariat of the Pacific',
    ]);
    expect(merged('The Tigers of the North met.', ['Tigers'], ['North']).map((m) => m.name)).toEqual([
      'Tigers',
      'North',
    ]);
  });

  it('joins no person’s name, and nothing across sentences or by another word', () => {
    expect(merged('Ann Bank of Oxford spoke.', ['Ann Bank', 'person'], ['Oxford'])).toHaveLength(2);
    expect(merged('The University of Oxford', ['University'], ['Oxford', 'unknown', { sentence: 1 }])).toHaveLength(2);
    expect(merged('The University by Oxford', ['University'], ['Oxford'])).toHaveLength(2);
    expect(merged('The University of, Oxford', ['University'], ['Oxford'])).toHaveLength(2);
    expect(merged('The University of the the Oxford', ['University'], ['Oxford'])).toHaveLength(2);
    expect(merged('The University, of Oxford', ['University'], ['Oxford'])).toHaveLength(2);
  });

  it('goes on by "and" only from a name it has just joined, and by nothing else', () => {
    expect(
      merged(
        'The University of Oxford and Cambridge and Leeds.',
        ['University'],
        ['Oxford'],
        ['Cambridge'],
        ['Leeds'],
      ).map((m) => m.name),
    ).toEqual(['University of Oxford and Cambridge and Leeds']);
    expect(
      merged('The University of Oxford or Cambridge.', ['University'], ['Oxford'], ['Cambridge']).map((m) => m.name),
    ).toEqual(['University of Oxford', 'Cambridge']);
    expect(
      merged('The University of Oxford, and Cambridge.', ['University'], ['Oxford'], ['Cambridge']).map((m) => m.name),
    ).toEqual(['University of Oxford', 'Cambridge']);
    expect(
      merged('The University of Oxford and then Cambridge.', ['University'], ['Oxford'], ['Cambridge']).map(
        (m) => m.name,
      ),
    ).toEqual(['University of Oxford', 'Cambridge']);
    expect(merged('The University and Cambridge.', ['University'], ['Cambridge']).map((m) => m.name)).toEqual([
      'University',
      'Cambridge',
    ]);
  });

  it('joins one word to a force of two words or more named after the areas it serves, by "and" or "&" alone', () => {
    const names = (text: string, a: string, b: string) => merged(text, [a], [b]).map((m) => m.name);
    expect(names('Avon and Somerset Police said so.', 'Avon', 'Somerset Police')).toEqual(['Avon and Somerset Police']);
    expect(names('Avon and Somerset Police Service said so.', 'Avon', 'Somerset Police Service')).toHaveLength(1);
    expect(names('North Avon and Somerset Police said so.', 'North Avon', 'Somerset Police')).toHaveLength(2);
    expect(names('Avon and Police said so.', 'Avon', 'Police')).toHaveLength(2);
    expect(names('Avon and Somerset Farms said so.', 'Avon', 'Somerset Farms')).toHaveLength(2);
    expect(names('Avon, and Somerset Police said so.', 'Avon', 'Somerset Police')).toHaveLength(2);
    expect(names('Avon andor Somerset Police said so.', 'Avon', 'Somerset Police')).toHaveLength(2);
    expect(names('Avon and then Somerset Police said so.', 'Avon', 'Somerset Police')).toHaveLength(2);
  });
});
