import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../../helpers/extraction';

describe('a speaker introduced after a quote that fills its paragraph', () => {
  const tribute = [
    'Neighbour Sharon Tapper, 58, said she heard a bang.',
    '‘Liam was always out washing that van on a Sunday,’ she said.',
    '‘He was our whole world, and now he’s gone from us.’',
  ];

  it('gives the quote to the person named next who spoke it, not to the last speaker', () => {
    const article = extract(
      ...tribute,
      'Liam’s mother, Denise Price, 61, spoke as she laid flowers at the scene on Wednesday.',
    );
    expect(speakerOf(article, 'He was our whole world')).toBe('Denise Price');
  });

  it('keeps the last speaker when the person named next says something of their own', () => {
    const article = extract(...tribute, 'Det Insp Gareth Rowe said officers were hunting two men.');
    expect(speakerOf(article, 'He was our whole world')).toBe('Sharon Tapper');
  });

  it('keeps a quote reopened after a paragraph left open with its speaker', () => {
    const article = extract(
      '“They had him stabilized in 20 minutes,” Annette Keller said. “If we had to drive to Columbus, he would be gone.',
      '“I keep thinking about the next family. There is no next time.”',
      'State Representative Dana Whitfield spoke later at the same meeting.',
    );
    expect(speakerOf(article, 'I keep thinking')).toBe('Annette Keller');
  });
});
