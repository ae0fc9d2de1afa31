import { describe, expect, it } from 'vitest';
import { agreeKinds } from '../../../lib/extraction/kind-agreement';
import type { Mention } from '../../../lib/extraction/mention';
import { findMentions } from '../../../lib/extraction/names';
import { entity, extract, kindOf, people } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';
import { wordsOf } from '../../helpers/tokens';

describe('one kind for a name throughout the article', () => {
  it('makes an organisation of a name read as one once and never stated to be a person', () => {
    const article = extract(
      'Morgan Stanley fell 2% on Tuesday.',
      'Paul Hendry, an economist at Morgan Stanley, said the fall was overdone.',
    );
    expect(kindOf(article, 'Morgan Stanley')).toBe('organisation');
    expect(people(article)).toEqual(['Paul Hendry']);
  });

  it('makes a place of a name read as a place once and never stated to be a person', () => {
    const article = extract(
      '“If we’d had to drive to Columbus, I’d have been a widow,” Carol said.',
      'She was offered a job in Columbus.',
    );
    expect(kindOf(article, 'Columbus')).toBe('place');
    expect(people(article)).not.toContain('Columbus');
  });

  it('makes an organisation of a name listed beside one ("Morgan Stanley and Goldman Sachs")', () => {
    const article = extract('Morgan Stanley and Goldman Sachs each fell more than 2%.');
    expect(people(article)).toEqual([]);
  });

  it('makes no person of a full name paired with a one-word name of no kind ("Charles Schwab and Fidelity")', () => {
    expect(people(extract('Charles Schwab and Fidelity cut their fees.'))).toEqual([]);
    expect(people(extract('Fidelity and Charles Schwab cut their fees.'))).toEqual([]);
    // Evidence of its own, or a partner stated to be a person, keeps the person.
    expect(people(extract('Charles Schwab, the founder, and Fidelity cut their fees.'))).toEqual(['Charles Schwab']);
    expect(people(extract('Anna Berg and Okafor met.', 'Okafor, a teacher, said it went well.'))).toEqual([
      'Anna Berg',
      'Okafor',
    ]);
  });

  it('does not make an organisation of a person’s full name listed beside one ("Acme Corp and Ben Lee")', () => {
    const alone = extract('Acme Corp and Ben Lee met on Tuesday.');
    expect(kindOf(alone, 'Ben Lee')).not.toBe('organisation');
    expect(kindOf(alone, 'Acme Corp')).toBe('organisation');
    const article = extract('Acme Corp and Ben Lee met on Tuesday.', 'Lee said the meeting went well.');
    expect(people(article)).toEqual(['Ben Lee']);
    expect(entity(article, 'Ben Lee').sentences).toEqual(['s1', 's2']);
    // Nor a person of a retailer named like one, when nothing else says so.
    expect(people(extract('The chain follows John Lewis and Marks & Spencer in cutting stores.'))).toEqual([]);
  });

  it('keeps a person stated to be one elsewhere, even beside an organisation', () => {
    const article = extract(
      'Finance chief Mark Delaney spoke in Delaney, Ohio.',
      'Shares of Apple Inc and Mark Delaney rose, Mark Delaney said.',
    );
    expect(people(article)).toContain('Mark Delaney');
  });

  it('reads "the Board, Gordon Flett," as a name and its appositive, not a list of organisations', () => {
    const article = extract('A man from the Board, Gordon Flett, visits twice a year.');
    expect(people(article)).toEqual(['Gordon Flett']);
    expect(people(extract('Shares of Apple Inc, Morgan Stanley and Ford Motor Co each fell 2%.'))).toEqual([]);
  });
});

describe('a full name takes the person its surname is stated to be', () => {
  /** Each name the name finder gives for `text`, as "<name>: <kind>". */
  function kinds(text: string): string[] {
    const w = wordsOf(text);
    const sentences = (w.tokens[w.tokens.length - 1]?.sentence ?? 0) + 1;
    return findMentions(w.text, w.tokens, sentences).map((m) => `${m.name}: ${m.kind}`);
  }

  it('makes a person of "Helen Marsh" when "Ms Marsh" is one, whatever its given name seemed', () => {
    expect(kinds('The committee heard from Helen Marsh. Ms Marsh said so.')).toEqual([
      'Helen Marsh: person',
      'Marsh: person',
    ]);
    expect(kinds('The committee heard from Helen Marsh Dale. Ms Dale said so.')).toEqual([
      'Helen Marsh Dale: person',
      'Dale: person',
    ]);
  });

  it('keeps a place after "in" and a name shaped like a place', () => {
    expect(kinds('The committee met in Helen Marsh. Ms Marsh said so.')).toEqual([
      'Helen Marsh: place',
      'Marsh: person',
    ]);
    expect(kinds('They crossed Calder Bridge. Mr Bridge said so.')).toEqual(['Calder Bridge: place', 'Bridge: person']);
  });
});

describe('one kind for a name, from the mentions the name finder gives', () => {
  /**
   * The kinds `agreeKinds` leaves to the names of `text`, each given as [printed, kind, extra]
   * (found where the text prints it, from the end of the one before; sentence 0 unless `extra` says).
   */
  function agreed(text: string, ...names: [string, Mention['kind'], Partial<Mention>?][]): string[] {
    let from = 0;
    const mentions = names.map(([printed, kind, extra]) => {
      const start = text.indexOf(printed, from);
      if (start < 0) throw new Error(`"${printed}" is not in the text after ${from}`);
      from = start + printed.length;
      return mentionAt(printed, start, { kind, ...extra });
    });
    agreeKinds(text, mentions);
    return mentions.map((m) => m.kind);
  }

  it('gives every unsure mention the kind most mentions read as, an organisation’s when as many read as places', () => {
    const text = 'Columbus rose. Columbus fell. Columbus is a city. Columbus again.';
    expect(
      agreed(
        text,
        ['Columbus', 'organisation'],
        ['Columbus', 'organisation'],
        ['Columbus', 'place'],
        ['Columbus', 'person'],
      ),
    ).toEqual(['organisation', 'organisation', 'place', 'organisation']);
    expect(
      agreed(text, ['Columbus', 'place'], ['Columbus', 'place'], ['Columbus', 'organisation'], ['Columbus', 'unknown']),
    ).toEqual(['place', 'place', 'organisation', 'place']);
    expect(agreed(text, ['Columbus', 'place'], ['Columbus', 'organisation'], ['Columbus', 'person'])).toEqual([
      'place',
      'organisation',
      'organisation',
    ]);
  });

  it('changes nothing when a mention states a person, or none reads as an organisation or a place', () => {
    const text = 'Columbus rose. Columbus fell.';
    expect(agreed(text, ['Columbus', 'organisation'], ['Columbus', 'person', { personEvidence: true }])).toEqual([
      'organisation',
      'person',
    ]);
    expect(agreed(text, ['Columbus', 'unknown'], ['Columbus', 'person'])).toEqual(['unknown', 'person']);
  });

  it('agrees mentions by their folded name, and only those', () => {
    expect(
      agreed(
        'COLUMBUS rose. Columbus fell. Dayton fell.',
        ['COLUMBUS', 'place'],
        ['Columbus', 'person'],
        ['Dayton', 'person'],
      ),
    ).toEqual(['place', 'place', 'person']);
  });

  it('makes a person of a full name of two or three words whose surname alone is stated to be a person’s', () => {
    const text = 'They heard Helen Marsh and Anna Kit Dale. Ms Marsh and Ms Dale spoke.';
    expect(
      agreed(
        text,
        ['Helen Marsh', 'place'],
        ['Anna Kit Dale', 'unknown'],
        ['Marsh', 'person', { personEvidence: true }],
        ['Dale', 'person', { personEvidence: true }],
      ),
    ).toEqual(['person', 'person', 'person', 'person']);
  });

  it('leaves the full name as it was when the surname’s person is a heading’s, or is no lone surname', () => {
    const text = 'They heard Helen Marsh. Ms Marsh spoke. Chair Anna Marsh spoke.';
    expect(agreed(text, ['Helen Marsh', 'place'], ['Marsh', 'person', { personEvidence: true, weak: true }])).toEqual([
      'place',
      'person',
    ]);
    expect(agreed(text, ['Helen Marsh', 'unknown'], ['Anna Marsh', 'person', { personEvidence: true }])).toEqual([
      'unknown',
      'person',
    ]);
  });

  it('reads only a lone surname as stated, not a stated full name’s given name, and leaves a lone surname’s other mentions', () => {
    expect(
      agreed(
        'They heard James Taylor. Taylor Swift spoke.',
        ['James Taylor', 'unknown'],
        ['Taylor Swift', 'person', { personEvidence: true }],
      ),
    ).toEqual(['unknown', 'person']);
    expect(
      agreed('Ms Marsh spoke. Marsh rose.', ['Marsh', 'person', { personEvidence: true }], ['Marsh', 'unknown']),
    ).toEqual(['person', 'unknown']);
  });

  it('leaves of no kind a full name paired by "and" or "&" with one unsure word, and only such a pair', () => {
    const schwab: [string, Mention['kind']] = ['Charles Schwab', 'person'];
    expect(agreed('Charles Schwab and Fidelity cut fees.', schwab, ['Fidelity', 'unknown'])).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(agreed('Charles Schwab  &  Fidelity cut fees.', schwab, ['Fidelity', 'unknown'])).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(agreed('Fidelity and Charles Schwab cut fees.', ['Fidelity', 'unknown'], schwab)).toEqual([
      'unknown',
      'unknown',
    ]);
    // The partner is no lone unsure word: two words, a kind, a given name, stated, a heading's.
    const partners: [string, Mention['kind'], Partial<Mention>?][] = [
      ['Fidelity Investments', 'unknown'],
      ['Fidelity', 'place'],
      ['Fidelity', 'unknown', { givenName: true }],
      ['Fidelity', 'unknown', { personEvidence: true }],
      ['Fidelity', 'unknown', { weak: true }],
    ];
    for (const partner of partners)
      expect(agreed(`Charles Schwab and ${partner[0]} cut fees.`, schwab, partner)[0]).toBe('person');
    // The full name is stated, one word, or no person.
    expect(
      agreed(
        'Charles Schwab and Fidelity cut fees.',
        ['Charles Schwab', 'person', { personEvidence: true }],
        ['Fidelity', 'unknown'],
      )[0],
    ).toBe('person');
    expect(agreed('Schwab and Fidelity cut fees.', ['Schwab', 'person'], ['Fidelity', 'unknown'])[0]).toBe('person');
    expect(agreed('Costa Rica and Fidelity cut fees.', ['Costa Rica', 'place'], ['Fidelity', 'unknown'])[0]).toBe(
      'place',
    );
    // Not joined by a plain "and": another sentence, a possessive, a comma, another word.
    expect(agreed('Charles Schwab and Fidelity cut fees.', schwab, ['Fidelity', 'unknown', { sentence: 1 }])[0]).toBe(
      'person',
    );
    expect(
      agreed(
        'Charles Schwab and Fidelity cut fees.',
        ['Charles Schwab', 'person', { possessive: true }],
        ['Fidelity', 'unknown'],
      )[0],
    ).toBe('person');
    expect(agreed('Charles Schwab, and Fidelity cut fees.', schwab, ['Fidelity', 'unknown'])[0]).toBe('person');
    expect(agreed('Charles Schwab and then Fidelity cut fees.', schwab, ['Fidelity', 'unknown'])[0]).toBe('person');
  });

  it('joins a list only within a sentence, after no possessive, by commas, "and", "or" or "&" alone', () => {
    const acme: [string, Mention['kind']] = ['Acme Corp', 'organisation'];
    expect(agreed('Acme Corp  and  Fidelity fell.', acme, ['Fidelity', 'unknown'])).toEqual([
      'organisation',
      'organisation',
    ]);
    expect(agreed('Acme Corp and Fidelity fell.', acme, ['Fidelity', 'unknown', { sentence: 1 }])[1]).toBe('unknown');
    expect(
      agreed(
        'Acme Corp and Fidelity fell.',
        ['Acme Corp', 'organisation', { possessive: true }],
        ['Fidelity', 'unknown'],
      )[1],
    ).toBe('unknown');
    expect(agreed('Acme Corp and then Fidelity fell.', acme, ['Fidelity', 'unknown'])[1]).toBe('unknown');
    expect(agreed('Acme Corp; and Fidelity fell.', acme, ['Fidelity', 'unknown'])[1]).toBe('unknown');
    expect(
      agreed('Acme Corp,  Lloyds and Fidelity fell.', acme, ['Lloyds', 'unknown'], ['Fidelity', 'unknown']),
    ).toEqual(['organisation', 'organisation', 'organisation']);
    // A comma alone, with or without a space, is an appositive's; a comma then "and" ends a list.
    expect(agreed('Acme Corp,Fidelity fell.', acme, ['Fidelity', 'unknown'])[1]).toBe('unknown');
    expect(agreed('Acme Corp, and Fidelity fell.', acme, ['Fidelity', 'unknown'])[1]).toBe('organisation');
    // A full name whose given name states no gender is no person's shape ("Morgan Stanley").
    expect(agreed('Acme Corp and Morgan Stanley fell.', acme, ['Morgan Stanley', 'person'])[1]).toBe('organisation');
    expect(agreed('Acme Corp; Lloyds, Fidelity fell.', acme, ['Lloyds', 'unknown'], ['Fidelity', 'unknown'])[1]).toBe(
      'unknown',
    );
  });

  it('leaves a name of four words, a place-shaped name, an organisation and a name after a place’s preposition as they were', () => {
    const stated: [string, Mention['kind'], Partial<Mention>] = ['Marsh', 'person', { personEvidence: true }];
    expect(
      agreed('They heard Anna Maria Helen Marsh. Ms Marsh spoke.', ['Anna Maria Helen Marsh', 'unknown'], stated),
    ).toEqual(['unknown', 'person']);
    expect(agreed('They crossed Port Marsh. Ms Marsh spoke.', ['Port Marsh', 'unknown'], stated)).toEqual([
      'unknown',
      'person',
    ]);
    expect(
      agreed('They sold Helen Marsh. Ms Marsh spoke. Helen Marsh fell.', ['Helen Marsh', 'unknown'], stated, [
        'Helen Marsh',
        'organisation',
      ]),
    ).toEqual(['organisation', 'person', 'organisation']);
    expect(agreed('They met throughout Helen Marsh. Ms Marsh spoke.', ['Helen Marsh', 'unknown'], stated)).toEqual([
      'unknown',
      'person',
    ]);
    expect(agreed('In Helen Marsh they met. Ms Marsh spoke.', ['Helen Marsh', 'unknown'], stated)).toEqual([
      'unknown',
      'person',
    ]);
    // The preposition must end right before the name, as a word of its own.
    expect(agreed('Twin Helen Marsh spoke. Ms Marsh spoke.', ['Helen Marsh', 'unknown'], stated)).toEqual([
      'person',
      'person',
    ]);
    expect(
      agreed('In the long, long view, Helen Marsh spoke. Ms Marsh spoke.', ['Helen Marsh', 'unknown'], stated),
    ).toEqual(['person', 'person']);
  });

  it('makes an organisation of an unsure name listed beside one, by "and", "or", "&", or commas ending in "and"', () => {
    expect(
      agreed('Morgan Stanley and Goldman Sachs fell.', ['Morgan Stanley', 'person'], ['Goldman Sachs', 'organisation']),
    ).toEqual(['organisation', 'organisation']);
    expect(
      agreed('Goldman Sachs or Morgan Stanley fell.', ['Goldman Sachs', 'organisation'], ['Morgan Stanley', 'unknown']),
    ).toEqual(['organisation', 'organisation']);
    expect(agreed('Marks & Spencer fell.', ['Marks', 'person'], ['Spencer', 'organisation'])).toEqual([
      'organisation',
      'organisation',
    ]);
    expect(
      agreed(
        'Barclays, Lloyds, Santander and NatWest fell.',
        ['Barclays', 'unknown'],
        ['Lloyds', 'person'],
        ['Santander', 'unknown'],
        ['NatWest', 'organisation'],
      ),
    ).toEqual(['organisation', 'organisation', 'organisation', 'organisation']);
  });

  it('reads two names and a comma alone as a name and its appositive, and keeps people, places and other sentences apart', () => {
    expect(agreed('The Board, Gordon Flett, visits.', ['Board', 'organisation'], ['Gordon Flett', 'person'])).toEqual([
      'organisation',
      'person',
    ]);
    expect(agreed('Apple, Gordon Flett.', ['Apple', 'organisation'], ['Gordon Flett', 'person'])).toEqual([
      'organisation',
      'person',
    ]);
    expect(
      agreed(
        'Apple and Mark Delaney rose.',
        ['Apple', 'organisation'],
        ['Mark Delaney', 'person', { personEvidence: true }],
      ),
    ).toEqual(['organisation', 'person']);
    expect(agreed('Apple and Ohio rose.', ['Apple', 'organisation'], ['Ohio', 'place'])).toEqual([
      'organisation',
      'place',
    ]);
    expect(
      agreed(
        'Apple fell. And Mark Delaney rose.',
        ['Apple', 'organisation'],
        ['Mark Delaney', 'person', { sentence: 1 }],
      ),
    ).toEqual(['organisation', 'person']);
    expect(
      agreed(
        'Mark Delaney’s and Apple’s shares rose.',
        ['Mark Delaney', 'person', { possessive: true }],
        ['Apple', 'organisation'],
      ),
    ).toEqual(['person', 'organisation']);
    expect(agreed('Apple then Mark Delaney rose.', ['Apple', 'organisation'], ['Mark Delaney', 'person'])).toEqual([
      'organisation',
      'person',
    ]);
  });
});
