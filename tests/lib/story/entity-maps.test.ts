import { describe, expect, it } from 'vitest';
import { joinEntities } from '../../../lib/story/entity-maps';

const map = (...keys: string[]) => new Map(keys.map((key) => [key, `${key}:${keys.join('')}`]));

describe('two catalogs’ entities joined', () => {
  it('are the first’s then the second’s others, in order, a shared one told by the entity standing for both', () => {
    const first = map('a', 'b', 'c');
    const second = map('c', 'd', 'b', 'e');
    const joined = joinEntities(
      first,
      second,
      new Map([
        ['b', 'both b'],
        ['c', 'both c'],
      ]),
    );
    const expected: [string, string][] = [
      ['a', 'a:abc'],
      ['b', 'both b'],
      ['c', 'both c'],
      ['d', 'd:cdbe'],
      ['e', 'e:cdbe'],
    ];
    expect([...joined]).toEqual(expected);
    expect([...joined.keys()]).toEqual(expected.map(([key]) => key));
    expect([...joined.values()]).toEqual(expected.map(([, value]) => value));
    const seen: string[] = [];
    joined.forEach((value, key) => {
      seen.push(`${key}=${value}`);
    });
    expect(seen).toEqual(expected.map(([key, value]) => `${key}=${value}`));
    expect(joined.size).toBe(5);
    expect(joined.get('e')).toBe('e:cdbe');
    expect(joined.get('z')).toBeUndefined();
    expect(joined.has('d') && joined.has('a') && !joined.has('z')).toBe(true);
  });

  it('are the other map itself when one is empty, and neither map changes', () => {
    const first = map('a');
    expect(joinEntities(first, new Map(), new Map())).toBe(first);
    expect(joinEntities(new Map(), first, new Map())).toBe(first);
    joinEntities(first, map('b'), new Map());
    expect([...first.keys()]).toEqual(['a']);
  });
});
