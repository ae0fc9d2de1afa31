/**
 * Where two zips that should be byte-identical differ, in words: the entries' names or order,
 * one entry's header (time, method, attributes) or content, or the bytes around them. Pure.
 */
import { zipEntries } from './zip-entries';

/** undefined when the two are byte-identical. */
export function zipDifference(first: Buffer, second: Buffer): string | undefined {
  if (first.equals(second)) return undefined;
  const a = zipEntries(first);
  const b = zipEntries(second);
  const namesA = a.map((entry) => entry.name);
  const namesB = b.map((entry) => entry.name);
  const onlyA = namesA.filter((name) => !namesB.includes(name));
  const onlyB = namesB.filter((name) => !namesA.includes(name));
  if (onlyA.length > 0 || onlyB.length > 0) {
    return `different files: only in the first ${list(onlyA)}; only in the second ${list(onlyB)}`;
  }
  const moved = namesA.findIndex((name, i) => name !== namesB[i]);
  if (moved >= 0) return `the same files in another order, from ${namesA[moved]}`;
  for (const [i, entry] of a.entries()) {
    const other = b[i] as (typeof b)[number];
    if (!entry.data.equals(other.data)) return `${entry.name} has different content`;
    if (!entry.header.equals(other.header))
      return `${entry.name} has a different header (time, compression or attributes)`;
  }
  return 'the same entries, different bytes around them';
}

function list(names: string[]): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
