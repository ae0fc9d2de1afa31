/**
 * Matcher tables in a form `toEqual` compares quickly and just as exactly: each typed array becomes
 * one string of its type and bytes. `toEqual` walks a typed array one element at a time, and a
 * table set holds over a hundred thousand elements (the root's 64K slots among them), which put a
 * few comparisons of a real catalog's tables near vitest's test timeout on a loaded machine.
 */
export function comparableTables(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
    return `${value.constructor.name}(${bytes})`;
  }
  if (value === null || typeof value !== 'object' || value instanceof RegExp) return value;
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, comparableTables(item)]));
  if (Array.isArray(value)) return value.map(comparableTables);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, comparableTables(item)]));
}
