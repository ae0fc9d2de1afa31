import { describe, expect, it } from 'vitest';
import {
  afterQuote,
  beforeQuote,
  type Found,
  type SpeakerMention,
  wordsIn,
} from '../../../lib/extraction/quote-attribution';
import { findQuoteSpans, type QuoteSpan, type Range } from '../../../lib/extraction/quote-marks';
import { extract, speakerOf } from '../../helpers/extraction';

describe('the speaker stated in the quote’s sentence', () => {
  it('takes the subject past a "Name of Place" appositive', () => {
    const article = extract(
      'The Senate majority leader, Thomas Reinholt of Kansas, said the change was “a reasonable accommodation for small businesses.”',
    );
    expect(speakerOf(article, 'a reasonable accommodation')).toBe('Thomas Reinholt');
  });

  it('does not take the organisation in the speaker’s appositive for the speaker', () => {
    const article = extract(
      'Jessica Oyelaran, a lobbyist for the Regional Freight Carriers Association, said it “reflects the reality of small railroads.”',
    );
    expect(speakerOf(article, 'reflects the reality')).toBe('Jessica Oyelaran');
  });

  it('takes an organisation that is the whole appositive for the speaker', () => {
    const article = extract(
      'Its new owners, Harbourside Living Ltd, said they had “rebuilt the service from the ground up”.',
    );
    expect(speakerOf(article, 'rebuilt the service')).toBe('Harbourside Living Ltd');
  });

  it('takes the speaker from "X accused Y of “…”"', () => {
    const article = extract(
      'Shadow chancellor Neil Harcourt accused the government of “a tax raid dressed up as prudence”.',
    );
    expect(speakerOf(article, 'a tax raid')).toBe('Neil Harcourt');
  });

  it('does not take the object of a preposition for the subject ("The coach, who had spoken to Y, said")', () => {
    const article = extract(
      'The coach, who had spoken to Kieran Walsh, said the decision was “a disgrace to the whole sport”.',
    );
    expect(speakerOf(article, 'a disgrace')).toBeUndefined();
  });

  it('gives "He … shown to Walsh and said" to the person "he" stands for', () => {
    const article = extract(
      'Director Paul Devereux was unhappy. He questioned the yellow card shown to Kieran Walsh and said his side had been “on the wrong end of every big decision”.',
    );
    expect(speakerOf(article, 'on the wrong end')).toBe('Paul Devereux');
  });

  it('gives "X … and said" to the subject that opens the clause', () => {
    const article = extract(
      'Paul Devereux questioned the decision to send the captain off in the second half and said it was “a disgrace to the sport”.',
    );
    expect(speakerOf(article, 'a disgrace')).toBe('Paul Devereux');
  });

  it('gives the quote to the name that opens the sentence, past an appositive with several commas', () => {
    const article = extract(
      'Wendell Pryor, a soybean grower from Carroll County, Iowa, and president of the Iowa Soybean Growers, said the deal had been “a long time coming at last.”',
    );
    expect(speakerOf(article, 'a long time coming')).toBe('Wendell Pryor');
  });

  it('does not take the opening name when the appositive names another person', () => {
    const article = extract(
      'Anna Berg, whose brother Lars Berg runs the yard, and her cousin Tom Berg, said it was “a subsidy nobody asked for.”',
    );
    expect(speakerOf(article, 'a subsidy')).not.toBe('Anna Berg');
  });
});

describe('the subject of the speech verb', () => {
  it('gives "X, director of the Y Gallery, who said “…”" to X', () => {
    const article = extract(
      'The panel was chaired by Dr Priya Venkataraman, director of the Ian Potter Gallery, who said the painting was “tender without being sentimental”.',
    );
    expect(speakerOf(article, 'tender')).toBe('Priya Venkataraman');
  });

  it('does not give a quote to a name that qualifies the plural subject ("Brightwater managers say …")', () => {
    const article = extract(
      'Brightwater said in a statement that sales fell.',
      'Brightwater managers say the new rota is “far worse than the old one for everybody”.',
    );
    expect(speakerOf(article, 'far worse')).toBeUndefined();
  });

  it('takes the speaker of a tabloid’s "Steve laughed" after the quote', () => {
    const article = extract(
      'His crewmate Steve Marsh, 44, was the first person he told.',
      "'He came in with a face like thunder and said he had bad news,' Steve laughed.",
    );
    expect(speakerOf(article, 'He came in with a face')).toBe('Steve Marsh');
  });

  it('does not give a participle with its own subject the sentence’s ("with a judge describing …")', () => {
    const article = extract(
      'Jayden Kerr, a tradie, has been jailed, with a judge describing the attack as “cowardly, calculated and terrifying”.',
    );
    expect(speakerOf(article, 'cowardly, calculated')).toBeUndefined();
  });
});

// The attribution rules on their own: a sentence, its quote and the names in it given by hand, so
// that each rule is seen without the name finder's choices.
describe('the attribution rules, on given names', () => {
  interface Named {
    name: string;
    kind?: 'person' | 'organisation';
    possessive?: boolean;
    /** Which occurrence of the name in the text (0 = the first). */
    nth?: number;
    /** false: a name left unresolved. */
    resolved?: boolean;
    gender?: 'male' | 'female';
  }

  function namesIn(text: string, named: readonly (string | Named)[]): SpeakerMention[] {
    return named
      .map((n) => {
        const {
          name,
          kind = 'person',
          possessive = false,
          nth = 0,
          resolved = true,
          gender,
        } = typeof n === 'string' ? { name: n } : n;
        let start = text.indexOf(name);
        for (let i = 0; i < nth; i++) start = text.indexOf(name, start + 1);
        if (start < 0) throw new Error(`no "${name}" in the text`);
        const mention: SpeakerMention = { start, end: start + name.length, kind, possessive };
        if (resolved) mention.entity = name;
        if (gender) mention.gender = gender;
        return mention;
      })
      .sort((a, b) => a.start - b.start);
  }

  /** What `found` points at, read back from the text: the name, "pronoun he", "noun company". */
  function described(text: string, found: Found | null): string | null {
    if (!found) return null;
    if ('mention' in found) return text.slice(found.mention.start, found.mention.end);
    const at = 'pronoun' in found ? found.pronoun : found.organisationNoun;
    return `${'pronoun' in found ? 'pronoun' : 'noun'} ${wordsIn(text, at, text.length)[0]?.text}`;
  }

  function paragraphsOf(text: string): Range[] {
    const ranges: Range[] = [];
    let start = 0;
    text.split('\n').forEach((p, paragraph) => {
      ranges.push({ start, end: start + p.length, paragraph });
      start += p.length + 1;
    });
    return ranges;
  }

  /** Who the first quote's own words after it state as its speaker. */
  function statedAfter(text: string, named: readonly (string | Named)[] = []): string | null {
    const spans = findQuoteSpans(text, paragraphsOf(text));
    return described(text, afterQuote(text, spans[0] as QuoteSpan, spans, namesIn(text, named)));
  }

  /** Who the words before the last quote, in the sentence opening at `sentenceStart`, state. */
  function statedBefore(text: string, named: readonly (string | Named)[] = [], sentenceStart = 0): string | null {
    const spans = findQuoteSpans(text, paragraphsOf(text));
    const q = spans[spans.length - 1] as QuoteSpan;
    const sentence = { start: sentenceStart, end: text.length, paragraph: 0 };
    const inside = (pos: number) => spans.some((s) => pos >= s.open && pos < s.close);
    return described(text, beforeQuote(text, q, sentence, namesIn(text, named), inside));
  }

  it('reads words with their inner full stops, apostrophes and hyphens, not a final full stop', () => {
    const text = 'The U.S. envoy’s well-known line, said Mr. Reed: 3.5 per cent of the leaders’ plan.';
    expect(wordsIn(text, 0, text.length).map((w) => w.text)).toEqual([
      'The',
      'U.S',
      'envoy’s',
      'well-known',
      'line',
      'said',
      'Mr',
      'Reed',
      '3.5',
      'per',
      'cent',
      'of',
      'the',
      'leaders',
      'plan',
    ]);
    expect(wordsIn(text, 4, 20).map((w) => [w.start, w.end])).toEqual([
      [4, 7],
      [9, 16],
      [17, 27],
    ]);
  });

  describe('after the quote', () => {
    it('takes the name after "said" and leaves no speaker without a verb', () => {
      expect(statedAfter('“We will build it here,” said Tom Reed.', ['Tom Reed'])).toBe('Tom Reed');
      expect(statedAfter('“We will build it here,” Tom Reed.', ['Tom Reed'])).toBeNull();
    });

    it('does not read past a sentence end, a question mark or a semicolon after the quote', () => {
      expect(statedAfter('“We will build it here,” the sign read, Tom Reed said.', ['Tom Reed'])).toBe('Tom Reed');
      expect(statedAfter('“We will build it here,” the sign read. Tom Reed said nothing.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” the sign read! Tom Reed said nothing.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” the sign read? Tom Reed said nothing.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” the sign read; Tom Reed said nothing.', ['Tom Reed'])).toBeNull();
    });

    it('reads past the full stop of an honorific or an initial', () => {
      expect(statedAfter('“We will build it here,” Mr. Reed said.', ['Reed'])).toBe('Reed');
      expect(statedAfter('“We will build it here,” T. Reed said.', ['Reed'])).toBe('Reed');
      expect(statedAfter('“We will build it here,” Mayor. Reed said.', ['Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” the sign from the BBC. Reed said.', ['Reed'])).toBeNull();
    });

    it('stops at the next quote and at the end of the paragraph', () => {
      expect(statedAfter('“We will build it here,” “and soon,” said Tom Reed.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” “she said so.”')).toBeNull();
      expect(statedAfter('“We will build it here,”“she said so.”')).toBeNull();
      expect(statedAfter('“We will build it here,”\nsaid Tom Reed.', ['Tom Reed'])).toBeNull();
    });

    it('looks at ten words after the quote at most', () => {
      expect(statedAfter('“We will build it here,” one two three four five six seven eight Reed said.', ['Reed'])).toBe(
        'Reed',
      );
      expect(
        statedAfter('“We will build it here,” one two three four five six seven eight nine Reed said.', ['Reed']),
      ).toBeNull();
    });

    it('takes "according to X" within four words, and not a possessive or a name past the paragraph', () => {
      expect(statedAfter('“We will build it here,” according to Tom Reed.', ['Tom Reed'])).toBe('Tom Reed');
      expect(statedAfter('“We will build it here,” according to Tom Reed', ['Tom Reed'])).toBe('Tom Reed');
      expect(statedAfter('“We will build it here,” according to the council leader Tom Reed.', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
      expect(
        statedAfter('“We will build it here,” according to the new council leader Tom Reed.', ['Tom Reed']),
      ).toBeNull();
      expect(
        statedAfter('“We will build it here,” according to Reed’s aide Tom Lane.', [
          { name: 'Reed', possessive: true },
          'Tom Lane',
        ]),
      ).toBe('Tom Lane');
      expect(statedAfter('“We will build it here,” according to\nTom Reed.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” according to sources.')).toBeNull();
    });

    it('takes "said to X" as the speaker telling X, and "according" only with its "to"', () => {
      expect(statedAfter('“We will build it here,” he said to Tom Reed.', ['Tom Reed'])).toBe('pronoun he');
      expect(
        statedAfter('“We will build it here,” according, one two three four five, Tom Reed said.', ['Tom Reed']),
      ).toBe('Tom Reed');
      expect(statedAfter('“We will build it here,” according.')).toBeNull();
      expect(statedAfter('“We will build it here,” Tom Reed heard, according to sources.', ['Tom Reed'])).toBeNull();
    });

    it('does not take "according" without its "to" for an attribution', () => {
      expect(statedAfter('“We will build it here,” according, Tom Reed said.', ['Tom Reed'])).toBe('Tom Reed');
    });

    it('takes the first name after a leading verb, up to the first comma and within six words', () => {
      expect(
        statedAfter('“We will build it here,” said Reed’s aide Tom Lane.', [
          { name: 'Reed', possessive: true },
          'Tom Lane',
        ]),
      ).toBe('Tom Lane');
      expect(statedAfter('“We will build it here,” said on Monday, Tom Reed.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” said the mayor, Tom Reed.', ['Tom Reed'])).toBe('noun mayor');
      expect(statedAfter('“We will build it here,” said, Tom Reed.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” said Tom Reed, the mayor.', ['Tom Reed'])).toBe('Tom Reed');
      expect(statedAfter('Tom Reed wrote: “We will build it here,” said one of them.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” said one of them; Tom Reed.', ['Tom Reed'])).toBeNull();
      expect(statedAfter('“We will build it here,” said one two three four five six Tom Reed.', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
      expect(
        statedAfter('“We will build it here,” said one two three four five six seven Tom Reed.', ['Tom Reed']),
      ).toBeNull();
      expect(statedAfter('“We will build it here,” said Tom Reed', ['Tom Reed'])).toBe('Tom Reed');
    });

    it('does not take a participle after the quote for the verb', () => {
      expect(statedAfter('“We will build it here,” saying Tom Reed.', ['Tom Reed'])).toBeNull();
    });

    it('takes a lone he/she/they before the verb as a pronoun, whatever its case', () => {
      expect(statedAfter('“We will build it here,” she said.')).toBe('pronoun she');
      expect(statedAfter('“We will build it here,” He said.')).toBe('pronoun He');
      expect(statedAfter('“We will build it here,” he then said.')).toBeNull();
    });

    it('takes "the company", "its spokesperson", "the judge" and "it" as a noun to resolve', () => {
      expect(statedAfter('“We will build it here,” the company said.')).toBe('noun company');
      // "it said": a body's pronoun, resolved as "the company" is (noun-speakers.ts).
      expect(statedAfter('“We will build it here,” it said.')).toBe('noun it');
      expect(statedAfter('“We will build it here,” its spokeswoman said.')).toBe('noun spokeswoman');
      expect(statedAfter('“We will build it here,” The judge said.')).toBe('noun judge');
      expect(statedAfter('“We will build it here,” its judge said.')).toBeNull();
      expect(statedAfter('“We will build it here,” a company said.')).toBeNull();
      expect(statedAfter('“We will build it here,” the weather said.')).toBeNull();
    });

    it('takes the last name before the verb that is not a possessive', () => {
      expect(statedAfter('“We will build it here,” Tom Reed and Ann Lane said.', ['Tom Reed', 'Ann Lane'])).toBe(
        'Ann Lane',
      );
      expect(
        statedAfter('“We will build it here,” Tom Reed’s aide Ann said.', [{ name: 'Tom Reed', possessive: true }]),
      ).toBeNull();
    });
  });

  describe('before the quote', () => {
    it('takes "according to X" before the quote', () => {
      expect(statedBefore('According to Tom Reed, it was “a plan that will never work.”', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
      expect(
        statedBefore('According to Reed’s aide Tom Lane, it was “a plan that will never work.”', [
          { name: 'Reed', possessive: true },
          'Tom Lane',
        ]),
      ).toBe('Tom Lane');
      expect(statedBefore('According to the plan, “we will all be home by noon.” Tom Reed', ['Tom Reed'])).toBeNull();
    });

    it('states no speaker without a sentence', () => {
      const text = 'Tom Reed said it was “a plan that will never work.”';
      const spans = findQuoteSpans(text, paragraphsOf(text));
      expect(beforeQuote(text, spans[0] as QuoteSpan, undefined, namesIn(text, ['Tom Reed']), () => false)).toBeNull();
    });

    it('does not read a speech verb inside an earlier quote of the sentence', () => {
      expect(
        statedBefore('“Tom Reed said so,” it went on, “and we will all be home by noon.”', ['Tom Reed']),
      ).toBeNull();
    });

    it('reads "according to" only as a pair, and not a name before it', () => {
      expect(
        statedBefore('Tom Reed said he went to the shop and it was “a plan that will never work.”', ['Tom Reed']),
      ).toBe('Tom Reed');
      expect(statedBefore('Tom Reed said that, according, it was “a plan that will never work.”', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
      expect(statedBefore('Tom Reed said it was according “a plan that will never work.”', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
      expect(
        statedBefore('Tom Reed heard, according to sources, that it was “a plan that will never work.”', ['Tom Reed']),
      ).toBeNull();
      expect(statedBefore('According to Tom Reed“a plan that will never work.”', ['Tom Reed'])).toBe('Tom Reed');
    });

    it('gives a participle the name before it unless a determiner opens its own clause', () => {
      expect(
        statedBefore('Tom Reed rejected the claim, stating the plan was “a plain lie from the start.”', ['Tom Reed']),
      ).toBe('Tom Reed');
      expect(
        statedBefore('Tom Reed answered Kenya stating that it was “a plain lie from the start.”', ['Tom Reed']),
      ).toBe('Tom Reed');
      expect(
        statedBefore('It rejected the claim, stating Tom Reed was “a plain lie from the start.”', ['Tom Reed']),
      ).toBeNull();
    });

    it('reads the colon opening only when the colon ends the words before the quote', () => {
      expect(
        statedBefore('Alverson summed up: the journey ended in one line “We made it home at last.”', ['Alverson']),
      ).toBeNull();
      expect(statedBefore('Alverson summed it up:“We made it home at last.”', ['Alverson'])).toBe('Alverson');
    });

    it('does not take "according" without its "to"', () => {
      expect(statedBefore('Tom Reed, according, said it was “a plan that will never work.”', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
    });

    it('gives a participle the sentence’s opening pronoun when no name precedes it', () => {
      expect(statedBefore('She rejected the claim, stating that it was “a plain lie from the start.”')).toBe(
        'pronoun She',
      );
      expect(
        statedBefore('Yesterday she rejected the claim, stating that it was “a plain lie from the start.”'),
      ).toBeNull();
    });

    it('gives a participle the name before it in its sentence, not one after it nor a possessive', () => {
      expect(
        statedBefore('Reed’s aide Tom Lane rejected the claim, stating that it was “a plain lie from the start.”', [
          { name: 'Reed', possessive: true },
          'Tom Lane',
        ]),
      ).toBe('Tom Lane');
      expect(
        statedBefore(
          'Earlier, Tom Reed left. It rejected the claim, stating it was “a plain lie from the start.”',
          ['Tom Reed'],
          23,
        ),
      ).toBeNull();
    });

    it('takes the opening name of a sentence that ends in a colon before the quote', () => {
      expect(statedBefore('Alverson summed up the journey in one line: “We made it home at last.”', ['Alverson'])).toBe(
        'Alverson',
      );
      expect(statedBefore('Mayor Alverson summed it up: “We made it home at last.”', ['Alverson'])).toBe('Alverson');
      expect(
        statedBefore('The long journey was summed up by Alverson: “We made it home at last.”', ['Alverson']),
      ).toBeNull();
      expect(
        statedBefore('Alverson summed up the journey in one line. “We made it home at last.”', ['Alverson']),
      ).toBeNull();
      expect(
        statedBefore('Alverson’s summary was blunt: “We made it home at last.”', [
          { name: 'Alverson', possessive: true },
        ]),
      ).toBeNull();
      expect(
        statedBefore('Tom Reed left. Alverson summed it up: “We made it home at last.”', ['Tom Reed', 'Alverson'], 15),
      ).toBe('Alverson');
    });

    it('takes the name that opens the sentence, and no name of the sentence before', () => {
      expect(statedBefore('Tom Reed said it was “a plan that will never work.”', ['Tom Reed'])).toBe('Tom Reed');
      expect(
        statedBefore('Tom Reed left. Then officials said it was “a plan that will never work.”', ['Tom Reed'], 15),
      ).toBeNull();
    });

    it('takes the subject of a later sentence past its appositive', () => {
      expect(
        statedBefore(
          'Officials met. Yesterday the harbour master Tom Reed, who was angry, said it was “a plan that will never work.”',
          ['Tom Reed'],
          15,
        ),
      ).toBe('Tom Reed');
    });

    // The same shapes in a sentence that does not open the text: offsets counted from its start.
    const lead = 'Officials met. ';
    const later = (sentence: string, named: readonly (string | Named)[] = []) =>
      statedBefore(lead + sentence, named, lead.length);

    it('gives "X, …, who said" to the person the relative clause hangs on, and only to a person', () => {
      expect(
        later(
          'The panel was chaired by Dr Priya Venk, director of the Ian Gallery, who said it was “a plan that will never work.”',
          ['Priya Venk', { name: 'Ian Gallery', kind: 'organisation' }],
        ),
      ).toBe('Priya Venk');
      expect(
        statedBefore(
          'Tom Reed met us. The panel was chaired by the director of the gallery, who said it was “a plan that will never work.”',
          ['Tom Reed'],
          17,
        ),
      ).toBeNull();
      expect(
        later('The director of the gallery, who said it was “a plan that will never work,” met Tom Reed.', [
          'Tom Reed',
        ]),
      ).toBeNull();
      expect(
        later(
          'Dr Priya Venk, the long-serving director of the city art gallery,who said it was “a plan that will never work.”',
          ['Priya Venk'],
        ),
      ).toBe('Priya Venk');
    });

    it('reads "who" as a relative only after a comma, and "which" not at all', () => {
      const trust = { name: 'The Hale Trust', kind: 'organisation' } as const;
      expect(later('The Hale Trust was the body who said it was “a plan that will never work.”', [trust])).toBe(
        'The Hale Trust',
      );
      expect(later('The Hale Trust, which said it was “a plan that will never work.”', [trust])).toBe('The Hale Trust');
      expect(
        later('The Hale Trust, run by Tom Reed who said it was “a plan that will never work.”', [trust, 'Tom Reed']),
      ).toBe('The Hale Trust');
      expect(later('Said to be angry, it was “a plan that will never work.”')).toBeNull();
    });

    it('skips a long appositive between the subject and the verb', () => {
      expect(
        later(
          'Yesterday the harbour master Tom Reed, who was angry about the new plan for the dock, said it was “a plan that will never work.”',
          ['Tom Reed'],
        ),
      ).toBe('Tom Reed');
    });

    it('takes a person ending the segment before the verb, or a name filling it, for the subject', () => {
      expect(
        later('Her brother, the shipping executive Lars Berg, called it “a subsidy nobody asked for.”', ['Lars Berg']),
      ).toBe('Lars Berg');
      expect(
        later(
          'The Senate majority leader, Thomas Reinholt of Kansas, said the change was “a reasonable accommodation.”',
          ['Thomas Reinholt'],
        ),
      ).toBe('Thomas Reinholt');
      expect(
        later('Its new owners, Harbourside Living Ltd, said they had “rebuilt the service from the ground up”.', [
          { name: 'Harbourside Living Ltd', kind: 'organisation' },
        ]),
      ).toBe('Harbourside Living Ltd');
      expect(
        later(
          'Jessica Oyelaran, a lobbyist for the Regional Freight Carriers Association, said it “reflects the reality of small railroads.”',
          ['Jessica Oyelaran', { name: 'Regional Freight Carriers Association', kind: 'organisation' }],
        ),
      ).toBe('Jessica Oyelaran');
    });

    it('takes a subject at most six words from the verb', () => {
      expect(
        later('Tom Reed one two three four five six said it was “a plan that will never work.”', ['Tom Reed']),
      ).toBe('Tom Reed');
      expect(
        later('Tom Reed one two three four five six seven said it was “a plan that will never work.”', ['Tom Reed']),
      ).toBeNull();
    });

    it('does not take a name qualifying a plural noun just before the verb for the subject', () => {
      const quote = 'it was “a plan that will never work.”';
      expect(later(`Tom Reed aides say ${quote}`, ['Tom Reed'])).toBeNull();
      expect(later(`Tom Reed  aides  say ${quote}`, ['Tom Reed'])).toBeNull();
      expect(later(`Tom Reed and other leaders said ${quote}`, ['Tom Reed'])).toBe('Tom Reed');
      expect(later(`Tom Reed thinks the report said ${quote}`, ['Tom Reed'])).toBe('Tom Reed');
      expect(later(`Tom Reed does say ${quote}`, ['Tom Reed'])).toBe('Tom Reed');
    });

    it('does not take a name right after a preposition for the subject, and only right after', () => {
      const quote = 'it was “a plan that will never work.”';
      expect(later(`For years Tom Reed said ${quote}`, ['Tom Reed'])).toBe('Tom Reed');
      expect(later(`The card shown to  Tom Reed said ${quote}`, ['Tom Reed'])).toBeNull();
    });

    it('gives the quote to the person opening the sentence past an appositive of several commas', () => {
      expect(
        later(
          'Wendell Pryor, a soybean grower from Carroll County, Iowa, and president of the Iowa Soybean Growers, said the deal had been “a long time coming at last.”',
          ['Wendell Pryor', { name: 'Iowa Soybean Growers', kind: 'organisation' }],
        ),
      ).toBe('Wendell Pryor');
      expect(
        later(
          'Anna Berg, whose brother Lars Berg runs the yard, and her cousin Tom Berg, said it was “a subsidy nobody asked for.”',
          ['Anna Berg', 'Lars Berg', 'Tom Berg'],
        ),
      ).not.toBe('Anna Berg');
    });

    it('gives "X and he … and said" to whichever opens the clause', () => {
      expect(statedBefore('Tom and he went home and said it was “a plan that will never work.”', ['Tom'])).toBe('Tom');
      expect(statedBefore('He met Tom at the dock and said it was “a plan that will never work.”', ['Tom'])).toBe(
        'pronoun He',
      );
      expect(
        statedBefore('The crew went home with Tom Reed and said it was “a plan that will never work.”', ['Tom Reed']),
      ).toBeNull();
    });

    it('takes the nearest of a name, a pronoun and an organisation noun before the verb', () => {
      expect(statedBefore('Tom Reed thinks she said it was “a plan that will never work.”', ['Tom Reed'])).toBe(
        'pronoun she',
      );
      expect(statedBefore('Tom Reed thinks the company said it was “a plan that will never work.”', ['Tom Reed'])).toBe(
        'noun company',
      );
      expect(statedBefore('She thinks Tom Reed said it was “a plan that will never work.”', ['Tom Reed'])).toBe(
        'Tom Reed',
      );
    });
  });
});

describe('a name after a preposition and its title is not the subject', () => {
  it('gives no speaker to “A pal of singer X told …: ‘…’”', () => {
    const article = extract("A pal of singer Kayleigh Munro told The Beacon: 'She has never been happier, honestly.'");
    expect(speakerOf(article, 'She has never been')).toBeUndefined();
  });

  it('still gives the quote to the subject with a title ("Singer Kayleigh Munro told …: ‘…’")', () => {
    const article = extract("Singer Kayleigh Munro told The Beacon: 'I have never been happier, honestly.'");
    expect(speakerOf(article, 'I have never been')).toBe('Kayleigh Munro');
  });
});

describe('a relative clause after the opening name', () => {
  it('gives "…, said she …. “…,” she said" to the woman the "whose" clause hangs on, not the woman it names', () => {
    const article = extract(
      'Joan Kettering, whose sister, Maud, lived at the hostel in Tenby for a decade, said she was angry. “Nobody told us a thing,” she said.',
    );
    expect(speakerOf(article, 'Nobody told us')).toBe('Joan Kettering');
  });
});

describe('round 8: the sentence a quote ends and the subject after it', () => {
  it('does not give a quote ended by a full stop to the name opening the next sentence', () => {
    const article = extract(
      'Health Minister Naomi Wiebe said the change would help.',
      'Premier Ray Kostiuk told the house that the regulations would be published “well before the bill comes into force.” Ms. Wiebe said the province would pay.',
    );
    expect(speakerOf(article, 'well before the bill')).toBe('Ray Kostiuk');
  });

  it('still reads a name after a quote that ends on an abbreviation ("U.S.") as its speaker', () => {
    const article = extract('“We want these trucks built in the U.S.” Mara Lindholm said at the plant.');
    expect(speakerOf(article, 'We want these trucks')).toBe('Mara Lindholm');
  });

  it('does not take "asked for" as the verb that reports the quote', () => {
    const article = extract(
      'Gov. Lena Marquez told reporters in Olympia that the state had asked for federal help and that firefighters were “stretched as thin as I have ever seen them.”',
    );
    expect(speakerOf(article, 'stretched as thin')).toBe('Lena Marquez');
  });

  it('gives "“…,” Tom Hale, a friend of Anna Reid, said" to Hale, not the friend he is defined by', () => {
    const article = extract(
      '“She called me at 2 in the morning and said the sky was orange,” Tom Hale, a friend of Anna Reid, said outside the gym.',
    );
    expect(speakerOf(article, 'She called me')).toBe('Tom Hale');
  });

  it('gives the same quote without its comma to Hale too', () => {
    const article = extract(
      '“She called me at 2 in the morning and said the sky was orange” Tom Hale, a friend of Anna Reid, said.',
    );
    expect(speakerOf(article, 'She called me')).toBe('Tom Hale');
  });
});

describe('an organisation whose name ends on an abbreviation’s full stop', () => {
  it('takes "Its new owners, Kernow Living Ltd., said … “…”" for the organisation', () => {
    const article = extract(
      'Its new owners, Kernow Living Ltd., said they had “rebuilt the service from the ground up.”',
    );
    expect(speakerOf(article, 'rebuilt the service')).toBe('Kernow Living Ltd');
  });
});
