import { describe, expect, it } from 'vitest';
import { copularRoleAfter, roleAppositiveAfter, roleHeadBeforeComma } from '../../../lib/extraction/role-phrases';
import { wordsOf } from '../../helpers/tokens';

/** Whether the phrase after the name whose last word is `name` states a role of it. */
function appositiveAfter(sentence: string, name: string): boolean {
  const w = wordsOf(sentence);
  return roleAppositiveAfter(w.text, w.tokens, w.at(name));
}

function copularAfter(sentence: string, name: string): boolean {
  const w = wordsOf(sentence);
  return copularRoleAfter(w.text, w.tokens, w.at(name));
}

/** The role head word of an appositive ending right before the name that starts with `first`. */
function headBefore(sentence: string, first: string): string | undefined {
  const w = wordsOf(sentence);
  return w.tokens[roleHeadBeforeComma(w.text, w.tokens, w.at(first))]?.text;
}

describe('a role appositive right after a name', () => {
  it('reads a role noun after a comma, with or without a determiner', () => {
    expect(appositiveAfter('Blight, a forester, walks the estates.', 'Blight')).toBe(true);
    expect(appositiveAfter('Hendry, chief economist at the bank, said so.', 'Hendry')).toBe(true);
    expect(appositiveAfter('Ward, the sacked vice-president, fled abroad.', 'Ward')).toBe(true);
    expect(appositiveAfter('Blight, forester and poet, walks.', 'Blight')).toBe(true);
  });

  it('reads an age set off by commas, and one in brackets before the role', () => {
    expect(appositiveAfter('Bassi, 43, said the catch was poor.', 'Bassi')).toBe(true);
    expect(appositiveAfter('Bassi (43), a fisherman, said so.', 'Bassi')).toBe(true);
    const w = wordsOf('It was Bassi, 43', 'Then he left.');
    expect(roleAppositiveAfter(w.text, w.tokens, w.at('Bassi'))).toBe(true);
  });

  it('does not read a number before a street as an age', () => {
    expect(appositiveAfter('The letter went to Ata, 14 Blossom Street, on Monday.', 'Ata')).toBe(false);
  });

  it('needs the comma: a role noun straight after the name is no appositive', () => {
    expect(appositiveAfter('Blight forester walks the estates.', 'Blight')).toBe(false);
    expect(appositiveAfter('Blight; a forester walks the estates.', 'Blight')).toBe(false);
  });

  it('does not read the next name’s title, or a clause after the comma, as a role', () => {
    expect(appositiveAfter('The boat docked in Seattle, skipper Wade Bassi said.', 'Seattle')).toBe(false);
    expect(appositiveAfter('A woman from Devon, clung to the driver’s door.', 'Devon')).toBe(false);
  });

  it('reads no role across punctuation inside the phrase or past five words', () => {
    expect(appositiveAfter('Blight, a quiet, patient forester, walks.', 'Blight')).toBe(false);
    expect(appositiveAfter('Blight, a very old and very quiet forester, walks.', 'Blight')).toBe(false);
  });

  it('reads a role head only within five words, and a participle only right after the determiner', () => {
    expect(appositiveAfter('Blight, a big tall old grey quiet forester, walks.', 'Blight')).toBe(false);
    expect(appositiveAfter('Blight, the old sacked forester, left.', 'Blight')).toBe(false);
    expect(appositiveAfter('Blight, sacked forester, left.', 'Blight')).toBe(false);
  });
});

describe('a role stated of the name in its own sentence', () => {
  it('reads "X is a former police chief" as a person’s role', () => {
    expect(copularAfter('Szabo is a former police chief.', 'Szabo')).toBe(true);
  });

  it('takes the phrase’s last noun as its head, and a head bodies take says nothing', () => {
    expect(copularAfter('Acme is the leader in industrial glue.', 'Acme')).toBe(false);
    expect(copularAfter('Kestrel is a special player in the market.', 'Kestrel')).toBe(false);
    expect(copularAfter('Szabo is a police chief.', 'Szabo')).toBe(true);
    expect(copularAfter('Szabo is the sacked police chief.', 'Szabo')).toBe(true);
    expect(copularAfter('Szabo is Ofwat’s sacked police chief.', 'Szabo')).toBe(false);
  });

  it('reads no role from "is" without one', () => {
    expect(copularAfter('Szabo is happy with the result.', 'Szabo')).toBe(false);
    expect(copularAfter('Szabo is a very big and very old tree.', 'Szabo')).toBe(false);
  });
});

describe('a role appositive ending right before the name', () => {
  it('reads the role noun before the comma ("Her son, Peter Carne")', () => {
    expect(headBefore('Her son, Peter Carne, said so.', 'Peter')).toBe('son');
    expect(headBefore('One resident, 91-year-old Edith Carne, lost money.', 'Edith')).toBe('resident');
  });

  it('does not read a clause that opens with a pronoun after the comma', () => {
    expect(headBefore('It was someone else’s mum, I’m glad to say.', 'I’m')).toBeUndefined();
  });

  it('reads a role noun and its short relative clause ("The motorist who found him, Hayley Dunn")', () => {
    expect(headBefore('The motorist who found him, Hayley Dunn, called for help.', 'Hayley')).toBe('motorist');
  });

  it('reads a role noun and a short phrase of time or place ("Its president at the time, X")', () => {
    expect(headBefore('Its president at the time, Declan Moriarty, resigned.', 'Declan')).toBe('president');
    expect(headBefore('His partner in the winning stand, Ben Tuilagi, scored.', 'Ben')).toBe('partner');
  });

  it('reads a role "for", "of" or "at" someone or something', () => {
    expect(headBefore('A spokeswoman for Gov. Robert Haines, Laura Pietrzak, said so.', 'Laura')).toBe('spokeswoman');
    expect(headBefore('The state MP for Frankston, Rhys Delahunty, said so.', 'Rhys')).toBe('MP');
  });

  it('reads a role "from" a body but not "from" a town', () => {
    expect(headBefore('A technician from the company, Sarah Jones, fixed it.', 'Sarah')).toBe('technician');
    expect(headBefore('A technician from the Board, Sarah Jones, fixed it.', 'Sarah')).toBe('technician');
    expect(headBefore('A guard from the Bronx, New York, scored.', 'New')).toBeUndefined();
    expect(headBefore('A guard from Lake Tiller, Sarah Jones, scored.', 'Sarah')).toBeUndefined();
  });

  it('reads a role "in" a place, but not a town’s state', () => {
    expect(headBefore('The party’s caucus leader in Johannesburg, Annelie Botha, said so.', 'Annelie')).toBe('leader');
    expect(headBefore('She is a nurse in Columbus, Ohio, and a mother.', 'Ohio')).toBeUndefined();
  });

  it('reads a role only after "for", "of", "at" or "from" a body, not after another preposition', () => {
    expect(headBefore('The reporter atop Mount Hood, Sarah Jones, said so.', 'Sarah')).toBeUndefined();
    expect(headBefore('The caucus leader in the Assembly, Sarah Jones, said so.', 'Sarah')).toBeUndefined();
  });

  it('needs the role noun right before its preposition, with no comma between', () => {
    expect(headBefore('The state MP, for Frankston, Rhys Delahunty, said so.', 'Rhys')).toBeUndefined();
    expect(headBefore('His partner, at the time, Ben Tuilagi, scored.', 'Ben')).toBeUndefined();
  });

  it('reads a phrase of time or place only after "in", "at", "on" or "during", and of three words at most', () => {
    expect(headBefore('His partner upon the stage, Ben Tuilagi, scored.', 'Ben')).toBeUndefined();
    expect(headBefore('His partner inside the house, Ben Tuilagi, scored.', 'Ben')).toBeUndefined();
    expect(headBefore('His partner in the very long winning stand, Ben Tuilagi, scored.', 'Ben')).toBeUndefined();
    expect(headBefore('His partner in the 2nd stand, Ben Tuilagi, scored.', 'Ben')).toBeUndefined();
  });

  it('does not read a clause that opens with "she" after the comma', () => {
    expect(headBefore('It was his mum, she said.', 'she')).toBeUndefined();
  });

  it('reads a role and a phrase of time at the very start of the text', () => {
    expect(headBefore('President at the time, Declan Moriarty, resigned.', 'Declan')).toBe('President');
  });

  it('reads the object of "for" as up to six capitalised words, with no comma inside', () => {
    expect(headBefore('A spokeswoman for New York City Fire Department Union, Laura Pietrzak, said so.', 'Laura')).toBe(
      'spokeswoman',
    );
    expect(
      headBefore('A spokeswoman for Big New York City Fire Department Union, Laura Pietrzak, said so.', 'Laura'),
    ).toBeUndefined();
    expect(headBefore('A spokeswoman for Smith, Jones, Laura Pietrzak, said so.', 'Laura')).toBeUndefined();
  });

  it('reads a relative clause of five words at most, after a role noun', () => {
    expect(headBefore('The motorist who found him on the dark road, Hayley Dunn, called.', 'Hayley')).toBeUndefined();
    expect(headBefore('Who found him, Hayley Dunn, did not say.', 'Hayley')).toBeUndefined();
  });
});

describe('the object of "for", "of" or "at" in a role appositive before the name', () => {
  it('needs an object: a role noun and its preposition right before the comma head nothing', () => {
    expect(headBefore('No one knows who he is the leader of, Laura Pietrzak said.', 'Laura')).toBeUndefined();
    expect(headBefore('The spokeswoman for the, Laura Pietrzak, said so.', 'Laura')).toBeUndefined();
  });

  it('takes no role noun from another sentence ("The new leader" / "of Frankston, Rhys Delahunty")', () => {
    const w = wordsOf('The new leader', 'of Frankston, Rhys Delahunty, said so.');
    expect(roleHeadBeforeComma(w.text, w.tokens, w.at('Rhys'))).toBe(-1);
    expect(headBefore('The new leader of Frankston, Rhys Delahunty, said so.', 'Rhys')).toBe('leader');
  });
});

describe('a capitalised object at the very start of the text', () => {
  it('reads no role when the words before the comma open the text', () => {
    expect(headBefore('Frankston, Rhys Delahunty, said so.', 'Rhys')).toBeUndefined();
  });
});
