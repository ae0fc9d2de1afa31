import { describe, expect, it } from 'vitest';
import { people, roleOf, speakerOf } from '../../../helpers/extraction';
import { extractDe, extractFr } from '../../../helpers/extraction-languages';

describe('French roles', () => {
  it('reads "le ministre de …, X," before the name', () => {
    const article = extractFr("Le ministre de l'Économie, Étienne Daubigny, a défendu le texte.");
    expect(roleOf(article, 'Étienne Daubigny')).toBe("ministre de l'Économie");
  });

  it('reads "X, porte-parole du …," after the name', () => {
    const article = extractFr('Le texte est sincère, a assuré Claire Vasseur, porte-parole du gouvernement, mardi.');
    expect(roleOf(article, 'Claire Vasseur')).toBe('porte-parole du gouvernement');
  });

  it('reads a lower-case title right before the name ("le commandant X", "l\'économiste X")', () => {
    const article = extractFr(
      'Le commandant Yannick Le Floch dirigeait les secours.',
      "L'économiste Anne-Sophie de la Vergne juge la grève solide.",
    );
    expect(roleOf(article, 'Yannick Le Floch')).toBe('commandant');
    expect(roleOf(article, 'Anne-Sophie de la Vergne')).toBe('économiste');
  });

  it('reads a role after an honorific ("Mme X, déléguée CGT,")', () => {
    const article = extractFr('Le refus est net, a répondu Mme Josiane Carré, déléguée CGT, à la sortie.');
    expect(roleOf(article, 'Josiane Carré')).toBe('déléguée CGT');
  });

  it('reads a role in apposition before an honorific and the name ("Pour l’avocat de …, Me X,")', () => {
    const article = extractFr(
      'Pour l’avocat de l’assureur de la commune, Me Thibault Ranchin, la procédure « risque de durer des années ».',
    );
    expect(roleOf(article, 'Thibault Ranchin')).toBe('avocat de l’assureur de la commune');
    expect(speakerOf(article, 'risque de durer')).toBe('Thibault Ranchin');
    const selon = extractFr(
      'Selon le procureur de la République, Me Anne Roux, les faits sont « graves et répétés depuis des années ».',
    );
    expect(speakerOf(selon, 'graves et répétés')).toBe('Anne Roux');
  });

  it('reads a role in the plural before the name ("à l’un de ses adjoints, X", "à l’un de ses matelots, X")', () => {
    const article = extractFr(
      'La maire s’est tournée vers l’un de ses adjoints, Jean-Baptiste Lefebvre, puis vers l’un de ses matelots, Gwendal Tanguy, 24 ans.',
    );
    expect(roleOf(article, 'Jean-Baptiste Lefebvre')).toContain('adjoints');
    expect(roleOf(article, 'Gwendal Tanguy')).toContain('matelots');
  });

  it('reads a school head and a colleague as roles ("La principale du collège, X,", "sa collègue de technologie, X")', () => {
    const article = extractFr(
      'La principale du collège, Sandrine Méhault-Oyono, se tait. Il en parle à sa collègue de technologie, Ysaline Corre.',
    );
    expect(roleOf(article, 'Sandrine Méhault-Oyono')).toBe('principale du collège');
    expect(roleOf(article, 'Ysaline Corre')).toBe('collègue de technologie');
  });

  it('reads a monk’s role before "dom" and the name, and "Dom" + given name as the same man', () => {
    const article = extractFr(
      'Les moines quitteront le monastère en juin, a annoncé dimanche le père abbé, dom Bernard Lécuyer.',
      'Dom Bernard a promis qu’ils reviendraient. « Ce n’est pas un adieu », a-t-il glissé en souriant.',
    );
    expect(roleOf(article, 'Bernard Lécuyer')).toBe('père abbé');
    expect(speakerOf(article, 'Ce n’est pas un adieu')).toBe('Bernard Lécuyer');
  });

  it('reads a title with a party in brackets before the name ("Le maire (LR) de Nice, X,")', () => {
    const article = extractFr('Le maire (LR) de Nice, Christian Estrosi, a réagi.');
    expect(roleOf(article, 'Christian Estrosi')).toBe('maire (LR) de Nice');
  });

  it('reads a former holder\'s "ex-" title and the titles of candidates and elected officials', () => {
    expect(roleOf(extractFr('Bruno Retailleau, ex-ministre de l’Intérieur, a démenti.'), 'Bruno Retailleau')).toBe(
      'ex-ministre de l’Intérieur',
    );
    expect(roleOf(extractFr('L’eurodéputé Raphaël Glucksmann a critiqué le texte.'), 'Raphaël Glucksmann')).toBe(
      'eurodéputé',
    );
    expect(roleOf(extractFr('La candidate Valérie Hayer a présenté son programme.'), 'Valérie Hayer')).toBe(
      'candidate',
    );
    expect(roleOf(extractFr('Le haut-commissaire au plan, Clément Beaune, a publié une note.'), 'Clément Beaune')).toBe(
      'haut-commissaire au plan',
    );
  });

  it('reads a title whose institution takes "de la" or "de l’" before the name, with no comma', () => {
    const article = extractFr(
      'L’ancien président de la République François Hollande a rencontré le ministre de l’Intérieur Bruno Retailleau.',
    );
    expect(roleOf(article, 'François Hollande')).toBe('président de la République');
    expect(roleOf(article, 'Bruno Retailleau')).toBe('ministre de l’Intérieur');
  });

  it('states no role for a relative clause after the name', () => {
    const article = extractFr('Khalid ibn Saïd al-Mansouri, qui représente le Qatar, a salué les efforts.');
    expect(roleOf(article, 'Khalid ibn Saïd al-Mansouri')).toBeUndefined();
  });
});

describe('German roles', () => {
  it('reads the scientist’s "-loge"/"-login" and the lawyer’s "-rechtler" as role heads, before "Prof."', () => {
    const article = extractDe(
      'Das Programm koordiniert der Zoologe Prof. Henrik Aaltonen von der Universität Leipzig.',
      'Kartellrechtler Prof. Jochen Wiesmann von der Universität Münster hält den Prozess für ein Signal.',
      'Die Biologin Dr. Katrin Vogel widersprach.',
    );
    expect(roleOf(article, 'Henrik Aaltonen')).toBe('Zoologe');
    expect(roleOf(article, 'Jochen Wiesmann')).toBe('Kartellrechtler');
    expect(roleOf(article, 'Katrin Vogel')).toBe('Biologin');
    // "…programm, das der Zoologe …": a relative clause states no role of the name before it.
    const relative = extractDe(
      'Der Tierpark beteiligt sich am Europäischen Erhaltungszuchtprogramm, das der Zoologe Prof. Henrik Aaltonen koordiniert.',
    );
    expect(people(relative)).toEqual(['Henrik Aaltonen']);
  });

  it('reads a compound title before the name ("Außenministerin Katrin Vogel")', () => {
    expect(roleOf(extractDe('Außenministerin Katrin Vogel widersprach.'), 'Katrin Vogel')).toBe('Außenministerin');
  });

  it('reads a title after an owner in the genitive ("Österreichs Außenminister X")', () => {
    const article = extractDe('Das sagte Österreichs Außenminister Clemens Auersperg am Mittwoch.');
    expect(roleOf(article, 'Clemens Auersperg')).toBe('Außenminister');
  });

  it('reads a title before an honorific ("Personalvorständin Dr. X")', () => {
    const article = extractDe('Das erklärte Personalvorständin Dr. Miriam Hallstein.');
    expect(roleOf(article, 'Miriam Hallstein')).toBe('Personalvorständin');
  });

  it('reads a declined title in an appositive before the name ("Dem Sprecher des …, X, zufolge")', () => {
    const article = extractDe(
      'Dem Sprecher des Bundesfinanzministeriums, Tobias Reinhardt, zufolge kommt der Entwurf bald.',
    );
    expect(roleOf(article, 'Tobias Reinhardt')).toBe('Sprecher des Bundesfinanzministeriums');
  });

  it('reads an appositive after the name ("X, die Sprecherin der …")', () => {
    const article = extractDe('Frau Oberhuber-Lenz, die Sprecherin der Bürgerinitiative, kündigte eine Klage an.');
    expect(roleOf(article, 'Oberhuber-Lenz')).toBe('Sprecherin der Bürgerinitiative');
  });

  it('reads a party-prefixed title that is no name word ("CDU-Spitzenkandidat X")', () => {
    const article = extractDe('CDU-Spitzenkandidat Matthias Kessler sprach am Wahlabend.');
    expect(roleOf(article, 'Matthias Kessler')).toBe('CDU-Spitzenkandidat');
  });

  it('reads the role a description after a quote states for the person just named', () => {
    const article = extractFr(
      'Magnifique récompense pour Iñaki Etxeberria, revenu de blessure. « Je n’ai même pas réalisé que j’avais marqué », a souri l’ailier de 23 ans.',
    );
    expect(roleOf(article, 'Iñaki Etxeberria')).toBe('ailier de 23 ans');
  });
});

describe('roles stated before the name first', () => {
  it('prefers the appositive before the name to the verb after it', () => {
    const article = extractFr(
      'Le président de la Chambre genevoise immobilière, Pascal Dänzer, juge l’initiative dangereuse.',
    );
    expect(roleOf(article, 'Pascal Dänzer')).toBe('président de la Chambre genevoise immobilière');
  });

  it('reads ", son président, le Dr X" with an article between the comma and the name', () => {
    const article = extractFr('La fédération reste sceptique, a réagi son président, le Dr Stéphane Ouellet-Morin.');
    expect(roleOf(article, 'Stéphane Ouellet-Morin')).toBe('président');
  });
});

describe('roles after the fourth round of pages', () => {
  it('reads the court officer of an insolvency as a role ("Le liquidateur désigné, Me X,")', () => {
    const article = extractFr('Le liquidateur désigné, Me Caroline Thiébaut, devra vendre le site.');
    expect(roleOf(article, 'Caroline Thiébaut')).toBe('liquidateur désigné');
  });

  it('reads a hyphenated title whose first part is a role ("l’entraîneur-chef des Remparts, X,")', () => {
    const article = extractFr(
      '« On s’est parlé entre deux périodes », a raconté l’entraîneur-chef des Remparts, Jean-François Bilodeau, en conférence de presse.',
    );
    expect(roleOf(article, 'Jean-François Bilodeau')).toBe('entraîneur-chef des Remparts');
  });
});

describe('titles with a complement, after the fourth round of pages', () => {
  it('reads a French title with a lower-case complement before the name as a role', () => {
    const article = extractFr('Pour l’historienne de l’art Béatrice Fournier, c’est une première.');
    expect(roleOf(article, 'Béatrice Fournier')).toBe('historienne de l’art');
  });

  it('reads no title before an institution’s own name ("la présidente de la région Grand Est")', () => {
    const article = extractFr('La présidente de la région Grand Est s’est dite prête à aider.');
    expect(people(article)).toEqual([]);
  });
});

describe('roles stated apart from the name, after the fourth round of pages', () => {
  it('reads the role of the next sentence’s subject when it is of the person’s gender', () => {
    const article = extractFr(
      'Mathilde Ravenel n’a pas choisi la facilité. Pour son premier déplacement, la ministre de l’Europe et des Affaires étrangères a atterri à Dakar.',
    );
    expect(roleOf(article, 'Mathilde Ravenel')).toBe('ministre de l’Europe et des Affaires');
    const german = extractDe(
      'Konstantin Reidel (CDU) nannte den Vorstoß verspätet. Der außenpolitische Sprecher der Unionsfraktion kritisierte, das Parlament sei übergangen worden.',
    );
    expect(roleOf(german, 'Konstantin Reidel')).toBe('außenpolitische Sprecher der Unionsfraktion');
  });

  it('reads no role from the next sentence when it describes someone of another gender or names them', () => {
    const article = extractFr(
      'Mathilde Ravenel n’a pas choisi la facilité. Le ministre de l’Intérieur a atterri à Dakar.',
      'Hervé Lacassagne a appris la nouvelle. Le maire Jean Dupuis a réagi aussitôt.',
    );
    expect(roleOf(article, 'Mathilde Ravenel')).toBeUndefined();
    expect(roleOf(article, 'Hervé Lacassagne')).toBeUndefined();
  });

  it('reads what a person does after their age ("X, 57 ans, vernisseur à …,")', () => {
    const article = extractFr(
      'Gilles Perrin, 57 ans, vernisseur à l’atelier depuis 34 ans, ne cachait pas son amertume.',
      'Bernard Morel, 68 ans, qui restera président du conseil de surveillance, a signé.',
      'Julie Navarro, 25 ans, visiblement très émue par le verdict, a témoigné.',
    );
    expect(roleOf(article, 'Gilles Perrin')).toBe('vernisseur à l’atelier depuis 34 ans');
    expect(roleOf(article, 'Bernard Morel')).toBe('président du conseil de surveillance');
    expect(roleOf(article, 'Julie Navarro')).toBeUndefined();
  });
});

describe('German appositives after an age', () => {
  it('reads what a person is after a bare age between commas ("X, 74, pensionierte Lehrerin,")', () => {
    const article = extractDe('Helga Brünninghaus, 68, pensionierte Realschullehrerin, hatte alles angelegt.');
    expect(roleOf(article, 'Helga Brünninghaus')).toBe('pensionierte Realschullehrerin');
  });

  it('reads no role after a bare age that a verb follows', () => {
    const article = extractDe('Thomas Wendler, 54, sagte vor Gericht aus.');
    expect(roleOf(article, 'Thomas Wendler')).toBeUndefined();
  });
});

describe('roles in unseen beats', () => {
  it('does not read "et son adjoint" after the first of two people as her role', () => {
    const article = extractFr(
      'Jeudi, Nathalie Fauchier, et son adjoint, Bastien Lerouge, ont refusé de commenter la décision du rectorat.',
    );
    expect(roleOf(article, 'Nathalie Fauchier')).toBeUndefined();
    expect(roleOf(article, 'Bastien Lerouge')).toBe('adjoint');
  });

  it('reads German compound titles of a city’s office and a church ("Kulturdezernentin X", "Generalvikar X")', () => {
    const article = extractDe(
      'Sozialdezernentin Carola Weinrich (SPD) verteidigte den Plan.',
      'Generalvikar Dr. Anselm Trautwein sprach von einem schweren Schritt.',
    );
    expect(roleOf(article, 'Carola Weinrich')).toBe('Sozialdezernentin');
    expect(roleOf(article, 'Anselm Trautwein')).toBe('Generalvikar');
  });

  it('reads a French winegrower after the name ("X, vigneron depuis …,")', () => {
    const article = extractFr('À Cramant, Lucien Dorgelès, vigneron depuis vingt ans, a tout perdu.');
    expect(roleOf(article, 'Lucien Dorgelès')).toBe('vigneron depuis vingt ans');
  });
});
