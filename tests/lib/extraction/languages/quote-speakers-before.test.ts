import { describe, expect, it } from 'vitest';
import { roleOf, speakerOf } from '../../../helpers/extraction';
import { extractDe, extractFr } from '../../../helpers/extraction-languages';

// What the French and German rules read in a quote's own sentence before it, and the end of an
// incise, an institution, a description after a verb (quote-speakers.ts: incise, institution,
// descriptionFrom, beforeQuote). Two people are named first where one could be guessed anyway.

const two = 'Mme Julie Bernard et M. Paul Girard ont écouté.';
const list = '« les deux parties ont accepté une liste commune »';

describe('the end of a named incise inside a quote', () => {
  it('reads no incise without a verb of speech ("« …, avec Mme X, … »")', () => {
    const article = extractFr(`${two} « Nous avons vu, avec Mme Claire Roux, ce qu’il fallait faire. »`);
    expect(speakerOf(article, 'Nous avons vu')).toBeUndefined();
  });

  it('reads a name that starts the fourth word after the verb', () => {
    const article = extractFr(`${two} « Nous ne céderons pas, précise ainsi la présidente Claire Roux, jamais »`);
    expect(speakerOf(article, 'Nous ne céderons')).toBe('Claire Roux');
  });

  it('reads no incise whose name no comma or stop closes (the person spoken to)', () => {
    const article = extractFr(`${two} « Nous l’avons dit, répété à Mme Claire Roux et à son équipe »`);
    expect(speakerOf(article, 'Nous l’avons dit')).toBeUndefined();
  });
});

describe('an institution or a person after "so die …"', () => {
  const vogel = 'Katrin Vogel verteidigte die Kontrollen.';

  it('reads "so die Stadtverwaltung" as an institution, not the one woman named', () => {
    const article = extractDe(`${vogel} „Wir werden die Grenzen weiter kontrollieren“, so die Stadtverwaltung.`);
    expect(speakerOf(article, 'Wir werden')).toBeUndefined();
  });

  it('reads "so die Mannschaftsärztin" as a person: "-schaft" inside a word is no institution', () => {
    const article = extractDe(
      'Katrin Vogel behandelte ihn. „Er wird in drei Wochen wieder spielen können“, so die Mannschaftsärztin.',
    );
    expect(speakerOf(article, 'Er wird')).toBe('Katrin Vogel');
  });
});

describe('a description after the verb of speech', () => {
  it('gives the speaker its first five words as a role, up to the complement', () => {
    const article = extractFr(
      'Yanis Belkacem a marqué deux fois. « Je n’ai pas réfléchi, j’ai juste frappé », a souri l’ailier gauche de 23 ans du RC Lens.',
    );
    expect(roleOf(article, 'Yanis Belkacem')).toBe('ailier gauche de 23 ans');
  });
});

describe('"selon", "d’après", "pour" opening the quote’s sentence', () => {
  it('reads "D’après Mme X, « … »" and "D’après elle, « … »"', () => {
    const named = extractFr(`M. Paul Girard a ouvert la séance. D’après Mme Claire Roux, ${list}.`);
    expect(speakerOf(named, 'les deux parties')).toBe('Claire Roux');
    const pronoun = extractFr(`${two} D’après elle, ${list}.`);
    expect(speakerOf(pronoun, 'les deux parties')).toBe('Julie Bernard');
  });

  it('reads the gender of "Selon elle" to choose the woman beside a man', () => {
    const article = extractFr(`${two} Selon elle, ${list}.`);
    expect(speakerOf(article, 'les deux parties')).toBe('Julie Bernard');
  });

  it('reads no speaker in "Selon certains, « … »", not the one man named', () => {
    const article = extractFr('M. Paul Girard a présenté le projet. Selon certains, « il ne verra jamais le jour ».');
    expect(speakerOf(article, 'il ne verra')).toBeUndefined();
  });

  it('reads "pour" only as one of the sentence’s first two words ("Il vote pour Mme X, « … »")', () => {
    const article = extractFr(
      'M. Paul Girard votera dimanche. Il vote pour Mme Claire Roux, « une femme de terrain qui connaît le dossier ».',
    );
    expect(speakerOf(article, 'une femme de terrain')).not.toBe('Claire Roux');
  });

  it('reads "Et pour « … »" without failing when no word follows "pour"', () => {
    const article = extractFr(
      'Mme Julie Bernard a parlé. Et pour « sauver l’usine de la fermeture », elle est prête à tout.',
    );
    expect(speakerOf(article, 'sauver l’usine')).toBeUndefined();
  });

  it('reads a name four words after "selon"', () => {
    const article = extractFr(`M. Paul Girard a ouvert la séance. Selon le rapport de Mme Claire Roux, ${list}.`);
    expect(speakerOf(article, 'les deux parties')).toBe('Claire Roux');
  });

  it('reads no name far after "selon" with no title in apposition before it', () => {
    const article = extractFr(
      `M. Paul Girard a ouvert la séance. Selon les chiffres publiés hier par le ministère et repris par Mme Claire Roux, ${list}.`,
    );
    expect(speakerOf(article, 'les deux parties')).toBeUndefined();
  });

  it('reads a long title before the name after "pour" only when it is lower-case words with a role', () => {
    const opening = 'M. Paul Girard a ouvert la séance.';
    const noRole = extractFr(
      `${opening} Pour les habitants venus en nombre écouter Claire Roux, « la réunion fut très utile ».`,
    );
    expect(speakerOf(noRole, 'la réunion')).toBeUndefined();
    const capital = extractFr(
      `${opening} Pour la délégation du maire reçue hier par Mme Claire Roux, « la réunion fut très utile ».`,
    );
    expect(speakerOf(capital, 'la réunion')).toBeUndefined();
    const comma = extractFr(
      `${opening} Pour le maire de la commune, qui a reçu Mme Claire Roux hier, « la réunion fut très utile ».`,
    );
    expect(speakerOf(comma, 'la réunion')).toBeUndefined();
    const title = extractFr(
      `${opening} Pour l’historienne de l’art Béatrice Fournier, qui a dirigé les recherches, c’est « la meilleure fin possible pour une histoire ».`,
    );
    expect(speakerOf(title, 'la meilleure fin')).toBe('Béatrice Fournier');
  });

  it('reads "Selon <a long title>, X, … « … »" beside another person named before', () => {
    const article = extractFr(
      'Mme Julie Bernard a ouvert l’enquête. Selon le procureur de la République de Brest, Jean-Baptiste Lorcy, les trois amis « n’avaient pas consulté le bulletin météo ».',
    );
    expect(speakerOf(article, 'n’avaient pas')).toBe('Jean-Baptiste Lorcy');
  });
});

describe('the subject of the quote’s sentence, before a verb of speech or a colon', () => {
  it('reads a colon only when it ends the words before the quote', () => {
    const article = extractFr(
      'Mme Julie Bernard est venue. À l’ordre du jour : la visite de M. Paul Girard et « la fin d’un cycle pour la région ».',
    );
    expect(speakerOf(article, 'la fin d’un cycle')).toBeUndefined();
  });

  it('reads the subject before a colon with no verb of speech, with or without a space before the mark', () => {
    const german = extractDe(
      'Katrin Vogel hörte zu. Bürgermeister Jan Brückner bleibt hart: „Wir bauen die Halle nicht.“',
    );
    expect(speakerOf(german, 'Wir bauen')).toBe('Jan Brückner');
    const french = extractFr(
      'Mme Julie Bernard est venue. Le lendemain, Mme Claire Roux est formelle : « Nous ne fermerons pas cette école. »',
    );
    expect(speakerOf(french, 'Nous ne fermerons')).toBe('Claire Roux');
  });

  it('gives no speaker, without failing, to a colon after no one', () => {
    const article = extractFr(
      'M. Paul Girard a écouté. Le constat est sans appel : « Nous ne fermerons pas cette école. »',
    );
    expect(speakerOf(article, 'Nous ne fermerons')).toBeUndefined();
  });

  it('reads the name after a verb that opens what is left of the sentence ("« … », lance X, « … »")', () => {
    const article = extractFr('« Jamais », lance M. Paul Girard, « nous ne céderons sur rien ».');
    expect(speakerOf(article, 'nous ne céderons')).toBe('Paul Girard');
  });

  it('gives no speaker when two people are the subject, nor the one named after the verb', () => {
    const french = extractFr(
      'Mme Julie Bernard et M. Paul Girard ont déclaré : « Les deux parties ont accepté une liste commune. »',
    );
    expect(speakerOf(french, 'Les deux parties')).toBeUndefined();
    const after = extractDe(
      'Ulrike Sommerfeld hörte zu. Katrin Vogel und Jan Brückner sagten gemeinsam mit Jonas Brehm: „Wir bauen die Halle nicht.“',
    );
    expect(speakerOf(after, 'Wir bauen')).toBeUndefined();
    const both = extractDe(
      'Ulrike Sommerfeld hörte zu. Dazu sagten Katrin Vogel und Jan Brückner: „Wir bauen die Halle nicht.“',
    );
    expect(speakerOf(both, 'Wir bauen')).toBeUndefined();
  });

  it('reads the subject of a verb in a clause after an auxiliary ("Elle a confirmé que X a déclaré : « … »")', () => {
    const article = extractFr(
      'Mme Julie Bernard est venue. Elle a confirmé que M. Paul Girard a déclaré : « Les deux parties ont accepté une liste commune. »',
    );
    expect(speakerOf(article, 'Les deux parties')).toBe('Paul Girard');
  });
});

describe('a description or a pronoun opening the quote’s sentence', () => {
  it('reads the gender of "Der Steirer lobte …: „…“" to choose the man beside a woman', () => {
    const article = extractDe(
      'ÖSV-Cheftrainer Andreas Gruber und Athletin Anna Berger waren zufrieden. Der Steirer lobte vor allem die Ruhe seines Schützlings: „Der Lukas hat nicht gezockt, er ist sauber gefahren.“',
    );
    expect(speakerOf(article, 'Der Lukas')).toBe('Andreas Gruber');
  });

  it('reads no description in a French capitalised name that is no role ("Le Monde a écrit : « … »")', () => {
    const article = extractFr(
      'Mme Julie Bernard et M. Paul Girard ont visité l’usine. Le Monde a écrit : « Nous ne fermerons pas cette usine. »',
    );
    expect(speakerOf(article, 'Nous ne fermerons')).toBeUndefined();
  });

  it('reads "La préfecture a indiqué : « … »" as an institution, not the one woman named', () => {
    const article = extractFr(
      'Mme Julie Bernard a visité l’usine. La préfecture a indiqué : « Nous ne fermerons pas cette usine. »',
    );
    expect(speakerOf(article, 'Nous ne fermerons')).toBeUndefined();
  });

  it('reads a pronoun after the sentence’s first two words only when a comma sets it off', () => {
    const article = extractFr(
      'M. Paul Girard a présenté son budget, ligne par ligne. Le texte qu’il a défendu a été salué par « une large majorité des élus ».',
    );
    expect(speakerOf(article, 'une large majorité')).toBeUndefined();
  });

  it('reads the gender of "Dans un communiqué, il estime que « … »" to choose the man beside a woman', () => {
    const article = extractFr(`${two} Dans un communiqué, il estime que « la flambée des coûts a tout emporté ».`);
    expect(speakerOf(article, 'la flambée')).toBe('Paul Girard');
  });
});
