import { describe, expect, it } from 'vitest';
import { extract, kindOf, people } from '../../helpers/extraction';

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
