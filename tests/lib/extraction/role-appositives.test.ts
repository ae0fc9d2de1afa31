import { describe, expect, it } from 'vitest';
import { entity, extract, people, roleOf } from '../../helpers/extraction';

describe('roles stated beside the name', () => {
  it('reads a role noun of the lexicon (", a forester, Roger Blight,")', () => {
    const article = extract('She walks the estates with a forester, Roger Blight, every winter.');
    expect(roleOf(article, 'Roger Blight')).toBe('forester');
  });

  it('reads a role noun compromise knows as an actor (", a beekeeper, Ivo Marsh,")', () => {
    const article = extract('The hives belong to a beekeeper, Ivo Marsh, who sells honey.');
    expect(roleOf(article, 'Ivo Marsh')).toBe('beekeeper');
  });

  it('reads a sports position in an appositive', () => {
    expect(roleOf(extract('Maya Ellison, a junior guard from Lake Tiller, scored 24.'), 'Maya Ellison')).toMatch(
      /^junior guard/,
    );
  });

  it('reads a role before a name with its age ("One resident, 91-year-old Edith Carne")', () => {
    expect(roleOf(extract('One resident, 91-year-old Edith Carne, lost almost £60,000.'), 'Edith Carne')).toBe(
      'resident',
    );
  });

  it('reads a role through an organisation’s name ("a former Bank of England economist")', () => {
    const article = extract('Tom Bexley, a former Bank of England economist who now runs a thinktank, disagreed.');
    expect(roleOf(article, 'Tom Bexley')).toBe('former Bank of England economist');
  });

  it('reads "X, 19, who joined as an apprentice", ending the role at a time', () => {
    const article = extract('The only employee is Jamal Hussain, 19, who joined as an apprentice two years ago.');
    expect(roleOf(article, 'Jamal Hussain')).toBe('apprentice');
  });

  it('keeps a union local’s number in the role ("president of Machinists Local 6")', () => {
    const article = extract('Tom Reed, president of Machinists Local 6, said the vote was close.');
    expect(roleOf(article, 'Tom Reed')).toBe('president of Machinists Local 6');
  });

  it('reads the role before "named X"', () => {
    const article = extract('The boat was commissioned by a retired surgeon from Bergen named Ingrid Solberg.');
    expect(roleOf(article, 'Ingrid Solberg')).toBe('retired surgeon from Bergen');
  });

  it('does not read "a man called X" as a role', () => {
    expect(roleOf(extract('He met a man called John Ashdown at the quay.'), 'John Ashdown')).toBeUndefined();
  });

  it('reads "<role> for <name>, X" before the name ("A spokeswoman for Gov. Robert Haines, Laura Pietrzak")', () => {
    const article = extract('A spokeswoman for Gov. Robert Haines, Laura Pietrzak, said nothing was decided.');
    expect(roleOf(article, 'Laura Pietrzak')).toBe('spokeswoman for Gov. Robert Haines');
    expect(roleOf(article, 'Robert Haines')).toBe('Gov');
  });

  it('reads a capitalised title in an appositive before the name ("the Health Secretary, Dame Priya")', () => {
    const article = extract('It puts him at odds with the Health Secretary, Dame Priya Natarajan, who wants more.');
    expect(roleOf(article, 'Priya Natarajan')).toBe('Health Secretary');
  });

  it('reads a role with a capitalised word that begins no name ("chief UK economist at …")', () => {
    const article = extract('Paul Hendry, chief UK economist at Morgan Stanley, said gilts would fall.');
    expect(roleOf(article, 'Paul Hendry')).toBe('chief UK economist at Morgan Stanley');
  });

  it('reads a hyphenated modifier of the role noun ("a sixth-form student")', () => {
    const article = extract('Amara Osei, a sixth-form student from Lewisham, died in March.');
    expect(roleOf(article, 'Amara Osei')).toBe('sixth-form student from Lewisham');
  });

  it('reads a plural role before a list of names, after a comma or as a title', () => {
    const analysts = extract('Analysts Sarah Oyelaran, Tomasz Wrona and Ben Achebe of Bernstein cut their targets.');
    expect(roleOf(analysts, 'Tomasz Wrona')).toBe('analyst');
    expect(roleOf(analysts, 'Ben Achebe')).toBe('analyst');
    const parents = extract('Her parents, Kwame Osei and Grace Mensah, said in a statement that she was brave.');
    expect(roleOf(parents, 'Grace Mensah')).toBe('parent');
  });

  it('reads an indefinite appositive whose noun no list holds ("a retired machinist who")', () => {
    const article = extract('Tom Brandt, 67, a retired machinist who lives nearby, had a heart attack there.');
    expect(roleOf(article, 'Tom Brandt')).toBe('retired machinist');
  });

  it('does not read "a woman" or "a 43-year-old" as a role', () => {
    expect(roleOf(extract('Jo Smith, a woman from Leeds, was there.'), 'Jo Smith')).toBeUndefined();
    expect(roleOf(extract('Jo Smith, a 43-year-old from Leeds, was there.'), 'Jo Smith')).toBeUndefined();
  });

  it('prefers a role stated later to an indefinite appositive read from its place', () => {
    const article = extract(
      'Tom Brandt, a regular at the pub, said it was busy.',
      'Council leader Tom Brandt later denied it.',
    );
    expect(roleOf(article, 'Tom Brandt')).toBe('Council leader');
  });

  it('reads a role noun with its relative clause before the name ("The motorist who found him, X,")', () => {
    const article = extract('The motorist who found him, Hayley Dunn, said she had almost missed him.');
    expect(roleOf(article, 'Hayley Dunn')).toBe('motorist who found him');
  });
});

describe('a role before the name with a phrase of time or place', () => {
  it('reads "Its president at the time, X," as X’s role and X as a person', () => {
    const article = extract(
      'The institute gave him its gold medal. Its president at the time, Declan Moriarty, described him as “the conscience of Irish architecture”.',
    );
    expect(people(article)).toContain('Declan Moriarty');
    expect(roleOf(article, 'Declan Moriarty')).toBe('president at the time');
  });

  it('reads "caucus leader in Johannesburg, X," as a role, not a list of places', () => {
    const article = extract(
      'The DA’s caucus leader in Johannesburg, Annelie Botha, said the party would table a motion of no confidence.',
    );
    expect(people(article)).toEqual(['Annelie Botha']);
    expect(roleOf(article, 'Annelie Botha')).toMatch(/caucus leader/);
  });

  it('does not make a person of the state after "a nurse in Columbus,"', () => {
    const article = extract('Tessa Morrow, a 29-year-old nurse in Columbus, Ohio, said the fine was too small.');
    expect(people(article)).toEqual(['Tessa Morrow']);
  });

  it('does not make a role of a verb phrase before the comma', () => {
    const article = extract('It was the driver at the back who braked, Ben Tuilagi said.');
    expect(roleOf(article, 'Ben Tuilagi')).toBeUndefined();
  });
});

describe('an appositive’s role, where it ends and whom it names', () => {
  const affiliationOf = (article: ReturnType<typeof extract>, name: string) => entity(article, name).affiliation?.text;

  it('reads "who is/was/became a …" and "who … as a …" as the role, with the body it is at or of', () => {
    const nurse = extract('Jo Ellis, who is a nurse at Derriford Hospital, said the ward was full.');
    expect(roleOf(nurse, 'Jo Ellis')).toBe('nurse at Derriford Hospital');
    expect(affiliationOf(nurse, 'Jo Ellis')).toBe('Derriford Hospital');
    const lecturer = extract('Ann Lee, who was a lecturer at the University of Leeds, said little.');
    expect(roleOf(lecturer, 'Ann Lee')).toBe('lecturer at the University of Leeds');
    expect(affiliationOf(lecturer, 'Ann Lee')).toBe('University of Leeds');
    const mayor = extract('Mia Ross, who became the first mayor of Tarrow, said the vote was fair.');
    expect(roleOf(mayor, 'Mia Ross')).toBe('first mayor of Tarrow');
    expect(roleOf(extract('Ann Lee, who joined Acme as a clerk, said little.'), 'Ann Lee')).toBe('clerk');
  });

  it('reads no role from a relative clause that states none, nor from the sentence after its comma', () => {
    expect(roleOf(extract('Ann Lee, who joined Acme, said little.'), 'Ann Lee')).toBeUndefined();
    expect(roleOf(extract('Jo Ellis, who lives nearby, was a nurse for years.'), 'Jo Ellis')).toBeUndefined();
  });

  it('reads two titles joined by "and" as one role, and its body as the affiliation', () => {
    const article = extract('Ann Lee, chairman and chief executive of Acme Corp, said profits rose.');
    expect(roleOf(article, 'Ann Lee')).toBe('chairman and chief executive of Acme Corp');
    expect(affiliationOf(article, 'Ann Lee')).toBe('Acme Corp');
  });

  it('ends the role at a participle or at a preposition that is not its own', () => {
    const minister = extract('Ann Lee, a former cultural minister lacking major influence, said little.');
    expect(roleOf(minister, 'Ann Lee')).toBe('former cultural minister');
    expect(roleOf(extract('Ann Lee, a nurse during the strike, said little.'), 'Ann Lee')).toBe('nurse');
  });

  it('gives no affiliation to a body named in lower case ("a nurse at the hospital")', () => {
    const article = extract('Ann Lee, a nurse at the hospital, said little.');
    expect(roleOf(article, 'Ann Lee')).toBe('nurse at the hospital');
    expect(affiliationOf(article, 'Ann Lee')).toBeUndefined();
  });

  it('reads the role after an age set off by commas, and a participle with a title and its body', () => {
    expect(roleOf(extract('Ann Lee, 43, an accountant, said little.'), 'Ann Lee')).toBe('accountant');
    const sacked = extract('Ann Lee, the sacked vice-president of Acme Corp, said little.');
    expect(roleOf(sacked, 'Ann Lee')).toBe('sacked vice-president of Acme Corp');
    expect(affiliationOf(sacked, 'Ann Lee')).toBe('Acme Corp');
  });

  it('keeps a country’s possessive before the role as its affiliation ("Sudan’s president, X")', () => {
    const article = extract('Sudan’s president, Omar Hassan al-Bashir, said little.');
    expect(roleOf(article, 'Omar Hassan al-Bashir')).toBe('president');
    expect(affiliationOf(article, 'Omar Hassan al-Bashir')).toBe('Sudan');
  });

  it('reads the role before "called X" too, but only after a determiner', () => {
    const article = extract('A surgeon from Bergen called Ingrid Solberg bought it.');
    expect(roleOf(article, 'Ingrid Solberg')).toBe('surgeon from Bergen');
    expect(roleOf(extract('Surgeon named Ingrid Solberg bought it.'), 'Ingrid Solberg')).toBeUndefined();
  });

  it('reads a plural role before a list after a comma or a space, not after a semicolon', () => {
    const reps = extract('The reps, Kate Hudson and Tom Kerr, spoke.');
    expect(roleOf(reps, 'Kate Hudson')).toBe('rep');
    expect(roleOf(reps, 'Tom Kerr')).toBe('rep');
    expect(roleOf(extract('The editors Kate Hudson and Tom Kerr agreed.'), 'Tom Kerr')).toBe('editor');
    expect(roleOf(extract('The editors; Kate Hudson and Tom Kerr agreed.'), 'Tom Kerr')).toBeUndefined();
  });

  it('reads an indefinite appositive of up to four words, with "an" as with "a"', () => {
    expect(roleOf(extract('Ann Lee, an accountant, said little.'), 'Ann Lee')).toBe('accountant');
    expect(roleOf(extract('Ann Lee, a keen amateur bird ornithologist, said little.'), 'Ann Lee')).toBe(
      'keen amateur bird ornithologist',
    );
    expect(roleOf(extract('Ann Lee, a regular at the pub, said it was busy.'), 'Ann Lee')).toBe('regular');
  });
});

describe('the appositive shapes’ edges: ages, commas, determiners and sentence ends', () => {
  const affiliationOf = (article: ReturnType<typeof extract>, name: string) => entity(article, name).affiliation?.text;

  it('reads a role with no article after an age in brackets, or after the comma alone', () => {
    const aged = extract('Ann Lee (43), chief executive of Acme Corp, said profits rose.');
    expect(roleOf(aged, 'Ann Lee')).toBe('chief executive of Acme Corp');
    expect(affiliationOf(aged, 'Ann Lee')).toBe('Acme Corp');
    expect(roleOf(extract('Ann Lee, president, said the vote was fair.'), 'Ann Lee')).toBe('president');
    expect(roleOf(extract('Ann Lee, the mayor, said the vote was fair.'), 'Ann Lee')).toBe('mayor');
  });

  it('reads no role from a relative clause whose verb is not "is", "was", "became" or "as"', () => {
    expect(roleOf(extract('Ann Lee, who met the mayor, said little.'), 'Ann Lee')).toBeUndefined();
  });

  it('gives no affiliation to a role that names no body', () => {
    const article = extract('Ann Lee, a former cultural minister lacking major influence, said little.');
    expect(affiliationOf(article, 'Ann Lee')).toBeUndefined();
  });

  it('takes the affiliation from the role’s first "of", whole ("the Bank of England")', () => {
    const article = extract('Ann Lee, a director of the Bank of England, said little.');
    expect(roleOf(article, 'Ann Lee')).toBe('director of the Bank of England');
    expect(affiliationOf(article, 'Ann Lee')).toBe('Bank of England');
  });

  it('ends the role before a word of time ("… at Acme Corp today")', () => {
    expect(roleOf(extract('Ann Lee, an engineer at Acme Corp today, said little.'), 'Ann Lee')).toBe(
      'engineer at Acme Corp',
    );
  });

  it('does not read an object after the name, with no comma, as an indefinite appositive', () => {
    expect(roleOf(extract('The council gave Ann Lee a medal for bravery.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads an indefinite appositive after an age in brackets, at a sentence’s end, and only with "a"/"an"', () => {
    const aged = extract('Ann Lee (67), a retired machinist who lives nearby, said little.');
    expect(roleOf(aged, 'Ann Lee')).toBe('retired machinist');
    expect(roleOf(extract('Ann Lee, a retired machinist who lives nearby, said little.'), 'Ann Lee')).toBe(
      'retired machinist',
    );
    expect(roleOf(extract('The prize went to Ann Lee, a retired machinist.'), 'Ann Lee')).toBe('retired machinist');
    expect(roleOf(extract('The prize went to Ann Lee, a retired machinist. She was pleased.'), 'Ann Lee')).toBe(
      'retired machinist',
    );
    expect(roleOf(extract('Ann Lee, the retired machinist who lives nearby, said little.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads no indefinite appositive of five words or more', () => {
    expect(roleOf(extract('Ann Lee, a very keen amateur bird watcher, said little.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads "X is the … of Y" and "X is Y’s …" as a role, the owner as the affiliation', () => {
    const of = extract('Ann Lee is the chief executive of Acme Corp.');
    expect(roleOf(of, 'Ann Lee')).toBe('chief executive of Acme Corp');
    expect(affiliationOf(of, 'Ann Lee')).toBe('Acme Corp');
    const owned = extract('Ann Lee is Acme’s chief executive.');
    expect(roleOf(owned, 'Ann Lee')).toBe('chief executive');
    expect(affiliationOf(owned, 'Ann Lee')).toBe('Acme');
  });

  it('does not take the next name’s title for an appositive ("Tom Kerr, skipper Wade Bassi and …")', () => {
    const article = extract('Tom Kerr, skipper Wade Bassi and two deckhands set off.');
    expect(roleOf(article, 'Tom Kerr')).toBeUndefined();
    expect(roleOf(article, 'Wade Bassi')).toBe('skipper');
  });

  it('does not read a verb phrase after the comma as a role ("X, said to be a nurse,")', () => {
    expect(roleOf(extract('Ann Lee, said to be a nurse, declined to comment.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads a role before the name back to the article’s first word, up to four words before its noun', () => {
    expect(roleOf(extract('Former president, Ann Lee, said little.'), 'Ann Lee')).toBe('Former president');
    expect(roleOf(extract('Long-serving former regional health minister, Ann Lee, said little.'), 'Ann Lee')).toBe(
      'Long-serving former regional health minister',
    );
  });

  it('reads no role before "named X" from another clause or a word that is no role', () => {
    expect(roleOf(extract('The nurse met Ingrid Solberg on Monday.'), 'Ingrid Solberg')).toBeUndefined();
    expect(roleOf(extract('She married a Norwegian named Ingrid Solberg.'), 'Ingrid Solberg')).toBeUndefined();
  });

  it('gives a singular title to the first name only, not to the list after it', () => {
    const article = extract('Editor Kate Hudson and Tom Kerr agreed.');
    expect(roleOf(article, 'Kate Hudson')).toBe('Editor');
    expect(roleOf(article, 'Tom Kerr')).toBeUndefined();
  });
});

describe('where an appositive’s role stops, and which words may stand in it', () => {
  const affiliationOf = (article: ReturnType<typeof extract>, name: string) => entity(article, name).affiliation?.text;

  it('reads no appositive after a possessive name ("The decision was Ann Lee’s, a spokesman said")', () => {
    expect(roleOf(extract('The decision was Ann Lee’s, a spokesman said.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads "X is the mayor": a copular role with neither an owner nor a body', () => {
    const article = extract('Ann Lee is the mayor.');
    expect(roleOf(article, 'Ann Lee')).toBe('mayor');
    expect(affiliationOf(article, 'Ann Lee')).toBeUndefined();
  });

  it('ends the role at "but" or at an "and" that joins no second title, and reads on over one that does', () => {
    expect(roleOf(extract('Ann Lee, chair of Acme Corp but director of Zeta Ltd, said little.'), 'Ann Lee')).toBe(
      'chair of Acme Corp',
    );
    expect(roleOf(extract('Ann Lee, a nurse at Derriford Hospital and keen swimmer, said little.'), 'Ann Lee')).toBe(
      'nurse at Derriford Hospital',
    );
    expect(roleOf(extract('Ann Lee, director of Acme Corp and chairman of Zeta Ltd, said little.'), 'Ann Lee')).toBe(
      'director of Acme Corp and chairman of Zeta Ltd',
    );
  });

  it('ends the role at a verb ("a nurse sacked by the trust", a missing comma before "said")', () => {
    expect(roleOf(extract('Ann Lee, a nurse sacked by the trust, said little.'), 'Ann Lee')).toBe('nurse');
    const said = extract('Ann Lee, chief executive of Acme Corp said profits rose.');
    expect(roleOf(said, 'Ann Lee')).toBe('chief executive of Acme Corp');
    expect(affiliationOf(said, 'Ann Lee')).toBe('Acme Corp');
  });

  it('ends the role at a word ending in "-ing", not at "ing" inside a name ("University of Birmingham")', () => {
    const article = extract('Ann Lee, a lecturer at the University of Birmingham, said little.');
    expect(roleOf(article, 'Ann Lee')).toBe('lecturer at the University of Birmingham');
    expect(affiliationOf(article, 'Ann Lee')).toBe('University of Birmingham');
  });

  it('ends the role at a preposition that is not its own ("through", "until")', () => {
    expect(roleOf(extract('Ann Lee, a nurse through the winter, said little.'), 'Ann Lee')).toBe('nurse');
    expect(roleOf(extract('Ann Lee, a nurse until her retirement, said little.'), 'Ann Lee')).toBe('nurse');
  });

  it('reads a role before the name that is the article’s first word ("President, Ann Lee,")', () => {
    expect(roleOf(extract('President, Ann Lee, said little.'), 'Ann Lee')).toBe('President');
  });

  it('reads four words before the role’s noun and no further, so an owner five words back is not read', () => {
    const article = extract('Scotland’s former deputy chief medical officer, Ann Lee, said little.');
    expect(roleOf(article, 'Ann Lee')).toBe('former deputy chief medical officer');
    expect(affiliationOf(article, 'Ann Lee')).toBeUndefined();
  });

  it('does not take a lower-case word before the role for a title word ("She met fellow driver, X")', () => {
    expect(roleOf(extract('She met fellow driver, Ann Lee, at the depot.'), 'Ann Lee')).toBe('fellow driver');
  });

  it('reads the role before "named X" eight words back, and none from a clause between', () => {
    const surgeon = extract(
      'The boat was bought by a retired heart surgeon from Bergen in Norway named Ingrid Solberg.',
    );
    expect(roleOf(surgeon, 'Ingrid Solberg')).toBe('retired heart surgeon from Bergen in Norway');
    const trusted = extract('She wrote to a surgeon she trusted named Ingrid Solberg.');
    expect(roleOf(trusted, 'Ingrid Solberg')).toBeUndefined();
    const treated = extract('A patient treated by surgeon named Ingrid Solberg recovered.');
    expect(roleOf(treated, 'Ingrid Solberg')).toBeUndefined();
  });

  it('reads an indefinite appositive only after the word "a" or "an" ("avid birdwatcher", "vegan birdwatcher")', () => {
    expect(roleOf(extract('The prize went to Ann Lee, avid birdwatcher.'), 'Ann Lee')).toBeUndefined();
    expect(roleOf(extract('The prize went to Ann Lee, vegan birdwatcher.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads no indefinite appositive that ends on a verb ("Ann Lee, a decision widely criticised")', () => {
    expect(roleOf(extract('The prize went to Ann Lee, a decision widely criticised.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads a list after a plural role ending in -men ("the chairmen, Bob Hale and Tim Cole")', () => {
    const article = extract('The chairmen, Bob Hale and Tim Cole, met on Monday.');
    expect(roleOf(article, 'Bob Hale')).toBe('chairman');
    expect(roleOf(article, 'Tim Cole')).toBe('chairman');
    expect(roleOf(extract('The women, Ann Lee and Sara Quist, met on Monday.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads no indefinite appositive that comments on the clause ("Ann Lee, a verdict few expected")', () => {
    expect(roleOf(extract('The jury cleared Ann Lee, a verdict few expected.'), 'Ann Lee')).toBeUndefined();
    expect(roleOf(extract('Voters backed Sara Quist, a result that stunned pollsters.'), 'Sara Quist')).toBeUndefined();
    expect(roleOf(extract('The club signed Tom Reed, a rare coup.'), 'Tom Reed')).toBeUndefined();
    // The same shape with a person's noun is still a role.
    expect(roleOf(extract('The jury heard Ann Lee, a retired machinist.'), 'Ann Lee')).toBe('retired machinist');
    expect(roleOf(extract('The label signed Ann Lee, a record producer.'), 'Ann Lee')).toBe('record producer');
  });

  it('reads no copular role when no role noun follows the owner ("Ann Lee is the county’s best")', () => {
    expect(roleOf(extract('Ann Lee is the county’s best.'), 'Ann Lee')).toBeUndefined();
  });

  it('reads the role before "named X" no further than eight words back', () => {
    const article = extract(
      'The boat was bought by a retired senior heart surgeon from Bergen in Norway named Ingrid Solberg.',
    );
    expect(roleOf(article, 'Ingrid Solberg')).toBeUndefined();
  });

  it('reads no role after "the" and a participle when no role noun follows ("the sacked woman")', () => {
    expect(roleOf(extract('Ann Lee, the sacked woman, said little.'), 'Ann Lee')).toBeUndefined();
  });
});
