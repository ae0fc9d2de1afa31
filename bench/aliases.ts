/**
 * Deterministic alias lists for the benchmark: the seed story's aliases, padded with generated
 * people (Latin and Cyrillic), places and acronyms up to 1,000 and 10,000 names.
 */
import type { AliasEntry } from '../lib/story/story-model';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same names. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  'Anna Boris Carla Dmitri Elena Farid Greta Hugo Irina Jonas Kira Lukas Marta Nikolai Olga Pavel Quentin Rosa Sergei Tomas Ursula Viktor Wanda Xavier Yulia Zoran Amir Beatriz Chen Dario Emre Fatima Goran Hana Ivan Jana Kemal Lena Mehmet Nadia'.split(
    ' ',
  );
const LATIN =
  'ka ro vin mel dor sa ni te bru lo vic an ter zo gal mi sha pe lin kov ski ber ton ric ha del mar fen gu sto ra vel chen oz dem yil ma tur'.split(
    ' ',
  );
const CYRILLIC = 'ко ва ли на шен ро ми ло ско ев да ре тин ба го ма ру бов нов ски чук'.split(' ');
const PLACE_SUFFIX = ['burg', 'grad', 'ova', 'stad', 'abad', 'polis', 'ville', 'shire'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function word(
  pick: <T>(list: readonly T[]) => T,
  syllables: readonly string[],
  min: number,
  max: number,
  rand: () => number,
) {
  const count = min + Math.floor(rand() * (max - min + 1));
  let out = '';
  for (let i = 0; i < count; i++) out += pick(syllables);
  return capital(out);
}

export function generateAliases(seed: readonly AliasEntry[], total: number): AliasEntry[] {
  const rand = prng(20250516);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const out = [...seed];
  const seen = new Set(out.map((a) => a.text));
  let n = 0;
  const push = (entry: AliasEntry) => {
    if (out.length >= total || seen.has(entry.text)) return;
    seen.add(entry.text);
    out.push(entry);
  };
  while (out.length < total) {
    const id = `generated-${n++}`;
    const kind = rand();
    const base = { entityId: id, case: 'proper' as const, requiresContext: false, contextEntities: [id] };
    if (kind < 0.6) {
      const surname = word(pick, LATIN, 2, 3, rand);
      push({ ...base, text: `${pick(FIRST)} ${surname}` });
      push({ ...base, text: surname });
    } else if (kind < 0.75) {
      const surname = word(pick, CYRILLIC, 2, 3, rand);
      push({ ...base, text: surname });
      push({ ...base, text: `${surname}а` });
    } else if (kind < 0.95) {
      push({ ...base, text: word(pick, LATIN, 1, 2, rand) + pick(PLACE_SUFFIX) });
    } else {
      const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      let acronym = '';
      for (let i = 0, len = 3 + Math.floor(rand() * 2); i < len; i++) acronym += pick([...letters]);
      push({ ...base, case: 'exact', text: acronym });
    }
  }
  return out;
}
