import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../../helpers/extraction';

describe('the speaker stated in the quote’s sentence', () => {
  it('takes the subject past a "Name of Place" appositive', () => {
    const article = extract(
      'The Senate majority leader, Thomas Reinholt of Kansas, said the change was “a reasonable accommodation for small businesses.”',
    );
    expect(speakerOf(article, 'a reasonable accommodation')).toBe('Thomas Reinholt');
  });

  it('does not take the organisation in the speaker’s appositive for the speaker', () => {
    const article = extract(
      'Jessica Oyelaran, a lobbyist for the Regional Freight Carriers Association, said it “reflects the reality of small railroads.”',
    );
    expect(speakerOf(article, 'reflects the reality')).toBe('Jessica Oyelaran');
  });

  it('takes an organisation that is the whole appositive for the speaker', () => {
    const article = extract(
      'Its new owners, Harbourside Living Ltd, said they had “rebuilt the service from the ground up”.',
    );
    expect(speakerOf(article, 'rebuilt the service')).toBe('Harbourside Living Ltd');
  });

  it('takes the speaker from "X accused Y of “…”"', () => {
    const article = extract(
      'Shadow chancellor Neil Harcourt accused the government of “a tax raid dressed up as prudence”.',
    );
    expect(speakerOf(article, 'a tax raid')).toBe('Neil Harcourt');
  });

  it('does not take the object of a preposition for the subject ("The coach, who had spoken to Y, said")', () => {
    const article = extract(
      'The coach, who had spoken to Kieran Walsh, said the decision was “a disgrace to the whole sport”.',
    );
    expect(speakerOf(article, 'a disgrace')).toBeUndefined();
  });

  it('gives "He … shown to Walsh and said" to the person "he" stands for', () => {
    const article = extract(
      'Director Paul Devereux was unhappy. He questioned the yellow card shown to Kieran Walsh and said his side had been “on the wrong end of every big decision”.',
    );
    expect(speakerOf(article, 'on the wrong end')).toBe('Paul Devereux');
  });

  it('gives "X … and said" to the subject that opens the clause', () => {
    const article = extract(
      'Paul Devereux questioned the decision to send the captain off in the second half and said it was “a disgrace to the sport”.',
    );
    expect(speakerOf(article, 'a disgrace')).toBe('Paul Devereux');
  });

  it('gives the quote to the name that opens the sentence, past an appositive with several commas', () => {
    const article = extract(
      'Wendell Pryor, a soybean grower from Carroll County, Iowa, and president of the Iowa Soybean Growers, said the deal had been “a long time coming at last.”',
    );
    expect(speakerOf(article, 'a long time coming')).toBe('Wendell Pryor');
  });

  it('does not take the opening name when the appositive names another person', () => {
    const article = extract(
      'Anna Berg, whose brother Lars Berg runs the yard, and her cousin Tom Berg, said it was “a subsidy nobody asked for.”',
    );
    expect(speakerOf(article, 'a subsidy')).not.toBe('Anna Berg');
  });
});

describe('the subject of the speech verb', () => {
  it('gives "X, director of the Y Gallery, who said “…”" to X', () => {
    const article = extract(
      'The panel was chaired by Dr Priya Venkataraman, director of the Ian Potter Gallery, who said the painting was “tender without being sentimental”.',
    );
    expect(speakerOf(article, 'tender')).toBe('Priya Venkataraman');
  });

  it('does not give a quote to a name that qualifies the plural subject ("Brightwater managers say …")', () => {
    const article = extract(
      'Brightwater said in a statement that sales fell.',
      'Brightwater managers say the new rota is “far worse than the old one for everybody”.',
    );
    expect(speakerOf(article, 'far worse')).toBeUndefined();
  });

  it('takes the speaker of a tabloid’s "Steve laughed" after the quote', () => {
    const article = extract(
      'His crewmate Steve Marsh, 44, was the first person he told.',
      "'He came in with a face like thunder and said he had bad news,' Steve laughed.",
    );
    expect(speakerOf(article, 'He came in with a face')).toBe('Steve Marsh');
  });

  it('does not give a participle with its own subject the sentence’s ("with a judge describing …")', () => {
    const article = extract(
      'Jayden Kerr, a tradie, has been jailed, with a judge describing the attack as “cowardly, calculated and terrifying”.',
    );
    expect(speakerOf(article, 'cowardly, calculated')).toBeUndefined();
  });
});
