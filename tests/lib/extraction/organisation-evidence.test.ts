import { describe, expect, it } from 'vitest';
import { extract, kindOf, people, speakerOf } from '../../helpers/extraction';

describe('organisations compromise does not know', () => {
  it('makes an organisation of a name after an organisation noun ("the charity Memory Matters")', () => {
    const article = extract('The charity Memory Matters part-funded the trial.');
    expect(kindOf(article, 'Memory Matters')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('makes an organisation of a name with an organisation noun in its appositive', () => {
    const article = extract('Brightwater, the Midwest’s third-largest grocery chain, cut its forecast.');
    expect(kindOf(article, 'Brightwater')).toBe('organisation');
  });

  it('makes an organisation of a name followed by ", which"', () => {
    expect(kindOf(extract('Kestrel Harbour, which owns the quay, said nothing.'), 'Kestrel Harbour')).toBe(
      'organisation',
    );
  });

  it('makes an organisation of an unknown name after "the" ("The Kremlin on Tuesday rejected …")', () => {
    const article = extract('The Kremlin on Tuesday rejected the plan. The Penrose yard stayed open.');
    expect(kindOf(article, 'Kremlin')).toBe('organisation');
    expect(kindOf(article, 'Penrose')).toBeUndefined();
  });

  it('makes an organisation of the name a spokesperson speaks for', () => {
    const article = extract('A Treasury spokesperson said the government had “taken tough decisions on spending”.');
    expect(speakerOf(article, 'taken tough')).toBe('Treasury');
  });

  it('makes an organisation of an unknown name that speaks and is nobody’s name', () => {
    const article = extract(
      'Its new owners, Kernow Living, said in a statement they had “rebuilt the service from the ground up”.',
      'Aldi said it would open 800 stores.',
    );
    expect(speakerOf(article, 'rebuilt the service')).toBe('Kernow Living');
    expect(kindOf(article, 'Aldi')).toBe('organisation');
  });

  it('makes an organisation of a name ending in "House" ("The White House said …")', () => {
    const article = extract(
      'The White House said in a statement that it “strongly supports the original bipartisan framework”.',
    );
    expect(speakerOf(article, 'strongly supports')).toBe('White House');
  });

  it('gives every mention of the name the kind one of them states', () => {
    const article = extract(
      'Brightwater, the grocery chain, cut its forecast.',
      'Shares of Brightwater fell 9% as Brightwater cut prices.',
    );
    expect(article.entities.find((e) => e.name === 'Brightwater')?.sentences).toEqual(['s1', 's2']);
  });

  it('makes an organisation of the name a person works at ("chief UK economist at Morgan Stanley")', () => {
    const article = extract('Paul Hendry, chief UK economist at Morgan Stanley, said gilts would fall.');
    expect(kindOf(article, 'Morgan Stanley')).toBe('organisation');
    expect(people(article)).toEqual(['Paul Hendry']);
  });

  it('makes an organisation of a name before the people of a trade ("Ambulance Victoria paramedics")', () => {
    const article = extract('One protester was treated by Ambulance Victoria paramedics for a minor injury.');
    expect(kindOf(article, 'Ambulance Victoria')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('gives a statement of "the force" to the police force named before', () => {
    const article = extract(
      'Devon and Cornwall Police said two men had been arrested.',
      'In a statement, the force said: “We would ask people not to speculate.”',
    );
    expect(speakerOf(article, 'We would ask')).toBe('Devon and Cornwall Police');
  });

  it('makes an organisation of a name in apposition to "an outside firm"', () => {
    const article = extract('The city hired an outside firm, Baker Tilly, to review its finances.');
    expect(kindOf(article, 'Baker Tilly')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('gives "the spokesperson said" to the organisation whose spokesperson was introduced', () => {
    const article = extract(
      'Dr Farhan Qureshi, a microbiologist at Lancaster University, tested the water.',
      'A Fellside Water spokesperson said the company was investing £14m. “We know how much the river means to people,” the spokesperson said.',
    );
    expect(speakerOf(article, 'We know how much')).toBe('Fellside Water');
  });

  it('gives "the spokesperson said" to nobody when no organisation’s spokesperson was introduced', () => {
    const article = extract(
      'Fellside Water Ltd runs the works. Spokeswoman Laura Pietrzak declined to comment on the figures.',
      '“We know how much the river means to people,” the spokesperson said.',
    );
    expect(speakerOf(article, 'We know how much')).toBeUndefined();
  });
});

describe('firms and institutions named like people', () => {
  it('makes an organisation of a name with its short form in brackets and "which"', () => {
    const article = extract('Caledonian MacBrayne (CalMac), which runs the service, said the seas were too big.');
    expect(kindOf(article, 'Caledonian MacBrayne')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('makes an organisation of a business after "the family’s bakery," and of a name ending in "Estates"', () => {
    const article = extract(
      'Bread has come out of the family’s bakery, Öztürk Fırını, for 31 years.',
      'Now the landlord, Harcourt Estates, has given the family notice.',
    );
    expect(people(article)).toEqual([]);
  });

  it('makes an organisation of a gallery named after a person', () => {
    const article = extract('The winner was announced at the Ian Potter Gallery on Friday night.');
    expect(people(article)).toEqual([]);
  });
});

describe('organisations named like people (third generalisation round)', () => {
  it('makes a utility whose name ends in "Water" an organisation, not a person', () => {
    const article = extract('Rand Water said in a statement that its own bulk supply to the city was stable.');
    expect(kindOf(article, 'Rand Water')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('makes the name after "the practice" an organisation, though it is two surnames', () => {
    const article = extract(
      'Back in Dublin he founded the practice Fennelly Doyle in 1964 with his former classmate Gráinne Doyle.',
    );
    expect(kindOf(article, 'Fennelly Doyle')).toBe('organisation');
    expect(people(article)).toEqual(['Gráinne Doyle']);
  });
});

describe('a surname two people share is not an organisation that speaks', () => {
  it('leaves "Adeyemi said:" without a speaker after Femi and Tunde Adeyemi', () => {
    const article = extract(
      'Eastport are also tracking winger Femi Adeyemi, 21, whose father and adviser, Tunde Adeyemi, has held talks with both clubs.',
      'Adeyemi said: “Femi is happy where he is, but we listen to everyone.”',
    );
    expect(kindOf(article, 'Adeyemi')).toBeUndefined();
    expect(speakerOf(article, 'Femi is happy')).toBeUndefined();
  });
});

describe('a venue is no institution', () => {
  it('makes no organisation of a venue’s common noun capitalised after "the" ("the Diner on Main Street")', () => {
    const article = extract(
      'At the Diner on Main Street, owner Sam Ortiz said business was slow.',
      'The Pub on Elm Street closed.',
    );
    expect(kindOf(article, 'Diner')).toBeUndefined();
    expect(kindOf(article, 'Pub')).toBeUndefined();
    expect(kindOf(article, 'Main Street')).toBe('place');
    expect(kindOf(extract('The Kremlin on Tuesday rejected the plan.'), 'Kremlin')).toBe('organisation');
  });
});
