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
