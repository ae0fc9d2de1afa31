import { describe, expect, it } from 'vitest';
import { entity, extract, people, roleOf, speakerOf } from '../../helpers/extraction';

describe('finding names', () => {
  it('finds a person compromise does not know after a title', () => {
    const article = extract('Turkey’s Foreign Minister Hakan Fidan opened the session.');
    expect(people(article)).toEqual(['Hakan Fidan']);
  });

  it('does not take a sentence opener or a day into the name', () => {
    const article = extract('However Vladimir Putin stayed away on Friday. But Donald Trump spoke Thursday.');
    expect(people(article)).toEqual(['Vladimir Putin', 'Donald Trump']);
  });

  it('does not glue a sentence-opening adverb to a surname ("Later Berg", "Earlier Berg")', () => {
    const article = extract(
      'Anna Berg, a senior analyst at the institute, said the deal was close.',
      'Later Berg told reporters the talks would resume. Earlier Berg had declined to comment.',
      'Afterwards Berg left. Subsequently Berg wrote to the board. Separately Berg said no.',
    );
    expect(people(article)).toEqual(['Anna Berg']);
    expect(entity(article, 'Anna Berg').sentences).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('makes a person, not a place, of a name compromise reads as a place when its appositive states a role', () => {
    const article = extract(
      'Ivo Marsh, the mayor, said the bridge would reopen.',
      'Marsh added that funds were short.',
    );
    expect(people(article)).toEqual(['Ivo Marsh']);
    expect(roleOf(article, 'Ivo Marsh')).toBe('mayor');
    expect(entity(article, 'Ivo Marsh').sentences).toEqual(['s1', 's2']);
    expect(article.entities.map((e) => e.name)).toEqual(['Ivo Marsh']);
  });

  it('makes a person of a name compromise guesses is a place when it is the plain subject of "said"', () => {
    const article = extract('Ivo Marsh said the bridge would reopen next month.');
    expect(people(article)).toEqual(['Ivo Marsh']);
    expect(article.entities.map((e) => e.name)).toEqual(['Ivo Marsh']);
    expect(people(extract('South Korea said the talks would resume next month.'))).toEqual([]);
  });

  it('does not take a title’s portfolio into the name, past its "and (the)" ("… Sustainability and the Environment Amy Khor")', () => {
    expect(
      people(extract('Minister of State for Sustainability and the Environment Amy Khor said it would pass.')),
    ).toEqual(['Amy Khor']);
    expect(people(extract('Secretary of State for Health and Social Care Wes Streeting said it would pass.'))).toEqual([
      'Wes Streeting',
    ]);
    expect(people(extract('Senior Minister of State for Health Amy Khor said it would pass.'))).toEqual(['Amy Khor']);
    expect(people(extract('Minister for the Environment Amy Khor said it would pass.'))).toEqual(['Amy Khor']);
    expect(people(extract('Anna Berg, chairman of the Northern Business Forum, said no.'))).toEqual(['Anna Berg']);
    // A second person after the title's "and" keeps the given name.
    expect(people(extract('The Minister for Health and Anna Maria Berg met on Tuesday.'))).toEqual(['Anna Maria Berg']);
  });

  it('makes a person of a name no title or verb marks when a later mention is "for her part" (Priya Natarajan-Cole)', () => {
    const article = extract(
      'Priya Natarajan-Cole does not like the word disruption.',
      'Natarajan-Cole, for her part, is already looking past the fight. “We are a bank,” she says.',
    );
    expect(people(article)).toEqual(['Priya Natarajan-Cole']);
    expect(speakerOf(article, 'We are a bank')).toBe('Priya Natarajan-Cole');
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

describe('names as British, Irish, Pacific and US copy prints them', () => {
  it('keeps particles in a row inside the name ("Carlos de la Garza")', () => {
    const article = extract('Rep. Carlos de la Garza, R-Brownsville, backed the bill.');
    expect(people(article)).toEqual(['Carlos de la Garza']);
  });

  it('leaves the letters after a name out of it ("Róisín McAleese TD")', () => {
    const article = extract('Opposition housing spokeswoman Róisín McAleese TD criticised the figures.');
    expect(people(article)).toEqual(['Róisín McAleese']);
    expect(roleOf(article, 'Róisín McAleese')).toBe('Opposition housing spokeswoman');
  });

  it('does not make a person of a plural noun that opens the sentence ("Customers, a councillor and …")', () => {
    const article = extract('Customers, a councillor and a local singer rallied behind the bakery.');
    expect(people(article)).toEqual([]);
  });

  it('does not make a person of a word that qualifies a title before a name ("Wiradjuri artist Lionel Brady")', () => {
    const article = extract('Last year’s winner, Wiradjuri artist Lionel Brady, sold his work.');
    expect(people(article)).toEqual(['Lionel Brady']);
  });

  it('reads a given name and a surname around a quoted nickname as one person', () => {
    const article = extract(
      'The artist drove to Michael "Big Mick" Darcy’s farm every week.',
      'Darcy, 80, played 312 games for the club.',
    );
    expect(people(article)).toEqual(['Michael Darcy']);
  });
});

describe('New Zealand names', () => {
  it('keeps a given name compromise reads as a verb before a word it does not know ("Hone Pōtae")', () => {
    expect(people(extract('Hone Pōtae, 64, has walked the beach every morning.'))).toEqual(['Hone Pōtae']);
    expect(people(extract('“Tell Colin our hobby paid more in business rates,” she said.'))).toEqual([]);
  });

  it('makes an organisation of an iwi ("Ngāti Rangi said …"), not a person', () => {
    const article = extract('Ngāti Rangi said the iwi would hold a hui on Saturday.');
    expect(people(article)).toEqual([]);
    expect(article.entities.find((e) => e.name === 'Ngāti Rangi')?.kind).toBe('organisation');
  });

  it('gives “…,” says <organisation> chief executive X to X, not to the organisation', () => {
    const article = extract('“It is a tohu, a sign,” says Te Kāhui Moana chief executive Aroha Rāwiri.');
    expect(people(article)).toEqual(['Aroha Rāwiri']);
    expect(speakerOf(article, 'It is a tohu')).toBe('Aroha Rāwiri');
  });
});

describe('the owner of a title', () => {
  it('makes no person of one word owning a capitalised title ("Victoria\'s Premier Daniel Andrews")', () => {
    expect(people(extract('Victoria’s Premier Daniel Andrews spoke first.'))).toEqual(['Daniel Andrews']);
  });

  it('still joins the owner to a person the article names in full', () => {
    const article = extract('Vladimir Putin met the envoy. Putin’s Chief of Staff Anton Vaino took notes.');
    expect(people(article)).toEqual(['Vladimir Putin', 'Anton Vaino']);
  });

  it('keeps the portfolio in an office’s name ("Department for Education"), even before "spokesperson"', () => {
    const article = extract(
      'A Department for Education spokesperson said: “Decisions about schools are for the local authority.”',
    );
    expect(speakerOf(article, 'Decisions about schools')).toBe('Department for Education');
  });
});

describe('names in house styles the rules had not met (third generalisation round)', () => {
  it('does not read an academic degree as a name', () => {
    const article = extract('Ingrid Solberg spent her first summer on the ice in 2005, as a PhD student.');
    expect(people(article)).toEqual(['Ingrid Solberg']);
  });

  it('finds a cricketer after his position, and keeps the position as his role', () => {
    const article = extract(
      'Chasing 187, New Zealand got home with a session to spare, with opener Callum Whitfield unbeaten on 84.',
    );
    expect(people(article)).toEqual(['Callum Whitfield']);
    expect(roleOf(article, 'Callum Whitfield')).toBe('opener');
  });

  it('reads "pensioner" before a name as a role', () => {
    const article = extract(
      'In the city of Sumy, pensioner Halyna Moroz, 74, said she had spent the night in the corridor.',
    );
    expect(roleOf(article, 'Halyna Moroz')).toBe('pensioner');
  });
});

describe('a dateline', () => {
  it('makes the town in capitals a place, though the town is also a surname', () => {
    const article = extract(
      'DALTON, Ga. — More than 600 people gathered on Saturday to remember Lt. Marcus Oyelaran, the Dalton firefighter who died in a barn fire.',
    );
    expect(people(article)).toEqual(['Marcus Oyelaran']);
  });
});
