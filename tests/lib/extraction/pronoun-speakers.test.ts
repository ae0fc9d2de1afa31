import { describe, expect, it } from 'vitest';
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
