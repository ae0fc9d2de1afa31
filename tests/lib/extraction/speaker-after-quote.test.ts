import { describe, expect, it } from 'vitest';
import type { SpeakerMention } from '../../../lib/extraction/quote-attribution';
import { findQuoteSpans, type QuoteSpan, type Range } from '../../../lib/extraction/quote-marks';
import { type Introduced, speakerIntroducedAfter } from '../../../lib/extraction/speaker-after-quote';
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

// The rule on its own: paragraphs of one sentence each, the names in them given by hand.
describe('who the next paragraph introduces as a quote’s speaker, on given names', () => {
  interface Named {
    name: string;
    kind?: 'person' | 'organisation';
    possessive?: boolean;
    resolved?: boolean;
    /** Which occurrence of the name (0 = the first). */
    nth?: number;
  }

  function introducedIn(paragraphs: string[], named: readonly (string | Named)[]): Introduced | undefined {
    const text = paragraphs.join('\n');
    const sentences: Range[] = [];
    let start = 0;
    paragraphs.forEach((p, paragraph) => {
      sentences.push({ start, end: start + p.length, paragraph });
      start += p.length + 1;
    });
    const names: SpeakerMention[] = named.map((n) => {
      const {
        name,
        kind = 'person',
        possessive = false,
        resolved = true,
        nth = 0,
      } = typeof n === 'string' ? { name: n } : n;
      let at = text.indexOf(name);
      for (let i = 0; i < nth; i++) at = text.indexOf(name, at + 1);
      const m: SpeakerMention = { start: at, end: at + name.length, kind, possessive };
      if (resolved) m.entity = name.split(' ').pop();
      return m;
    });
    const q = findQuoteSpans(text, sentences)[0] as QuoteSpan;
    return speakerIntroducedAfter(text, q, sentences, names);
  }

  const quote = '‘He was our whole world, and now he’s gone from us.’';

  it('gives the quote to a new person whose sentence reports them speaking it', () => {
    expect(introducedIn([quote, 'Denise Price spoke as she laid flowers.'], ['Denise Price'])).toEqual({
      speaker: 'Price',
    });
    expect(introducedIn([quote, 'Later, Denise Price said.'], ['Denise Price'])).toEqual({ speaker: 'Price' });
    expect(introducedIn([quote, 'Denise Price speaks today at the vigil.'], ['Denise Price'])).toEqual({
      speaker: 'Price',
    });
  });

  it('introduces nobody when the next paragraph is missing, names no new person or no verb of speech', () => {
    expect(introducedIn([quote], [])).toBeUndefined();
    expect(introducedIn([quote, 'The flowers were laid at the scene.'], [])).toBeUndefined();
    expect(introducedIn([quote, 'Denise Price laid flowers at the scene.'], ['Denise Price'])).toBeUndefined();
    expect(
      introducedIn([quote, 'Denise Price, who had laid a great many flowers there, said so.'], ['Denise Price']),
    ).toBeUndefined();
  });

  it('introduces nobody when the verb has words of its own', () => {
    expect(introducedIn([quote, 'Denise Price said officers were hunting two men.'], ['Denise Price'])).toBeUndefined();
  });

  it('skips a person named before the quote, an organisation and a possessive', () => {
    expect(
      introducedIn(
        ['Denise Price was at home.', quote, 'Denise Price spoke as she laid flowers.'],
        ['Denise Price', { name: 'Denise Price', nth: 1 }],
      ),
    ).toBeUndefined();
    expect(
      introducedIn(
        [quote, 'The Hale Trust spoke as it laid flowers.'],
        [{ name: 'The Hale Trust', kind: 'organisation' }],
      ),
    ).toBeUndefined();
    expect(
      introducedIn(
        [quote, 'Denise Price’s aunt spoke as she laid flowers.'],
        [{ name: 'Denise Price', possessive: true }],
      ),
    ).toBeUndefined();
  });

  it('says a speaker was introduced, unknown, when the name is not one resolved person', () => {
    expect(
      introducedIn([quote, 'Denise Price spoke as she laid flowers.'], [{ name: 'Denise Price', resolved: false }]),
    ).toEqual({ unknown: true });
    expect(
      introducedIn([quote, 'Denise Price and Tom Hale spoke as they laid flowers.'], ['Denise Price', 'Tom Hale']),
    ).toEqual({ unknown: true });
  });
  it('reads only the paragraph right after the quote, a verb within its first eight words', () => {
    expect(introducedIn(['Denise Price wept at home.', quote], ['Denise Price'])).toBeUndefined();
    expect(introducedIn(['‘Ask Denise Price.’', 'She spoke as she laid flowers.'], ['Denise Price'])).toBeUndefined();
    expect(
      introducedIn([quote, 'Denise Price, who had laid a great many flowers there, then spoke.'], ['Denise Price']),
    ).toBeUndefined();
    expect(introducedIn([quote, 'Denise Price at the scene laid flowers.'], ['Denise Price'])).toBeUndefined();
  });

  it('does not take an unresolved name for one named before because another unresolved name was', () => {
    expect(
      introducedIn(
        ['Tom Hale was at home.', quote, 'Denise Price spoke as she laid flowers.'],
        [
          { name: 'Tom Hale', resolved: false },
          { name: 'Denise Price', resolved: false },
        ],
      ),
    ).toEqual({ unknown: true });
  });
});
