import { describe, expect, it } from 'vitest';
import { type EntityCluster, foldName, groupNames, resolvePeople } from '../../../lib/extraction/coreference';
import type { Mention } from '../../../lib/extraction/mention';
import { entity, extract, people, roleOf, speakerOf } from '../../helpers/extraction';
import { mentionAt } from '../../helpers/mention';

describe('coreference', () => {
  it('merges the surname, Mr. + surname and the possessive into the full name', () => {
    const article = extract(
      'Defence Minister Rustem Umerov arrived early.',
      'Umerov spoke first. Mr. Umerov then left. Umerov’s team stayed.',
    );
    expect(people(article)).toEqual(['Rustem Umerov']);
    const umerov = entity(article, 'Rustem Umerov');
    expect(umerov.forms).toEqual(expect.arrayContaining(['Umerov', 'Mr. Umerov']));
    expect(umerov.introducedIn).toBe('s1');
    expect(umerov.sentences).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('resolves a surname used before the full name', () => {
    const article = extract('Umerov spoke first.', 'Defence Minister Rustem Umerov arrived early.');
    expect(people(article)).toEqual(['Rustem Umerov']);
    expect(entity(article, 'Rustem Umerov').introducedIn).toBe('s1');
  });

  it('keeps Anna Berg and Lars Berg apart', () => {
    const article = extract('Professor Anna Berg met her brother, Lars Berg, a lawyer.');
    expect(people(article).sort()).toEqual(['Anna Berg', 'Lars Berg']);
  });

  it('leaves a bare shared surname unresolved', () => {
    const article = extract(
      'Professor Anna Berg met her brother, Lars Berg, a lawyer.',
      'Berg said nothing. Berg left.',
    );
    for (const name of ['Anna Berg', 'Lars Berg']) {
      expect(entity(article, name).forms).toEqual([]);
      expect(entity(article, name).sentences).toEqual(['s1']);
    }
  });

  it('gives "Mr. Berg" to Lars Berg, not Anna Berg, when the honorific tells them apart', () => {
    const article = extract('Professor Anna Berg met her brother, Lars Berg, a lawyer.', 'Mr. Berg left early.');
    expect(entity(article, 'Lars Berg').forms).toContain('Mr. Berg');
    expect(entity(article, 'Anna Berg').forms).toEqual([]);
  });

  it('does not give "Mrs Mugabe" to Robert Mugabe', () => {
    const article = extract('Robert Mugabe stayed at home. Mrs Mugabe has not been seen since Tuesday.');
    expect(people(article)).toEqual(['Robert Mugabe']);
    expect(entity(article, 'Robert Mugabe').forms).toEqual([]);
  });

  it('joins a name with a middle initial and a name with a particle', () => {
    const article = extract(
      'President-elect Donald J. Trump said little. Donald Trump later spoke.',
      'Osama bin Laden lived in Khartoum. Bin Laden’s agents struck in 1998.',
    );
    expect(people(article)).toEqual(['Donald J. Trump', 'Osama bin Laden']);
    expect(entity(article, 'Osama bin Laden').forms).toContain('Bin Laden');
  });

  it('makes a person of a surname with an honorific when no full name is given', () => {
    const article = extract('Officials said Mr. Bashir must be held accountable.');
    expect(people(article)).toEqual(['Bashir']);
    expect(entity(article, 'Bashir').forms).toEqual(['Mr. Bashir']);
  });

  it('gives each entity a unique slug id', () => {
    const article = extract('Anna Berg, a lawyer, met Berg Holdings Inc and Anna-Berg Park.');
    const ids = article.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('coreference: people compromise does not know', () => {
  it('finds a relative by the surname of a person the article names', () => {
    const article = extract(
      'Kit Penrose lights the stove every morning.',
      'She took over the yard from her father, Michael Penrose, in 2021.',
    );
    expect(people(article).sort()).toEqual(['Kit Penrose', 'Michael Penrose']);
  });

  it('joins a given name alone to the one person who has it', () => {
    const article = extract(
      'Her father, Michael Penrose, still comes in.',
      '“When Dad ran it, you built one boat a year,” Kit Penrose says.',
      '“She is better than I was,” Michael says.',
    );
    expect(entity(article, 'Michael Penrose').forms).toContain('Michael');
    expect(speakerOf(article, 'She is better')).toBe('Michael Penrose');
  });

  it('joins an honorific before a family name printed first ("Madam Goh" is Goh Siew Lan)', () => {
    const article = extract(
      'Madam Goh Siew Lan, 71, a fishball noodle seller, said she did not know if she would return.',
      'Madam Goh said she would decide after Chinese New Year. “If my legs are still okay, I will come back,” she said.',
    );
    expect(people(article)).toEqual(['Goh Siew Lan']);
    expect(entity(article, 'Goh Siew Lan').forms).toContain('Madam Goh');
  });

  it('joins an honorific before a given name inside a full name ("Mr Faizal" is Muhammad Faizal Ibrahim)', () => {
    const article = extract(
      'Mr Muhammad Faizal Ibrahim, 38, a stallholder, said the assurance was not enough.',
      '“Two years is nothing,” Mr Faizal said.',
    );
    expect(people(article)).toEqual(['Muhammad Faizal Ibrahim']);
    expect(speakerOf(article, 'Two years is nothing')).toBe('Muhammad Faizal Ibrahim');
    // Without an honorific a middle word alone names nobody new and joins no one.
    expect(people(extract('Muhammad Faizal Ibrahim, a stallholder, spoke.', 'Faizal left.'))).toEqual([
      'Muhammad Faizal Ibrahim',
    ]);
  });

  it('does not join a given name two people share', () => {
    const article = extract(
      'Michael Penrose and Michael Tregear both came.',
      '“We will stay until the boat is finished,” Michael says.',
    );
    expect(speakerOf(article, 'We will stay')).toBeUndefined();
  });
});

describe('coreference: particles, names two people fit, given names compromise does not know', () => {
  it('joins a bare surname to a name that prints it after a particle ("Bashir" for Omar al-Bashir)', () => {
    const article = extract('Sudan’s former president Omar al-Bashir was arrested.', 'Bashir denies the charges.');
    expect(people(article)).toEqual(['Omar al-Bashir']);
    expect(entity(article, 'Omar al-Bashir').forms).toEqual(['Bashir']);
    expect(entity(article, 'Omar al-Bashir').sentences).toEqual(['s1', 's2']);
  });

  it('joins a shorter full name to neither of two fuller names it fits, and makes nobody new of it', () => {
    const article = extract('Lars Anna Berg and Anna Maria Berg both testified.', 'Anna Berg left first.');
    expect(people(article)).toEqual(['Lars Anna Berg', 'Anna Maria Berg']);
    for (const name of people(article)) expect(entity(article, name).sentences).toEqual(['s1']);
  });

  it('keeps apart two people who share a given name and a surname but not a middle name', () => {
    const article = extract(
      'Anna Maria Berg chairs the committee.',
      'Anna Lisa Berg, her cousin, runs the fund.',
      'Berg said nothing.',
    );
    expect(people(article)).toEqual(['Anna Maria Berg', 'Anna Lisa Berg']);
    expect(entity(article, 'Anna Maria Berg').sentences).toEqual(['s1']);
    expect(entity(article, 'Anna Maria Berg').role).toBeUndefined();
    expect(roleOf(article, 'Anna Lisa Berg')).toBe('cousin');
    expect(entity(article, 'Anna Lisa Berg').sentences).toEqual(['s2']);
  });

  it('still joins a full name with its middle name to the same name without it', () => {
    const article = extract('John Paul Stevens wrote the opinion.', 'John Stevens, a justice, said little.');
    expect(people(article)).toEqual(['John Paul Stevens']);
    expect(entity(article, 'John Paul Stevens').sentences).toEqual(['s1', 's2']);
  });

  it('joins a given name of unknown kind to the one person who has it, and gives them its quote', () => {
    const article = extract(
      'Rolfe McCartney, a farmer, sold the land.',
      '“We had no choice at all in the end,” Rolfe says.',
    );
    expect(article.entities.map((e) => e.name)).toEqual(['Rolfe McCartney']);
    expect(speakerOf(article, 'We had no choice')).toBe('Rolfe McCartney');
  });
});

describe('coreference of the mentions the name finder gives', () => {
  /** Each cluster as its name and the names of its mentions, in the order they joined it. */
  const clusters = (list: EntityCluster[]) => list.map((c) => [c.name, ...c.mentions.map((m) => m.form)]);

  it('joins a bare surname of no stated gender to neither of two people, though one’s gender is known', () => {
    const mentions = [
      mentionAt('Anna Berg', 0, { gender: 'female' }),
      mentionAt('Lars Berg', 20),
      mentionAt('Berg', 40),
    ];
    expect(clusters(resolvePeople(mentions))).toEqual([
      ['Anna Berg', 'Anna Berg'],
      ['Lars Berg', 'Lars Berg'],
    ]);
  });

  it('joins a name to the same name with a middle initial, and a shorter name to a fuller one printed later that ends in it', () => {
    const trump = [
      mentionAt('Donald Trump', 0),
      mentionAt('Donald J. Trump', 20, { words: ['Donald', 'J.', 'Trump'] }),
    ];
    expect(clusters(resolvePeople(trump))).toEqual([['Donald Trump', 'Donald Trump', 'Donald J. Trump']]);
    const laden = [mentionAt('Bin Laden', 0), mentionAt('Osama bin Laden', 20)];
    expect(clusters(resolvePeople(laden))).toEqual([['Osama bin Laden', 'Osama bin Laden', 'Bin Laden']]);
  });

  it('joins a bare surname to a name that prints it after a particle, and not to a different surname', () => {
    const mentions = [mentionAt('Omar al-Bashir', 0), mentionAt('Bashir', 20), mentionAt('Turabi', 30)];
    expect(clusters(resolvePeople(mentions))).toEqual([
      ['Omar al-Bashir', 'Omar al-Bashir', 'Bashir'],
      ['Turabi', 'Turabi'],
    ]);
  });

  it('makes nobody new of a name that reads as a person’s but is the given name of two people', () => {
    const mentions = [
      mentionAt('Michael Penrose', 0),
      mentionAt('Michael Tregear', 20),
      mentionAt('Michael', 40, { personEvidence: true }),
    ];
    expect(clusters(resolvePeople(mentions))).toEqual([
      ['Michael Penrose', 'Michael Penrose'],
      ['Michael Tregear', 'Michael Tregear'],
    ]);
  });

  it('makes a person of a lone name only when it reads as a person’s, in the prose, and not as a bare given name', () => {
    expect(clusters(resolvePeople([mentionAt('Bashir', 0, { personEvidence: true })]))).toEqual([['Bashir', 'Bashir']]);
    expect(resolvePeople([mentionAt('Brightwater', 0, { kind: 'unknown' })])).toEqual([]);
    expect(resolvePeople([mentionAt('Bashir', 0, { personEvidence: true, weak: true })])).toEqual([]);
    expect(resolvePeople([mentionAt('Hakan', 0, { givenName: true })])).toEqual([]);
    expect(clusters(resolvePeople([mentionAt('Hakan', 0, { givenName: true, personEvidence: true })]))).toEqual([
      ['Hakan', 'Hakan'],
    ]);
  });

  it('makes a person of an unknown name of two or three words ending in the surname of a person the prose names', () => {
    const kindsAfter = (source: Mention, ...unknown: string[]) => {
      const names = unknown.map((name, i) => mentionAt(name, 100 + 40 * i, { kind: 'unknown' }));
      resolvePeople([source, ...names]);
      return names.map((m) => m.kind);
    };
    const michael = mentionAt('Michael Penrose', 0);
    expect(kindsAfter(michael, 'Kit Penrose', 'Kit Anna Penrose')).toEqual(['person', 'person']);
    // A one-word surname is no family's name, unless a title or honorific said it is a person's.
    expect(kindsAfter(mentionAt('Penrose', 0), 'Kit Penrose')).toEqual(['unknown']);
    expect(kindsAfter(mentionAt('Penrose', 0, { personEvidence: true }), 'Kit Penrose')).toEqual(['person']);
    // A heading's name, or a name that is not a person's, gives no surname.
    expect(kindsAfter(mentionAt('Michael Penrose', 0, { weak: true }), 'Kit Penrose')).toEqual(['unknown']);
    expect(kindsAfter(mentionAt('Michael Penrose', 0, { kind: 'unknown' }), 'Kit Penrose')).toEqual(['unknown']);
    // Not a lone word, not four words, not another surname, not a heading's name.
    expect(kindsAfter(michael, 'Penrose', 'Anna Maria Kit Penrose', 'Kit Tregear')).toEqual([
      'unknown',
      'unknown',
      'unknown',
    ]);
    const heading = mentionAt('Kit Penrose', 100, { kind: 'unknown', weak: true });
    resolvePeople([michael, heading]);
    expect(heading.kind).toBe('unknown');
  });

  it('leaves a name the evidence made an organisation’s or a place’s as it was, whatever its last word', () => {
    const bank = mentionAt('Penrose Bank Penrose', 100, { kind: 'organisation' });
    const bay = mentionAt('Kit Penrose', 140, { kind: 'place' });
    resolvePeople([mentionAt('Michael Penrose', 0), bank, bay]);
    expect([bank.kind, bay.kind]).toEqual(['organisation', 'place']);
  });
});

describe('grouping the names of organisations and places', () => {
  const groups = (mentions: Mention[], people: EntityCluster[] = []) =>
    groupNames(mentions, 'organisation', people).map((c) => [c.name, ...c.mentions.map((m) => m.start)]);
  const org = (name: string, start: number, extra: Partial<Mention> = {}) =>
    mentionAt(name, start, { kind: 'organisation', ...extra });

  it('groups an organisation’s mentions by folded name, the first printed naming the group', () => {
    expect(groups([org('Penrose Boats', 0), org('PENROSE  BOATS', 20), org('Tregear Yard', 40)])).toEqual([
      ['Penrose Boats', 0, 20],
      ['Tregear Yard', 40],
    ]);
  });

  it('adds a heading’s mention and a mention of unknown kind to a group the prose made, and makes no group of them', () => {
    const mentions = [
      org('Penrose Boats', 0, { weak: true }),
      org('Penrose Boats', 20),
      mentionAt('Penrose Boats', 40, { kind: 'unknown' }),
      org('Tregear Yard', 60, { weak: true }),
      mentionAt('Brightwater', 80, { kind: 'unknown' }),
    ];
    expect(groups(mentions)).toEqual([['Penrose Boats', 20, 0, 40]]);
  });

  it('leaves out mentions of another kind, though they print the same name', () => {
    const mentions = [
      org('Georgia', 0),
      mentionAt('Georgia', 20, { kind: 'place' }),
      mentionAt('Georgia', 40, { kind: 'place', weak: true }),
      mentionAt('Georgia', 60, { kind: 'person' }),
    ];
    expect(groups(mentions)).toEqual([['Georgia', 0]]);
  });

  it('leaves out a name that names a person, of one word or more', () => {
    const people: EntityCluster[] = [
      { kind: 'person', name: 'Morgan Stanley', mentions: [mentionAt('Morgan Stanley', 0)] },
      { kind: 'person', name: 'Tregear', mentions: [mentionAt('Tregear', 20)] },
    ];
    const mentions = [
      org('Morgan Stanley', 40),
      org('Tregear', 60),
      mentionAt('Morgan Stanley', 80, { kind: 'unknown' }),
      org('Penrose Boats', 100),
    ];
    expect(groups(mentions, people)).toEqual([['Penrose Boats', 100]]);
  });
});

describe('a name folded for comparison', () => {
  it('is the project’s fold, trimmed, without a possessive ending', () => {
    expect(foldName(" Umerov's ")).toBe('umerov');
    expect(foldName('UMEROV')).toBe('umerov');
    expect(foldName('Umerov’s')).toBe('umerov');
    expect(foldName("Jones's team")).toBe("jones's team");
  });
});

describe('coreference of surnames, honorifics and given names, mention by mention', () => {
  const clusters = (list: EntityCluster[]) => list.map((c) => [c.name, ...c.mentions.map((m) => m.form)]);
  /** A surname printed after an honorific, as the name finder gives it ("Mr. Umerov"). */
  const titled = (honorific: string, surname: string, start: number, gender: 'male' | 'female') =>
    mentionAt(surname, start, { form: `${honorific} ${surname}`, honorific, gender, personEvidence: true });

  it('joins a bare surname and the surname with an honorific of the same gender to the one person who has it, whatever is known of their gender', () => {
    const known = [
      mentionAt('Rustem Umerov', 0, { gender: 'male' }),
      mentionAt('Umerov', 20),
      titled('Mr.', 'Umerov', 40, 'male'),
    ];
    const found = resolvePeople(known);
    expect(clusters(found)).toEqual([['Rustem Umerov', 'Rustem Umerov', 'Umerov', 'Mr. Umerov']]);
    expect(found.map((c) => c.kind)).toEqual(['person']);
    const unknown = [mentionAt('Rustem Umerov', 0), titled('Mr.', 'Umerov', 40, 'male')];
    expect(clusters(resolvePeople(unknown))).toEqual([['Rustem Umerov', 'Rustem Umerov', 'Mr. Umerov']]);
  });

  it('gives a surname with an honorific of the other gender to nobody, and makes nobody new of it', () => {
    const mentions = [mentionAt('Robert Mugabe', 0, { gender: 'male' }), titled('Mrs', 'Mugabe', 40, 'female')];
    expect(clusters(resolvePeople(mentions))).toEqual([['Robert Mugabe', 'Robert Mugabe']]);
  });

  it('gives a surname two people share to the one whose gender its honorific states, known from any of their mentions', () => {
    const mentions = [
      mentionAt('Lars Berg', 0),
      mentionAt('Lars Berg', 20, { gender: 'male' }),
      mentionAt('Anna Berg', 40, { gender: 'female' }),
      titled('Mr.', 'Berg', 60, 'male'),
      titled('Ms.', 'Berg', 80, 'female'),
    ];
    expect(clusters(resolvePeople(mentions))).toEqual([
      ['Lars Berg', 'Lars Berg', 'Lars Berg', 'Mr. Berg'],
      ['Anna Berg', 'Anna Berg', 'Ms. Berg'],
    ]);
    const unknownGenders = [mentionAt('Lars Berg', 0), mentionAt('Anna Berg', 20), titled('Mr.', 'Berg', 40, 'male')];
    expect(clusters(resolvePeople(unknownGenders))).toEqual([
      ['Lars Berg', 'Lars Berg'],
      ['Anna Berg', 'Anna Berg'],
    ]);
    // Lars Berg is known as a man, Kim Berg's gender is not: "Mr. Berg" is the one known to fit.
    const oneKnown = [
      mentionAt('Lars Berg', 0, { gender: 'male' }),
      mentionAt('Kim Berg', 20),
      titled('Mr.', 'Berg', 40, 'male'),
    ];
    expect(clusters(resolvePeople(oneKnown))).toEqual([
      ['Lars Berg', 'Lars Berg', 'Mr. Berg'],
      ['Kim Berg', 'Kim Berg'],
    ]);
  });

  it('joins a bare surname printed with its particle to the person', () => {
    const mentions = [mentionAt('Omar al-Bashir', 0), mentionAt('al-Bashir', 20)];
    expect(clusters(resolvePeople(mentions))).toEqual([['Omar al-Bashir', 'Omar al-Bashir', 'al-Bashir']]);
  });

  it('joins no bare name to the second half of a double-barrelled surname', () => {
    const mentions = [mentionAt('Anna Smith-Jones', 0), mentionAt('Jones', 20, { personEvidence: true })];
    expect(clusters(resolvePeople(mentions))).toEqual([
      ['Anna Smith-Jones', 'Anna Smith-Jones'],
      ['Jones', 'Jones'],
    ]);
  });

  it('joins no organisation to a person the article names by one word only, though its name opens with it', () => {
    const mentions = [
      mentionAt('Tregear', 0, { personEvidence: true }),
      mentionAt('Tregear Boats', 40, { kind: 'organisation' }),
    ];
    expect(clusters(resolvePeople(mentions))).toEqual([['Tregear', 'Tregear']]);
  });

  it('joins a full name to the same name with a middle name, and one that fits two fuller names to neither', () => {
    const stevens = [mentionAt('John Paul Stevens', 0), mentionAt('John Stevens', 20)];
    expect(clusters(resolvePeople(stevens))).toEqual([['John Paul Stevens', 'John Paul Stevens', 'John Stevens']]);
    const bergs = [mentionAt('Lars Anna Berg', 0), mentionAt('Anna Maria Berg', 20), mentionAt('Anna Berg', 40)];
    expect(clusters(resolvePeople(bergs))).toEqual([
      ['Lars Anna Berg', 'Lars Anna Berg'],
      ['Anna Maria Berg', 'Anna Maria Berg'],
    ]);
  });

  it('joins a heading’s full name to the person the prose names, and makes nobody of a heading’s name alone or of an initial alone', () => {
    const mentions = [
      mentionAt('Michael Penrose', 0),
      mentionAt('Michael Penrose', 40, { weak: true }),
      mentionAt('Kit Penrose', 60, { weak: true }),
    ];
    expect(clusters(resolvePeople(mentions))).toEqual([['Michael Penrose', 'Michael Penrose', 'Michael Penrose']]);
    expect(resolvePeople([mentionAt('Anna Berg', 0, { weak: true })])).toEqual([]);
    // An initial alone ("Mr. J.") is nobody's name.
    expect(resolvePeople([mentionAt('J.', 0, { personEvidence: true })])).toEqual([]);
  });

  it('names a person by the fullest form, the first printed of two as full, and lists the mentions in printed order, whatever order they come in', () => {
    const trump = [mentionAt('Donald J Trump', 20, { words: ['Donald', 'J', 'Trump'] }), mentionAt('Donald Trump', 0)];
    expect(clusters(resolvePeople(trump))).toEqual([['Donald Trump', 'Donald Trump', 'Donald J Trump']]);
    const umerov = [mentionAt('Umerov', 60), mentionAt('Rustem Umerov', 0), titled('Mr.', 'Umerov', 30, 'male')];
    expect(clusters(resolvePeople(umerov))).toEqual([['Rustem Umerov', 'Rustem Umerov', 'Mr. Umerov', 'Umerov']]);
    const lone = [mentionAt('Turabi', 50, { personEvidence: true }), mentionAt('Bashir', 10, { personEvidence: true })];
    expect(clusters(resolvePeople(lone))).toEqual([
      ['Bashir', 'Bashir'],
      ['Turabi', 'Turabi'],
    ]);
  });

  it('joins a given name alone to the person who has it, but not a place or an organisation of that name, nor a longer name ending in it', () => {
    const mentions = [
      mentionAt('Morgan Freeman', 0),
      mentionAt('Morgan', 20, { kind: 'organisation' }),
      mentionAt('Georgia Harrison', 30),
      mentionAt('Georgia', 50, { kind: 'place' }),
      mentionAt('Kit Morgan', 60, { kind: 'unknown' }),
      mentionAt('Morgan', 80, { kind: 'unknown' }),
    ];
    expect(clusters(resolvePeople(mentions))).toEqual([
      ['Morgan Freeman', 'Morgan Freeman', 'Morgan'],
      ['Georgia Harrison', 'Georgia Harrison'],
    ]);
    expect(resolvePeople(mentions)[0]?.mentions.at(-1)?.start).toBe(80);
  });

  it('makes a person of an unknown name whose given name states a gender when its surname alone reads as a person’s', () => {
    const named = (name: string, gender?: 'male' | 'female') =>
      mentionAt(name, 100, gender ? { kind: 'unknown', gender } : { kind: 'unknown' });
    const ben = named('Ben Lee', 'male');
    const kit = named('Kit Lee');
    resolvePeople([mentionAt('Lee', 0), ben, kit]);
    expect([ben.kind, kit.kind]).toEqual(['person', 'unknown']);
    // The given name of a person the article names is no surname.
    const byGivenName = named('Ben Michael', 'male');
    resolvePeople([mentionAt('Michael Penrose', 0), byGivenName]);
    expect(byGivenName.kind).toBe('unknown');
  });
});
