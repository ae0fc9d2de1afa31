import { describe, expect, it } from 'vitest';
import type { EntityNames } from '../../../../lib/storage/reading-archive/archive-contract';
import {
  fullestName,
  fullNamesAgree,
  isBare,
  type KnownIdentity,
  lookupKeys,
  matchIdentities,
  nameSetOf,
} from '../../../../lib/storage/reading-archive/entity-identity';

const person = (name: string, aliases: string[] = [name], extra: Partial<EntityNames> = {}): EntityNames => ({
  type: 'person',
  name,
  aliases,
  ...extra,
});

/** The identity an archived entity would have, under a key of its own. */
function known(key: string, entity: EntityNames): KnownIdentity {
  const names = nameSetOf(entity);
  return { key, kind: names.kind, full: names.full, surnames: names.surnames };
}

/** Which of the archived identities the entity is: found as the store finds them (by key, then by surname). */
function whoIs(entity: EntityNames, archived: KnownIdentity[]): string[] {
  const names = nameSetOf(entity);
  const keys = new Set(lookupKeys(names));
  const byKey = archived.filter((k) => lookupKeys({ kind: k.kind, full: [...k.full] }).some((key) => keys.has(key)));
  const exact = matchIdentities(names, byKey, []);
  if (exact.length > 0) return exact.map((k) => k.key);
  const bySurname = archived.filter((k) => k.surnames.some((s) => names.surnames.includes(s)));
  return matchIdentities(names, [], bySurname).map((k) => k.key);
}

const organisation = (name: string, aliases: string[] = [name], id?: string): EntityNames => ({
  type: 'organisation',
  name,
  aliases,
  ...(id === undefined ? {} : { id }),
});

const rustem = known('rustem', person('Rustem Umerov', ['Rustem Umerov', 'Umerov'], { givenNames: ['Rustem'] }));
const timur = known('timur', person('Timur Umerov', ['Timur Umerov', 'Umerov'], { givenNames: ['Timur'] }));

describe('one person across articles', () => {
  it('is the same person under a folded spelling of the full name (case, diacritics, apostrophes)', () => {
    const erdogan = known('erdogan', person('Recep Tayyip Erdoğan'));
    expect(whoIs(person('RECEP TAYYIP ERDOGAN'), [erdogan])).toEqual(['erdogan']);
    const obrien = known('obrien', person('Conor O’Brien'));
    expect(whoIs(person("Conor O'Brien"), [obrien])).toEqual(['obrien']);
  });

  it('is the same person when the given names nest ("Tayyip Erdogan" in "Recep Tayyip Erdogan")', () => {
    const erdogan = known('erdogan', person('Recep Tayyip Erdoğan', ['Recep Tayyip Erdoğan', 'Erdoğan']));
    expect(whoIs(person('Tayyip Erdogan'), [erdogan])).toEqual(['erdogan']);
  });

  it('counts a curated entity’s aliases: another transliteration of the surname joins', () => {
    const zelenskyy = known('zelenskyy', person('Volodymyr Zelenskyy', ['Volodymyr Zelenskyy', 'Zelenskyy']));
    const curated = person('Volodymyr Zelensky', ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy']);
    expect(whoIs(curated, [zelenskyy])).toEqual(['zelenskyy']);
  });

  it('does not decline: an inflected form is another name unless it is itself an alias', () => {
    const zelensky = known('zelensky', person('Володимир Зеленський'));
    expect(whoIs(person('Володимира Зеленського'), [zelensky])).toEqual([]);
  });

  it('is joined through a curated id that two articles share, whatever they printed', () => {
    const names = nameSetOf(person('Zelenskyy', ['Zelenskyy'], { id: 'volodymyr-zelensky' }));
    expect(lookupKeys(names)).toEqual(['p:#volodymyr-zelensky']);
    // An extractor's numbered one-word id is a bare surname, not an identity.
    expect(nameSetOf(person('Umerov', ['Umerov'], { id: 'umerov-2' })).id).toBeUndefined();
    expect(nameSetOf(person('Umerov', ['Umerov'], { id: 'umerov-12' })).id).toBeUndefined();
  });

  it('is joined through a two-word id once the extractor’s numbering is dropped', () => {
    const names = nameSetOf(person('Rustem Umerov', ['Rustem Umerov'], { id: 'rustem-umerov-2' }));
    expect(lookupKeys(names)).toEqual(['p:rustem umerov', 'p:#rustem-umerov']);
  });

  it('is found by its full names only when it has no id to name it by', () => {
    expect(lookupKeys(nameSetOf(person('Rustem Umerov', ['Rustem Umerov', 'Umerov'])))).toEqual(['p:rustem umerov']);
  });

  it('is the same person when the new article gives more given names than the archive has', () => {
    const erdogan = known('erdogan', person('Tayyip Erdogan', ['Tayyip Erdogan', 'Erdogan']));
    expect(whoIs(person('Recep Tayyip Erdoğan'), [erdogan])).toEqual(['erdogan']);
  });

  it('counts the surname spellings the archived person lists, too', () => {
    const curated = known('zelensky', person('Volodymyr Zelensky', ['Volodymyr Zelensky', 'Zelenskyy', 'Zelenskiy']));
    expect(whoIs(person('Volodymyr Zelenskyy'), [curated])).toEqual(['zelensky']);
  });

  it('is the same person when one full name of each agrees, whatever their other spellings', () => {
    const erdogan = known('erdogan', person('Recep Tayyip Erdoğan', ['Recep Tayyip Erdoğan', 'President Erdoğan']));
    expect(whoIs(person('Tayyip Erdogan', ['Tayyip Erdogan', 'Mr Erdogan']), [erdogan])).toEqual(['erdogan']);
  });

  it('is the person a bare surname is the last word of, with no one-word alias listed', () => {
    expect(whoIs(person('Umerov'), [known('rustem', person('Rustem Umerov'))])).toEqual(['rustem']);
  });

  it('is the one archived person a bare surname names in any of its spellings', () => {
    const zelenskyy = known('zelenskyy', person('Volodymyr Zelenskyy', ['Volodymyr Zelenskyy', 'Zelenskyy']));
    expect(whoIs(person('Zelenskyy', ['Zelenskyy', 'Zelenskiy']), [zelenskyy])).toEqual(['zelenskyy']);
  });

  it('are several identities, in a stable order, when a shared name or id files it under each', () => {
    const a = known('a', person('Rustem Umerov'));
    const b = known('b', person('Rustem Umerov'));
    const names = nameSetOf(person('Rustem Umerov'));
    expect(matchIdentities(names, [b, a, b], []).map((k) => k.key)).toEqual(['a', 'b']);
    expect(matchIdentities(names, [a, b], []).map((k) => k.key)).toEqual(['a', 'b']);
  });
});

describe('what counts as a surname', () => {
  it('is the last word of each full name and each one-word spelling, never a given name', () => {
    const names = nameSetOf(person('Rustem Umerov', ['Rustem Umerov', 'R. Umerov', 'Umerov', 'Rustem']));
    expect(names.surnames).toEqual(['umerov']);
    expect(names.full).toEqual(['rustem umerov', 'r. umerov']);
  });

  it('leaves out the first word of a full name even when the story lists no given names', () => {
    const rustemOnly = known('rustem', person('Rustem Umerov', ['Rustem Umerov', 'Rustem']));
    expect(whoIs(person('Rustem'), [rustemOnly])).toEqual([]);
  });

  it('makes a one-word name a bare surname, and a name of two words or more no bare one', () => {
    expect(isBare(nameSetOf(person('Umerov')))).toBe(true);
    expect(isBare(nameSetOf(person('Rustem Umerov', ['Rustem Umerov', 'Umerov'])))).toBe(false);
    expect(isBare(nameSetOf(organisation('NATO')))).toBe(false);
  });

  it('does not join two full names with the same given name and different surnames', () => {
    expect(fullNamesAgree(nameSetOf(person('Rustem Ivanov')), rustem)).toBe(false);
    expect(fullNamesAgree(nameSetOf(person('Rustem Umerov')), rustem)).toBe(true);
  });
});

describe('two people who share a surname', () => {
  it('stay apart: "Rustem Umerov" is not "Timur Umerov"', () => {
    expect(whoIs(person('Timur Umerov', ['Timur Umerov', 'Umerov']), [rustem])).toEqual([]);
    expect(whoIs(person('Rustem Umerov'), [rustem, timur])).toEqual(['rustem']);
  });

  it('a bare surname joins the one archived person who has it', () => {
    expect(whoIs(person('Umerov'), [rustem])).toEqual(['rustem']);
  });

  it('a bare surname is not a person offered who has another surname', () => {
    expect(matchIdentities(nameSetOf(person('Umerov')), [], [known('smith', person('John Smith'))])).toEqual([]);
  });

  it('a bare surname stays unknown when two archived people have it', () => {
    expect(whoIs(person('Umerov'), [rustem, timur])).toEqual([]);
  });

  it('stay apart when one given name is spelled inside the other: "Ana Smith" is not "Nana Smith"', () => {
    expect(whoIs(person('Ana Smith'), [known('nana', person('Nana Smith'))])).toEqual([]);
  });

  it('stay apart when their given names differ past the first: "John Paul Smith" is not "John Peter Smith"', () => {
    const johnPaul = known('john-paul', person('John Paul Smith'));
    expect(whoIs(person('John Peter Smith'), [johnPaul])).toEqual([]);
  });

  it('a given name alone is no one', () => {
    expect(whoIs(person('Rustem', ['Rustem'], { givenNames: ['Rustem'] }), [rustem])).toEqual([]);
  });
});

describe('organisations and places', () => {
  it('are one by any shared folded name, whichever of the three kinds an article called them', () => {
    const nato = known('nato', { type: 'organisation', name: 'NATO', aliases: ['NATO', 'North Atlantic Alliance'] });
    expect(
      whoIs({ type: 'place', name: 'North Atlantic Alliance', aliases: ['North Atlantic Alliance'] }, [nato]),
    ).toEqual(['nato']);
  });

  it('are known by a one-word name and by their id', () => {
    const nato = known('nato', organisation('NATO'));
    expect(whoIs(organisation('NATO'), [nato])).toEqual(['nato']);
    expect(lookupKeys(nameSetOf(organisation('NATO', ['NATO'], 'nato')))).toEqual(['o:nato', 'o:#nato']);
    // Only a number at the end is the extractor's numbering.
    expect(nameSetOf(organisation('G 20 Summit', ['G 20 Summit'], 'g-20-summit')).id).toBe('g-20-summit');
    expect(nameSetOf(organisation('NATO')).surnames).toEqual([]);
  });

  it('take no id from the extractor’s fallback slug for a name with no Latin letter, nor from an empty one', () => {
    for (const id of ['place', 'place-2', 'organisation', 'country-3', '']) {
      expect(lookupKeys(nameSetOf({ type: 'place', name: 'Київ', aliases: ['Київ'], id }))).toEqual(['o:київ']);
    }
  });

  it('are not joined by a spelling that folds to nothing', () => {
    const one = known('one', organisation('Alpha Group', ['Alpha Group', ' ']));
    expect(whoIs(organisation('Beta Group', ['Beta Group', ' ']), [one])).toEqual([]);
  });

  it('are not a person found by surname, nor a person one found by key', () => {
    const washington = known('washington', { type: 'place', name: 'Washington', aliases: ['Washington'] });
    const george = known('george', person('George Washington'));
    expect(matchIdentities(nameSetOf(person('George Washington')), [], [washington])).toEqual([]);
    expect(
      matchIdentities(nameSetOf({ type: 'place', name: 'Washington', aliases: ['Washington'] }), [], [george]),
    ).toEqual([]);
    expect(matchIdentities(nameSetOf(person('George Washington')), [washington], [])).toEqual([]);
  });

  it('are never a person of the same name', () => {
    const washington = known('washington', { type: 'place', name: 'Washington', aliases: ['Washington'] });
    expect(whoIs(person('Washington'), [washington])).toEqual([]);
  });
});

describe('the name a card shows', () => {
  it('is the fullest one', () => {
    expect(fullestName(['Umerov', 'Rustem Umerov', 'R. Umerov'])).toBe('Rustem Umerov');
  });

  it('counts words, not spaces, then length; the first of equals wins', () => {
    expect(fullestName(['Rustem  Umerov', 'R. A. Umerov'])).toBe('R. A. Umerov');
    expect(fullestName(['R. A. Umerov', 'Rustem  Umerov'])).toBe('R. A. Umerov');
    expect(fullestName(['Ali Umerov', 'Ola Umerov'])).toBe('Ali Umerov');
    expect(fullestName(['R. Umerov', 'Rustem Umerov'])).toBe('Rustem Umerov');
    expect(fullestName(['Ali Umerov', 'Abdulrahmanovich'])).toBe('Ali Umerov');
    expect(fullestName(['Umerov'])).toBe('Umerov');
    expect(fullestName([])).toBe('');
  });
});
