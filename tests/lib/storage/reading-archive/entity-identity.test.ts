import { describe, expect, it } from 'vitest';
import type { EntityNames } from '../../../../lib/storage/reading-archive/archive-contract';
import {
  fullestName,
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

  it('a bare surname stays unknown when two archived people have it', () => {
    expect(whoIs(person('Umerov'), [rustem, timur])).toEqual([]);
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

  it('are never a person of the same name', () => {
    const washington = known('washington', { type: 'place', name: 'Washington', aliases: ['Washington'] });
    expect(whoIs(person('Washington'), [washington])).toEqual([]);
  });
});

describe('the name a card shows', () => {
  it('is the fullest one', () => {
    expect(fullestName(['Umerov', 'Rustem Umerov', 'R. Umerov'])).toBe('Rustem Umerov');
  });
});
