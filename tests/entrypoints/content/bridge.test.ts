import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../entrypoints/content/bridge';

function rangeOver(html: string, word: string): Range {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(word) ?? -1;
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      return range;
    }
  }
  throw new Error(`${word} not in ${html}`);
}

describe('snippetAround (the words shown around a mention in “On this page”)', () => {
  it('takes the words before and after the mention from its paragraph only', () => {
    const range = rangeOver(
      '<h2>Heading words</h2><p>Russian negotiator <b>Medinsky</b> said the talks were a continuation.</p><p>Next paragraph.</p>',
      'Medinsky',
    );
    expect(snippetAround(range)).toEqual({
      before: 'Russian negotiator ',
      after: ' said the talks were a continuation.',
    });
  });

  it('keeps a possessive attached to the name', () => {
    const range = rangeOver('<p>It was Medinsky’s delegation.</p>', 'Medinsky');
    expect(snippetAround(range)).toEqual({ before: 'It was ', after: '’s delegation.' });
  });

  it('trims long paragraphs to whole words with an ellipsis', () => {
    const long = 'word '.repeat(40);
    const { before, after } = snippetAround(rangeOver(`<p>${long}Fidan ${long}</p>`, 'Fidan'));
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(62);
    expect(after.length).toBeLessThanOrEqual(62);
    expect(before).not.toMatch(/…\S*wor\b|…or/);
  });

  it('collapses the page’s line breaks and runs of spaces', () => {
    const range = rangeOver('<p>Talks   in\n\n   Istanbul\n began.</p>', 'Istanbul');
    expect(snippetAround(range)).toEqual({ before: 'Talks in ', after: ' began.' });
  });

  it('gives an empty snippet, not an error, for a mention whose text left the page', () => {
    const range = rangeOver('<p>Putin spoke.</p>', 'Putin');
    document.body.innerHTML = '';
    expect(() => snippetAround(range)).not.toThrow();
  });
});
