import { describe, expect, it } from 'vitest';
import { entity, extract, people } from '../../helpers/extraction';

const roleOf = (sentence: string, name: string) => {
  const found = entity(extract(sentence), name);
  return { role: found.role?.text, affiliation: found.affiliation?.text };
};

describe('roles', () => {
  it('reads a title before the name and keeps a possessive affiliation apart', () => {
    expect(roleOf('Turkey’s Foreign Minister Hakan Fidan opened the session.', 'Hakan Fidan')).toEqual({
      role: 'Foreign Minister',
      affiliation: 'Turkey',
    });
  });

  it('reads an organisation and a lower-case role noun before the name', () => {
    expect(roleOf('“It matters,” Kremlin spokesman Dmitry Peskov told journalists.', 'Dmitry Peskov')).toEqual({
      role: 'Kremlin spokesman',
      affiliation: 'Kremlin',
    });
    expect(roleOf('State Department spokeswoman Tammy Bruce said so.', 'Tammy Bruce')).toEqual({
      role: 'State Department spokeswoman',
      affiliation: 'State Department',
    });
  });

  it('reads a title with modifiers, "of" and "and"', () => {
    expect(roleOf('EU foreign policy chief Kaja Kallas said so.', 'Kaja Kallas').role).toBe('EU foreign policy chief');
    expect(roleOf('They met US Secretary of State Marco Rubio.', 'Marco Rubio').role).toBe('US Secretary of State');
    expect(roleOf('Whole Foods co-founder and CEO John Mackey wrote a memo.', 'John Mackey').role).toBe(
      'Whole Foods co-founder and CEO',
    );
  });

  it('keeps an organisation named before a title apart as the affiliation, never the title’s own words', () => {
    expect(roleOf('EU foreign policy chief Kaja Kallas said so.', 'Kaja Kallas').affiliation).toBe('EU');
    expect(roleOf('US Secretary of State Marco Rubio said so.', 'Marco Rubio').affiliation).toBe('US');
    expect(roleOf('UK Foreign Secretary David Lammy said so.', 'David Lammy')).toEqual({
      role: 'UK Foreign Secretary',
      affiliation: 'UK',
    });
    expect(roleOf('Foreign Office spokesman Tom Hale said so.', 'Tom Hale')).toEqual({
      role: 'Foreign Office spokesman',
      affiliation: 'Foreign Office',
    });
    expect(roleOf('Treasury Secretary for Finance Anna Reid said so.', 'Anna Reid')).toEqual({
      role: 'Treasury Secretary for Finance',
      affiliation: 'Treasury',
    });
    expect(roleOf('Foreign Minister Hakan Fidan opened the session.', 'Hakan Fidan')).toEqual({
      role: 'Foreign Minister',
      affiliation: undefined,
    });
    expect(roleOf('Prime Minister Keir Starmer said so.', 'Keir Starmer')).toEqual({
      role: 'Prime Minister',
      affiliation: undefined,
    });
  });

  it('reads a person’s possessive before a role as the affiliation', () => {
    expect(roleOf('They met Trump’s special envoy Keith Kellogg.', 'Keith Kellogg')).toEqual({
      role: 'special envoy',
      affiliation: 'Trump',
    });
  });

  it('reads an appositive after the name, up to the clause it opens', () => {
    expect(
      roleOf(
        'Putin appointed Vladimir Medinsky, a former cultural minister lacking major influence, to lead.',
        'Vladimir Medinsky',
      ).role,
    ).toBe('former cultural minister');
  });

  it('reads "X, chief executive of Y" with Y as the affiliation', () => {
    expect(roleOf('Jane Doe, chief executive of Acme Corp, declined to comment.', 'Jane Doe')).toEqual({
      role: 'chief executive of Acme Corp',
      affiliation: 'Acme Corp',
    });
  });

  it('reads a role appositive before a title and name', () => {
    expect(
      roleOf('Ukraine’s lead negotiator, Defence Minister Rustem Umerov, has ties to Crimea.', 'Rustem Umerov'),
    ).toEqual({
      role: 'lead negotiator, Defence Minister',
      affiliation: 'Ukraine',
    });
    expect(
      roleOf(
        'Charges were brought against Sudan’s president, Omar Hassan al-Bashir, in 2009.',
        'Omar Hassan al-Bashir',
      ),
    ).toEqual({ role: 'president', affiliation: 'Sudan' });
  });

  it('reads "who … as a …"', () => {
    expect(
      roleOf('Tom Forte, who follows Amazon as a managing director at the brokerage, agreed.', 'Tom Forte').role,
    ).toBe('managing director at the brokerage');
  });

  it('reads a role stated for a list of names', () => {
    expect(
      roleOf('I sat with some of the other editors: Kate Hudson, Brent Rose, and Nicholas Maronese.', 'Brent Rose')
        .role,
    ).toBe('editor');
  });

  it('gives the sentence the role is stated in', () => {
    const article = extract('Rustem Umerov arrived.', 'Later, Defence Minister Rustem Umerov spoke.');
    expect(entity(article, 'Rustem Umerov').role).toEqual({ text: 'Defence Minister', sentence: 's2' });
  });

  it('does not read a role from a verb or from the next name’s title', () => {
    expect(entity(extract('European leaders condemned Vladimir Putin.'), 'Vladimir Putin').role).toBeUndefined();
    const article = extract('The boat docked in Seattle, skipper Wade Bassi said.');
    expect(article.entities.find((e) => e.name === 'Seattle')?.role).toBeUndefined();
  });
});

describe('roles: titles of the police, councils and sport', () => {
  it('reads a role after "Det Insp" and after "Cllr"', () => {
    expect(roleOf('Det Insp Rachel Tamsin said the inquiry was over.', 'Rachel Tamsin').role).toBe('Det Insp');
    expect(roleOf('Cllr Brian Hesketh, who voted against, left early.', 'Brian Hesketh').role).toBe('Cllr');
  });

  it('reads a role after "Coach" and a sports position before the name ("freshman forward")', () => {
    expect(roleOf('“Nobody won it alone,” said Coach Dana Whitlock.', 'Dana Whitlock').role).toBe('Coach');
    expect(roleOf('Her sister, freshman forward Nia Obi, scored eight.', 'Nia Obi').role).toBe('freshman forward');
  });

  it('reads an abbreviated title before the name, and stops at a title after "for"', () => {
    expect(roleOf('A spokeswoman for Gov. Robert Haines said nothing was decided.', 'Robert Haines').role).toBe('Gov');
  });

  it('reads an Australian councillor’s "Cr" with the mayor’s title ("Mayor Cr Nathan Conley")', () => {
    expect(roleOf('Mayor Cr Nathan Conley said the project would bring jobs.', 'Nathan Conley').role).toBe('Mayor Cr');
  });

  it('reads a club’s commodore as a role ("Yacht club commodore Phil Grigg")', () => {
    expect(roleOf('Yacht club commodore Phil Grigg, 71, of Seaford, said so.', 'Phil Grigg').role).toBe(
      'Yacht club commodore',
    );
  });

  it('reads a title "of" a lower-case portfolio ("director of rugby Paul Devereux")', () => {
    expect(roleOf('Redbridge director of rugby Paul Devereux was less happy.', 'Paul Devereux').role).toBe(
      'Redbridge director of rugby',
    );
  });

  it('reads rugby positions before the name', () => {
    expect(roleOf('The tries came from flanker Ewan Doherty in the first half.', 'Ewan Doherty').role).toBe('flanker');
  });
});

describe('roles around honorifics, ages in brackets and abbreviated lists', () => {
  it('reads a title before an honorific ("marine adviser Dr Hēmi Walker-Tūhoe", "peer Lord Ardmore")', () => {
    expect(
      roleOf('DOC marine technical adviser Dr Hēmi Walker-Tūhoe said the calf was alert.', 'Hēmi Walker-Tūhoe').role,
    ).toBe('DOC marine technical adviser');
    expect(roleOf('Conservative peer Lord Ardmore called it an embarrassment.', 'Ardmore').role).toBe(
      'Conservative peer',
    );
  });

  it('reads an appositive after an age in brackets ("Siobhán Ní Bhriain (29), a nurse")', () => {
    expect(roleOf('Siobhán Ní Bhriain (29), a nurse, has moved four times.', 'Siobhán Ní Bhriain').role).toBe('nurse');
  });

  it('gives the role of a plural abbreviated title to each name of its list ("Reps. A, B and C")', () => {
    const article = extract('Reps. Brandon Cole, Terri Vasquez-Holt and Jim Bob Anderle voted against it.');
    for (const name of ['Brandon Cole', 'Terri Vasquez-Holt', 'Jim Bob Anderle'])
      expect(entity(article, name).role?.text).toBe('rep');
  });

  it('reads a party member noun as a role, not a name ("a Houston Democrat who …")', () => {
    const article = extract(
      '“We will build,” said state Rep. Thuy Tran-Nguyen, a Houston Democrat who wrote the bill.',
    );
    expect(article.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Thuy Tran-Nguyen']);
  });
});

describe('a participle in an appositive', () => {
  it('reads "X, the sacked vice-president," as a person with that role', () => {
    const article = extract('Peter Ward, the sacked vice-president, fled abroad on Tuesday.');
    expect(entity(article, 'Peter Ward').kind).toBe('person');
    expect(entity(article, 'Peter Ward').role?.text).toBe('sacked vice-president');
  });

  it('reads a role a tabloid builds: a count, a degree of kin, a one-word trade', () => {
    expect(roleOf('Dad-of-three Gary Platt, 52, matched all six numbers.', 'Gary Platt').role).toBe('Dad-of-three');
    expect(roleOf('Their great-grandfather, Ewan Sinclair, arrived in 1894.', 'Ewan Sinclair').role).toBe(
      'great-grandfather',
    );
    expect(roleOf('Gary’s crewmate Steve Marsh, 44, was the first to know.', 'Steve Marsh').role).toBe('crewmate');
    expect(roleOf('Fellow binman Kieran Walsh, 31, said the crew was thrilled.', 'Kieran Walsh').role).toBe(
      'Fellow binman',
    );
  });

  it('keeps a portfolio word compromise reads as a verb inside the role ("shadow transport secretary")', () => {
    expect(
      roleOf('Labour’s shadow transport secretary, Naomi Sutcliffe-Rhodes, said so.', 'Naomi Sutcliffe-Rhodes').role,
    ).toBe('shadow transport secretary');
    expect(roleOf('Tom Harkness, the Liberal Democrat transport spokesman, said so.', 'Tom Harkness').role).toBe(
      'Liberal Democrat transport spokesman',
    );
  });

  it('reads an appositive that opens with an age ("a 29-year-old nurse")', () => {
    expect(roleOf('Tessa Morrow, a 29-year-old nurse in Columbus, Ohio, said so.', 'Tessa Morrow').role).toBe(
      '29-year-old nurse in Columbus',
    );
  });

  it('reads a US councilor and a Māori elder’s title before the name', () => {
    expect(roleOf('City Councilor Renata Oduya said she had asked.', 'Renata Oduya').role).toBe('City Councilor');
    expect(roleOf('Kaumātua Rangi Tūhoe-Paki, 81, remembers the eels.', 'Rangi Tūhoe-Paki').role).toBe('Kaumātua');
  });

  it('reads a Member of the Senedd’s seat and capitals as the role, and makes no person of the seat', () => {
    const article = extract('In a post, the Ceredigion MS, Elin Hughes-Davies, wrote that crews were out.');
    expect(people(article)).toEqual(['Elin Hughes-Davies']);
    expect(entity(article, 'Elin Hughes-Davies').role?.text).toBe('Ceredigion MS');
  });
});

describe('roles of tabloid showbiz and sports copy', () => {
  it('reads "footballer", "co-star" and "bridesmaid" before a name as roles', () => {
    expect(roleOf('The actress has married footballer Ryan Tate at a castle.', 'Ryan Tate').role).toBe('footballer');
    expect(roleOf('Her co-star Danny Fairweather was among the first to arrive.', 'Danny Fairweather').role).toBe(
      'co-star',
    );
    expect(roleOf('Kayleigh and her bridesmaid Shona Baird chose the gown.', 'Shona Baird').role).toBe('bridesmaid');
  });
});

describe('where a title before a name starts', () => {
  it('reads a title over spaces typed twice, also after an abbreviated title’s full stop', () => {
    expect(roleOf('Kremlin spokesman  Dmitry Peskov said so.', 'Dmitry Peskov').role).toBe('Kremlin spokesman');
    expect(roleOf('Gov.  Robert Haines said so.', 'Robert Haines').role).toBe('Gov');
  });

  it('reads no title across a bracket or from the paragraph before', () => {
    expect(roleOf('Kremlin spokesman (Dmitry Peskov) said so.', 'Dmitry Peskov').role).toBeUndefined();
    expect(
      entity(extract('They asked the Kremlin spokesman', 'Dmitry Peskov said so.'), 'Dmitry Peskov').role,
    ).toBeUndefined();
  });

  it('stops a title at another person’s name ("Rustem Umerov aide Anna Berg")', () => {
    expect(roleOf('Defence Minister Rustem Umerov aide Anna Berg said so.', 'Anna Berg').role).toBe('aide');
  });

  it('reads a lower-case portfolio after "of" or "for" (typed with two spaces too), and no word before the title', () => {
    expect(roleOf('The club said director of rugby Paul Devereux would stay.', 'Paul Devereux').role).toBe(
      'director of rugby',
    );
    expect(roleOf('The club said director of  rugby Paul Devereux would stay.', 'Paul Devereux').role).toMatch(
      /^director of\s+rugby$/,
    );
    expect(roleOf('The minister for health Anna Berg said so.', 'Anna Berg').role).toBe('minister for health');
  });

  it('reads no title ending in a word that is neither a noun after "of" nor a title word', () => {
    expect(roleOf('The head of digital Anna Berg said so.', 'Anna Berg').role).toBeUndefined();
    expect(roleOf('Prime Minister pick Anna Berg said so.', 'Anna Berg').role).toBeUndefined();
  });

  it('reads a role from an indefinite appositive on a later mention ("Brandt, 67, a keen birdwatcher")', () => {
    const article = extract('Tom Brandt arrived.', 'Brandt, 67, a keen birdwatcher who lives nearby, spoke.');
    expect(entity(article, 'Tom Brandt').role).toEqual({ text: 'keen birdwatcher', sentence: 's2' });
  });
});

describe('how far a title before a name reaches', () => {
  it('reads at most eight words before the name', () => {
    expect(
      roleOf('They said Acme Beta Gamma Delta Epsilon Zeta Eta Theta spokesman Tom Hale left.', 'Tom Hale').role,
    ).toBe('Beta Gamma Delta Epsilon Zeta Eta Theta spokesman');
  });

  it('gives no affiliation from capitals that hold a title word ("Senior Treasury official")', () => {
    expect(roleOf('They met Senior Treasury official Tom Hale.', 'Tom Hale')).toEqual({
      role: 'Senior Treasury official',
      affiliation: undefined,
    });
  });

  it('keeps a title word that ends an organisation’s name in the affiliation ("Acme Press")', () => {
    expect(roleOf('They met Acme Press photographer Tom Hale.', 'Tom Hale')).toEqual({
      role: 'Acme Press photographer',
      affiliation: 'Acme Press',
    });
  });
});

describe('an organisation named with "of" before a title', () => {
  it('reads "Bank of England economist" whole, with the organisation as the affiliation', () => {
    expect(roleOf('Bank of England economist Tom Hale said so.', 'Tom Hale')).toEqual({
      role: 'Bank of England economist',
      affiliation: 'Bank of England',
    });
    expect(roleOf('University of Auckland professor Anna Berg said so.', 'Anna Berg')).toEqual({
      role: 'University of Auckland professor',
      affiliation: 'University of Auckland',
    });
  });

  it('keeps a title word after the "of" in the organisation ("Department of Health")', () => {
    expect(roleOf('Department of Health spokesman Tom Hale said so.', 'Tom Hale')).toEqual({
      role: 'Department of Health spokesman',
      affiliation: 'Department of Health',
    });
  });

  it('takes no verb and no sentence opener before "of" into the title ("Speaking of", "Because of")', () => {
    expect(roleOf('Speaking of England coach Tom Hale, she laughed.', 'Tom Hale')).toEqual({
      role: 'England coach',
      affiliation: 'England',
    });
    expect(roleOf('Because of England coach Tom Hale, they lost.', 'Tom Hale')).toEqual({
      role: 'England coach',
      affiliation: 'England',
    });
  });
});

describe('the first role in reading order', () => {
  it('takes the role stated with a surname before the full name, not the full name’s later one', () => {
    const titled = extract('Professor Berg spoke first.', 'Later, Mayor Anna Berg said no.');
    expect(entity(titled, 'Anna Berg').role).toEqual({ text: 'Professor', sentence: 's1' });
    const described = extract(
      'Berg, 67, a keen birdwatcher, spoke first.',
      'Later, Anna Berg, a keen angler, said no.',
    );
    expect(entity(described, 'Anna Berg').role).toEqual({ text: 'keen birdwatcher', sentence: 's1' });
  });
});
