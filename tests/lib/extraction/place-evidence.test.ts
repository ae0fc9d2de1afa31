import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/extraction/mention';
import { isPlaceShaped, placesByContext } from '../../../lib/extraction/place-evidence';
import { extract, kindOf, people } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';
import { wordsOf } from '../../helpers/tokens';

describe('a name shaped like a place’s', () => {
  it('opens with a place’s word or ends with one, in any case', () => {
    expect(isPlaceShaped(['Port', 'Talbot'])).toBe(true);
    expect(isPlaceShaped(['Calder', 'Bridge'])).toBe(true);
    expect(isPlaceShaped(['LOCH', 'NESS'])).toBe(true);
    expect(isPlaceShaped(['Fore', 'STREET'])).toBe(true);
  });

  it('is not one word alone, nor a name with the place’s word inside it', () => {
    expect(isPlaceShaped(['Bridge'])).toBe(false);
    expect(isPlaceShaped(['Port'])).toBe(false);
    expect(isPlaceShaped(['Helen', 'Marsh'])).toBe(false);
    expect(isPlaceShaped(['Anna', 'Port', 'Talbot'])).toBe(false);
    expect(isPlaceShaped([])).toBe(false);
  });
});

describe('a place by what the sentence says around the name', () => {
  /**
   * The kinds `placesByContext` leaves to the names of `sentence` (each given as its words), all
   * read as unknown before unless `extra` says otherwise for that name.
   */
  function kinds(sentence: string, names: string[], extra: Record<string, Partial<Mention>> = {}) {
    const w = wordsOf(...sentence.split(' ¶ '));
    const mentions = names.map((name) => {
      const words = name.split(' ');
      const first = w.at(words[0] as string);
      const last = first + words.length - 1;
      const start = (w.tokens[first] as { start: number }).start;
      return mentionAt(name, start, {
        kind: 'unknown',
        first,
        last,
        runFirst: first,
        sentence: (w.tokens[first] as { sentence: number }).sentence,
        ...extra[name],
      });
    });
    placesByContext(w.text, w.tokens, mentions);
    return mentions.map((m) => m.kind);
  }

  it('makes a place of a name right after "in", "near" or "outside"', () => {
    expect(kinds('Over 2,000 people gathered in Santa Clara.', ['Santa Clara'])).toEqual(['place']);
    expect(kinds('They camped near Ellis Rowe.', ['Ellis Rowe'])).toEqual(['place']);
    expect(kinds('They camped OUTSIDE Ellis Rowe.', ['Ellis Rowe'])).toEqual(['place']);
  });

  it('makes a place of a US state as AP style abbreviates it after a town, whatever follows it', () => {
    expect(
      kinds('She grew up in Edison, N.J., the daughter of a pharmacist.', ['Edison', 'N.J.'], {
        'N.J.': { personEvidence: true },
      }),
    ).toEqual(['place', 'place']);
    expect(kinds('Rockport, Ill., is small.', ['Rockport', 'Ill'])[1]).toBe('place');
    expect(kinds('Anna Berg, Ind., spoke.', ['Anna Berg', 'Ind'])[1]).toBe('place');
    // Not after a full stop or an "and", and not a word that only begins like a state.
    expect(kinds('He met Anna Berg and Ind. Lee.', ['Anna Berg', 'Ind'])[1]).toBe('unknown');
    expect(kinds('Edison, Minnow, spoke.', ['Edison', 'Minnow'])[1]).toBe('unknown');
  });

  it('makes no place of a name another word, a bracket or a sentence break parts from "in"', () => {
    expect(kinds('They camped in May with Ellis Rowe.', ['Ellis Rowe'])).toEqual(['unknown']);
    expect(kinds('They camped in (Ellis Rowe) for a week.', ['Ellis Rowe'])).toEqual(['unknown']);
    expect(kinds('Nobody was let in ¶ Ellis Rowe waited outside.', ['Ellis Rowe'])).toEqual(['unknown']);
  });

  it('keeps a name a person’s evidence, a possessive or an organisation’s kind states', () => {
    expect(kinds('She sat in Ellis Rowe’s chair.', ['Ellis Rowe'], { 'Ellis Rowe': { possessive: true } })).toEqual([
      'unknown',
    ]);
    expect(kinds('He spoke in Ellis Rowe.', ['Ellis Rowe'], { 'Ellis Rowe': { personEvidence: true } })).toEqual([
      'unknown',
    ]);
    expect(kinds('He works in Acme Corp.', ['Acme Corp'], { 'Acme Corp': { kind: 'organisation' } })).toEqual([
      'organisation',
    ]);
  });

  it('makes a place of where someone is from: ", of …" and ", 34, from …" or a role noun’s "from"', () => {
    expect(kinds('John Holloway, of Fore Street, was fined.', ['John Holloway', 'Fore Street'])).toEqual([
      'unknown',
      'place',
    ]);
    expect(kinds('Liam Price, 34, from Plympton, clung to the door.', ['Liam Price', 'Plympton'])).toEqual([
      'unknown',
      'place',
    ]);
    expect(kinds('A student from Lewisham died.', ['Lewisham'])).toEqual(['place']);
  });

  it('makes no place of the object of "of" without a comma, nor of "from" after another word', () => {
    expect(kinds('He is the mayor of Ellis Rowe.', ['Ellis Rowe'])).toEqual(['unknown']);
    expect(kinds('She came home from Ellis Rowe.', ['Ellis Rowe'])).toEqual(['unknown']);
    expect(kinds('Liam Price, 1034, from Plympton, clung to the door.', ['Liam Price', 'Plympton'])).toEqual([
      'unknown',
      'unknown',
    ]);
  });

  it('makes a place of a name listed after a place, but not of a full name that is a person’s', () => {
    expect(
      kinds('They gathered in Santa Clara, Toronto and Brussels.', ['Santa Clara', 'Toronto', 'Brussels']),
    ).toEqual(['place', 'place', 'place']);
    expect(
      kinds('He scored against Saint Ambrose, and Jada Forbes had 10.', ['Saint Ambrose', 'Jada Forbes'], {
        'Saint Ambrose': { kind: 'place' },
        'Jada Forbes': { kind: 'person' },
      }),
    ).toEqual(['place', 'person']);
    expect(
      kinds('He scored against Saint Ambrose; Toronto had 10.', ['Saint Ambrose', 'Toronto'], {
        'Saint Ambrose': { kind: 'place' },
      }),
    ).toEqual(['place', 'unknown']);
  });

  it('makes no place of a name after "in" and a comma: the comma ends the place', () => {
    expect(kinds('Everyone joined in, Ellis Rowe said.', ['Ellis Rowe'])).toEqual(['unknown']);
  });

  it('lists a one-word name compromise read as a person’s among places, and a full name of no kind', () => {
    expect(
      kinds('They gathered in Santa Clara, Toronto and Brussels.', ['Santa Clara', 'Toronto', 'Brussels'], {
        Toronto: { kind: 'person' },
      }),
    ).toEqual(['place', 'place', 'place']);
    expect(
      kinds('They gathered in Toronto, Santa Clara and Brussels.', ['Toronto', 'Santa Clara', 'Brussels']),
    ).toEqual(['place', 'place', 'place']);
  });

  it('starts no list of places after a name that is not a place, nor across other words', () => {
    expect(kinds('They met Ellis Rowe, Toronto and Brussels.', ['Ellis Rowe', 'Toronto', 'Brussels'])).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(kinds('They gathered in Santa Clara with friends, Toronto said.', ['Santa Clara', 'Toronto'])).toEqual([
      'place',
      'unknown',
    ]);
    expect(kinds('They gathered in Santa Clara, then Toronto left.', ['Santa Clara', 'Toronto'])).toEqual([
      'place',
      'unknown',
    ]);
  });
});

describe('a place joined to another by "or"', () => {
  it('reads "Thompson" in "people in Churchill or Thompson" as a place, not a person', () => {
    const article = extract('People in Churchill or Thompson should not have to wait three weeks.');
    expect(people(article)).toEqual([]);
    expect(kindOf(article, 'Thompson')).toBe('place');
  });
});
