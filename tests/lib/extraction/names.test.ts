import { describe, expect, it } from 'vitest';
import { extract, people, roleOf, speakerOf } from '../../helpers/extraction';

describe('finding names', () => {
  it('finds a person compromise does not know after a title', () => {
    const article = extract('Turkey’s Foreign Minister Hakan Fidan opened the session.');
    expect(people(article)).toEqual(['Hakan Fidan']);
  });

  it('does not take a sentence opener or a day into the name', () => {
    const article = extract('However Vladimir Putin stayed away on Friday. But Donald Trump spoke Thursday.');
    expect(people(article)).toEqual(['Vladimir Putin', 'Donald Trump']);
  });

  it('does not take the title into the name', () => {
    expect(people(extract('NATO Secretary General Mark Rutte called it a mistake.'))).toEqual(['Mark Rutte']);
  });

  it('ignores names in a headline-case heading the prose never mentions', () => {
    const article = extract('Jon Sopel Reports From Washington Today', 'The president seemed confident.');
    expect(people(article)).toEqual([]);
  });

  it('never makes a person of a lone given name without a title', () => {
    expect(people(extract('It was Hakan who arrived late, and then Hakan left.'))).toEqual([]);
  });

  it('does not find "us" or common words', () => {
    expect(people(extract('Let us be clear: the US will act, and so will we.'))).toEqual([]);
  });
});

describe('finding names: what is not a name', () => {
  it('does not make a person of title words alone ("Mr Speaker", "Labour MP")', () => {
    expect(people(extract('“Order, order,” Mr Speaker called, and the town’s Labour MP, Anita Rowe, sat.'))).toEqual([
      'Anita Rowe',
    ]);
  });

  it('does not take a verb opening a quotation into a name', () => {
    const article = extract(
      'Colin Brewer runs the harbour.',
      '“Tell Colin the slipway stays where it is,” she said to the reporter.',
    );
    expect(people(article)).toEqual(['Colin Brewer']);
  });

  it('keeps a plural inside an organisation’s name', () => {
    const article = extract('Jessica Oyelaran, a lobbyist for the Regional Freight Carriers Association, disagreed.');
    expect(article.entities.map((e) => e.name)).toContain('Regional Freight Carriers Association');
  });

  it('does not end a name at an abbreviated title’s full stop ("Det. Insp. Tamsin Orrell")', () => {
    const article = extract('Det. Insp. Tamsin Orrell led the inquiry.');
    expect(people(article)).toEqual(['Tamsin Orrell']);
    expect(roleOf(article, 'Tamsin Orrell')).toBe('Det. Insp');
  });

  it('does not take a US lawmaker’s party and state for a name ("R-Texas")', () => {
    const article = extract(
      'Rep. Curtis Vanlandingham, R-Texas, called the bill “a giveaway to the biggest agribusinesses” and voted no.',
    );
    expect(article.entities.map((e) => e.name)).not.toContain('R-Texas');
    expect(speakerOf(article, 'a giveaway')).toBe('Curtis Vanlandingham');
  });
});
