import { describe, expect, it } from 'vitest';
import { attribute } from '../../helpers/attribution';

const org = (name: string) => ({ name, kind: 'organisation' as const });
const rainyDays = (n: number) => Array.from({ length: n }, (_, i) => `Rain fell on day ${i + 1}.`);

describe('the one name of a kind within reach of a quote', () => {
  const pipes = '“We are investing in new pipes,” she said.';

  it('gives "she said" to the one person of its paragraph or the one before, not two back', () => {
    expect(attribute(['Anna Reid raised the alarm.', pipes], ['Anna Reid']).speakerOf('We are')).toBe('Anna Reid');
    expect(
      attribute(['Anna Reid raised the alarm.', ...rainyDays(1), pipes], ['Anna Reid']).speakerOf('We are'),
    ).toBeUndefined();
  });

  it('does not count a possessive ("Anna Reid’s brother") as the person', () => {
    const article = attribute(['Anna Reid’s brother raised the alarm.', pipes], ['Anna Reid']);
    expect(article.speakerOf('We are')).toBeUndefined();
  });

  it('does not count an organisation for "she", nor a person for "the company"', () => {
    const named = ['Anna Reid', org('Fellside Water')];
    const she = attribute(['Anna Reid raised the alarm.', `Fellside Water raised prices. ${pipes}`], named);
    expect(she.speakerOf('We are')).toBe('Anna Reid');
    const company = attribute(
      ['Fellside Water raised prices. Anna Reid raised the alarm. “We are investing in new pipes,” the company said.'],
      named,
    );
    expect(company.speakerOf('We are')).toBe('Fellside Water');
  });

  it('gives "the company said" to the one organisation of its paragraph or the two before, not three', () => {
    const company = '“We are investing in new pipes,” the company said.';
    const speaker = (gap: number) =>
      attribute(['Fellside Water raised its prices.', ...rainyDays(gap), company], [org('Fellside Water')]).speakerOf(
        'We are',
      );
    expect(speaker(1)).toBe('Fellside Water');
    expect(speaker(2)).toBeUndefined();
  });

  it('gives "the spokesperson said" only to the organisation whose spokesperson was introduced', () => {
    const spokesperson = '“We are investing in new pipes,” the spokesperson said.';
    const named = [org('Fellside Water'), org('Tarrow Council')];
    const introduced = attribute(
      ['A Fellside Water spokesperson said prices would rise. Tarrow Council agreed.', spokesperson],
      named,
    );
    expect(introduced.speakerOf('We are')).toBe('Fellside Water');
    const reported = attribute(['Fellside Water said prices would rise. Tarrow Council agreed.', spokesperson], named);
    expect(reported.speakerOf('We are')).toBeUndefined();
  });
});

describe('the one person two paragraphs back', () => {
  const woke = 'Ms Reid, 28, woke at dawn.';
  const risen = 'The river had risen overnight.';
  const said = (pronoun: string) => `“It was a fair result,” ${pronoun} said.`;
  const reid = { name: 'Reid', gender: 'female' as const };

  it('takes her for "she said" when her gender is known to be the pronoun’s', () => {
    expect(attribute([woke, risen, said('she')], [reid]).speakerOf('It was')).toBe('Reid');
    expect(attribute([woke, risen, said('he')], [reid]).speakerOf('It was')).toBeUndefined();
    expect(attribute([woke, risen, said('she')], ['Reid']).speakerOf('It was')).toBeUndefined();
    // "they" states no gender: nobody two paragraphs back, even someone of no known gender.
    expect(attribute([woke, risen, said('they')], ['Reid']).speakerOf('It was')).toBeUndefined();
  });

  it('takes nobody when that paragraph names two people, or names her only as a possessive', () => {
    expect(
      attribute(['Ms Reid, 28, woke at dawn with Tom Hale.', risen, said('she')], [reid, 'Tom Hale']).speakerOf('It'),
    ).toBeUndefined();
    expect(attribute(['Ms Reid’s son, 8, woke at dawn.', risen, said('she')], [reid]).speakerOf('It')).toBeUndefined();
  });
});

describe('whom a speaker told or was asked about is not another speaker', () => {
  const sentence = (verb: string) =>
    `“You showed no remorse at any point,” Judge O’Sullivan ${verb} Kerr. “You will serve six years in prison.”`;
  const next = (verb: string) => attribute([sentence(verb)], ['O’Sullivan', 'Kerr']).speakerOf('You will');

  it('lets the next quote go on from the judge past the man she told or asked', () => {
    for (const verb of ['told', 'tells', 'asked', 'asks', 'Told']) expect(next(verb), verb).toBe('O’Sullivan');
  });

  it('does not let it go on past a man she spoke of', () => {
    expect(next('said of')).toBeUndefined();
  });

  it('gives the answer to a question about Carvalho to the woman last quoted, not to nobody', () => {
    const quoted = '“We were never going to sell the club,” said Ana Duarte.';
    const named = [{ name: 'Ana Duarte', gender: 'female' as const }, 'Carvalho'];
    const asked = attribute(
      [quoted, 'Asked about Carvalho, who only joined in January, she said: “He has been a great signing for us.”'],
      named,
    );
    expect(asked.speakerOf('He has been')).toBe('Ana Duarte');
    const named2 = attribute(
      [quoted, 'Carvalho only joined in January. She said: “He has been a great signing for us.”'],
      named,
    );
    expect(named2.speakerOf('He has been')).toBeUndefined();
  });
});

describe('who is within reach, at the edges', () => {
  it('gives "the company said" no organisation named only after the quote', () => {
    const article = attribute(
      ['“We are investing in new pipes,” the company said. Fellside Water raised prices.'],
      [org('Fellside Water')],
    );
    expect(article.speakerOf('We are')).toBeUndefined();
  });

  it('lets the next quote go on from the judge past the man she was telling', () => {
    const article = attribute(
      [
        '“You showed no remorse at any point,” Judge O’Sullivan said, telling Kerr. “You will serve six years in prison.”',
      ],
      ['O’Sullivan', 'Kerr'],
    );
    expect(article.speakerOf('You will')).toBe('O’Sullivan');
  });

  it('does not read a name past a semicolon as what the fronted question was about', () => {
    const quoted = '“We were never going to sell the club,” said Ana Duarte.';
    const article = attribute(
      [quoted, 'Asked about the fee; Carvalho shrugged, and she said: “He has been a great signing for us.”'],
      [{ name: 'Ana Duarte', gender: 'female' as const }, 'Carvalho'],
    );
    expect(article.speakerOf('He has been')).not.toBe('Ana Duarte');
  });
});

describe('nobody else named between a speaker and the next quote', () => {
  const remorse = '“You showed no remorse at any point,” Judge O’Sullivan said';
  const serve = '“You will serve six years in prison.”';
  const next = (paragraph: string) => attribute([paragraph], ['O’Sullivan', 'Kerr']).speakerOf('You will');

  it('counts only other people named between them, not one before the speaker or the speaker again', () => {
    expect(next(`Kerr stood in the dock. ${remorse}. ${serve}`)).toBe('O’Sullivan');
    expect(next(`${remorse}. O’Sullivan paused. ${serve}`)).toBe('O’Sullivan');
    expect(next(`${remorse}. Kerr wept. ${serve}`)).toBeUndefined();
  });

  it('lets "she said" two paragraphs on go on from the judge past a body or a name after it', () => {
    const said = '“You showed no remorse at any point,” said Judge O’Sullivan.';
    const serve = (after = '') => `“You will serve six years in prison,” she said${after}.`;
    const named = ['O’Sullivan', 'Kerr', { name: 'Tarrow Council', kind: 'organisation' as const }];
    const speaker = (between: string, after?: string) =>
      attribute([said, between, serve(after)], named).speakerOf('You will');
    expect(speaker('The court fell silent.', ', and Kerr wept')).toBe('O’Sullivan');
    expect(speaker('Tarrow Council fell silent.')).toBe('O’Sullivan');
    expect(speaker('Kerr fell silent.')).not.toBe('O’Sullivan');
  });

  it('takes nobody three paragraphs back for "she said"', () => {
    const article = attribute(
      [
        'Ms Reid, 28, woke at dawn.',
        'The river had risen overnight.',
        'Rain fell all day.',
        '“It was a fair result,” she said.',
      ],
      [{ name: 'Reid', gender: 'female' }],
    );
    expect(article.speakerOf('It was')).toBeUndefined();
  });
});

describe('the one person two paragraphs back, and whom a question was about, at the edges', () => {
  const woke = 'Ms Reid, 28, woke at dawn.';
  const reid = { name: 'Reid', gender: 'female' as const };

  it('is not put off by an organisation in between, or by a person named after "she"', () => {
    const water = { name: 'Fellside Water', kind: 'organisation' as const };
    const quote = '“It was a fair result,” she said';
    expect(attribute([woke, 'Fellside Water raised prices.', `${quote}.`], [reid, water]).speakerOf('It was')).toBe(
      'Reid',
    );
    expect(
      attribute([woke, 'The river had risen.', `${quote}, and Tom Hale agreed.`], [reid, 'Tom Hale']).speakerOf(
        'It was',
      ),
    ).toBe('Reid');
  });

  it('reads a longer question ("Asked about the transfer of Carvalho") as about him', () => {
    const quoted = '“We were never going to sell the club,” said Ana Duarte.';
    const article = attribute(
      [quoted, 'Asked about the transfer of Carvalho, she said: “He has been a great signing for us.”'],
      [{ name: 'Ana Duarte', gender: 'female' as const }, 'Carvalho'],
    );
    expect(article.speakerOf('He has been')).toBe('Ana Duarte');
  });

  it('does not take a man she "asked if" about as one she addressed', () => {
    const article = attribute(
      [
        '“You showed no remorse at any point,” Judge O’Sullivan said. She asked if Kerr understood. “You will serve six years in prison.”',
      ],
      ['O’Sullivan', 'Kerr'],
    );
    expect(article.speakerOf('You will')).toBeUndefined();
  });
});
