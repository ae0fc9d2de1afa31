import { describe, expect, it } from 'vitest';
import { attribute } from '../../helpers/attribution';
import { extract, speakerOf } from '../../helpers/extraction';

describe('who "he added" goes on from', () => {
  it('gives no speaker to "he added" after a paragraph that names another man since the last quote', () => {
    const article = extract(
      '“The referee got it right,” said Graham Pike. “He had been warned twice.”',
      'The equaliser came from a corner, with goalkeeper Lewis Doran stranded at his near post.',
      '“I just threw myself at it and it went in,” he added.',
    );
    expect(speakerOf(article, 'I just threw myself')).toBeUndefined();
  });

  it('gives "he added" to the last speaker when nobody else was named since', () => {
    const article = extract(
      '“The referee got it right,” said Graham Pike. “He had been warned twice.”',
      'The result lifts the visitors to sixth in the table.',
      '“We go again on Tuesday night,” he added.',
    );
    expect(speakerOf(article, 'We go again')).toBe('Graham Pike');
  });
});

describe('a pronoun after two people named together', () => {
  it('gives no speaker to "she said" after "Kelly Marsh and Rachel Dunn both scored"', () => {
    const article = extract(
      'Kelly Marsh and Rachel Dunn both scored in the second half.',
      '“We never gave up, not even at two down,” she said.',
    );
    expect(speakerOf(article, 'We never gave up')).toBeUndefined();
  });

  it('still gives "she said" to the one woman a paragraph names alone', () => {
    const article = extract(
      'Rachel Dunn scored twice in the second half.',
      '“We never gave up, not even at two down,” she said.',
    );
    expect(speakerOf(article, 'We never gave up')).toBe('Rachel Dunn');
  });
});

// The same rules on names given by hand (tests/helpers/attribution.ts): what each one decides,
// without the name finder's choices of who is a person and of which gender.
describe('who a pronoun stands for, on given names', () => {
  const pike = [
    { name: 'Graham Pike', gender: 'male' as const },
    { name: 'Pike', entity: 'Graham Pike' },
  ];
  const reid = [
    { name: 'Anna Reid', gender: 'female' as const },
    { name: 'Reid', entity: 'Anna Reid' },
  ];
  const hale = { name: 'Tom Hale', gender: 'male' as const };
  const doran = { name: 'Lewis Doran', gender: 'male' as const };
  const quoted = '“We were robbed at the end,” said Graham Pike.';

  it('goes on from the last speaker up to three paragraphs later, not four', () => {
    const speakerAfter = (gap: number) =>
      attribute(
        [
          quoted,
          ...Array.from({ length: gap }, (_, i) => `Rain fell on day ${i + 1}.`),
          '“It was a fair result,” he said.',
        ],
        pike,
      ).speakerOf('It was a fair');
    expect(speakerAfter(2)).toBe('Graham Pike');
    expect(speakerAfter(3)).toBeUndefined();
  });

  it('does not give "she said" to the man last quoted, but to the one woman named since', () => {
    const paragraphs = [quoted, 'Anna Reid watched from the stand.'];
    expect(
      attribute([...paragraphs, '“It was a fair result,” she said.'], [...pike, ...reid]).speakerOf('It was'),
    ).toBe('Anna Reid');
    // "he said" cannot go on from Pike past her, nor be hers.
    expect(
      attribute([...paragraphs, '“It was a fair result,” he said.'], [...pike, ...reid]).speakerOf('It was'),
    ).toBeUndefined();
  });

  it('lets "they said" go on from a speaker of either gender', () => {
    const article = attribute([quoted, 'The ground was quiet.', '“It was a fair result,” they said.'], pike);
    expect(article.speakerOf('It was')).toBe('Graham Pike');
  });

  it('of two people its paragraph reports speaking, takes the one of the pronoun’s gender', () => {
    const paragraph = 'Graham Pike said the pitch was poor. Anna Reid said it was fine.';
    expect(attribute([`${paragraph} “It was a fair result,” he said.`], [...pike, ...reid]).speakerOf('It')).toBe(
      'Graham Pike',
    );
    expect(attribute([`${paragraph} “It was a fair result,” she said.`], [...pike, ...reid]).speakerOf('It')).toBe(
      'Anna Reid',
    );
  });

  it('takes the one person the paragraph before reports speaking, if the gender fits', () => {
    const before = 'Graham Pike said the pitch was poor.';
    expect(attribute([before, '“It was a fair result,” he said.'], pike).speakerOf('It was')).toBe('Graham Pike');
    expect(attribute([before, '“It was a fair result,” she said.'], pike).speakerOf('It was')).toBeUndefined();
  });

  it('does not take a person whose assistant spoke ("Graham Pike’s assistant said")', () => {
    const article = attribute(
      ['Graham Pike’s assistant said the pitch was poor. “It was a fair result,” he said.'],
      pike,
    );
    expect(article.speakerOf('It was')).toBeUndefined();
  });

  it('gives "she said" after "A neighbour ran outside." to nobody, not to the woman reported before', () => {
    const article = attribute(
      ['Anna Reid said the river rose overnight.', 'A neighbour ran outside. “It was a fair result,” she said.'],
      reid,
    );
    expect(article.speakerOf('It was')).toBeUndefined();
  });

  it('after a person quoted just before, does not take the paragraph’s subject (he is spoken of)', () => {
    const subject = 'Tom Hale did not attend the match. “It was a fair result,” he said.';
    expect(attribute(['The match ended level.', subject], [hale]).speakerOf('It was')).toBe('Tom Hale');
    // Lewis Doran, named in the paragraph before, leaves the subject as the only way to Hale.
    const speakerAfter = (gap: number) =>
      attribute(
        [quoted, ...Array.from({ length: gap - 1 }, () => 'Rain fell.'), 'Lewis Doran was stranded.', subject],
        [...pike, hale, doran],
      ).speakerOf('It was');
    expect(speakerAfter(2)).toBeUndefined();
    // Quoted four paragraphs back, Pike is no longer the last voice.
    expect(speakerAfter(3)).toBe('Tom Hale');
  });

  it('does not hold an organisation quoted before against the paragraph’s subject', () => {
    const article = attribute(
      [
        '“We were robbed at the end,” said Fellside Rovers.',
        'Lewis Doran was stranded.',
        'Tom Hale did not attend the match. “It was a fair result,” he said.',
      ],
      [{ name: 'Fellside Rovers', kind: 'organisation' }, hale, doran],
    );
    expect(article.speakerOf('It was')).toBe('Tom Hale');
  });

  it('takes the one woman named two paragraphs back for "she said", and no one from three back', () => {
    const woke = 'Ms Anna Reid, 28, woke at dawn.';
    const said = '“It was a fair result,” she said.';
    expect(attribute([woke, 'The river had risen overnight.', said], reid).speakerOf('It was')).toBe('Anna Reid');
    expect(attribute([woke, 'The river had risen.', 'Rain fell.', said], reid).speakerOf('It was')).toBeUndefined();
  });

  it('gives "he added" to the person reported speaking only when nobody was named since', () => {
    const reported = 'Graham Pike said the referee got it right.';
    const added = '“We go again on Tuesday night,” he added.';
    expect(attribute([reported, added], pike).speakerOf('We go')).toBe('Graham Pike');
    expect(attribute([`${reported} Lewis Doran was stranded. ${added}`], [...pike, doran]).speakerOf('We go')).toBe(
      undefined,
    );
    // "he said" takes the paragraph's one reporter all the same.
    const said = '“We go again on Tuesday night,” he said.';
    expect(attribute([`${reported} Lewis Doran was stranded. ${said}`], [...pike, doran]).speakerOf('We go')).toBe(
      'Graham Pike',
    );
  });

  it('gives no speaker to a name joined to another by "and" or "&", whatever the other was taken for', () => {
    const said = '“We never gave up, not even at two down,” she said.';
    // Rachel Dunn misread as an organisation: Kelly Marsh is still one of two who scored.
    const names = ['Kelly Marsh', { name: 'Rachel Dunn', kind: 'organisation' as const }];
    const speaker = (scored: string) => attribute([scored, said], names).speakerOf('We never');
    expect(speaker('Kelly Marsh scored twice in the second half.')).toBe('Kelly Marsh');
    expect(speaker('Kelly Marsh and Rachel Dunn both scored in the second half.')).toBeUndefined();
    expect(speaker('Rachel Dunn and Kelly Marsh both scored in the second half.')).toBeUndefined();
    expect(speaker('Rachel Dunn & Kelly Marsh both scored in the second half.')).toBeUndefined();
  });

  it('reads only the name right before or after "and" as joined to hers, and a possessive joined too', () => {
    const said = '“We never gave up, not even at two down,” she said.';
    const names = ['Kelly Marsh', { name: 'Rachel Dunn', kind: 'organisation' as const }];
    const speaker = (...paragraphs: string[]) => attribute([...paragraphs, said], names).speakerOf('We never');
    expect(speaker('Rachel Dunn and others left. Kelly Marsh scored twice.')).toBe('Kelly Marsh');
    expect(speaker('Her sisters and Kelly Marsh scored twice.')).toBe('Kelly Marsh');
    expect(speaker('Kelly Marsh ran and Tom fell over.')).toBe('Kelly Marsh');
    expect(speaker('Kelly Marsh’s and Rachel Dunn’s goals won it.', 'Kelly Marsh was named player of the match.')).toBe(
      undefined,
    );
  });

  it('reads names joined two paragraphs back as joined, for the woman found there', () => {
    const said = '“We never gave up, not even at two down,” she said.';
    const marsh = { name: 'Kelly Marsh', gender: 'female' as const };
    const names = [marsh, { name: 'Rachel Dunn', kind: 'organisation' as const }];
    expect(attribute(['Kelly Marsh scored.', 'Rain fell.', said], [marsh]).speakerOf('We never')).toBe('Kelly Marsh');
    expect(attribute(['Kelly Marsh and Rachel Dunn both scored.', 'Rain fell.', said], names).speakerOf('We')).toBe(
      undefined,
    );
  });
});
