import { describe, expect, it } from 'vitest';
import {
  paragraphSubjectBefore,
  reportingPronounBefore,
  unnamedPersonBefore,
} from '../../../lib/extraction/pronoun-referents';
import type { SpeakerMention } from '../../../lib/extraction/quote-attribution';
import type { Range } from '../../../lib/extraction/quote-marks';
import { extract, speakerOf } from '../../helpers/extraction';

describe('what a speaker’s "he" or "she" stands for', () => {
  it('gives no speaker to a quote by an unnamed daughter, though the paragraph is the interviewee’s', () => {
    const article = extract(
      'Ingrid Solberg, a professor at the University of Bergen, said the lakes were higher than ever. “We used to talk about metres,” she said.',
      'Solberg: It changes how I say it. My daughter is nine. Last month she asked me, “Will there be any ice left when I’m your age?” I had no answer.',
    );
    expect(speakerOf(article, 'We used to talk')).toBe('Ingrid Solberg');
    expect(speakerOf(article, 'Will there be any ice')).toBeUndefined();
  });

  it('still gives “…,” she said to the woman named before when the sentence before names her', () => {
    const article = extract(
      'Thembi Ngcobo, 63, said she had been carrying water up three flights of stairs.',
      'Ngcobo was tired. Last week she said, “I am too old for this, every single morning.”',
    );
    expect(speakerOf(article, 'I am too old')).toBe('Thembi Ngcobo');
  });

  it('gives a quote after "She said …." in its paragraph to the woman the paragraph before quoted', () => {
    const article = extract(
      'In Dobsonville, Thembi Ngcobo, 63, said she had been carrying water up three flights of stairs.',
      '“I am too old for this. Every morning I wake up at four,” she said.',
      'She said the tanker in her street had not come at all on Monday. “They told us it was coming at ten. We waited until dark.”',
    );
    expect(speakerOf(article, 'They told us')).toBe('Thembi Ngcobo');
  });

  it('reads a family noun inside the quote as the speaker’s words, not a new person', () => {
    const article = extract(
      'Pham’s wife, Linh, says she has already bought Bruno a steak.',
      '“My husband is stubborn. He loves that hat,” she says. “Now he has a new hat, and everybody is happy.”',
    );
    expect(speakerOf(article, 'My husband is stubborn')).toBe('Linh');
  });
});

describe('a “…,” he said in a paragraph that opens with a person', () => {
  it('is the person who opens its paragraph, not the one the paragraph before reported', () => {
    const article = extract(
      'Nthabiseng Khoza said the repairs had been more complicated than anyone thought.',
      'Ward councillor Sipho Dlamini, of the ANC, blamed years of underspending on maintenance. “We have been warning about this pipe since 2019,” he said.',
    );
    expect(speakerOf(article, 'We have been warning')).toBe('Sipho Dlamini');
  });

  it('is not a person named in the pronoun’s own sentence ("Lehtola, he later said, taught him “…”")', () => {
    const article = extract(
      'The architect Ruairi Fennelly, who has died aged 91, designed libraries. “Concrete is honest,” he told an interviewer in 1979.',
      'He spent two years in the office of the Finnish architect Aarne Lehtola. Lehtola, he later said, taught him “to draw the light first and the walls afterwards”.',
    );
    expect(speakerOf(article, 'to draw the light')).not.toBe('Aarne Lehtola');
  });
});

describe('a pronoun that goes on from an unnamed person', () => {
  it('follows sentences that open with the same pronoun back to the unnamed person they began with', () => {
    const article = extract(
      'Folasade Adebayo-Hart, a midwife, said she would retire this month.',
      'A midwife in Ibadan taught her the most. She had no training anyone here would recognise. She used to tell us, “Your hands are for the baby, your eyes are for the mother.”',
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });

  it('reads past an interview answer’s label to the unnamed person who opens the answer', () => {
    const article = extract(
      'Folasade Adebayo-Hart, a midwife, said she would retire this month.',
      'Adebayo-Hart: A midwife in Ibadan taught me the most. She used to tell us, “Your hands are for the baby, your eyes are for the mother.”',
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });
});

describe('an unnamed person before a pronoun: modifiers, long runs, other names, other paragraphs', () => {
  const adebayo = 'Folasade Adebayo-Hart, a midwife, said she would retire this month.';
  const hands = '“Your hands are for the baby, your eyes are for the mother.”';

  it('reads a person noun after one modifier ("My youngest daughter") as an unnamed person', () => {
    const article = extract(
      'Ingrid Solberg, a professor, said the lakes were higher than ever.',
      'Solberg: It changes how I say it. My youngest daughter is nine. Last month she asked me, “Will there be any ice left when I am your age?”',
    );
    expect(speakerOf(article, 'Will there be any ice')).toBeUndefined();
  });

  it('follows the same pronoun back through every sentence it opens, not only the one before', () => {
    const article = extract(
      adebayo,
      `A midwife in Ibadan taught her the most. She had no training anyone here would recognise. She never charged a single naira. She used to tell us, ${hands}`,
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });

  it('is still the unnamed person when the sentence before names a place or an organisation', () => {
    const article = extract(
      adebayo,
      `A nurse at Ibadan General Hospital taught her the most. She used to tell us, ${hands}`,
    );
    expect(speakerOf(article, 'Your hands are')).toBeUndefined();
  });

  it('looks for the unnamed person in the pronoun’s own paragraph only', () => {
    const article = extract(`${adebayo} A nurse taught her the most.`, `She used to tell us, ${hands}`);
    expect(speakerOf(article, 'Your hands are')).toBe('Folasade Adebayo-Hart');
  });
});

/**
 * An article's text as the quote rules see it: paragraphs of sentences (one space between
 * sentences, a blank line between paragraphs), with each sentence's range and the names found in it.
 */
function laidOut(...paragraphs: string[][]) {
  let text = '';
  const sentences: Range[] = [];
  paragraphs.forEach((sentencesOf, paragraph) => {
    if (paragraph > 0) text += '\n\n';
    sentencesOf.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length, paragraph });
      text += sentence;
    });
  });
  const at = (printed: string) => {
    const start = text.indexOf(printed);
    if (start < 0) throw new Error(`"${printed}" is not in the text`);
    return start;
  };
  /** The name `printed` where the text first prints it, a person's unless `extra` says. */
  const name = (printed: string, extra: Partial<SpeakerMention> = {}): SpeakerMention => ({
    start: at(printed),
    end: at(printed) + printed.length,
    entity: printed.toLowerCase().replaceAll(' ', '-'),
    kind: 'person',
    possessive: false,
    ...extra,
  });
  return { text, sentences, at, name };
}

describe('an unnamed person the sentence before a pronoun opens with', () => {
  const nowhereQuoted = () => false;
  /** Whether the pronoun that `pronoun` begins is the unnamed person's, with `names` found in the text. */
  function unnamed(paragraphs: string[][], pronoun: string, names: string[] = [], organisations: string[] = []) {
    const page = laidOut(...paragraphs);
    const found = [
      ...names.map((n) => page.name(n)),
      ...organisations.map((n) => page.name(n, { kind: 'organisation' })),
    ];
    return unnamedPersonBefore(page.text, page.sentences, page.at(pronoun), found, nowhereQuoted);
  }

  it('is a person noun after a determiner, or after one lower-case modifier', () => {
    expect(unnamed([['My daughter is nine.', 'Last month she asked me.']], 'she asked')).toBe(true);
    expect(unnamed([['A spokesman came out.', 'He said nothing.']], 'He said')).toBe(true);
    expect(unnamed([['My youngest daughter is nine.', 'Last month she asked me.']], 'she asked')).toBe(true);
    expect(unnamed([['My youngest is nine.', 'Last month she asked me.']], 'she asked')).toBe(false);
    expect(unnamed([['My car is nine years old.', 'Last month she asked me.']], 'she asked')).toBe(false);
  });

  it('needs a determiner first: a bare noun, or another first word, is not one', () => {
    expect(unnamed([['Daughters are a gift.', 'Last month she asked me.']], 'she asked')).toBe(false);
    expect(unnamed([['Some daughter came.', 'Last month she asked me.']], 'she asked')).toBe(false);
    expect(unnamed([['My.', 'Last month she asked me.']], 'she asked')).toBe(false);
  });

  it('is not there when the sentence before names a person, but is when it names only an organisation', () => {
    expect(unnamed([['A midwife, Mama Ronke, taught me.', 'She told us.']], 'She told', ['Mama Ronke'])).toBe(false);
    expect(
      unnamed([['A midwife at Ibadan General taught me.', 'She told us.']], 'She told', [], ['Ibadan General']),
    ).toBe(true);
  });

  it('counts only the names of the sentence before: not of the pronoun’s own sentence, nor of one earlier', () => {
    expect(unnamed([['A midwife taught me.', 'She told Mama Ronke so.']], 'She told', ['Mama Ronke'])).toBe(true);
    expect(
      unnamed([['Mama Ronke came late.', 'A midwife taught me.', 'She told us.']], 'She told', ['Mama Ronke']),
    ).toBe(true);
  });

  it('reads an interview answer’s label as no part of the sentence', () => {
    expect(unnamed([['Adebayo-Hart: A midwife taught me.', 'She told us.']], 'She told', ['Adebayo-Hart'])).toBe(true);
    expect(unnamed([['Adebayo-Hart said a midwife taught her.', 'She told us.']], 'She told', ['Adebayo-Hart'])).toBe(
      false,
    );
  });

  it('goes back past sentences that open with the same pronoun, in any case', () => {
    const sentences = ['A midwife taught her.', 'She had no training.', 'She never charged.'];
    expect(unnamed([[...sentences, 'Every week she told us.']], 'she told')).toBe(true);
    expect(unnamed([[...sentences, 'She told us.']], 'She told')).toBe(true);
    expect(unnamed([['A midwife taught her.', 'He had no training.', 'She told us.']], 'She told')).toBe(false);
  });

  it('is none when the pronoun opens its paragraph or is in its first sentence', () => {
    expect(unnamed([['My daughter is nine.'], ['She asked me.']], 'She asked')).toBe(false);
    expect(unnamed([['My daughter is nine and she asked me.']], 'she asked')).toBe(false);
  });

  it('is none when the sentence before is inside a quotation: those are the speaker’s words', () => {
    const page = laidOut(['“My husband is stubborn.', 'He loves that hat,” she says.']);
    const quoted = (pos: number) => pos > page.at('“') && pos < page.at('”');
    expect(unnamedPersonBefore(page.text, page.sentences, page.at('He loves'), [], quoted)).toBe(false);
    expect(unnamedPersonBefore(page.text, page.sentences, page.at('He loves'), [], () => false)).toBe(true);
  });
});

describe('a pronoun that reports speech before a quote', () => {
  function reporting(paragraphs: string[][], quote: string, names: string[] = []) {
    const page = laidOut(...paragraphs);
    const found = reportingPronounBefore(
      page.text,
      page.sentences,
      page.at(quote),
      names.map((n) => page.name(n)),
    );
    return found === undefined ? undefined : page.text.slice(found, found + 12);
  }

  it('is the pronoun that opens the nearest sentence before, followed by a verb of speech', () => {
    expect(reporting([['She said the tanker had not come.', '“They told us ten.”']], '“They')).toBe('She said the');
    expect(
      reporting([['He said it was late.', 'She told me the tanker had not come.', '“They told us ten.”']], '“They'),
    ).toBe('She told me ');
    expect(reporting([['SHE SAID the tanker had not come.', '“They told us ten.”']], '“They')).toBe('SHE SAID the');
  });

  it('is none when the paragraph names anyone before the quote', () => {
    expect(
      reporting([['Ngcobo waited.', 'She said the tanker had not come.', '“They told us ten.”']], '“They', ['Ngcobo']),
    ).toBeUndefined();
    expect(reporting([['She said the tanker had not come.', '“They told Ngcobo ten.”']], '“They', ['Ngcobo'])).toBe(
      'She said the',
    );
  });

  it('is none without a sentence before the quote’s in its paragraph, or a pronoun and a verb of speech opening it', () => {
    expect(reporting([['She said the tanker had not come.'], ['“They told us ten.”']], '“They')).toBeUndefined();
    expect(reporting([['She said, “They told us ten.”']], '“They')).toBeUndefined();
    expect(reporting([['Later she said the tanker had not come.', '“They told us ten.”']], '“They')).toBeUndefined();
    expect(reporting([['She thought the tanker had not come.', '“They told us ten.”']], '“They')).toBeUndefined();
    expect(reporting([['She.', '“They told us ten.”']], '“They')).toBeUndefined();
  });
});

describe('the person who opens a pronoun’s paragraph', () => {
  function subject(
    paragraphs: string[][],
    pronoun: string,
    names: SpeakerMention[] | ((p: ReturnType<typeof laidOut>) => SpeakerMention[]),
    fits = (_: SpeakerMention) => true,
  ) {
    const page = laidOut(...paragraphs);
    const found = typeof names === 'function' ? names(page) : names;
    return paragraphSubjectBefore(page.text, page.sentences, found, page.at(pronoun), fits);
  }
  const dlamini = 'Ward councillor Sipho Dlamini, of the ANC, blamed underspending.';

  it('is the one person named within two words of a sentence’s start before the pronoun’s', () => {
    const names = (p: ReturnType<typeof laidOut>) => [p.name('Sipho Dlamini'), p.name('ANC', { kind: 'organisation' })];
    expect(subject([[dlamini, '“We warned them,” he said.']], 'he said', names)).toBe('sipho-dlamini');
    expect(
      subject(
        [['Last year the councillor Sipho Dlamini blamed them.', '“We warned them,” he said.']],
        'he said',
        (p) => [p.name('Sipho Dlamini')],
      ),
    ).toBeUndefined();
  });

  it('is none when the paragraph names two people, or names the person in the pronoun’s own sentence', () => {
    expect(
      subject([['Sipho Dlamini met Thandi Mokoena.', '“We warned them,” he said.']], 'he said', (p) => [
        p.name('Sipho Dlamini'),
        p.name('Thandi Mokoena'),
      ]),
    ).toBeUndefined();
    expect(
      subject([['Sipho Dlamini blamed them.', 'Dlamini, he said, warned them.']], 'he said', (p) => [
        p.name('Sipho Dlamini'),
        { ...p.name('Dlamini'), start: p.at('Dlamini,'), end: p.at('Dlamini,') + 7, entity: 'sipho-dlamini' },
      ]),
    ).toBeUndefined();
  });

  it('is the same person named twice, at the first mention that opens a sentence', () => {
    expect(
      subject([['Sipho Dlamini blamed them.', 'Dlamini was angry.', '“We warned them,” he said.']], 'he said', (p) => [
        p.name('Sipho Dlamini'),
        { ...p.name('Dlamini was'), end: p.at('Dlamini was') + 7, entity: 'sipho-dlamini' },
      ]),
    ).toBe('sipho-dlamini');
  });

  it('is not a possessive, nor a person the caller’s rule does not fit', () => {
    expect(
      subject([['Sipho Dlamini’s office blamed them.', '“We warned them,” he said.']], 'he said', (p) => [
        p.name('Sipho Dlamini', { possessive: true }),
      ]),
    ).toBeUndefined();
    expect(
      subject(
        [[dlamini, '“We warned them,” he said.']],
        'he said',
        (p) => [p.name('Sipho Dlamini')],
        () => false,
      ),
    ).toBeUndefined();
  });

  it('is looked for in the pronoun’s paragraph only, and never among organisations', () => {
    expect(
      subject([['Sipho Dlamini blamed them.'], ['The pipe burst.', '“We warned them,” he said.']], 'he said', (p) => [
        p.name('Sipho Dlamini'),
      ]),
    ).toBeUndefined();
    expect(
      subject([['The ANC blamed them.', '“We warned them,” he said.']], 'he said', (p) => [
        p.name('ANC', { kind: 'organisation' }),
      ]),
    ).toBeUndefined();
    expect(subject([['We warned them, he said.']], 'he said', [])).toBeUndefined();
  });
});
