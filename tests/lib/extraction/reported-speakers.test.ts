import { describe, expect, it } from 'vitest';
import { attribute } from '../../helpers/attribution';

const org = (name: string) => ({ name, kind: 'organisation' as const });

describe('"the board said": the one organisation named by that noun', () => {
  const later = ['Farmers protested in Accra.', 'Prices fell again in the summer.'];
  const said = '“We will review the price every quarter,” the board said.';

  it('reaches back past the paragraphs a company is looked for in', () => {
    const article = attribute(
      ['The Ghana Cocoa Marketing Board set the price in March.', ...later, said],
      [org('Ghana Cocoa Marketing Board')],
    );
    expect(article.speakerOf('We will review')).toBe('Ghana Cocoa Marketing Board');
  });

  it('gives no speaker when two boards were named', () => {
    const article = attribute(
      ['The Ghana Cocoa Marketing Board set the price. The Ivory Coast Coffee Board did not.', ...later, said],
      [org('Ghana Cocoa Marketing Board'), org('Ivory Coast Coffee Board')],
    );
    expect(article.speakerOf('We will review')).toBeUndefined();
  });
});

describe('"the company said": the one organisation reported speaking just before', () => {
  const working = '“We are working closely with regulators,” the company said.';
  const both = [org('Northway Nutrition'), org('Food Inspection Agency')];

  it('takes the company the paragraph before reports, over an agency it merely names', () => {
    const article = attribute(
      [
        'Northway Nutrition said in a statement that the recall was precautionary. The Food Inspection Agency is looking into it.',
        working,
      ],
      both,
    );
    expect(article.speakerOf('We are working')).toBe('Northway Nutrition');
  });

  it('does not give "the company" to an agency reported speaking, but does give it "the agency"', () => {
    const paragraph =
      'The Food Inspection Agency said in a statement that the recall was precautionary. Northway Nutrition is looking into it.';
    expect(attribute([paragraph, working], both).speakerOf('We are working')).toBeUndefined();
    const agency = '“We are working closely with the company,” the agency said.';
    expect(attribute([paragraph, agency], both).speakerOf('We are working')).toBe('Food Inspection Agency');
  });
});

describe('a paragraph of quotation after a paragraph that reports one person', () => {
  const baby = '“She’s just a baby and she needs her medicine.”';

  it('goes to the one person the paragraph before reports speaking', () => {
    expect(attribute(['Linh Pham says the family has been waiting.', baby], ['Linh Pham']).speakerOf('She’s')).toBe(
      'Linh Pham',
    );
  });

  it('goes to nobody when the report is by someone of that person’s ("Linh Pham’s husband says")', () => {
    const article = attribute(['Linh Pham’s husband says the family has been waiting.', baby], ['Linh Pham']);
    expect(article.speakerOf('She’s')).toBeUndefined();
  });

  it('goes to nobody when another person is named after the report', () => {
    const article = attribute(
      ['Linh Pham says the family has been waiting. Dr Ana Ruiz disagrees.', baby],
      ['Linh Pham', 'Ana Ruiz'],
    );
    expect(article.speakerOf('She’s')).toBeUndefined();
  });
});

describe('"she said" after two people its paragraph reports speaking', () => {
  it('takes the one reported nearest, when nobody else was named since', () => {
    const article = attribute(
      [
        '“We need more beds,” Delacroix said. Hodge said she supported more beds. “We cannot wait for the budget,” she said.',
      ],
      [
        { name: 'Delacroix', gender: 'female' },
        { name: 'Hodge', gender: 'female' },
      ],
    );
    expect(article.speakerOf('We cannot wait')).toBe('Hodge');
  });
});

describe('a quote sentence after sentences of its paragraph about one person', () => {
  it('goes to the one person those sentences report speaking', () => {
    const article = attribute(
      ['Mayor Ani Te Whata said people should stay away. “The best thing is to stay home tonight.”'],
      ['Ani Te Whata'],
    );
    expect(article.speakerOf('The best thing')).toBe('Ani Te Whata');
  });

  it('goes to the one person named, when the name opens its sentence, not when it ends it', () => {
    const quote = '“We have heard that before, many times.”';
    expect(attribute([`Mr Leota was unmoved. ${quote}`], ['Leota']).speakerOf('We have')).toBe('Leota');
    expect(attribute([`The crowd booed Mr Leota. ${quote}`], ['Leota']).speakerOf('We have')).toBeUndefined();
  });

  it('goes to the name that opens the paragraph, and past the full stop after a closing mark', () => {
    const quote = '“We have heard that before, many times.”';
    expect(attribute([`Leota was unmoved. ${quote}`], ['Leota']).speakerOf('We have')).toBe('Leota');
    const stopOutside = 'Mr Leota was unmoved. “We have heard that before, many times”.';
    expect(attribute([stopOutside], ['Leota']).speakerOf('We have')).toBe('Leota');
  });

  it('goes to nobody when those sentences name two people', () => {
    const article = attribute(['Mr Leota met Ms Reid. “We have heard that before, many times.”'], ['Leota', 'Reid']);
    expect(article.speakerOf('We have')).toBeUndefined();
  });

  it('goes to nobody when the quote’s own sentence says what spoke it ("read a sign")', () => {
    const article = attribute(['Mr Leota was unmoved. “Justice at last for all of us,” read a sign.'], ['Leota']);
    expect(article.speakerOf('Justice at last')).toBeUndefined();
  });
});
