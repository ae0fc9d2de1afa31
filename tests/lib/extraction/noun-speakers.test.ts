import { describe, expect, it } from 'vitest';
import { attribute } from '../../helpers/attribution';
import { extract, roleOf, speakerOf } from '../../helpers/extraction';

describe('a role noun at its second mention ("the analyst said")', () => {
  it('gives "the analyst said" to the one person stated as "an analyst at Y", after a paragraph naming two women', () => {
    const article = extract(
      'Shares fell. Joanna Petrakis, a transport analyst at Helmfield Capital, downgraded the stock.',
      'Petrakis and Lorna Quade argued about costs on a call last spring.',
      '“She promised us the planes were sound,” the analyst said. “I would like to hear that again.”',
    );
    expect(speakerOf(article, 'She promised us')).toBe('Joanna Petrakis');
  });

  it('gives "the statistician said" to the one person stated as a statistician, a profession no list holds', () => {
    const article = extract(
      'The errors were spotted by Dr Ines Falkner, a statistician at the University of Tarrow.',
      'Falkner and Owen Brightman traded emails for a year.',
      '“He always said the files were on an old laptop,” the statistician said.',
    );
    expect(speakerOf(article, 'He always said')).toBe('Ines Falkner');
  });

  it('gives no speaker when two people hold the role', () => {
    const article = extract(
      'Joanna Petrakis, a transport analyst at Helmfield Capital, and Rupert Vane, an analyst at Corran Bank, both cut their ratings.',
      '“The fleet is the business,” the analyst said.',
    );
    expect(speakerOf(article, 'The fleet is the business')).toBeUndefined();
  });
});

describe('a title of several words at its second mention ("the chief executive said")', () => {
  it('gives “Asked …, the chief executive said: “…”” to the one person stated as chief executive', () => {
    const article = extract(
      'Hannelore Baptiste, chief executive of Tarrow Ferries, said the strike was unlawful.',
      'Mirela Stone, the union’s regional organiser, said it was not.',
      'Asked whether she would step down, the chief executive said: “Not while the boats are tied up.”',
    );
    expect(speakerOf(article, 'Not while the boats')).toBe('Hannelore Baptiste');
  });
});

// The same rule on names and roles given by hand (tests/helpers/attribution.ts).
describe('"the analyst said" on given names and roles', () => {
  const fleet = '“The fleet is the business,” the analyst said.';
  const speaker = (role: string, paragraphs = ['Joanna Petrakis downgraded the stock.', fleet]) =>
    attribute(paragraphs, ['Joanna Petrakis'], { roles: new Map([['Joanna Petrakis', role]]) }).speakerOf('The fleet');

  it('is the one person whose role ends in the noun, or has it before "at", "with", …', () => {
    expect(speaker('chief analyst')).toBe('Joanna Petrakis');
    expect(speaker('transport analyst at Helmfield Capital')).toBe('Joanna Petrakis');
    expect(speaker('analyst with Helmfield')).toBe('Joanna Petrakis');
  });

  it('is nobody whose role only holds the word elsewhere', () => {
    expect(speaker('analysts’ favourite')).toBeUndefined();
    expect(speaker('analyst, Helmfield')).toBeUndefined();
  });

  it('is nobody named only after the quote', () => {
    expect(speaker('analyst', ['“The fleet is the business,” the analyst said. Joanna Petrakis agreed.'])).toBe(
      undefined,
    );
  });

  it('reads the noun in any case, and a profession by its ending ("the statistician")', () => {
    expect(speaker('analyst', ['Joanna Petrakis downgraded the stock.', fleet.replace('analyst', 'Analyst')])).toBe(
      'Joanna Petrakis',
    );
    const statistician = fleet.replace('analyst', 'statistician');
    expect(speaker('statistician at Tarrow', ['Joanna Petrakis downgraded the stock.', statistician])).toBe(
      'Joanna Petrakis',
    );
  });

  it('is nobody when two people hold the role', () => {
    const roles = new Map([
      ['Joanna Petrakis', 'transport analyst'],
      ['Rupert Vane', 'analyst'],
    ]);
    const article = attribute(
      ['Joanna Petrakis and Rupert Vane cut their ratings.', fleet],
      ['Joanna Petrakis', 'Rupert Vane'],
      {
        roles,
      },
    );
    expect(article.speakerOf('The fleet')).toBeUndefined();
  });
});

describe('"the spokesman said" on given names', () => {
  const water = [{ name: 'Fellside Water', kind: 'organisation' as const }];

  it('speaks for the organisation whose spokesman or spokeswoman was introduced', () => {
    for (const noun of ['spokesman', 'spokeswoman']) {
      const article = attribute(
        [`A Fellside Water ${noun} said prices would rise.`, `“We are investing in new pipes,” the ${noun} said.`],
        water,
      );
      expect(article.speakerOf('We are'), noun).toBe('Fellside Water');
    }
  });

  it('is not a person whose role is "spokesman"', () => {
    const article = attribute(
      ['Joanna Petrakis downgraded the stock.', '“The fleet is the business,” the spokesman said.'],
      ['Joanna Petrakis'],
      { roles: new Map([['Joanna Petrakis', 'spokesman']]) },
    );
    expect(article.speakerOf('The fleet')).toBeUndefined();
  });
});

describe('"the analyst said": the role must hold the noun as a word of its own', () => {
  it('is nobody whose role only ends in the noun’s letters ("psychoanalyst")', () => {
    const article = attribute(
      ['Joanna Petrakis downgraded the stock.', '“The fleet is the business,” the analyst said.'],
      ['Joanna Petrakis'],
      { roles: new Map([['Joanna Petrakis', 'psychoanalyst']]) },
    );
    expect(article.speakerOf('The fleet')).toBeUndefined();
  });
});

describe('the rule the audit names for a common-noun speaker', () => {
  it('is the role, the spokesperson or the organisation rule, by the noun', () => {
    const ruleOf = (paragraphs: string[], named: Parameters<typeof attribute>[1], roles = new Map<string, string>()) =>
      attribute(paragraphs, named, { roles }).quotes[0]?.rule;
    const water = [{ name: 'Fellside Water', kind: 'organisation' as const }];
    const analyst = ruleOf(
      ['Joanna Petrakis downgraded the stock.', '“The fleet is the business,” the analyst said.'],
      ['Joanna Petrakis'],
      new Map([['Joanna Petrakis', 'analyst']]),
    );
    expect(analyst).toBe('noun: role at second mention');
    const spokesman = ruleOf(
      ['A Fellside Water spokesman said prices would rise.', '“We are investing in new pipes,” the spokesman said.'],
      water,
    );
    expect(spokesman).toBe('noun: spokesperson');
    const company = ruleOf(
      ['Fellside Water raised prices.', '“We are investing in new pipes,” the company said.'],
      water,
    );
    expect(company).toBe('noun: organisation');
  });
});

describe('"the spokesman said" after a spokesman introduced late in a sentence', () => {
  it('speaks for the organisation whose spokesman is introduced after other words', () => {
    const article = attribute(
      [
        'Prices will rise next year, a Fellside Water spokesman said.',
        '“We are investing in new pipes,” the spokesman said.',
      ],
      [{ name: 'Fellside Water', kind: 'organisation' as const }],
    );
    expect(article.speakerOf('We are')).toBe('Fellside Water');
  });
});

describe('"the spokesman said" only for the organisation the spokesman directly follows', () => {
  it('is not an organisation named just before another body’s spokesman ("fined Fellside Water £2m, a spokesman for …")', () => {
    const article = attribute(
      [
        'The regulator fined Fellside Water £2m, a spokesman for the regulator said.',
        '“We expect better from every company,” the spokesman said.',
      ],
      [{ name: 'Fellside Water', kind: 'organisation' as const }],
    );
    expect(article.speakerOf('We expect')).toBeUndefined();
  });
});

describe('"it said" after a quote', () => {
  it('speaks for the one organisation in reach, as "the company said" does', () => {
    const article = extract(
      'The National Environment Agency said in a statement that it would offer interim stalls.',
      '“Priority will be given to those who have been operating at the centre the longest,” it said.',
    );
    expect(speakerOf(article, 'Priority will be given')).toBe('National Environment Agency');
  });

  it('speaks for no person, and for nobody when two organisations are in reach', () => {
    const person = extract('Anna Berg, a baker, said the rent had doubled.', '“We cannot go on like this,” it said.');
    expect(speakerOf(person, 'We cannot go on')).toBeUndefined();
    const two = extract(
      'Fellside Water and Harcourt Estates both issued statements.',
      '“We are investing in new pipes,” it said.',
    );
    expect(speakerOf(two, 'We are investing')).toBeUndefined();
  });
});

describe('a role first stated with the quote ("the analyst said")', () => {
  it('gives the quote to the one person just introduced without a role, and that role to her', () => {
    const article = extract(
      'Rachel Okonjo, of the Kingsmead Institute, said the outage showed how little slack was left. “Most trusts are one bad upgrade away from a weekend like this,” the analyst said.',
    );
    expect(speakerOf(article, 'Most trusts')).toBe('Rachel Okonjo');
    expect(roleOf(article, 'Rachel Okonjo')).toBe('analyst');
  });

  it('reads "said the health-policy analyst, who …" after the quote the same way, with the compound', () => {
    const article = extract(
      'Allison Tremblay has followed similar laws in four provinces. “In Alberta the sky did not fall at all,” said the health-policy analyst, who works in Regina.',
    );
    expect(speakerOf(article, 'In Alberta')).toBe('Allison Tremblay');
    expect(roleOf(article, 'Allison Tremblay')).toBe('health-policy analyst');
  });

  it('looks at the paragraph before when the quote’s own paragraph names nobody', () => {
    const article = extract(
      'At the meeting, residents asked when they could go home. Walt Brenner spoke first.',
      '“I have 60 head of cattle out there and nobody can tell me if they are alive,” the rancher said.',
    );
    expect(speakerOf(article, 'I have 60 head')).toBe('Walt Brenner');
  });

  it('reads the role so stated for a later "the analyst said", not for a newcomer without one', () => {
    const article = extract(
      'Rachel Okonjo, of the Kingsmead Institute, said the outage showed how little slack was left. “Most trusts are one bad upgrade away from a weekend like this,” the analyst said.',
      'Tom Abbott runs the trust’s records team.',
      '“The money for resilience has gone on keeping the lights on,” the analyst said.',
    );
    expect(speakerOf(article, 'The money for')).toBe('Rachel Okonjo');
  });

  it('gives no speaker when two people without a role were just named', () => {
    const article = extract(
      'Rachel Okonjo and Tom Abbott said the outage showed how little slack was left. “Most trusts are one bad upgrade away from a weekend like this,” the analyst said.',
    );
    expect(speakerOf(article, 'Most trusts')).toBeUndefined();
  });

  it('gives no speaker when the one person named has another role already', () => {
    const article = extract(
      'Judge Rachel Okonjo said the outage showed how little slack was left. “Most trusts are one bad upgrade away from a weekend like this,” the analyst said.',
    );
    expect(speakerOf(article, 'Most trusts')).toBeUndefined();
  });
});

describe('an organisation’s "the company said"', () => {
  it('states no role for the organisation it gives the quote to', () => {
    const article = extract(
      'Harbour Foods said in a statement that it regretted the closure. “We did everything we could to keep the plant open,” the company said.',
    );
    expect(speakerOf(article, 'We did everything')).toBe('Harbour Foods');
    expect(roleOf(article, 'Harbour Foods')).toBeUndefined();
  });
});
