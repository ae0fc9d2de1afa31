import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/extraction/mention';
import { classify, genderOf } from '../../../lib/extraction/name-kind';
import type { Token } from '../../../lib/extraction/tokens';
import { entity, extract, kindOf, people, speakerOf } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';
import { wordsOf } from '../../helpers/tokens';

describe('what kind of name it is', () => {
  it('finds a person after an honorific and after a lower-case role noun', () => {
    expect(people(extract('The plan was approved by Dr. Ananth Iyer on Monday.'))).toEqual(['Ananth Iyer']);
    expect(people(extract('From the deck of his boat, skipper Wade Bassi watched the market.'))).toEqual([
      'Wade Bassi',
    ]);
  });

  it('does not make a person of one unknown word after a role noun ("Minecraft developer Mojang")', () => {
    expect(people(extract('He reported the bug to Minecraft developer Mojang last year.'))).toEqual([]);
  });

  it('finds a person named with a role appositive', () => {
    expect(people(extract('Rustem Umerov, a former cultural minister, led the talks.'))).toEqual(['Rustem Umerov']);
  });

  it('does not make a person of a place after "in", or of a list of places', () => {
    const article = extract('Over 2,000 people gathered in Santa Clara, Toronto and Brussels in 2013.');
    expect(people(article)).toEqual([]);
    expect(entity(article, 'Santa Clara').kind).toBe('place');
  });

  it('makes an organisation of a name ending in Inc, Party, Ministry or University', () => {
    const article = extract('Analysts at Harvard University and the Labour Party disagreed with Acme Widgets Inc.');
    expect(entity(article, 'Harvard University').kind).toBe('organisation');
    expect(entity(article, 'Labour Party').kind).toBe('organisation');
    expect(entity(article, 'Acme Widgets Inc').kind).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('does not make a person of a product name ending in a letter', () => {
    expect(people(extract('The controller has not changed since the Xbox One S. That revision added a jack.'))).toEqual(
      [],
    );
  });

  it('does not make a person of a compound of two names', () => {
    const article = extract('Vladimir Putin and Volodymyr Zelensky may meet. A Putin-Zelensky meeting is possible.');
    expect(people(article)).toEqual(['Vladimir Putin', 'Volodymyr Zelensky']);
  });
});

describe('what kind of name it is: places, and people compromise does not know', () => {
  it('makes places of names that open with Port, Fort, Mount, Lake or Saint', () => {
    const article = extract(
      'Port Alden said goodbye to its ferry. Fort Maddox and Mount Carver voted, and Lake Harmon stayed out. Saint Ambrose led at halftime.',
    );
    expect(people(article)).toEqual([]);
    expect(kindOf(article, 'Port Alden')).toBe('place');
    expect(kindOf(article, 'Lake Harmon')).toBe('place');
  });

  it('does not take where someone is from (", of Devon and Cornwall Police") for a person who might speak', () => {
    const article = extract(
      'Det Insp Rachel Tamsin, of Devon and Cornwall Police, said the inquiry was over.',
      '“Families were let down by someone paid to protect them,” she said.',
    );
    expect(people(article)).toEqual(['Rachel Tamsin']);
    expect(speakerOf(article, 'Families were let down')).toBe('Rachel Tamsin');
  });

  it('does not take a full name into a list of places (", and Jada Forbes had 10")', () => {
    const article = extract('Lindqvist scored 19 against Saint Ambrose, and Jada Forbes had 10.');
    expect(people(article)).toContain('Jada Forbes');
  });

  it('finds a person compromise does not know when "who" follows the name', () => {
    expect(people(extract('Hamish Doull, who chairs the water company, disagreed.'))).toEqual(['Hamish Doull']);
  });

  it('finds a person compromise does not know by the shape of the surname', () => {
    const article = extract('Bassi co-owns the schooner with Rolfe McCartney. Lars Eriksson sold them the engine.');
    expect(people(article)).toEqual(['Rolfe McCartney', 'Lars Eriksson']);
  });

  it('makes places of where someone is from after an age or a role noun ("34, from Plympton, Devon,")', () => {
    const article = extract(
      'Liam Price, 34, from Plympton, Devon, clung to the door.',
      'Amara Osei, a student from Lewisham, died in March.',
    );
    expect(people(article)).toEqual(['Liam Price', 'Amara Osei']);
    expect(kindOf(article, 'Devon')).toBe('place');
    expect(kindOf(article, 'Lewisham')).toBe('place');
  });

  it('does not take a clause after the comma for a role appositive ("Devon, clung to the driver’s door")', () => {
    const article = extract('They drove to Devon, clung to the driver’s door and wept.');
    expect(people(article)).toEqual([]);
  });

  it('finds a person after a role "for" someone in an appositive ("The state MP for Frankston, X, said")', () => {
    const article = extract('The state MP for Frankston, Rhys Delahunty, said he would meet residents.');
    expect(people(article)).toEqual(['Rhys Delahunty']);
  });

  it('does not take a pronoun after a role noun and a comma for a name ("someone’s mum, I’m glad")', () => {
    expect(people(extract('If this helps someone else’s mum, I’m glad I did it.'))).toEqual([]);
  });

  it('reads "Devon and Cornwall Police" as one organisation', () => {
    const article = extract('Devon and Cornwall Police said two men had been arrested.');
    expect(kindOf(article, 'Devon and Cornwall Police')).toBe('organisation');
  });

  it('does not take "the company" after a name for a person’s role (", the company said")', () => {
    const article = extract('Parcelwise will keep operating in New York, Chicago and Los Angeles, the company said.');
    expect(people(article)).toEqual([]);
    expect(kindOf(article, 'Los Angeles')).toBe('place');
  });
});

describe('storms and ships named like people', () => {
  it('does not make a person of a storm or a ship ("Hurricane Delia", "MV Flora MacDonald")', () => {
    expect(people(extract('Hurricane Delia pushed a storm surge into the bay.'))).toEqual([]);
    expect(people(extract('The MV Flora MacDonald stayed in port for a ninth day.'))).toEqual([]);
  });

  it('finds a person in the appositive to a role "from" a body ("A technician from the company, X,")', () => {
    const article = extract('A technician from the company, Gordon Flett, visits twice a year.');
    expect(people(article)).toEqual(['Gordon Flett']);
    expect(entity(article, 'Gordon Flett').role?.text).toBe('technician from the company');
  });

  it('does not make a person of the state after a hometown ("a guard from Lake Tiller, New York,")', () => {
    const article = extract('Jo Ellison, a junior guard from Lake Tiller, New York, made five 3-pointers.');
    expect(people(article)).toEqual(['Jo Ellison']);
  });

  it('makes organisations of names ending in Force, Hotel or Rail', () => {
    const article = extract(
      'Network Rail said a tree had fallen.',
      'A spokesman for the Malawi Defence Force, Lt Col Gift Nyirenda, said troops would stay in barracks.',
      'She ran the kitchen at the Albert Hotel for years.',
    );
    expect(people(article)).toEqual(['Gift Nyirenda']);
    expect(kindOf(article, 'Network Rail')).toBe('organisation');
    expect(kindOf(article, 'Malawi Defence Force')).toBe('organisation');
  });

  it('does not make a person of a street or a body that "said", nor of a name after an organisation’s noun', () => {
    const article = extract(
      'Downing Street said the Prime Minister had full confidence in him.',
      'Swiss group Lindqvist Chocolatiers said in October it would raise prices.',
    );
    expect(people(article)).toEqual([]);
    expect(kindOf(article, 'Lindqvist Chocolatiers')).toBe('organisation');
  });

  it('does not make a person of a place a title owns ("King’s Cross")', () => {
    expect(people(extract('Commuters at King’s Cross on Thursday evening were resigned.'))).toEqual([]);
  });

  it('reads a number set off by commas as an age, and one before a street as an address', () => {
    expect(people(extract('Wade Bassi, 43, said the boat was sound.'))).toEqual(['Wade Bassi']);
    expect(people(extract('Dinner at Ata, 14 Blossom Street, Manchester, is about £110 for two.'))).toEqual([]);
  });
});

describe('football clubs', () => {
  it('makes organisations of clubs named "… Rovers", "… Athletic", "… United"', () => {
    const article = extract(
      'Harlow Athletic lost 2-1 to Castleford Rovers on Saturday, and Eastport United won again.',
    );
    expect(kindOf(article, 'Harlow Athletic')).toBe('organisation');
    expect(kindOf(article, 'Castleford Rovers')).toBe('organisation');
    expect(kindOf(article, 'Eastport United')).toBe('organisation');
    expect(people(article)).toEqual([]);
  });

  it('does not give "the club said" to the newspaper when the club is named beside it', () => {
    const article = extract(
      'Castleford Rovers declined to comment on the referee when approached by the Chronicle.',
      '“We have nothing to add to what was said after the game,” the club said.',
    );
    expect(speakerOf(article, 'We have nothing')).toBeUndefined();
  });
});

describe('institutions named like people', () => {
  it('takes “Queen’s College Belfast” for an organisation though a "who" follows it', () => {
    const article = extract(
      'The errors were found by Dr Ines Falkner, a statistician at Queen’s College Belfast, who checked every table.',
    );
    expect(kindOf(article, 'Queen’s College Belfast')).toBe('organisation');
    expect(people(article)).toEqual(['Ines Falkner']);
  });
});

describe('a person’s gender from the honorific or the given name', () => {
  const given = (sentence: string, word: string) => {
    const w = wordsOf(sentence);
    return w.tokens[w.at(word)] as Token;
  };
  const anna = given('Anna Petrova spoke.', 'Anna');
  const sam = given('Sam Lee spoke.', 'Sam');

  it('takes a man’s honorific over the given name, with or without its full stop', () => {
    for (const honorific of ['Mr.', 'Mr', 'MR', 'Sir', 'Lord']) expect(genderOf(honorific, anna, 2)).toBe('male');
  });

  it('takes a woman’s honorific over the given name', () => {
    for (const honorific of ['Mrs.', 'Ms', 'Miss', 'Dame', 'Lady']) expect(genderOf(honorific, sam, 2)).toBe('female');
  });

  it('reads a given name compromise knows, but only when a surname follows it', () => {
    expect(genderOf(undefined, sam, 2)).toBe('male');
    expect(genderOf(undefined, anna, 3)).toBe('female');
    expect(genderOf(undefined, sam, 1)).toBeUndefined();
    expect(genderOf('Dr', anna, 1)).toBeUndefined();
  });

  it('states no gender for an honorific that gives none and a given name no list holds', () => {
    expect(genderOf('Dr', given('Casey Lee spoke.', 'Casey'), 2)).toBeUndefined();
  });
});

describe('the kind a name’s own words give, before the sentence around it is weighed', () => {
  /** The kind `classify` gives the name `name` of `sentence`, with no evidence but what `extra` states. */
  const kind = (sentence: string, name: string, extra: Partial<Mention> = {}) => {
    const w = wordsOf(sentence);
    const words = name.split(' ');
    const first = w.at(words[0] as string);
    const run = w.tokens.slice(first, first + words.length);
    const last = first + words.length - 1;
    const start = (run[0] as Token).start;
    return classify(mentionAt(name, start, { kind: 'unknown', first, last, runFirst: first, ...extra }), run);
  };

  it('makes nothing of one word that only ends an organisation’s or a place’s name, or opens a place’s', () => {
    expect(kind('The Trust said no.', 'Trust')).toBe('unknown');
    expect(kind('They met on the Street.', 'Street')).toBe('unknown');
    expect(kind('She moved to Port in May.', 'Port')).toBe('unknown');
    expect(kind('The Hurricane pushed on.', 'Hurricane')).toBe('unknown');
  });

  it('makes a place of "Port …" or "Glen …" but not of a name after an honorific ("Dr Glen Howard")', () => {
    expect(kind('The plan was drawn up by Glen Howard.', 'Glen Howard')).toBe('place');
    expect(kind('The plan was drawn up by Dr Glen Howard.', 'Glen Howard', { honorific: 'Dr' })).toBe('person');
  });

  it('makes an organisation of an iwi ("Ngāti Whātua"), and nothing of the word alone', () => {
    expect(kind('Ngāti Whātua signed the deal.', 'Ngāti Whātua')).toBe('organisation');
    expect(kind('Ngāti signed the deal.', 'Ngāti')).toBe('unknown');
  });

  it('makes nothing of a storm even with a person’s evidence', () => {
    expect(kind('Hurricane Delia pushed a surge into the bay.', 'Hurricane Delia', { personEvidence: true })).toBe(
      'unknown',
    );
  });

  it('makes an organisation of an institution’s word inside a name, but not of one that opens a street', () => {
    expect(kind('The Royal College of Art said no.', 'Royal College of Art')).toBe('organisation');
    expect(kind('They met on Hospital Street.', 'Hospital Street')).toBe('place');
  });

  it('makes nothing of a name ending on a title, singular or plural, unless that word is a surname', () => {
    expect(kind('The Mozilla Reps met.', 'Mozilla Reps')).toBe('unknown');
    expect(kind('The Mozilla Rep met.', 'Mozilla Rep')).toBe('unknown');
    expect(kind('He thanked Tom Speaker for it.', 'Tom Speaker')).toBe('person');
  });

  it('makes nothing of one hyphenated compound of names, but keeps a double-barrelled surname', () => {
    expect(kind('He met Hughes-Davies there.', 'Hughes-Davies')).toBe('unknown');
    expect(kind('He met Elin Hughes-Davies there.', 'Elin Hughes-Davies')).toBe('person');
  });

  it('makes a person of a surname’s shape only when the name is two or three words long', () => {
    expect(kind('Rolfe McCartney sold it.', 'Rolfe McCartney')).toBe('person');
    expect(kind('Rolfe Mcartney sold it.', 'Rolfe Mcartney')).toBe('unknown');
    expect(kind('He spoke to Ivo Ovson.', 'Ivo Ovson')).toBe('person');
    expect(kind('He spoke to Ivo Dov.', 'Ivo Dov')).toBe('unknown');
  });
});

describe('the kind a name’s words give, weighed by compromise’s tags', () => {
  const kind = (sentence: string, name: string, extra: Partial<Mention> = {}) => {
    const w = wordsOf(sentence);
    const words = name.split(' ');
    const first = w.at(words[0] as string);
    const run = w.tokens.slice(first, first + words.length);
    const start = (run[0] as Token).start;
    return classify(
      mentionAt(name, start, { kind: 'unknown', first, last: first + words.length - 1, runFirst: first, ...extra }),
      run,
    );
  };

  it('makes a person of one storm’s word a person’s evidence names ("Mr Storm")', () => {
    expect(kind('Mr Storm said no.', 'Storm', { honorific: 'Mr', personEvidence: true })).toBe('person');
  });

  it('reads a given name that is a compound as a person’s ("Jean-Luc Picard")', () => {
    expect(kind('Jean-Luc Picard spoke.', 'Jean-Luc Picard')).toBe('person');
  });

  it('makes a place of a street, and nothing of a product ending on a letter', () => {
    expect(kind('They met on Baker Street.', 'Baker Street')).toBe('place');
    expect(kind('The Xbox One X costs more.', 'Xbox One X')).toBe('unknown');
  });

  it('weighs the tags: an organisation’s, a place’s, a person’s, or none', () => {
    expect(kind('Shares of Goldman Sachs rose.', 'Goldman Sachs')).toBe('organisation');
    expect(kind('The Boston Globe said no.', 'Boston Globe')).toBe('organisation');
    expect(kind('They drove to Paris Texas.', 'Paris Texas')).toBe('place');
    expect(kind('Berlin said no.', 'Berlin')).toBe('place');
    expect(kind('He met Anna there.', 'Anna')).toBe('person');
    expect(kind('He met Kallas there.', 'Kallas')).toBe('unknown');
  });

  it('does not take a surname’s shape after a place’s word, or in a name of four words', () => {
    expect(kind('He visited Texas Ovson.', 'Texas Ovson')).toBe('place');
    expect(kind('He met Ivo Dov Ovson there.', 'Ivo Dov Ovson')).toBe('person');
    expect(kind('He met Ivo Dov Ivo Ovson there.', 'Ivo Dov Ivo Ovson')).toBe('unknown');
  });
});

// compromise's tags set by hand, so that each rule of the weighing sees exactly the tags it names.
describe('the weighing of a name’s tags, on words tagged by hand', () => {
  const word = (text: string, ...tags: string[]): Token => ({
    text,
    start: 0,
    end: text.length,
    sentence: 0,
    tags: new Set(tags),
  });
  const kind = (...run: Token[]) => {
    const name = run.map((t) => t.text).join(' ');
    return classify(mentionAt(name, 0, { kind: 'unknown', first: 0, last: run.length - 1, runFirst: 0 }), run);
  };

  it('states no gender for a given name that is both a man’s and a woman’s', () => {
    expect(genderOf(undefined, word('Jordan', 'Person', 'FirstName', 'MaleName', 'FemaleName'), 2)).toBeUndefined();
  });

  it('reads a surname printed in capitals ("Jean DUPONT"), not as an initial', () => {
    expect(kind(word('Jean', 'Person', 'FirstName'), word('DUPONT'))).toBe('person');
  });

  it('gives a tie between an organisation’s and a person’s or a place’s words to the organisation', () => {
    expect(kind(word('Ardo', 'Organization'), word('Belk', 'Person'))).toBe('organisation');
    expect(kind(word('Ardo', 'Organization'), word('Belk', 'Place'))).toBe('organisation');
    expect(kind(word('Ardo', 'Organization'), word('Belk', 'Person'), word('Cirn', 'Person'))).toBe('person');
    expect(kind(word('Ardo', 'Organization'), word('Belk', 'Place'), word('Cirn', 'Place'))).toBe('place');
  });

  it('gives a tie between a place’s and a person’s words to the place', () => {
    expect(kind(word('Ardo', 'Place'), word('Belk', 'Person'))).toBe('place');
    expect(kind(word('Ardo', 'Place'), word('Belk', 'Person'), word('Cirn', 'Person'))).toBe('person');
  });

  it('counts a given name twice, as a person’s word and as a given name', () => {
    expect(kind(word('Ardo', 'Place'), word('Anna', 'Person', 'FirstName'))).toBe('person');
  });

  it('takes a name opening on a given name, even a title word tagged as one ("Judge Dunn"), for a person, unless an organisation’s or a place’s words outweigh it', () => {
    expect(kind(word('Judge', 'Person', 'FirstName'), word('Dunn'))).toBe('person');
    const anna = word('Anna', 'Person', 'FirstName');
    expect(kind(anna, word('Zeta', 'Organization'), word('Wex', 'Organization'))).toBe('organisation');
    expect(kind(anna, word('Zeta', 'Place'), word('Wex', 'Place'))).toBe('place');
  });

  it('counts neither an initial nor a title word as evidence', () => {
    expect(kind(word('Q', 'Organization'), word('Dunn', 'Person'))).toBe('person');
    expect(kind(word('Minister', 'Person'), word('Dunn'))).toBe('unknown');
  });

  it('reads a surname’s shape in a name of two words, not in one word alone, nor over an organisation’s tag', () => {
    expect(kind(word('Ivo'), word('Ovson'))).toBe('person');
    expect(kind(word('Ovson'))).toBe('unknown');
    expect(kind(word('Ivo'), word('Ovson', 'Organization'))).toBe('organisation');
  });
});
