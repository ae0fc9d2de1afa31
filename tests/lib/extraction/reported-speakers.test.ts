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

describe('"the company said" after organisations reported speaking (organisationReportedBefore)', () => {
  const working = '“We are working closely with regulators,” the company said.';

  it('takes the agency reported speaking for "the agency", when two agencies were named', () => {
    const article = attribute(
      [
        'The Food Inspection Agency said in a statement that the recall was precautionary. The Drug Safety Agency is looking into it.',
        '“We are working closely with the company,” the agency said.',
      ],
      [org('Food Inspection Agency'), org('Drug Safety Agency')],
    );
    expect(article.speakerOf('We are working')).toBe('Food Inspection Agency');
  });

  it('takes a company reported earlier in the quote’s own paragraph', () => {
    const article = attribute(
      [`Northway Nutrition said it had recalled the bars after the Food Inspection Agency found peanuts. ${working}`],
      [org('Northway Nutrition'), org('Food Inspection Agency')],
    );
    expect(article.speakerOf('We are working')).toBe('Northway Nutrition');
  });

  it('does not reach a report two paragraphs back', () => {
    const article = attribute(
      [
        'Northway Nutrition said in a statement that the recall was precautionary.',
        'The Food Inspection Agency is looking into it.',
        working,
      ],
      [org('Northway Nutrition'), org('Food Inspection Agency')],
    );
    expect(article.speakerOf('We are working')).toBeUndefined();
  });

  it('does not take a person reported speaking for "the company"', () => {
    const article = attribute(
      [
        'Northway Nutrition withdrew the bars after the Food Inspection Agency found peanuts. Jo Marsh said the recall was precautionary.',
        working,
      ],
      [org('Northway Nutrition'), org('Food Inspection Agency'), 'Jo Marsh'],
    );
    expect(article.speakerOf('We are working')).toBeUndefined();
  });

  it('passes over an organisation name left unresolved for the one that is', () => {
    const article = attribute(
      ['Northway said the bars were safe. Northway Nutrition said the recall was precautionary.', working],
      [{ name: 'Northway', kind: 'organisation', unresolved: true }, org('Northway Nutrition')],
    );
    expect(article.speakerOf('We are working')).toBe('Northway Nutrition');
  });

  it('gives no speaker when two organisations were reported speaking', () => {
    const article = attribute(
      [
        'Northway Nutrition said the recall was precautionary. Fellside Foods said it had stopped selling the bars.',
        working,
      ],
      [org('Northway Nutrition'), org('Fellside Foods')],
    );
    expect(article.speakerOf('We are working')).toBeUndefined();
  });
});

describe('a paragraph of quotation after a paragraph that reports one person (reporterBefore)', () => {
  const baby = '“She’s just a baby and she needs her medicine.”';
  const says = 'Linh Pham says the family has been waiting.';

  it('goes to nobody when the paragraph before reports an organisation, not a person', () => {
    const article = attribute(
      ['Northway Hospital says the family has been waiting.', baby],
      [org('Northway Hospital')],
    );
    expect(article.speakerOf('She’s')).toBeUndefined();
  });

  it('goes to nobody when that paragraph names another person before the report', () => {
    const article = attribute([`Ana Ruiz runs the clinic. ${says}`, baby], ['Linh Pham', 'Ana Ruiz']);
    expect(article.speakerOf('She’s')).toBeUndefined();
  });

  it('is not put off by people named in other paragraphs, organisations, or someone’s possession', () => {
    const before = attribute(['Ana Ruiz runs the clinic.', says, baby], ['Linh Pham', 'Ana Ruiz']);
    expect(before.speakerOf('She’s')).toBe('Linh Pham');
    const after = attribute([says, baby, 'Ana Ruiz runs the clinic.'], ['Linh Pham', 'Ana Ruiz']);
    expect(after.speakerOf('She’s')).toBe('Linh Pham');
    const body = attribute(
      ['Linh Pham says the family has been waiting for Northway Hospital.', baby],
      ['Linh Pham', org('Northway Hospital')],
    );
    expect(body.speakerOf('She’s')).toBe('Linh Pham');
    const possession = attribute(
      ['At Ana Ruiz’s clinic, Linh Pham says the family has been waiting.', baby],
      ['Linh Pham', 'Ana Ruiz'],
    );
    expect(possession.speakerOf('She’s')).toBe('Linh Pham');
  });

  it('gives "she said" nobody reported before when another woman is named in its paragraph first', () => {
    const article = attribute(
      [says, 'Ana Ruiz runs the clinic. “We have no beds left for anyone,” she said.'],
      [
        { name: 'Linh Pham', gender: 'female' },
        { name: 'Ana Ruiz', gender: 'female' },
      ],
    );
    expect(article.speakerOf('We have no beds')).toBe('Ana Ruiz');
  });

  it('gives "she said" nobody the paragraph before reports when he is a man', () => {
    const article = attribute(
      ['Tom Nguyen said the cafe would close.', '“We will reopen in the spring,” she said.'],
      [{ name: 'Tom Nguyen', gender: 'male' }],
    );
    expect(article.speakerOf('We will reopen')).toBeUndefined();
  });
});

describe('"she said" after two people its paragraph reports speaking (nearestReporter)', () => {
  const delacroix = '“We need more beds,” Delacroix said.';
  const two = (paragraph: string, more: { name: string; gender?: 'male' | 'female'; kind?: 'organisation' }[] = []) =>
    attribute([paragraph], [{ name: 'Delacroix', gender: 'female' }, { name: 'Hodge', gender: 'female' }, ...more]);

  it('takes no reporter two sentences before the quote’s', () => {
    const article = two(
      `${delacroix} Hodge said she supported more beds. The council met on Monday. “We cannot wait for the budget,” she said.`,
    );
    expect(article.speakerOf('We cannot wait')).toBeUndefined();
  });

  it('takes the nearest person reported, not an organisation reported after them', () => {
    const article = two(
      `${delacroix} Hodge said she supported more beds, and Bexley Council said it had none. “We cannot wait for the budget,” she said.`,
      [{ name: 'Bexley Council', kind: 'organisation' }],
    );
    expect(article.speakerOf('We cannot wait')).toBe('Hodge');
  });

  it('takes no reporter of the other gender', () => {
    const article = attribute(
      ['Hodge said he supported more beds. “We cannot wait for the budget,” she said.'],
      [{ name: 'Hodge', gender: 'male' }],
    );
    expect(article.speakerOf('We cannot wait')).toBeUndefined();
  });

  it('takes nobody when another person is named after the report, and minds no organisation or later name', () => {
    const named = two(
      `${delacroix} Hodge said she supported more beds, as Okafor had. “We cannot wait for the budget,” she said.`,
      [{ name: 'Okafor' }],
    );
    expect(named.speakerOf('We cannot wait')).toBeUndefined();
    const body = two(
      `${delacroix} Hodge said she supported more beds at Bexley Council. “We cannot wait for the budget,” she said.`,
      [{ name: 'Bexley Council', kind: 'organisation' }],
    );
    expect(body.speakerOf('We cannot wait')).toBe('Hodge');
    const later = two(
      `${delacroix} Hodge said she supported more beds. “We cannot wait for the budget,” she said, and Okafor agreed.`,
      [{ name: 'Okafor' }],
    );
    expect(later.speakerOf('We cannot wait')).toBe('Hodge');
    const again = two(
      `${delacroix} Hodge said she supported more beds, as Hodge always had. “We cannot wait for the budget,” she said.`,
    );
    expect(again.speakerOf('We cannot wait')).toBe('Hodge');
  });
});

describe('a quote sentence after sentences of its paragraph about one person (speakerEarlierInParagraph)', () => {
  const quote = '“We have heard that before, many times.”';
  const leota = (paragraphs: string[], more: (string | { name: string; kind: 'organisation' })[] = []) =>
    attribute(paragraphs, ['Leota', ...more]).speakerOf('We have');

  it('goes to the one person reported speaking there, wherever the name stands in its sentence', () => {
    const article = attribute(
      ['After the meeting, Ani Te Whata said people should stay away. “The best thing is to stay home tonight.”'],
      ['Ani Te Whata'],
    );
    expect(article.speakerOf('The best thing')).toBe('Ani Te Whata');
  });

  it('counts only the people named in the quote’s paragraph before it, not an organisation', () => {
    expect(leota([`Mr Leota left Fellside Water. ${quote}`], [{ name: 'Fellside Water', kind: 'organisation' }])).toBe(
      'Leota',
    );
    expect(leota(['Ms Reid spoke first.', `Mr Leota was unmoved. ${quote}`], ['Reid'])).toBe('Leota');
    expect(leota([`Mr Leota was unmoved. ${quote} Ms Reid left early.`], ['Reid'])).toBe('Leota');
  });

  it('goes to nobody when the name that opens a sentence is a possessive, or opens none', () => {
    expect(leota([`Mr Leota’s wife was unmoved. ${quote}`])).toBeUndefined();
    expect(leota([`The crowd booed Mr Leota. It was loud. ${quote}`])).toBeUndefined();
  });
});
