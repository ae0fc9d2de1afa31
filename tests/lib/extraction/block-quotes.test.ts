import { describe, expect, it } from 'vitest';
import { attribute } from '../../helpers/attribution';

// A block quotation is printed as its own paragraph, without quote marks (`blocks`: its index).
const block = 'We will rebuild every school and every clinic that the water took from us.';
const reid = { name: 'Anna Reid', gender: 'female' as const };
const speakerOfBlock = (paragraphs: string[], named: Parameters<typeof attribute>[1]) =>
  attribute(paragraphs, named, { blocks: [paragraphs.length - 1] }).speakerOf('We will rebuild');

describe('who spoke a block quotation', () => {
  it('is the one person the paragraph before names', () => {
    expect(speakerOfBlock(['Anna Reid wrote to the council on Monday.', block], [reid])).toBe('Anna Reid');
    expect(speakerOfBlock(['Anna Reid’s letter reached the council on Monday.', block], [reid])).toBe('Anna Reid');
  });

  it('is nobody when that paragraph names two people, or only an organisation', () => {
    expect(speakerOfBlock(['Anna Reid wrote to Tom Hale on Monday.', block], [reid, 'Tom Hale'])).toBeUndefined();
    const water = [{ name: 'Fellside Water', kind: 'organisation' as const }];
    expect(speakerOfBlock(['Fellside Water wrote to the council on Monday.', block], water)).toBeUndefined();
  });

  it('is whom the introducing paragraph’s "she" stands for, when it names nobody', () => {
    const spoke = 'Anna Reid spoke at the forum in May.';
    expect(speakerOfBlock([spoke, 'Here is what she told the forum:', block], [reid])).toBe('Anna Reid');
    expect(speakerOfBlock([spoke, 'She shelved it. Here is what she told the forum:', block], [reid])).toBe(
      'Anna Reid',
    );
    expect(speakerOfBlock([spoke, 'Here is what he told the forum:', block], [reid])).toBeUndefined();
    expect(speakerOfBlock([spoke, 'Here is what they told the forum:', block], [reid])).toBeUndefined();
    expect(speakerOfBlock([spoke, 'Here is what was said at the forum:', block], [reid])).toBeUndefined();
  });

  it('is nobody when the block opens the article, even if a person is named after it', () => {
    const article = attribute([block, 'Anna Reid wrote that.'], [reid], { blocks: [0] });
    expect(article.speakerOf('We will rebuild')).toBeUndefined();
  });
});

describe('the rule the audit names for a block quotation', () => {
  it('is "block quote", then what its introducing "she" stood for', () => {
    const named = attribute(['Anna Reid wrote to the council on Monday.', block], [reid], { blocks: [1] });
    expect(named.quotes.find((q) => q.text.startsWith('We will rebuild'))?.rule).toBe('block quote');
    const spoke = ['Anna Reid spoke at the forum in May.', 'Here is what she told the forum:', block];
    const pronoun = attribute(spoke, [reid], { blocks: [2] });
    expect(pronoun.quotes.find((q) => q.text.startsWith('We will rebuild'))?.rule).toMatch(/^block quote → pronoun: /);
  });
});

describe('the introducing paragraph, and only it', () => {
  it('reads the "she" of the paragraph before the block, not a "he" further back', () => {
    const paragraphs = [
      'Tom Hale said he would come.',
      'Anna Reid spoke at the forum in May.',
      'Here is what she told the forum:',
      block,
    ];
    expect(speakerOfBlock(paragraphs, [reid, { name: 'Tom Hale', gender: 'male' }])).toBe('Anna Reid');
  });

  it('reads no pronoun when that paragraph names two people', () => {
    const paragraphs = ['Anna Reid wrote to Tom Hale, and she told him:', block];
    expect(speakerOfBlock(paragraphs, [reid, { name: 'Tom Hale', gender: 'male' }])).toBeUndefined();
  });
});
