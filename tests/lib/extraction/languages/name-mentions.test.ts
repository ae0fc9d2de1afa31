import { describe, expect, it } from 'vitest';
import { entity, kindOf, people, roleOf, speakerOf } from '../../../helpers/extraction';
import { extractDe, extractFr } from '../../../helpers/extraction-languages';

describe('French names', () => {
  it('finds a person after "M." and "Mme", and joins the surname to the full name', () => {
    const article = extractFr('Mme Sandrine Kervella a dénoncé le texte. Mme Kervella votera contre.');
    expect(people(article)).toEqual(['Sandrine Kervella']);
    expect(entity(article, 'Sandrine Kervella').forms).toContain('Mme Kervella');
  });

  it('keeps particles inside a name ("de La", "du", "de la", "Le")', () => {
    const article = extractFr(
      'Selon le rapporteur, Bertrand de La Roche-Vidal, le déficit reste élevé.',
      'Le PDG, Henri du Plessis-Marchal, propose 3 %.',
      "L'économiste Anne-Sophie de la Vergne le conteste.",
      'Le commandant Yannick Le Floch dirigeait les secours.',
    );
    expect(people(article)).toEqual([
      'Bertrand de La Roche-Vidal',
      'Henri du Plessis-Marchal',
      'Anne-Sophie de la Vergne',
      'Yannick Le Floch',
    ]);
  });

  it('takes no plural role word for a title before a capitalised word ("les élus Renaissance")', () => {
    const article = extractFr(
      'Les élus Renaissance ont voté contre le budget, comme les conseillers Horizons.',
      "Le maire, Jean-Marc Delorme, l'a regretté.",
    );
    expect(people(article)).toEqual(['Jean-Marc Delorme']);
  });

  it('reads names with diacritics and Arabic particles', () => {
    const article = extractFr("Khalid ibn Saïd al-Mansouri a salué les efforts de l'ailier Iñaki Etxeberria.");
    expect(people(article)).toEqual(['Khalid ibn Saïd al-Mansouri', 'Iñaki Etxeberria']);
  });

  it('does not glue a sentence-opening adverb to a surname ("Entre-temps Berg", "Désormais Berg")', () => {
    const article = extractFr(
      "Anna Berg, analyste au centre, a déclaré que l'accord était proche.",
      'Plus tard Berg a dit aux journalistes que les discussions reprendraient.',
      'Entre-temps Berg a parlé au ministre. Désormais Berg se tait. Finalement Berg a cédé.',
    );
    expect(people(article)).toEqual(['Anna Berg']);
  });

  it('does not take capitalised sentence openers, institutions or places for people', () => {
    const article = extractFr(
      'Mardi, le texte a été adopté. Au ministère, on se veut serein.',
      'Le Conseil des ministres et la Cour des comptes ont été saisis à Vénissieux.',
      'Magnifique récompense pour Bayonne, qui remonte au classement.',
    );
    expect(people(article)).toEqual([]);
  });

  it('keeps the particle of a name after an honorific ("Me Antoine de Saint-Aubin")', () => {
    const article = extractFr('Pour la défense, Me Antoine de Saint-Aubin a dénoncé le réquisitoire.');
    expect(people(article)).toEqual(['Antoine de Saint-Aubin']);
  });

  it('starts a name at a known given name after a title’s complement or a firm', () => {
    const article = extractFr(
      "Son homologue, le secrétaire d'État Jörg Wendt, a plaidé pour la prudence.",
      "L'analyste de Kepler Cheuvreux Olivier Brunet-Lacaze juge le prix élevé.",
    );
    expect(people(article)).toEqual(['Jörg Wendt', 'Olivier Brunet-Lacaze']);
    expect(roleOf(article, 'Jörg Wendt')).toBe("secrétaire d'État");
  });

  it('keeps a surname’s particle after a known given name ("Bénédicte Roux du Plessis")', () => {
    const article = extractFr('Pour Bénédicte Roux du Plessis, économiste à l’institut Bruegel, le prix pèse.');
    expect(people(article)).toEqual(['Bénédicte Roux du Plessis']);
  });

  it('reads a title with an adjective of origin before the name, not a verb', () => {
    const article = extractFr(
      'Côté marseillais, le technicien italien Davide Fabbri-Lorenzi a fait la grimace.',
      'Le maire accueille Maxime Durand-Leroux et Jean Ravel.',
    );
    expect(people(article)).toContain('Davide Fabbri-Lorenzi');
    expect(roleOf(article, 'Davide Fabbri-Lorenzi')).toBe('technicien italien');
    expect(roleOf(article, 'Maxime Durand-Leroux')).toBeUndefined();
  });

  it('takes a known given name alone for a person when its age follows, not otherwise', () => {
    expect(people(extractFr('À l’usine, Sandrine, 47 ans, travaille de nuit depuis 1995.'))).toEqual(['Sandrine']);
    expect(people(extractDe('Am Bahnsteig wartet Jan (54) seit einer Stunde.'))).toEqual(['Jan']);
    expect(people(extractFr('La rue Sandrine a été fermée.'))).toEqual([]);
  });

  it('knows common French and Breton given names, so a name with no title and no verb of speech is a person', () => {
    expect(people(extractFr('Christelle Bouvier-Jacquet tient depuis vingt ans le magasin de skis.'))).toEqual([
      'Christelle Bouvier-Jacquet',
    ]);
    expect(people(extractFr('Dans l’opposition, Maïwenn Kerhervé-Salaün défend le projet.'))).toEqual([
      'Maïwenn Kerhervé-Salaün',
    ]);
    expect(people(extractFr('Au port, Youenn Le Bihan décharge ses caisses.'))).toEqual(['Youenn Le Bihan']);
  });

  it('does not take a firm named after its founder for a person after "le groupe", "la maison", "la marque"', () => {
    expect(
      people(extractFr('Le groupe Louis Vuitton et la maison Christian Dior ont publié leurs résultats.')),
    ).toEqual([]);
    expect(people(extractFr('Les ventes de la marque Pierre Cardin ont baissé.'))).toEqual([]);
  });

  it('does not read a capitalised word before a role word as an appositive ("Le Crédit Agricole, la Société Générale")', () => {
    expect(people(extractFr('Le Crédit Agricole, la Société Générale et la BNP ont soutenu le projet.'))).toEqual([]);
    const article = extractFr('Le projet est sincère, a assuré Claire Vasseur, ancienne générale de brigade, mardi.');
    expect(roleOf(article, 'Claire Vasseur')).toBe('ancienne générale de brigade');
  });

  it('takes a given name no table knows for a person when an age set off by commas follows it', () => {
    expect(people(extractFr('Anaëlle, 14 ans, en quatrième, a fait le compte des heures perdues.'))).toEqual([
      'Anaëlle',
    ]);
    expect(people(extractFr('Villepinte, 14 ans après la fermeture, attend toujours sa piscine.'))).toEqual([]);
  });

  it('takes two name words for a person when a trade no earlier list held follows them ("X, mareyeuse …,")', () => {
    const article = extractFr('Katell Le Gall, mareyeuse installée sur le port depuis 2011, fait ses comptes.');
    expect(people(article)).toEqual(['Katell Le Gall']);
    expect(roleOf(article, 'Katell Le Gall')).toContain('mareyeuse');
  });

  it('does not take a place after "de" for part of a name', () => {
    const article = extractFr('La maire de Vénissieux, Fatima Ouedraogo, est venue.');
    expect(people(article)).toEqual(['Fatima Ouedraogo']);
  });
});

describe('German names, where every noun is capitalised', () => {
  it('does not glue a sentence-opening adverb to a surname ("Später Berg", "Zuvor Berg")', () => {
    const article = extractDe(
      'Anna Berg, Analystin am Institut, sagte, der Vertrag sei nah.',
      'Später Berg zufolge gehen die Gespräche weiter. Zuvor Berg und ihr Team hatten geschwiegen.',
      'Danach Berg allein. Schließlich Berg als Siegerin.',
    );
    expect(people(article)).toEqual(['Anna Berg']);
  });

  it('finds a person after a title and after "Herr"/"Frau"', () => {
    const article = extractDe(
      'Bundeskanzler Friedrich Albers verteidigte den Haushalt. Frau Oberhuber-Lenz kündigte eine Klage an.',
    );
    expect(people(article)).toEqual(['Friedrich Albers', 'Oberhuber-Lenz']);
  });

  it('does not take two capitalised nouns for a name', () => {
    const article = extractDe(
      'Die Bereinigungssitzung des Haushaltsausschusses ist angesetzt. Das Sparpaket umfasst Kürzungen.',
      'Nach Angaben von Teilnehmern zeichnet sich eine Einigung ab. Das ist in fünf Jahren Makulatur.',
      'Die Wiener Hofburg und die Deutsche Bahn blieben geschlossen.',
    );
    expect(people(article)).toEqual([]);
  });

  it('does not take a title and the body after it for a name ("Der Vorsitzende der Lokführergewerkschaft")', () => {
    const article = extractDe('Der Vorsitzende der Lokführergewerkschaft, Rainer Kloß, wies die Kritik zurück.');
    expect(people(article)).toEqual(['Rainer Kloß']);
  });

  it('ends a name after a known given name at its surname, before the object of the verb ("Zustimmung")', () => {
    const article = extractDe(
      'Am Abend kündigte Stadträtin Julia Hessler Widerstand an.',
      'Danach erhob Landrat Thomas Brügge Einspruch gegen den Plan.',
      'Hans Peter Wendling sagte nichts dazu.',
    );
    expect(people(article)).toEqual(['Julia Hessler', 'Thomas Brügge', 'Hans Peter Wendling']);
  });

  it('does not take the second word of a two-word title for a name ("Der Vorsitzende Richter der …, X,")', () => {
    const article = extractDe('Der Vorsitzende Richter der 2. Strafkammer, Ulrich Haberland, vertagte die Sitzung.');
    expect(people(article)).toEqual(['Ulrich Haberland']);
  });

  it('keeps "van der", "von" and "ibn … al-" inside a name, not "von der" before an institution or party', () => {
    const article = extractDe(
      'Den Siegtreffer erzielte Lucas van der Berg. Der Fraktionschef Hans-Peter von Gersdorff widersprach.',
      'Der Wasserminister Faisal ibn Hamad al-Khatib reiste an.',
      'Der Experte Lothar Brückner von der Technischen Universität Darmstadt und Ministerpräsident Bodo Wendland von der Linken schwiegen.',
    );
    expect(people(article)).toEqual([
      'Lucas van der Berg',
      'Hans-Peter von Gersdorff',
      'Faisal ibn Hamad al-Khatib',
      'Lothar Brückner',
      'Bodo Wendland',
    ]);
  });

  it('keeps "von" after an honorific and a given name, not after a noun ("Aktien von Hollweg")', () => {
    const article = extractDe(
      'Die Vorstandsvorsitzende Dr. Friederike von Hollweg sprach von einer schweren Entscheidung.',
      'Die Aktien von Hollweg sind nicht börsennotiert.',
    );
    expect(people(article)).toEqual(['Friederike von Hollweg']);
  });

  it('takes a name before "&" for a firm, not for the family member it shares a name with', () => {
    const article = extractDe(
      'Der Maschinenbauer Hollweg & Söhne streicht Stellen, sagte die Vorstandsvorsitzende Dr. Friederike von Hollweg.',
    );
    expect(people(article)).toEqual(['Friederike von Hollweg']);
  });

  it('finds a defendant named by given name and initial ("Der Angeklagte Dennis K.")', () => {
    const article = extractDe('Der Angeklagte Dennis K. war mit 150 Kilometern pro Stunde gerast.');
    expect(people(article)).toEqual(['Dennis K.']);
  });

  it('does not take a country after a title for a person ("Titelverteidiger Frankreich")', () => {
    const article = extractDe('Gegner am Freitag ist Titelverteidiger Frankreich, sagte Kapitän Jannik Olbrich.');
    expect(people(article)).toEqual(['Jannik Olbrich']);
  });

  it('finds a known given name and surname with no title ("Emre Şahin")', () => {
    expect(people(extractDe('Schalke war durch Emre Şahin in Führung gegangen.'))).toEqual(['Emre Şahin']);
  });

  it('finds a person who is the subject of a speech verb', () => {
    expect(people(extractDe('„Für eine Tram muss man keine Allee opfern“, sagte Renate Oberhuber-Lenz.'))).toEqual([
      'Renate Oberhuber-Lenz',
    ]);
  });

  it('keeps two people whose surnames begin alike apart', () => {
    const article = extractDe(
      'Deren Vorsitzender Maximilian Oberhuber bemängelte die Finanzierung. „Wir wissen nicht, wer bezahlt“, sagte Herr Oberhuber.',
      'Frau Oberhuber-Lenz kündigte eine Klage an. „Wir klagen gegen die Fällung“, sagte Renate Oberhuber-Lenz.',
    );
    expect(people(article)).toEqual(['Maximilian Oberhuber', 'Renate Oberhuber-Lenz']);
  });

  it('leaves out the writers a credit line names, at the head or the foot', () => {
    const article = extractDe(
      'Ein Interview von Jonas Breuer und Lea Kasimir',
      'Bundeskanzler Friedrich Albers verteidigte den Haushalt.',
    );
    expect(people(article)).toEqual(['Friedrich Albers']);
    const french = extractFr(
      'Le ministre Yannick Bertaud a promis des renforts.',
      'Propos recueillis par Agnès Leclerc',
    );
    expect(people(french)).toEqual(['Yannick Bertaud']);
  });

  it('leaves out the writers a byline names', () => {
    const article = extractDe(
      'Von Markus Tessendorf, Berlin · 20.11.2026',
      'Bundeskanzler Friedrich Albers verteidigte den Haushalt.',
    );
    expect(people(article)).toEqual(['Friedrich Albers']);
  });
});

describe('names in titles with adjectives, demonyms and articles', () => {
  it('reads a French title with one or two adjectives before the name', () => {
    const article = extractFr(
      'La conseillère fédérale Regula Aebischer-Stoll a présenté le projet.',
      'Le conseiller régional breton Mathias Perrenoud votera contre.',
    );
    expect(people(article)).toEqual(['Regula Aebischer-Stoll', 'Mathias Perrenoud']);
    expect(roleOf(article, 'Regula Aebischer-Stoll')).toBe('conseillère fédérale');
    expect(roleOf(article, 'Mathias Perrenoud')).toBe('conseiller régional breton');
  });

  it('takes no verb between a title and a name for an adjective', () => {
    const article = extractFr(
      'Le ministre accueille Roberta Vanzetti-Orsini à Paris.',
      'Le député critique Lorenzo Bassani-Gatti sans le nommer.',
    );
    // Lorenzo is a known given name: a person, with no role from the verb before him.
    expect(people(article)).toEqual(['Lorenzo Bassani-Gatti']);
    expect(roleOf(article, 'Lorenzo Bassani-Gatti')).toBeUndefined();
  });

  it('reads a capitalised demonym after an article as a title ("le Japonais X")', () => {
    const article = extractFr('Le Grand Prix est revenu au Japonais Kenji Morimoto, absent.');
    expect(people(article)).toEqual(['Kenji Morimoto']);
  });

  it('takes no party after an indefinite title for a person ("un député Renaissance")', () => {
    const article = extractFr('« On ne peut pas continuer ainsi », soupire un député Renaissance.');
    expect(people(article)).toEqual([]);
  });

  it('takes no German run after an article for a person by a verb of speech beside it', () => {
    const article = extractDe(
      'Eine Sprecherin des Landes Rheinland-Pfalz sagte, man prüfe den Fall.',
      'Der Deutsche Bauernverband begrüßte die Pläne.',
    );
    expect(people(article)).toEqual([]);
  });
});

describe('names after the fourth round of pages', () => {
  it('takes a firm named with a trade word and a family name for an organisation ("Meubles Garnier")', () => {
    const article = extractFr(
      'Le tribunal a prononcé la liquidation de Meubles Garnier, fabricant de cuisines.',
      'Le président du directoire, Frédéric Garnier, était absent.',
    );
    expect(people(article)).toEqual(['Frédéric Garnier']);
    expect(kindOf(article, 'Meubles Garnier')).toBe('organisation');
  });

  it('cuts a capitalised preposition off a surname at a sentence start ("Derrière Garnier")', () => {
    const article = extractFr(
      'Le président du directoire, Frédéric Garnier, était absent.',
      'Derrière Garnier, il y a trois menuiseries.',
    );
    expect(people(article)).toEqual(['Frédéric Garnier']);
  });

  it('reads "Sieger" as a title, so "Sieger Aasland" is the Aasland already named', () => {
    const article = extractDe(
      'Er musste sich nur dem Norweger Henrik Aasland geschlagen geben.',
      'Sieger Aasland zeigte sich beeindruckt vom Publikum.',
    );
    expect(people(article)).toEqual(['Henrik Aasland']);
    expect(roleOf(article, 'Henrik Aasland')).toBe('Sieger');
  });

  it('finds a Swiss given name and a surname cut to its initial ("Urs B.")', () => {
    const article = extractDe('Der Mann, im Urteil als Urs B. bezeichnet, hatte gestanden.');
    expect(people(article)).toEqual(['Urs B.']);
  });
});

describe('German Boulevard titles', () => {
  it('reads "Schlager-Star" and "DJ" as titles before a name, not as part of it', () => {
    const article = extractDe(
      'Schlager-Star Jasmin Reuter (38) hat am Samstag geheiratet.',
      'Um Mitternacht stand DJ Marco Lenz (35) auf der Bühne.',
    );
    expect(people(article)).toEqual(['Jasmin Reuter', 'Marco Lenz']);
    expect(roleOf(article, 'Jasmin Reuter')).toBe('Schlager-Star');
    expect(roleOf(article, 'Marco Lenz')).toBe('DJ');
  });
});

describe('names with an age after them', () => {
  it('takes a German pair with an age in brackets for a person, and gives her „…“, sagt die Rentnerin', () => {
    const article = extractDe(
      'Walburga Stenzel (81) wohnt seit 1960 neben der Kapelle. „Hier habe ich jeden Sonntag gesessen“, sagt die Rentnerin.',
    );
    expect(people(article)).toEqual(['Walburga Stenzel']);
    expect(speakerOf(article, 'Hier habe ich')).toBe('Walburga Stenzel');
  });

  it('does not take a capitalised German noun pair after an article for a person, age or not', () => {
    const article = extractDe('Der Deutsche Wetterdienst (12) meldete Frost.');
    expect(people(article)).toEqual([]);
  });
});

describe('places named after people', () => {
  it('does not take “le lycée Jean-Moulin de Vierzon” for a person, nor let it block the mayor’s quote', () => {
    const article = extractFr(
      'Les parents se sont rassemblés devant le lycée Jean-Moulin de Vierzon.',
      'Le maire de Vierzon, Pascal Verdier, a écrit au ministre. « Une ville sans lycée est une ville qui vieillit », a-t-il écrit sur son blog.',
    );
    expect(people(article)).toEqual(['Pascal Verdier']);
    expect(speakerOf(article, 'Une ville sans lycée')).toBe('Pascal Verdier');
  });

  it('still takes a name after “Dans la salle,” for a person', () => {
    const article = extractFr(
      'Dans la salle, Nadia Ferrat, dont le frère est mort dans l’incendie, pleurait. « Nous attendions cela depuis six ans », a-t-elle confié.',
    );
    expect(people(article)).toEqual(['Nadia Ferrat']);
  });
});
