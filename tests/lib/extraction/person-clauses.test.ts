import { describe, expect, it } from 'vitest';
import { forOwnPart, speakerOfVerb, whoAfter } from '../../../lib/extraction/person-clauses';
import { wordsOf } from '../../helpers/tokens';

/** Whether `rule` reads the name running from word `first` to word `last` of `sentence` as a person's. */
function reads(rule: typeof speakerOfVerb, sentence: string, first: string, last: string): boolean {
  const w = wordsOf(sentence);
  return rule(w.text, w.tokens, w.at(first), w.at(last));
}

describe('the subject of "said" is a person', () => {
  it('reads two or three plain words right after or before a plain speech verb', () => {
    expect(reads(speakerOfVerb, '“We will stay,” said Andriy Yermak.', 'Andriy', 'Yermak')).toBe(true);
    expect(reads(speakerOfVerb, 'Kaja Kallas told reporters the talks had failed.', 'Kaja', 'Kallas')).toBe(true);
    expect(reads(speakerOfVerb, '“We will stay,” said Ana Maria Ionescu.', 'Ana', 'Ionescu')).toBe(true);
    expect(reads(speakerOfVerb, '“We will stay,” Wade Bassi SAID.', 'Wade', 'Bassi')).toBe(true);
  });

  it('reads no single word and no name of four words', () => {
    expect(reads(speakerOfVerb, '“We will stay,” said Yermak.', 'Yermak', 'Yermak')).toBe(false);
    expect(reads(speakerOfVerb, '“We will stay,” said Ana Maria Ionescu Pop.', 'Ana', 'Pop')).toBe(false);
  });

  it('reads nothing when the verb is not next to the name', () => {
    expect(reads(speakerOfVerb, 'Kaja Kallas, the envoy, told reporters the talks had failed.', 'Kaja', 'Kallas')).toBe(
      false,
    );
    expect(reads(speakerOfVerb, 'Kaja Kallas later told reporters the talks had failed.', 'Kaja', 'Kallas')).toBe(
      false,
    );
    expect(reads(speakerOfVerb, 'Kaja Kallas met reporters.', 'Kaja', 'Kallas')).toBe(false);
  });

  it('reads no name with a word compromise tags as an organisation, known place, plural, adjective or number', () => {
    for (const tags of [
      ['Organization'],
      ['Place', 'Country'],
      ['Place', 'City'],
      ['Place', 'Region'],
      ['Plural'],
      ['Adjective'],
      ['Value'],
    ]) {
      const tag = tags.join('+');
      for (const tagged of ['Kaja', 'Kallas']) {
        const w = wordsOf('Kaja Kallas told reporters the talks had failed.');
        const at = w.at(tagged);
        const token = w.tokens[at] as (typeof w.tokens)[number];
        w.tokens[at] = { ...token, tags: new Set([...token.tags].filter((t) => t !== 'Person').concat(tags)) };
        expect(speakerOfVerb(w.text, w.tokens, w.at('Kaja'), w.at('Kallas')), `${tagged} tagged ${tag}`).toBe(false);
      }
    }
  });

  it('reads a name compromise only guesses is a place from its last word ("Ivo Marsh said")', () => {
    expect(reads(speakerOfVerb, 'Ivo Marsh said the bridge would reopen next month.', 'Ivo', 'Marsh')).toBe(true);
    expect(reads(speakerOfVerb, 'South Korea said the bridge would reopen.', 'South', 'Korea')).toBe(false);
    expect(reads(speakerOfVerb, 'New Delhi said the bridge would reopen.', 'New', 'Delhi')).toBe(false);
  });

  it('reads no street, body or title word, nor a name an organisation’s noun introduces', () => {
    expect(
      reads(speakerOfVerb, 'Downing Street said the Prime Minister had confidence in him.', 'Downing', 'Street'),
    ).toBe(false);
    expect(reads(speakerOfVerb, 'Fellside Group said it would appeal.', 'Fellside', 'Group')).toBe(false);
    expect(reads(speakerOfVerb, 'Minister Kallas said the talks had failed.', 'Minister', 'Kallas')).toBe(false);
    expect(
      reads(
        speakerOfVerb,
        'Swiss group Lindqvist Chocolatiers said it would raise prices.',
        'Lindqvist',
        'Chocolatiers',
      ),
    ).toBe(false);
  });
});

describe('"who" after a full name is a person', () => {
  it('reads ", who" right after a name of two or three words', () => {
    expect(reads(whoAfter, 'Hamish Doull, who chairs the water company, disagreed.', 'Hamish', 'Doull')).toBe(true);
    expect(reads(whoAfter, 'Ana Maria Ionescu, who chairs the board, disagreed.', 'Ana', 'Ionescu')).toBe(true);
  });

  it('reads ", who" after a name that does not open its sentence', () => {
    expect(reads(whoAfter, 'On Monday, Hamish Doull, who chairs the board, disagreed.', 'Hamish', 'Doull')).toBe(true);
  });

  it('reads nothing after a name that ends in a plural, a band’s or a family firm’s', () => {
    expect(reads(whoAfter, 'Arctic Monkeys, who played the festival, cancelled.', 'Arctic', 'Monkeys')).toBe(false);
  });

  it('reads nothing without the comma, after one word or four, or at a sentence’s end', () => {
    expect(reads(whoAfter, 'It was Hamish Doull who chaired the board.', 'Hamish', 'Doull')).toBe(false);
    expect(reads(whoAfter, 'Doull, who chairs the board, disagreed.', 'Doull', 'Doull')).toBe(false);
    expect(reads(whoAfter, 'Ana Maria Ionescu Pop, who chairs the board, disagreed.', 'Ana', 'Pop')).toBe(false);
    expect(reads(whoAfter, 'The board is chaired by Hamish Doull.', 'Hamish', 'Doull')).toBe(false);
    expect(reads(whoAfter, 'It was Hamish Doull. Who else?', 'Hamish', 'Doull')).toBe(false);
  });
});

describe('the subject of "said": the verb and the noun before the name', () => {
  it('needs only spaces between the name and the verb, on either side', () => {
    expect(reads(speakerOfVerb, 'As she said, Andriy Yermak left the room.', 'Andriy', 'Yermak')).toBe(false);
    expect(reads(speakerOfVerb, 'Kaja Kallas, told of the vote, left the room.', 'Kaja', 'Kallas')).toBe(false);
  });

  it('reads an organisation’s noun at the end of the sentence before as no introduction', () => {
    expect(reads(speakerOfVerb, 'She joined the group. Anna Berg said it was fine.', 'Anna', 'Berg')).toBe(true);
  });
});

describe('"who" after a full name: only "who"', () => {
  it('reads nothing from ", whose" or ", which"', () => {
    expect(reads(whoAfter, 'Hamish Doull, whose company runs the works, disagreed.', 'Hamish', 'Doull')).toBe(false);
  });
});

describe('a name "for his/her part" is a person', () => {
  it('reads ", for her part," and ", for his part," right after the name, and nothing else', () => {
    const at = (sentence: string, word: string) => {
      const w = wordsOf(sentence);
      return forOwnPart(w.text, w.tokens, w.at(word));
    };
    expect(at('Natarajan-Cole, for her part, is looking past the fight.', 'Natarajan-Cole')).toBe(true);
    expect(at('Okafor, For His Part, said nothing.', 'Okafor')).toBe(true);
    expect(at('Meridian, for its part, said nothing.', 'Meridian')).toBe(false);
    expect(at('Okafor, for the most part, agreed.', 'Okafor')).toBe(false);
  });
});
