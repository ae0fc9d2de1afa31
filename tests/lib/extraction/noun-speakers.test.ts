import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../../helpers/extraction';

describe('a role noun at its second mention ("the analyst said")', () => {
  it('gives "the analyst said" to the one person stated as "an analyst at Y", after a paragraph naming two women', () => {
    const article = extract(
      'Shares fell. Joanna Petrakis, a transport analyst at Helmfield Capital, downgraded the stock.',
      'Petrakis and Lorna Quade argued about costs on a call last spring.',
      '“She promised us the planes were sound,” the analyst said. “I would like to hear that again.”',
    );
    expect(speakerOf(article, 'She promised us')).toBe('Joanna Petrakis');
  });

  it('gives "the statistician said" to the one person stated as a statistician, a profession no list holds', () => {
    const article = extract(
      'The errors were spotted by Dr Ines Falkner, a statistician at the University of Tarrow.',
      'Falkner and Owen Brightman traded emails for a year.',
      '“He always said the files were on an old laptop,” the statistician said.',
    );
    expect(speakerOf(article, 'He always said')).toBe('Ines Falkner');
  });

  it('gives no speaker when two people hold the role', () => {
    const article = extract(
      'Joanna Petrakis, a transport analyst at Helmfield Capital, and Rupert Vane, an analyst at Corran Bank, both cut their ratings.',
      '“The fleet is the business,” the analyst said.',
    );
    expect(speakerOf(article, 'The fleet is the business')).toBeUndefined();
  });
});

describe('a title of several words at its second mention ("the chief executive said")', () => {
  it('gives “Asked …, the chief executive said: “…”” to the one person stated as chief executive', () => {
    const article = extract(
      'Hannelore Baptiste, chief executive of Tarrow Ferries, said the strike was unlawful.',
      'Mirela Stone, the union’s regional organiser, said it was not.',
      'Asked whether she would step down, the chief executive said: “Not while the boats are tied up.”',
    );
    expect(speakerOf(article, 'Not while the boats')).toBe('Hannelore Baptiste');
  });
});
