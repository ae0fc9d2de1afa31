import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../helpers/extraction';
import { extractDe, extractFr } from '../../../helpers/extraction-languages';

describe('French quotes', () => {
  it('attributes « … », a déclaré M. X', () => {
    const article = extractFr('« Nous ne pouvions pas laisser le pays sans budget », a déclaré M. Étienne Daubigny.');
    expect(speakerOf(article, 'Nous ne pouvions')).toBe('Étienne Daubigny');
  });

  it('attributes « … », a-t-elle affirmé to the woman just named', () => {
    const article = extractFr(
      'Mme Sandrine Kervella a dénoncé le texte. « Ce gouvernement gouverne contre l’Assemblée », a-t-elle affirmé.',
    );
    expect(speakerOf(article, 'Ce gouvernement')).toBe('Sandrine Kervella');
  });

  it('attributes « … », a-t-il ajouté to the last speaker when nobody else was named since', () => {
    const article = extractFr(
      '« Nous ne pouvions pas attendre plus longtemps », a déclaré M. Étienne Daubigny.',
      '« Nous ouvrirons une discussion sans tabou », a-t-il ajouté.',
    );
    expect(speakerOf(article, 'Nous ouvrirons')).toBe('Étienne Daubigny');
  });

  it('gives no speaker when a person of unknown gender could be the pronoun’s', () => {
    const article = extractFr(
      'Me Delphine Arnoux et Me Alix Vernier ont plaidé. « Mon client a été désigné comme bouc émissaire », a-t-elle dénoncé.',
    );
    expect(speakerOf(article, 'Mon client')).toBeUndefined();
  });

  it('picks the one person of the pronoun’s gender among two', () => {
    const article = extractFr(
      "L'avocate de M. Gérard Pastorelli, Me Delphine Arnoux, fera appel. « Mon client a été désigné comme bouc émissaire », a-t-elle dénoncé.",
    );
    expect(speakerOf(article, 'Mon client')).toBe('Delphine Arnoux');
  });

  it('attributes "Selon elle, « … »" and "Pour X, « … »"', () => {
    const article = extractFr(
      'La médiatrice de l’ONU, Ingrid Solheim, est optimiste. Selon elle, « les deux parties ont accepté une liste commune ».',
      'Pour la chercheuse Élodie Vautrin, « le simple fait qu’ils restent est un signal ».',
    );
    expect(speakerOf(article, 'les deux parties')).toBe('Ingrid Solheim');
    expect(speakerOf(article, 'le simple fait')).toBe('Élodie Vautrin');
  });

  it('gives no speaker to a description when the paragraph speaks of someone it does not name', () => {
    const article = extractFr(
      'Entré à l’heure de jeu, l’attaquant de 19 ans a trompé le gardien marseillais Yanis Belkacem. « Je n’ai pas réfléchi, j’ai juste frappé », a souri le jeune Lensois.',
    );
    expect(speakerOf(article, 'Je n’ai pas')).toBeUndefined();
  });

  it('still gives a pronoun’s quote to the one woman named when "dont la sœur" describes another', () => {
    const article = extractFr(
      'Dans la salle, Linda Ouarab, dont la sœur est morte, pleurait. « Sept ans qu’on attend ça, enfin », a-t-elle confié.',
    );
    expect(speakerOf(article, 'Sept ans')).toBe('Linda Ouarab');
  });

  it('attributes « … », répète M. X (a verb whose stem takes a grave accent)', () => {
    const article = extractFr(
      'Mme Julie Bernard a écouté. « Nous ne fermerons pas la criée cette année », répète M. Paul Girard.',
    );
    expect(speakerOf(article, 'Nous ne fermerons')).toBe('Paul Girard');
  });

  it('attributes « … », s’emporte X (a reflexive verb of speech)', () => {
    const article = extractFr(
      '« Ils vont bétonner nos zones de pêche », s’emporte Gwénolé Abiven, patron du Bara Koz.',
    );
    expect(speakerOf(article, 'Ils vont')).toBe('Gwénolé Abiven');
  });

  it('finds the speaker after a complement and a long title ("a déclaré à l’AFP la ministre déléguée …, X")', () => {
    const article = extractFr(
      '« Nous ne pouvons pas laisser mourir nos hauts-fourneaux », a déclaré à l’AFP la ministre déléguée chargée du Commerce extérieur, Sandrine Lefèvre-Aubry.',
    );
    expect(speakerOf(article, 'Nous ne pouvons')).toBe('Sandrine Lefèvre-Aubry');
  });

  it('gives a pronoun’s quote to the one person the paragraph before names, when this one names nobody', () => {
    const article = extractFr(
      'Le ministre de la Santé, Yannick Bertaud, a annoncé des renforts.',
      'Il nous a promis « des moyens exceptionnels dès cet automne ». Nous les attendons.',
    );
    expect(speakerOf(article, 'des moyens')).toBe('Yannick Bertaud');
  });

  it('does not give it to the one person the paragraph before names when it speaks of someone unnamed', () => {
    const article = extractFr(
      'L’attaquant de 19 ans a égalisé avant de tromper le gardien Yanis Belkacem.',
      'Ensuite, le jeu a baissé. « Nous avons disparu en seconde période », a-t-il lâché.',
    );
    expect(speakerOf(article, 'Nous avons')).toBeUndefined();
  });

  it('attributes « … », s’est-elle indignée (a reflexive verb in the perfect)', () => {
    const article = extractFr(
      'La déléguée CGT Sandrine Morvan a quitté la réunion. « On nous prend pour des imbéciles depuis le début », s’est-elle indignée.',
    );
    expect(speakerOf(article, 'On nous prend')).toBe('Sandrine Morvan');
  });

  it('attributes a quote to a worker named by given name and age', () => {
    const article = extractFr(
      '« Trente ans de ma vie dans cette usine, et voilà », soupire Sandrine, 47 ans, opératrice.',
    );
    expect(speakerOf(article, 'Trente ans')).toBe('Sandrine');
  });

  it('gives no speaker to « … », a indiqué la préfecture, beside the one woman named', () => {
    const article = extractFr(
      'La maire, Fatima Ouedraogo, a demandé des renforts. « Les moyens engagés sont suffisants à ce stade », a indiqué la préfecture.',
    );
    expect(speakerOf(article, 'Les moyens')).toBeUndefined();
  });

  it('attributes a quote after "», selon X"', () => {
    const article = extractFr(
      '« Le déficit reste hors d’atteinte sans économies », selon Bertrand Morin, rapporteur général.',
    );
    expect(speakerOf(article, 'Le déficit')).toBe('Bertrand Morin');
  });

  it('gives no speaker to a quote whose sentence names no one who spoke it', () => {
    const article = extractFr(
      '« Nous ne pouvions pas attendre plus longtemps », a déclaré M. Étienne Daubigny.',
      'Paris et Berlin ont salué dans un communiqué commun « la bonne volonté des délégations ».',
    );
    expect(speakerOf(article, 'la bonne volonté')).toBeUndefined();
  });
});

describe('German quotes', () => {
  it('takes no speaker from a name after a quote that closes its sentence with a full stop inside the marks', () => {
    const article = extractDe(
      '„Wir warten, bis die Stadt ein Konzept vorlegt.“ So sieht es auch Bürgermeister Jonas Brehm.',
    );
    expect(speakerOf(article, 'Wir warten')).toBeUndefined();
    const comma = extractDe('„Wir warten, bis die Stadt ein Konzept vorlegt“, sagte Bürgermeister Jonas Brehm.');
    expect(speakerOf(comma, 'Wir warten')).toBe('Jonas Brehm');
    const french = extractFr('« Nous attendrons le projet de la ville. » Le maire, Paul Girard, partage cet avis.');
    expect(speakerOf(french, 'Nous attendrons')).toBeUndefined();
  });

  it('attributes „…“, sagte Bundeskanzler X', () => {
    const article = extractDe('„Wir haben einen Haushalt, der investiert“, sagte Bundeskanzler Friedrich Albers.');
    expect(speakerOf(article, 'Wir haben')).toBe('Friedrich Albers');
  });

  it('attributes „…“, so X', () => {
    const article = extractDe(
      'Die Sprecherin Nora Lindqvist äußerte sich. Die Regierung stehe bereit, „einen substanziellen Beitrag zu leisten“, so Lindqvist.',
    );
    expect(speakerOf(article, 'einen substanziellen')).toBe('Nora Lindqvist');
  });

  it('attributes »…«, erklärte X and »…«, sagte sie', () => {
    const article = extractDe(
      'Das erklärte Personalvorständin Dr. Miriam Hallstein. »Wir können keine Züge fahren lassen«, sagte sie.',
      '»Die Bahn hat uns kein Angebot vorgelegt«, erklärte Rainer Kloß.',
    );
    expect(speakerOf(article, 'Wir können')).toBe('Miriam Hallstein');
    expect(speakerOf(article, 'Die Bahn')).toBe('Rainer Kloß');
  });

  it('attributes „…“, fügte er hinzu and a description ("erklärte der 52-Jährige")', () => {
    const article = extractDe(
      'Bochums Trainer Uwe Brandenburg lobte die Moral. „Die Jungs haben nie aufgegeben“, erklärte der 52-Jährige. „Die Fans haben uns getragen“, fügte er hinzu.',
    );
    expect(speakerOf(article, 'Die Jungs')).toBe('Uwe Brandenburg');
    expect(speakerOf(article, 'Die Fans')).toBe('Uwe Brandenburg');
  });

  it('attributes X sagte: „…“', () => {
    const article = extractDe(
      'Die Forscherin Yael Ben-Ami sagte: „Der Klimawandel verschärft die Knappheit jedes Jahr.“',
    );
    expect(speakerOf(article, 'Der Klimawandel')).toBe('Yael Ben-Ami');
  });

  it('attributes „…“, hatte sie … gesagt (the participle at the clause’s end), past a man described', () => {
    const article = extractDe(
      'Staatsanwältin Verena Ostermaier hatte neun Jahre gefordert. Der Angeklagte habe den Tod „billigend in Kauf genommen“, hatte sie in ihrem Plädoyer gesagt.',
    );
    expect(speakerOf(article, 'billigend')).toBe('Verena Ostermaier');
  });

  it('gives a quote sentence after reported speech to the one person it is reported of', () => {
    const article = extractDe(
      'Der Abbau komme spät, urteilte Analystin Svenja Marquardt. „Die Konkurrenz aus Asien holt schneller auf, als viele glauben.“',
      'Am Ende ist Schluss. Erika Dombrowski will dann ausschlafen, sagt sie. „Und dann sehen wir weiter.“',
    );
    expect(speakerOf(article, 'Die Konkurrenz')).toBe('Svenja Marquardt');
    expect(speakerOf(article, 'Und dann')).toBe('Erika Dombrowski');
  });

  it('gives no speaker to a quote sentence after a paragraph that names someone but reports no speech', () => {
    const article = extractDe('Die Polizei nahm Jan Brückner fest. „Der Mann war bewaffnet und sehr aggressiv.“');
    expect(speakerOf(article, 'Der Mann')).toBeUndefined();
  });

  it('attributes "X warf Y vor, »…«" to its subject, and the Konjunktiv sentence after it', () => {
    const article = extractDe(
      'Der frühere Bundesumweltminister Konrad Heidbrink warf Hanna Overbeck vor, »die Fehler der Regierung den Grünen anzulasten«. Das sei »unfair und politisch dumm«.',
    );
    expect(speakerOf(article, 'die Fehler')).toBe('Konrad Heidbrink');
    expect(speakerOf(article, 'unfair')).toBe('Konrad Heidbrink');
  });

  it('attributes „…“, so die Ministerin to the one woman the paragraph names', () => {
    const article = extractDe(
      'Innenministerin Katrin Vogel verteidigte die Kontrollen. „Wir werden die Grenzen weiter kontrollieren“, so die Ministerin.',
    );
    expect(speakerOf(article, 'Wir werden')).toBe('Katrin Vogel');
  });

  it('gives no speaker to „…“, so die Staatsanwaltschaft, beside the one woman named', () => {
    const article = extractDe(
      'Die Angeklagte Sabine Krämer schwieg. „Die Ermittlungen dauern noch mehrere Monate an“, so die Staatsanwaltschaft.',
    );
    expect(speakerOf(article, 'Die Ermittlungen')).toBeUndefined();
  });

  it('gives no speaker to „…“, sagte eine Bahnsprecherin', () => {
    const article = extractDe(
      'Rainer Kloß wies die Kritik zurück. „Ein Angebot gibt es bis heute nicht“, sagte Kloß. „Dieser Streik ist völlig unverhältnismäßig“, sagte eine Bahnsprecherin.',
    );
    expect(speakerOf(article, 'Dieser Streik')).toBeUndefined();
  });

  it('gives no speaker to an anonymous speaker introduced before a colon', () => {
    const article = extractDe(
      'Präsidentin Birgit Osterloh begrüßte das. „Wir brauchen Entlastung auf den Stationen“, erklärte Osterloh. Eine Intensivpflegerin aus Bremen schilderte ihren Alltag: „Ich gehe nach Hause und weiß, dass ich nicht jedem gerecht wurde.“',
    );
    expect(speakerOf(article, 'Ich gehe')).toBeUndefined();
  });

  it('does not give a pronoun’s quote to someone when two people were named since the last speaker', () => {
    const article = extractDe(
      '„Wir haben einen Plan für das ganze Land“, sagte Bundeskanzler Friedrich Albers.',
      'Katrin Vogel und Ulrike Sommerfeld widersprachen. „Das reicht nicht für die Länder“, sagte sie.',
    );
    expect(speakerOf(article, 'Das reicht')).toBeUndefined();
  });
});

describe('German statements of a named organisation', () => {
  it('gives "„…“, teilte das Regierungspräsidium X mit" and the "hieß es weiter" after it to the authority', () => {
    const article = extractDe(
      '„Wir prüfen den Haushalt gründlich und zügig“, teilte das Regierungspräsidium Kassel am Abend mit. Die Umlage dürfe die Gemeinden „nicht in ihrer Handlungsfähigkeit gefährden“, hieß es weiter.',
    );
    expect(speakerOf(article, 'Wir prüfen den Haushalt')).toBe('Regierungspräsidium Kassel');
    expect(speakerOf(article, 'nicht in ihrer Handlungsfähigkeit')).toBe('Regierungspräsidium Kassel');
  });

  it('gives no speaker to "teilte die Firma mit", which names no organisation', () => {
    const article = extractDe('Der Betrieb schließt. „Wir bedauern die Entscheidung sehr“, teilte die Firma mit.');
    expect(speakerOf(article, 'Wir bedauern')).toBeUndefined();
  });

  it('does not give an unnamed spokeswoman’s quote to the organisation that spoke last', () => {
    const article = extractDe(
      '„Wir prüfen den Antrag sorgfältig“, teilte die Staatsanwaltschaft Kassel mit.',
      '„Es gibt weitere Geschädigte in der Region“, sagte die Sprecherin der Behörde.',
    );
    expect(speakerOf(article, 'Wir prüfen den Antrag')).toBe('Staatsanwaltschaft Kassel');
    expect(speakerOf(article, 'Es gibt weitere')).toBeUndefined();
  });
});

describe('quotes after the third round of pages', () => {
  it('gives a pronoun’s quote to the man of two speakers when the woman’s title states her gender', () => {
    const article = extractFr(
      '« Une concertation, on en a eu trois », a répliqué la secrétaire générale de la CFDT, Nadège Oukili, tandis que son homologue de FO, Thibault Vasseur, jugeait le texte mauvais. « Ils espèrent qu’on s’essouffle avant Noël », a-t-il prévenu.',
    );
    expect(speakerOf(article, 'Une concertation')).toBe('Nadège Oukili');
    expect(speakerOf(article, 'Ils espèrent')).toBe('Thibault Vasseur');
  });

  it('gives no speaker to an indefinite description after a quote ("soupire un député Renaissance")', () => {
    const article = extractFr('« On ne peut pas passer trois mois à expliquer », soupire un député Renaissance.');
    expect(speakerOf(article, 'On ne peut pas')).toBeUndefined();
  });

  it('attributes "Selon <a long title>, X, … « … »"', () => {
    const article = extractFr(
      'Selon le procureur de la République de Brest, Jean-Baptiste Lorcy, les trois amis « n’avaient pas consulté le bulletin météo ».',
    );
    expect(speakerOf(article, 'n’avaient pas')).toBe('Jean-Baptiste Lorcy');
  });

  it('gives no speaker to a name after an auxiliary before a colon (not the subject)', () => {
    const article = extractFr(
      'Absent, le mangaka a fait lire un message par sa traductrice, Aurélie Nakamura-Faure : « Je suis honoré que la France aime encore les histoires lentes. »',
    );
    expect(speakerOf(article, 'Je suis honoré')).toBeUndefined();
  });

  it('lets a long title named after its comma stand for the description after the quote', () => {
    const article = extractFr(
      'La cheffe de file des écologistes à l’Assemblée, Malika Bensaïd, a annoncé des amendements. « Nous utiliserons tous les outils du règlement », a promis l’élue de Seine-Saint-Denis.',
    );
    expect(speakerOf(article, 'Nous utiliserons')).toBe('Malika Bensaïd');
  });

  it('gives a German Konjunktiv quote to the one person the paragraph reports', () => {
    const article = extractDe(
      'Regierungssprecher Clemens Wallrabe sagte, die Regierung habe die Kommission informiert. Man stehe mit den Nachbarn „in engem und vertrauensvollem Austausch“.',
      'Finanzchefin Annette Rösch-Haberl bezifferte die Kosten. Der Gewinn sei gefallen. Für das Jahr rechne sie „bestenfalls mit einer Stabilisierung auf niedrigem Niveau“.',
    );
    expect(speakerOf(article, 'in engem und')).toBe('Clemens Wallrabe');
    expect(speakerOf(article, 'bestenfalls mit')).toBe('Annette Rösch-Haberl');
  });

  it('gives no Konjunktiv quote to a man when the pronoun is "sie"', () => {
    const article = extractDe(
      'Finanzvorstand Thomas Jürgensen bezifferte die Kosten. Der Gewinn sei gefallen. Für das Jahr rechne sie „bestenfalls mit einer Stabilisierung auf niedrigem Niveau“.',
    );
    expect(speakerOf(article, 'bestenfalls mit')).toBeUndefined();
  });

  it('gives a headline that is only a quote to the one person the standfirst makes speak', () => {
    const article = extractDe(
      '„Wir haben verlernt, einfach zu bauen“',
      'Die Architektin Ulrike Brandhorst-Ngata sagt, das Problem seien die Normen.',
    );
    expect(speakerOf(article, 'Wir haben verlernt')).toBe('Ulrike Brandhorst-Ngata');
  });
});

describe('quotes after the fourth round of pages', () => {
  it('attributes a partial quote after "décrit" to its subject', () => {
    const article = extractFr(
      'Infirmière aux urgences depuis douze ans, Laure Delpech décrit des nuits « où l’on court d’un box à l’autre sans jamais s’asseoir ».',
    );
    expect(speakerOf(article, 'où l’on court')).toBe('Laure Delpech');
  });
});

describe('quotes after the fourth round of pages: who the sentence around the quote names', () => {
  it('attributes a quote by the name in its incise ("« …, précise Mme X. … »")', () => {
    const article = extractFr(
      'La question des visas a occupé les échanges. « Nous allons doubler les effectifs du consulat, précise Mme Mathilde Ravenel. Ce n’est pas une promesse, c’est un calendrier. »',
    );
    expect(speakerOf(article, 'Nous allons doubler')).toBe('Mathilde Ravenel');
  });

  it('does not continue a quote that closed the paragraph before into a quote later in the next one', () => {
    const article = extractFr(
      'Le conseiller d’État, Pierre-André Zufferey, salue le geste. «Ce ne sera pas le dernier cas, affirme-t-il, et c’est tant mieux.»',
      'La famille prêtera le tableau. Pour les enquêteurs, c’est «la meilleure fin possible pour cette histoire».',
    );
    expect(speakerOf(article, 'la meilleure fin')).toBeUndefined();
  });

  it('attributes "Pour <title with a lower-case complement> X, … « … »"', () => {
    const article = extractFr(
      'Pour l’historienne de l’art Béatrice Fournier, qui a dirigé les recherches, c’est « la meilleure fin possible pour une histoire ».',
    );
    expect(speakerOf(article, 'la meilleure fin')).toBe('Béatrice Fournier');
  });

  it('attributes a quote sentence after a sentence whose subject is the one person named', () => {
    const article = extractFr(
      'Dans le hall, les salariés se taisent. Gilles Perrin, 57 ans, ne cachait pas son amertume. « On a tout donné pendant deux ans, on a renoncé aux primes. »',
      'Chez les visiteurs, le gardien Félix-Antoine Simard a multiplié les arrêts. Il n’a pas voulu accabler ses défenseurs. « C’est une rondelle déviée. Ça arrive. »',
    );
    expect(speakerOf(article, 'On a tout donné')).toBe('Gilles Perrin');
    expect(speakerOf(article, 'C’est une rondelle')).toBe('Félix-Antoine Simard');
  });

  it('gives no speaker to such a quote when the pronoun before it does not fit the one person named', () => {
    const article = extractFr(
      'Le maire, Hervé Lacassagne, a visité le chantier. Elle n’a pas voulu commenter. « Nous verrons bien ce que dira le tribunal. »',
    );
    expect(speakerOf(article, 'Nous verrons bien')).toBeUndefined();
  });

  it('reads "Dans un communiqué, il … estime que « … »" and "À l’issue de l’entretien, il a salué « … »"', () => {
    const article = extractFr(
      'Le président du directoire, Frédéric Garnier, était absent. Dans un communiqué, il estime que « la flambée des coûts de l’énergie a tout emporté ».',
    );
    expect(speakerOf(article, 'la flambée des coûts')).toBe('Frédéric Garnier');
  });

  it('reads a later definite description of the one person named before it as that person', () => {
    const article = extractFr(
      'Mathilde Ravenel n’a pas choisi la facilité. Pour son premier déplacement, la ministre des Affaires étrangères a atterri à Dakar.',
      '« Nous ne venons pas donner des leçons », a déclaré la ministre à son arrivée.',
    );
    expect(speakerOf(article, 'Nous ne venons pas')).toBe('Mathilde Ravenel');
  });

  it('reads "a expliqué la directrice" as the one woman the paragraph before names beside a man', () => {
    const article = extractFr(
      'La directrice, Anne-Laure Berclaz, a remis un tableau peint par le peintre vaudois Auguste Vuilleumier.',
      '« Nous avons mis quatre ans à reconstituer son parcours », a expliqué la directrice.',
    );
    expect(speakerOf(article, 'Nous avons mis')).toBe('Anne-Laure Berclaz');
  });

  it('reads the gender an indefinite article states ("X, un marchand …") beside "a-t-elle confié"', () => {
    const article = extractFr(
      'Le tableau appartenait à Siegfried Stein, un marchand de textile. Son arrière-petite-fille, Miriam Stein-Aebischer, avocate à Genève, est venue. « Je ne l’avais jamais vu, mais je le connaissais par cœur », a-t-elle confié.',
    );
    expect(speakerOf(article, 'Je ne l’avais')).toBe('Miriam Stein-Aebischer');
  });

  it('attributes a quote sentence after "X betonte, …" in Konjunktiv (the name before the verb)', () => {
    const article = extractDe(
      'Petra Wiechers, die Vorsitzende des Betriebsrats, hat die Nachricht erhalten. Wiechers betonte, die Beschäftigten hätten verzichtet. »Jetzt erwarten wir, dass nicht wir die Zeche zahlen.«',
    );
    expect(speakerOf(article, 'Jetzt erwarten wir')).toBe('Petra Wiechers');
  });

  it('does not take a name’s own appositive ("X, die Leiterin des …,") for an unnamed person', () => {
    const article = extractDe(
      'Jana Hättich, die Leiterin des Hebammenteams, hält das für falsch. „Viele von uns wohnen hier, haben Kinder hier“, sagt die 44-Jährige.',
    );
    expect(speakerOf(article, 'Viele von uns')).toBe('Jana Hättich');
  });

  it('reads a definite description before the verb and a colon ("Der Steirer lobte …: „…“")', () => {
    const article = extractDe(
      'ÖSV-Cheftrainer Andreas Gruber war zufrieden. Der Steirer lobte vor allem die Ruhe seines Schützlings: „Der Lukas hat nicht gezockt, er ist sauber gefahren.“',
    );
    expect(speakerOf(article, 'Der Lukas hat')).toBe('Andreas Gruber');
  });

  it('gives a Konjunktiv sentence’s partial quote to the one person who opens the paragraph', () => {
    const article = extractDe(
      'Auch der französische Europaminister Lucien Marchetti, der zum ersten Mal teilnahm, zeigte sich zurückhaltend. Paris unterstütze das Ziel, wolle aber zunächst „die Details sehen, bevor wir etwas unterschreiben“.',
    );
    expect(speakerOf(article, 'die Details sehen')).toBe('Lucien Marchetti');
  });
});

describe('quotes in unseen beats: a speaker’s gender from the pronoun that named her or him', () => {
  it('does not give „…“, sagt die Rentnerin to the man last quoted as „…“, sagte er', () => {
    const article = extractDe(
      'Dekan Dr. Gottfried Saalbach verteidigte den Plan. „Wir verkaufen kein Dorf, wir verkaufen ein Haus“, sagte er der Zeitung.',
      'Im Ort sieht man das anders. Wer hier getauft wurde, will nicht in eine Turnhalle. „Man nimmt uns die Mitte des Dorfes weg“, sagt die Rentnerin.',
    );
    expect(speakerOf(article, 'Wir verkaufen kein Dorf')).toBe('Gottfried Saalbach');
    expect(speakerOf(article, 'Man nimmt uns die Mitte')).toBeUndefined();
  });

  it('still lets „…“, sagte er go on from the man last quoted as „…“, sagte er', () => {
    const article = extractDe(
      'Dekan Dr. Gottfried Saalbach verteidigte den Plan. „Wir verkaufen kein Dorf, wir verkaufen ein Haus“, sagte er der Zeitung.',
      'Die Gottesdienste sollen ins Gemeindehaus ziehen. „Dort ist es warm und barrierefrei“, sagte er.',
    );
    expect(speakerOf(article, 'Dort ist es warm')).toBe('Gottfried Saalbach');
  });
});

describe('quotes in unseen beats: a person named inside a relative clause', () => {
  it('gives „…“, sagte der 61-Jährige to the man the sentence is about, not the one its relative clause names', () => {
    const article = extractDe(
      'Wolfgang Achterberg, der den Chor 2009 von seinem Vorgänger Ludger Sandmann übernommen hatte, hört auf. „Das waren die schönsten Jahre meines Lebens“, sagte der 61-Jährige. „Aber jetzt ist Schluss damit.“',
    );
    expect(speakerOf(article, 'Aber jetzt ist Schluss')).toBe('Wolfgang Achterberg');
  });

  it('does not give an unattributed quote to the only man named when he is named only in a relative clause on the sentence’s opening name', () => {
    const article = extractDe(
      'Reinhold Achterberg, der den Chor 2009 von seinem Vorgänger Ludger Sandmann übernommen hatte, hört auf. Er habe „die schönsten Jahre meines Lebens“ dort verbracht, sagte der 61-Jährige. „Aber jetzt ist Schluss damit.“',
    );
    expect(speakerOf(article, 'Aber jetzt ist Schluss')).not.toBe('Ludger Sandmann');
  });

  it('still gives no speaker when the two men are named side by side', () => {
    const article = extractDe(
      'Reinhold Achterberg und Ludger Sandmann leiteten den Chor. „Das war eine schöne Zeit für uns“, sagte der 61-Jährige.',
    );
    expect(speakerOf(article, 'Das war eine schöne')).toBeUndefined();
  });
});

describe('who a pronoun after a quote stands for, across paragraphs', () => {
  const bernard = 'Mme Julie Bernard a ouvert la séance.';
  const martin = '« Nous ne céderons rien sur les salaires », a déclaré M. Pierre Martin.';
  const pronoun = '« Nous irons jusqu’au bout de cette grève », a-t-il ajouté.';

  it('carries the last speaker over a paragraph that names nobody, not over two', () => {
    const near = extractFr(bernard, martin, 'La salle a longuement applaudi.', pronoun);
    expect(speakerOf(near, 'Nous irons')).toBe('Pierre Martin');
    const far = extractFr(bernard, martin, 'La salle a longuement applaudi.', 'Le vote a eu lieu ensuite.', pronoun);
    expect(speakerOf(far, 'Nous irons')).toBeUndefined();
  });

  it('does not let a person named after the pronoun’s quote stop the last speaker', () => {
    const article = extractFr(
      bernard,
      martin,
      '« Nous irons jusqu’au bout de cette grève », a-t-il ajouté, avant que Mme Claire Roux ne réponde.',
    );
    expect(speakerOf(article, 'Nous irons')).toBe('Pierre Martin');
  });

  it('does not let a person named after the quote stop the last speaker when the paragraph before names two', () => {
    const article = extractFr(
      `${bernard} ${martin}`,
      '« Nous irons jusqu’au bout de cette grève », a-t-il ajouté, avant que Mme Claire Roux ne réponde.',
    );
    expect(speakerOf(article, 'Nous irons')).toBe('Pierre Martin');
  });

  it('carries a speaker named only in an incise to "a-t-elle ajouté" in the next paragraph', () => {
    const article = extractFr(
      '« Nous allons doubler les effectifs du consulat, précise Mme Mathilde Ravenel. Ce n’est pas une promesse. »',
      '« Les premiers agents arriveront dès janvier », a-t-elle ajouté.',
    );
    expect(speakerOf(article, 'Les premiers agents')).toBe('Mathilde Ravenel');
  });

  it('gives no speaker when the pronoun’s own paragraph names only someone of the other gender', () => {
    const article = extractFr(martin, `Mme Claire Roux l’écoutait. ${pronoun}`);
    expect(speakerOf(article, 'Nous irons')).toBeUndefined();
  });

  it('reads the one woman of the pronoun’s own paragraph, not the man of the paragraph before', () => {
    const article = extractFr(
      'M. Pierre Martin a ouvert la séance.',
      'Mme Sandrine Kervella a dénoncé le texte. « Ce gouvernement gouverne contre l’Assemblée », a-t-elle affirmé.',
    );
    expect(speakerOf(article, 'Ce gouvernement')).toBe('Sandrine Kervella');
  });

  it('reads the one person of the paragraph just before, not of the one before that', () => {
    const article = extractFr(
      'M. Pierre Martin a ouvert la séance.',
      'M. Paul Girard a pris la parole ensuite.',
      pronoun,
    );
    expect(speakerOf(article, 'Nous irons')).toBe('Paul Girard');
  });

  it('gives no speaker when the paragraph before names two people the pronoun fits', () => {
    const article = extractFr('M. Pierre Martin et M. Paul Girard ont parlé.', pronoun);
    expect(speakerOf(article, 'Nous irons')).toBeUndefined();
  });

  it('does not give "a-t-elle dénoncé" to a person of the paragraph before whose gender nobody stated', () => {
    const article = extractFr(
      'Me Alix Vernier a plaidé longuement.',
      '« Mon client a été désigné comme bouc émissaire », a-t-elle dénoncé.',
    );
    expect(speakerOf(article, 'Mon client')).toBeUndefined();
  });

  it('reads a description as the one person of the paragraph before it describes, beside another woman', () => {
    const article = extractFr(
      'La directrice, Anne-Laure Berclaz, a reçu Mme Julie Bernard.',
      '« Nous avons mis quatre ans à reconstituer son parcours », a expliqué la directrice.',
    );
    expect(speakerOf(article, 'Nous avons mis')).toBe('Anne-Laure Berclaz');
  });
});

describe('who the people named around a quote are', () => {
  it('does not count a person named inside a quotation as one the pronoun after it may stand for', () => {
    const article = extractFr(
      'M. Pierre Martin a pris la parole. « Je remercie M. Paul Girard pour son aide », a-t-il dit. « Et nous continuerons ensemble », a-t-il ajouté.',
    );
    expect(speakerOf(article, 'Et nous continuerons')).toBe('Pierre Martin');
  });

  it('reads the first person after "selon" in reading order, not the one the article named first', () => {
    const article = extractFr(
      'M. Pierre Martin a ouvert le débat.',
      'Selon Mme Claire Roux, qui cite M. Pierre Martin, « les deux parties ont accepté une liste commune ».',
    );
    expect(speakerOf(article, 'les deux parties')).toBe('Claire Roux');
  });

  it('does not count a person named after the quote in its paragraph', () => {
    const article = extractFr(
      'M. Pierre Martin a pris la parole. « Nous tiendrons bon jusqu’au bout », a-t-il lancé. M. Paul Girard est resté muet.',
    );
    expect(speakerOf(article, 'Nous tiendrons')).toBe('Pierre Martin');
  });

  it('continues the latest speaker of the paragraph, not the first, into a quote stated without attribution', () => {
    const article = extractFr(
      '« Nous voulons la paix sociale », a déclaré M. Pierre Martin. « Nous aussi, nous la voulons », a répondu Mme Claire Roux. La salle a applaudi. « Mais pas à n’importe quel prix. »',
    );
    expect(speakerOf(article, 'Mais pas')).toBe('Claire Roux');
  });

  it('does not continue a speaker into a quote when someone else was named in between', () => {
    const article = extractFr(
      '« Nous voulons la paix sociale », a déclaré M. Pierre Martin. Mme Claire Roux est restée muette. « Nous ne céderons jamais sur ce point. »',
    );
    expect(speakerOf(article, 'Nous ne céderons')).toBeUndefined();
  });

  it('continues a quote that closed one paragraph into a quote that opens the next, not the one after', () => {
    const opening = '«Nous ne céderons rien sur les salaires, a prévenu M. Pierre Martin. Nous irons jusqu’au bout.»';
    const reopened = '«Et nous gagnerons cette bataille pour nos salariés.»';
    expect(speakerOf(extractFr(opening, reopened), 'Et nous gagnerons')).toBe('Pierre Martin');
    expect(speakerOf(extractFr(opening, 'La salle a applaudi.', reopened), 'Et nous gagnerons')).toBeUndefined();
  });

  it('reads an incise with an inverted pronoun that ends the quotation or runs on for several words', () => {
    const lead = 'Le recteur de l’académie, Philippe Dautremer, assume.';
    const atEnd = `${lead} « Garder deux lycées à moitié vides ne rend service à personne, a-t-il déclaré mercredi. »`;
    expect(speakerOf(extractFr(atEnd), 'Garder deux lycées')).toBe('Philippe Dautremer');
    const long = `${lead} « Garder deux lycées à moitié vides ne rend service à personne, a-t-il déclaré mercredi lors d’une conférence de presse. Un lycée plus grand offre plus d’options. »`;
    expect(speakerOf(extractFr(long), 'Garder deux lycées')).toBe('Philippe Dautremer');
  });

  it('takes no inverted question inside a quotation for an incise: the man asked about did not speak', () => {
    const article = extractFr(
      'La maire, Claire Martin, interpelle le préfet Paul Roy : « Et le préfet, a-t-il expliqué sa décision aux élus ? Jamais. »',
    );
    expect(speakerOf(article, 'Et le préfet')).toBeUndefined();
  });

  it('gives a quote opened after a full stop nothing from the "Selon lui" of the sentence before', () => {
    const article = extractFr(
      'Le maire, Paul Roche, a reçu les parents. Selon lui, la cantine rouvrira lundi. « On nous promet ça depuis septembre. »',
    );
    expect(speakerOf(article, 'On nous promet')).toBeUndefined();
  });

  it('reads verbs of surprise and annoyance as verbs of speech ("s’étonne X", "s’agace X", "fulmine X")', () => {
    const article = extractFr(
      '« On n’a jamais vu ça en trente ans de métier », s’étonne Paul Roy, boulanger.',
      '« Personne ne nous a prévenus de rien », s’agace Claire Dumas.',
      '« C’est une honte absolue pour la commune », fulmine Marc Olivier.',
    );
    expect(speakerOf(article, 'On n’a jamais vu')).toBe('Paul Roy');
    expect(speakerOf(article, 'Personne ne nous')).toBe('Claire Dumas');
    expect(speakerOf(article, 'C’est une honte')).toBe('Marc Olivier');
  });

  it('does not carry a quote to the last speaker when its own sentence names someone the rules cannot read', () => {
    const opening = '«Nous ne céderons rien sur les salaires, a prévenu M. Pierre Martin. Nous irons jusqu’au bout.»';
    const after = '« Ces revendications sont irréalistes pour une usine de cette taille », tacle Mme Sophie Leroy.';
    expect(speakerOf(extractFr(opening, after), 'Ces revendications')).not.toBe('Pierre Martin');
    const inside = '« Ces revendications, tacle Mme Sophie Leroy, sont irréalistes pour une usine de cette taille. »';
    expect(speakerOf(extractFr(opening, inside), 'Ces revendications')).not.toBe('Pierre Martin');
    const sameParagraph = `${opening} « Ces revendications sont irréalistes pour une usine de cette taille », tacle Mme Sophie Leroy.`;
    expect(speakerOf(extractFr(sameParagraph), 'Ces revendications')).not.toBe('Pierre Martin');
  });

  it('reads a named incise followed by whom it was said to, and never gives the quote to the listener', () => {
    const article = extractFr(
      'À la sortie de la séance, l’édile était lasse. « On va devoir vendre la salle des fêtes, a confié Ghislaine Vandewalle à l’un de ses adjoints, Jean-Baptiste Lefebvre. Je n’ai pas d’autre choix. »',
    );
    expect(speakerOf(article, 'On va devoir vendre')).toBe('Ghislaine Vandewalle');
    const listenerFirst = extractFr(
      'La séance était finie. « On va devoir vendre la salle des fêtes, a expliqué à son adjoint Jean-Baptiste Lefebvre au téléphone la maire, Ghislaine Vandewalle. Je n’ai pas d’autre choix. »',
    );
    expect(speakerOf(listenerFirst, 'On va devoir vendre')).not.toBe('Jean-Baptiste Lefebvre');
  });

  it('gives no speaker to « … », a précisé la communauté de communes, beside the woman quoted before', () => {
    const article = extractFr(
      'Selon Bérangère Wattelle, ancienne magistrate, « la commune n’a plus aucune marge », analyse-t-elle.',
      '« La piscine est un équipement d’intérêt communautaire », a précisé la communauté de communes des Deux-Rivières dans un communiqué.',
    );
    expect(speakerOf(article, 'La piscine est')).toBeUndefined();
  });

  it('does not continue a quote into the next paragraph when words followed it in its own', () => {
    const article = extractFr(
      '«Nous ne céderons rien sur les salaires, a prévenu M. Pierre Martin. Nous irons jusqu’au bout.» La salle a applaudi.',
      '«Et nous gagnerons cette bataille pour nos salariés.»',
    );
    expect(speakerOf(article, 'Et nous gagnerons')).toBeUndefined();
  });

  it('does not take an organisation named in an incise for the speaker', () => {
    const article = extractFr(
      'La séance a été longue. « Nous allons doubler les effectifs du consulat, précise la Fédération. Ce n’est pas une promesse. »',
    );
    expect(speakerOf(article, 'Nous allons doubler')).toBeUndefined();
  });

  it('keeps only quotes of four words or more, without the punctuation before the closing mark', () => {
    const article = extractFr(
      '« Nous ne pouvions pas laisser le pays sans budget, – », a déclaré M. Étienne Daubigny. « Non », a-t-il ajouté.',
    );
    expect(article.quotes.map((q) => q.text)).toEqual(['Nous ne pouvions pas laisser le pays sans budget']);
  });
});

describe('the rule each quote records for the audit (npm run eval:extract -- --audit)', () => {
  const ruleOf = (article: ReturnType<typeof extractFr>, opening: string) =>
    article.quotes.find((q) => q.text.startsWith(opening))?.rule;

  it('names the shape that stated the speaker and where it stood', () => {
    const pierre = '« Nous ne céderons rien sur les salaires », a déclaré M. Pierre Martin.';
    expect(ruleOf(extractFr(pierre), 'Nous ne céderons')).toBe('name after quote');
    expect(
      ruleOf(
        extractFr('Pour la chercheuse Élodie Vautrin, « le simple fait qu’ils restent est un signal ».'),
        'le simple',
      ),
    ).toBe('name before quote');
    const incise = extractFr(
      '«Nous ne céderons rien sur les salaires, a prévenu M. Pierre Martin. Nous irons jusqu’au bout.»',
      '«Et nous gagnerons cette bataille pour nos salariés.»',
    );
    expect(ruleOf(incise, 'Nous ne céderons')).toBe('name incise');
    expect(ruleOf(incise, 'Et nous gagnerons')).toBe('reopened quote carry');
    const prefecture = extractFr('« Les moyens engagés sont suffisants à ce stade », a indiqué la préfecture.');
    expect(ruleOf(prefecture, 'Les moyens')).toBe('nobody stated after quote');
  });

  it('names whom a pronoun or description was read as, or refused', () => {
    const pronoun = '« Nous irons jusqu’au bout de cette grève », a-t-il ajouté.';
    const near = extractFr(
      '« Nous ne céderons rien sur les salaires », a déclaré M. Pierre Martin.',
      'La salle a applaudi.',
      pronoun,
    );
    expect(ruleOf(near, 'Nous irons')).toBe('pronoun after quote: last speaker');
    expect(ruleOf(extractFr('M. Paul Girard a pris la parole.', pronoun), 'Nous irons')).toBe(
      'pronoun after quote: one in paragraph before',
    );
    expect(ruleOf(extractFr(`M. Paul Girard a pris la parole. ${pronoun}`), 'Nous irons')).toBe(
      'pronoun after quote: one in paragraph',
    );
    const directrice = extractFr(
      'La directrice, Anne-Laure Berclaz, a reçu Mme Julie Bernard.',
      '« Nous avons mis quatre ans à reconstituer son parcours », a expliqué la directrice.',
    );
    expect(ruleOf(directrice, 'Nous avons mis')).toBe('description after quote: one in paragraph before');
  });

  it('names the carry of a quote without attribution, and the reported speaker looked for', () => {
    const neighbour = extractFr(
      '« Nous voulons la paix sociale », a déclaré M. Pierre Martin. La salle a applaudi. « Mais pas à n’importe quel prix. »',
    );
    expect(ruleOf(neighbour, 'Mais pas')).toBe('neighbour before in paragraph');
    const refused = extractFr(
      '« Nous voulons la paix sociale », a déclaré M. Pierre Martin. Mme Claire Roux est restée muette. « Nous ne céderons jamais sur ce point. »',
    );
    expect(ruleOf(refused, 'Nous ne céderons')).toBe('reporter in reach');
  });

  it('names the headline speaker only when the standfirst gave one', () => {
    const given = extractDe(
      '„Wir haben verlernt, einfach zu bauen“',
      'Die Architektin Ulrike Brandhorst-Ngata sagt, das Problem seien die Normen.',
    );
    expect(ruleOf(given, 'Wir haben verlernt')).toBe('headline speaker');
    const none = extractDe(
      '„Wir haben verlernt, einfach zu bauen“',
      'Die Architektin Ulrike Brandhorst-Ngata baut Häuser.',
    );
    expect(speakerOf(none, 'Wir haben verlernt')).toBeUndefined();
    expect(ruleOf(none, 'Wir haben verlernt')).toBe('reporter in reach');
  });
});
