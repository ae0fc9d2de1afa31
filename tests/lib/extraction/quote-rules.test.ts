import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../lib/extraction/extract-article';
import { extract } from '../../helpers/extraction';
import { extractDe, extractFr } from '../../helpers/extraction-languages';

/** The rule named for the quote that starts with `opening`. */
function ruleOf(article: ExtractedArticle, opening: string): string | undefined {
  const quote = article.quotes.find((q) => q.text.startsWith(opening));
  if (!quote) throw new Error(`no quote "${opening}" in ${article.quotes.map((q) => q.text).join(' | ')}`);
  return quote.rule;
}

describe('naming the rule that attributed each quote', () => {
  it('names the rule of an English quote: the name after it, then the pronoun that carries it', () => {
    const article = extract(
      '“We are moving a date, not leaving,” said Celia Hartmann.',
      'Hartmann spoke at the yard on Tuesday. “Nobody is being laid off this winter,” she said.',
    );
    expect(ruleOf(article, 'We are moving')).toBe('name after quote');
    expect(ruleOf(article, 'Nobody is being')).toBe('pronoun: last speaker');
  });

  it('names the rule that refused: a pronoun with two people of its gender in reach', () => {
    const article = extract(
      'Paul Dorsey and Mark Lennon both voted against the plan at the meeting on Monday.',
      '“This is a mistake we will pay for,” he said.',
    );
    const quote = article.quotes.find((q) => q.text.startsWith('This is a mistake'));
    expect(quote?.speaker).toBeUndefined();
    expect(quote?.rule).toMatch(/^pronoun: /);
  });

  it('names the rule of a French and a German quote', () => {
    const fr = extractFr('« Nous partirons en juin, mais nous reviendrons », a déclaré Bernard Lécuyer.');
    expect(ruleOf(fr, 'Nous partirons')).toBe('name after quote');
    const de = extractDe(
      'Die Pflegerin Jana Pohl arbeitet seit elf Jahren im Tierpark.',
      '„Er hat an allem geschnuppert, an der Wand und am Eimer“, sagte sie.',
    );
    expect(ruleOf(de, 'Er hat an allem')).toBe('pronoun after quote: one in paragraph before');
  });
});
