import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/extraction/names';
import { entity, extract, kindOf, people } from '../../helpers/extraction';
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
