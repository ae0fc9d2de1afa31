import { describe, expect, it } from 'vitest';
import { extract, people } from '../../helpers/extraction';

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
