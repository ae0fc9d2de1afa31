import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/matching/matcher';
import { buildMatcher, buildTables } from '../../../lib/matching/table-builder';
import type { AliasEntry } from '../../../lib/story/story-model';

function alias(entityId: string, text: string, extra: Partial<AliasEntry> = {}): AliasEntry {
  return { text, entityId, case: 'proper', requiresContext: false, contextEntities: [entityId], ...extra };
}

const entitiesIn = (aliases: AliasEntry[], text: string) =>
  findMentions(buildMatcher(aliases), text).map((m) => m.entityId);

describe('aliases that share a spelling', () => {
  it('name the entity of the ungated one, wherever the gated one stands in the catalog', () => {
    const gated = alias('us-government', 'Washington', { requiresContext: true });
    const city = alias('washington-dc', 'Washington');
    expect(entitiesIn([gated, city], 'Washington is a city.')).toEqual(['washington-dc']);
    expect(entitiesIn([city, gated], 'Washington is a city.')).toEqual(['washington-dc']);
  });

  it('name the entity that comes first in the catalog among equals', () => {
    const country = alias('georgia-country', 'Georgia');
    const state = alias('georgia-state', 'Georgia');
    expect(entitiesIn([country, state], 'Georgia voted.')).toEqual(['georgia-country']);
    expect(entitiesIn([state, country], 'Georgia voted.')).toEqual(['georgia-state']);
    const gated = alias('georgia-gated', 'Georgia', { requiresContext: true });
    expect(entitiesIn([gated, state, country], 'Georgia voted.')).toEqual(['georgia-state']);
  });
});

describe('a declension the validator would refuse', () => {
  it('leaves the alias matched as written, not the catalog without a matcher', () => {
    // German takes no declared paradigm: declension.ts refuses it.
    const refused = alias('kyiv', 'Kyjiw', { inflection: { lang: 'de', declension: 'noun', person: false } });
    expect(entitiesIn([refused], 'In Kyjiw und Kyjiws Umland.')).toEqual(['kyiv']);
  });
});

describe('a declined alias', () => {
  it('is matched only as written when its case is exact', () => {
    const exact = alias('ukraine', 'Україна', { case: 'exact', inflection: { lang: 'uk', person: false } });
    expect(entitiesIn([exact], 'Україна і в Україні.')).toEqual(['ukraine']);
    expect(entitiesIn([{ ...exact, case: 'proper' }], 'Україна і в Україні.')).toEqual(['ukraine', 'ukraine']);
  });

  it('has room in the tables for an oblique stem that shares no letter with the word', () => {
    const odd = alias('odd', 'Аб', {
      inflection: { lang: 'uk', person: false, declension: 'noun', obliqueStem: 'Вгдежз' },
    });
    expect(entitiesIn([odd], 'Аб і Вгдежзу.')).toEqual(['odd', 'odd']);
    const short = alias('short', 'Б', {
      inflection: { lang: 'uk', person: false, declension: 'noun', obliqueStem: 'Вгд' },
    });
    expect(entitiesIn([short], 'Б і Вгду.')).toEqual(['short', 'short']);
  });

  it('shares its endings with the aliases of its paradigm before it: the tables hold each ending set once', () => {
    const uk = { lang: 'uk', person: true } as const;
    const names = ['Ковальчук', 'Мельничук', 'Зеленський', 'Коломойський'];
    const tables = buildTables(names.map((name, i) => alias(`e${i}`, name, { inflection: uk })));
    const sets = tables.endingSets.map((set) => set.join(' '));
    expect(sets).toHaveLength(2);
    expect(new Set(sets).size).toBe(sets.length);
  });

  it('makes a fork only for the words that decline: one that does not goes straight on to the next', () => {
    const uk = { lang: 'uk', person: true } as const;
    // "Ді" takes no ending (a single, empty one); "Карло" declines.
    const tables = buildTables([alias('di-carlo', 'Ді Карло', { inflection: uk })]);
    expect(tables.forks.size).toBe(1);
    expect(entitiesIn([alias('di-carlo', 'Ді Карло', { inflection: uk })], 'Ді Карла і Ді Карлові.')).toEqual([
      'di-carlo',
      'di-carlo',
    ]);
  });
});
