import { describe, expect, it } from 'vitest';
import { quoteScene, sentenceParagraph } from '../../../lib/extraction/quote-scene';
import { documentOf } from '../../helpers/attribution';

function sceneOf(paragraphs: string[], named: string[]) {
  const doc = documentOf(paragraphs, named);
  // Given out of reading order, as the clusters hand them over.
  return { doc, scene: quoteScene(doc.text, doc.spans, doc.sentences, [...doc.names].reverse()) };
}

describe('what quote attribution reads of an article', () => {
  const paragraphs = ['Tom Hale said: “Anna Reid was right about it.” Reid agreed.', 'Lewis Doran did not.'];

  it('keeps the names outside quotation marks, in reading order', () => {
    const { doc, scene } = sceneOf(paragraphs, ['Tom Hale', 'Anna Reid', 'Reid', 'Lewis Doran']);
    expect(scene.names.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Tom Hale', 'Reid', 'Lewis Doran']);
  });

  it('counts a quote’s marks as inside it, and nothing after its closing mark', () => {
    const { doc, scene } = sceneOf(paragraphs, []);
    const open = doc.text.indexOf('“');
    const close = doc.text.indexOf('”');
    expect([open - 1, open, close, close + 1].map(scene.insideQuote)).toEqual([false, true, true, false]);
  });

  it('finds the sentence and the paragraph of a place in the text', () => {
    const { doc, scene } = sceneOf(paragraphs, []);
    const doran = doc.text.indexOf('Lewis');
    expect(scene.sentenceAt(doran)).toEqual({ start: doran, end: doc.text.length, paragraph: 1 });
    expect(scene.paragraphOf(doran)).toBe(1);
    expect(scene.paragraphOf(0)).toBe(0);
    // The line break between paragraphs is in no sentence.
    expect(scene.paragraphOf(doran - 1)).toBe(-1);
    expect(sentenceParagraph([], 0)).toBe(-1);
  });

  it('gives a place past the last sentence the last sentence', () => {
    const { doc, scene } = sceneOf(paragraphs, []);
    expect(scene.sentenceAt(doc.text.length + 5)).toEqual(doc.sentences[doc.sentences.length - 1]);
    expect(scene.sentenceAt(doc.text.length)?.paragraph).toBe(1);
  });
});
