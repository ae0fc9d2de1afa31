import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../helpers/extraction';
import { extractDe, extractFr } from '../../../helpers/extraction-languages';

// How far the French and German rules read after and inside a quote for its speaker
// (quote-speakers.ts: participleLater, nameAfter, afterQuote, incise): where a statement stops.

const quote = '„Wir fordern neun Jahre Haft für den Angeklagten“';

describe('a German participle of speech at the end of the clause after a quote', () => {
  it('reads „…“, hatte sie … gesagt as the pronoun’s, the one woman beside a man', () => {
    const article = extractDe(
      `Jonas Brehm und Verena Ostermaier sprachen lange. ${quote}, hatte sie in ihrem Plädoyer gesagt.`,
    );
    expect(speakerOf(article, 'Wir fordern')).toBe('Verena Ostermaier');
  });

  it('reads the participle only within eight words of the auxiliary', () => {
    const eighth = extractDe(
      `Verena Ostermaier sprach lange. ${quote}, hatte sie in ihrem Plädoyer vor dem Landgericht gesagt.`,
    );
    expect(speakerOf(eighth, 'Wir fordern')).toBeUndefined();
    const ninth = extractDe(
      `Verena Ostermaier sprach lange. ${quote}, hatte sie in ihrem langen Plädoyer vor dem Landgericht gesagt.`,
    );
    expect(speakerOf(ninth, 'Wir fordern')).toBeUndefined();
  });

  it('reads no statement in an auxiliary with no participle of speech before the paragraph ends', () => {
    const article = extractDe(`Verena Ostermaier sprach lange. ${quote}, hatte sie keine Zeit mehr`);
    expect(speakerOf(article, 'Wir fordern')).toBeUndefined();
  });

  it('does not read a verb of speech past a comma or a full stop as the auxiliary’s participle', () => {
    const comma = extractDe(`Jonas Brehm sprach lange. ${quote}, hatte er gehofft, sagte Anwalt Jan Brückner.`);
    expect(speakerOf(comma, 'Wir fordern')).toBeUndefined();
    const stop = extractDe(`Jonas Brehm sprach lange. ${quote}, hatte er gehofft. Dann hat er es gesagt.`);
    expect(speakerOf(stop, 'Wir fordern')).toBeUndefined();
  });

  it('reads "», a longtemps répété M. X" (French, an adverb between auxiliary and participle)', () => {
    const article = extractFr(
      'M. Pierre Martin a pris la parole. « Nous tiendrons bon jusqu’au bout de cette grève », a longtemps répété M. Paul Girard.',
    );
    expect(speakerOf(article, 'Nous tiendrons')).toBe('Paul Girard');
  });
});

describe('the name after a quote’s verb of speech', () => {
  it('is the name after the verb, not a person the article named earlier', () => {
    const article = extractFr(
      'M. Pierre Martin a ouvert la séance. « Nous ne céderons rien sur les salaires », a déclaré M. Paul Girard.',
    );
    expect(speakerOf(article, 'Nous ne céderons')).toBe('Paul Girard');
  });

  it('is not a name after the full stop that ends the attribution', () => {
    const article = extractFr(
      'Mme Julie Bernard préside le conseil. « Nous ne lâcherons rien », a déclaré la présidente. M. Paul Girard a quitté la salle.',
    );
    expect(speakerOf(article, 'Nous ne lâcherons')).toBe('Julie Bernard');
  });

  it('is not a name more than seven words past the verb with no title on the way', () => {
    const article = extractFr(
      'Mme Julie Bernard préside le conseil. « Nous ne céderons rien », a déclaré hier soir sur le parvis une inconnue venue soutenir Paul Girard.',
    );
    expect(speakerOf(article, 'Nous ne céderons')).toBeUndefined();
  });

  it('is not a name eight words or more past a title, which stands for the speaker itself', () => {
    const article = extractFr(
      'Mme Julie Bernard préside le conseil. « Nous ne céderons rien », a déclaré la ministre hier soir sur le parvis devant une foule venue soutenir Paul Girard.',
    );
    expect(speakerOf(article, 'Nous ne céderons')).toBe('Julie Bernard');
  });

  it('is not a name after the quote when no verb of speech follows the quote', () => {
    const article = extractFr(
      'Mme Julie Bernard préside le conseil. « Nous verrons bien ce que dira le tribunal », mais Paul Girard a déclaré le contraire.',
    );
    expect(speakerOf(article, 'Nous verrons')).not.toBe('Paul Girard');
  });

  it('gives no speaker, without failing, when the verb of speech ends the paragraph', () => {
    const article = extractFr('Mme Julie Bernard préside le conseil. « Nous ne lâcherons rien de rien », a déclaré');
    expect(speakerOf(article, 'Nous ne lâcherons')).toBeUndefined();
  });
});

describe('where the words after a quote stop', () => {
  it('stops at the next quote: two quotes side by side, the name after the second is not the first’s', () => {
    const article = extractFr(
      'Sur la place, on entendait « nous ne lâcherons rien », « tous ensemble jusqu’au bout », a raconté M. Paul Girard.',
    );
    expect(speakerOf(article, 'nous ne lâcherons')).toBeUndefined();
    expect(speakerOf(article, 'tous ensemble')).toBe('Paul Girard');
  });

  it('stops at the paragraph’s end: the next paragraph’s "So … X" is not the attribution', () => {
    const article = extractDe(
      'Die Gewerkschaft bleibt hart: „Wir streiken weiter bis zum Ende“',
      'So sieht es auch Bürgermeister Jan Brückner.',
    );
    expect(speakerOf(article, 'Wir streiken')).toBeUndefined();
  });

  it('stops at a full stop after the closing mark: „…“. So … X is a new sentence', () => {
    const article = extractDe(
      'Die Gewerkschaft bleibt hart. „Wir streiken weiter, bis die Bahn ein Angebot vorlegt“. So sieht es auch Bürgermeister Jan Brückner.',
    );
    expect(speakerOf(article, 'Wir streiken')).toBeUndefined();
  });
});

describe('„…“, so X / », selon X', () => {
  it('reads the name after "so", between two women', () => {
    const article = extractDe(
      'Katrin Vogel und Nora Lindqvist trafen sich. „Die Regierung steht bereit zu helfen“, so Lindqvist.',
    );
    expect(speakerOf(article, 'Die Regierung')).toBe('Nora Lindqvist');
  });

  it('reads the gender of "so die Ministerin" to choose the woman beside a man', () => {
    const article = extractDe(
      'Innenministerin Katrin Vogel und Staatssekretär Jonas Brehm verteidigten die Kontrollen. „Wir werden die Grenzen weiter kontrollieren“, so die Ministerin.',
    );
    expect(speakerOf(article, 'Wir werden')).toBe('Katrin Vogel');
  });

  it('reads no description in "so ein Sprecher" (indefinite): not the one woman named', () => {
    const article = extractDe(
      'Katrin Vogel verteidigte die Kontrollen. „Wir werden die Grenzen weiter kontrollieren“, so ein Sprecher des Ministeriums.',
    );
    expect(speakerOf(article, 'Wir werden')).toBeUndefined();
  });
});

describe('an inverted pronoun after or inside a quote', () => {
  const two = 'Mme Julie Bernard et M. Paul Girard ont écouté.';

  it('is no attribution when its verb is not one of speech ("», paraît-il")', () => {
    const after = extractFr(`${two} « Le projet est enterré pour de bon », paraît-il.`);
    expect(speakerOf(after, 'Le projet')).toBeUndefined();
    const inside = extractFr(`${two} « Le projet, paraît-il, est enterré pour de bon. »`);
    expect(speakerOf(inside, 'Le projet')).toBeUndefined();
  });

  it('reads an incise "affirme-t-il" as the one man named, beside a woman', () => {
    const article = extractFr(`${two} « Ce ne sera pas le dernier cas, affirme-t-il, et c’est tant mieux. »`);
    expect(speakerOf(article, 'Ce ne sera')).toBe('Paul Girard');
  });

  it('reads an incise "a-t-elle ajouté" (auxiliary and participle) as the one woman named', () => {
    const article = extractFr(`${two} « Ce ne sera pas le dernier cas, a-t-elle ajouté, et c’est tant mieux. »`);
    expect(speakerOf(article, 'Ce ne sera')).toBe('Julie Bernard');
  });

  it('reads an incise after the quote’s first word ("« Jamais, affirme-t-il, … »")', () => {
    const article = extractFr(`${two} « Jamais, affirme-t-il, nous ne céderons sur ce point. »`);
    expect(speakerOf(article, 'Jamais')).toBe('Paul Girard');
  });
});

describe('a named incise inside a quote', () => {
  const two = 'Mme Julie Bernard et M. Paul Girard ont écouté.';

  it('reads an incise closed by a comma before the quote’s last word', () => {
    const article = extractFr(`${two} « Nous ne céderons pas, prévient Mme Claire Roux, jamais »`);
    expect(speakerOf(article, 'Nous ne céderons')).toBe('Claire Roux');
  });

  it('reads no incise in a verb of speech that no comma sets off ("« Je dis à Mme X, … »")', () => {
    const article = extractFr(`${two} « Je dis à Mme Claire Roux, bravo pour ce travail. »`);
    expect(speakerOf(article, 'Je dis')).toBeUndefined();
  });

  it('reads no incise after the quote’s closing mark', () => {
    const article = extractFr(
      `${two} « Nous ne céderons pas sur ce point ». Depuis, explique M. Paul Girard, rien n’a bougé.`,
    );
    expect(speakerOf(article, 'Nous ne céderons')).toBeUndefined();
  });

  it('reads a quote whose last word follows a comma without failing ("« …, ensemble »")', () => {
    const article = extractFr(`${two} « Nous irons jusqu’au bout, ensemble »`);
    expect(speakerOf(article, 'Nous irons')).toBeUndefined();
  });
});
