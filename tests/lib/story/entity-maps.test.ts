import { describe, expect, it } from 'vitest';
import { holdsLine, joinEntities, storyEntities } from '../../../lib/story/entity-maps';
import type { EntityOutline, StoryOutline } from '../../../lib/story/story-model';

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

describe('a stored story’s entities asked whether they hold an id', () => {
  const ids = ['p1', 'p10', 'xp2', 'p2x', 'q'];
  const story = {
    id: 'pack',
    title: 'A pack',
    entities: ids.map((id) => ({ id, type: 'person' as const, name: id, aliases: [] })),
  } as unknown as StoryOutline & { entities: readonly EntityOutline[] };

  it('hold exactly their ids, read from the stored lines, not one an id starts or ends, nor an empty one', () => {
    const entities = storyEntities(story, ids, ids.join('\n'));
    for (const id of ids) expect(entities.has(id)).toBe(true);
    for (const other of ['p', 'p0', '1', 'x', 'p2', '', 'p1\np10', 'qq']) expect(entities.has(other)).toBe(false);
  });

  it('answer the same once an entity was read (the index made), and with no stored lines', () => {
    const entities = storyEntities(story, ids, ids.join('\n'));
    expect(entities.get('p10')?.name).toBe('p10');
    const plain = storyEntities(story, ids);
    for (const id of [...ids, 'p', 'p2', ''])
      expect([entities.has(id), plain.has(id)]).toEqual([ids.includes(id), ids.includes(id)]);
  });

  it('answer from the stored lines without reading the ids one by one (a big pack’s index is made only for an entity read)', () => {
    let read = 0;
    const counted = new Proxy([...ids], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver);
      },
    });
    const entities = storyEntities(story, counted, ids.join('\n'));
    expect([entities.has('p10'), entities.has('p3')]).toEqual([true, false]);
    expect(read).toBe(0);
    entities.get('q');
    expect(read).toBe(ids.length);
  });

  it('finds an id as a whole line wherever it stands, after a line it also ends', () => {
    expect(holdsLine('ap\np', 'p')).toBe(true);
    expect(holdsLine('pa\nap', 'p')).toBe(false);
    expect(holdsLine('p', 'p')).toBe(true);
  });
});
