/**
 * A story pack with many entities, made on the fly (never committed: at 10,000 entities it runs to
 * megabytes; sizes in docs/decisions/0021), valid for `checkPackFile`. Deterministic: the same count gives the same pack. The names
 * are invented from syllables, so a page written from `bigPackNames` finds them and nothing else.
 */

const FIRST = 'Anna Boris Carla Dmitri Elena Farid Greta Hugo Irina Jonas Kira Lukas Marta Nikolai Olga Pavel'.split(
  ' ',
);
const SYLLABLES =
  'ka ro vin mel dor sa ni te bru lo vic an ter zo gal mi sha pe lin kov ski ber ton ric ha del mar fen'.split(' ');

/** The `index`th invented surname: unique for every index (a number written in syllables). */
function surname(index: number): string {
  let n = index;
  let out = '';
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  // Three syllables at least, so no surname is a common word.
  while (out.length < 7) out += 'vel';
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export interface BigPackName {
  entityId: string;
  name: string;
  surname: string;
}

/** The full names of the pack's entities, in order. */
export function bigPackNames(count: number): BigPackName[] {
  return Array.from({ length: count }, (_, i) => {
    const last = surname(i + 1);
    return { entityId: `p${i + 1}`, name: `${FIRST[i % FIRST.length]} ${last}`, surname: last };
  });
}

/** The pack as a parsed JSON object (a fresh copy each call). */
export function bigPack(count: number, id = 'big-pack'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id,
    title: `A story with ${count} people`,
    article: {
      headline: `${count} people in one story`,
      source: 'Backstory test generator',
      date: '2026-12-06',
      sentences: [{ id: 's1', text: 'Many people took part in the talks.' }],
      summary: ['s1'],
    },
    positions: [],
    timeline: [],
    figures: [],
    quotes: [],
    entities: bigPackNames(count).map(({ entityId, name }) => ({
      id: entityId,
      type: 'person',
      name,
      aliases: [{ text: name }],
      role: { text: 'Delegate', sources: ['s1'] },
      description: 'Delegate.',
      side: 'other',
      facts: [],
      relations: [],
    })),
    references: [],
  };
}
