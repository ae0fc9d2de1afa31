/**
 * A part stored as one JSON string (a pack's page, panel and details parts): read back as what it
 * parses to, or `undefined` when it is missing, not a string or not JSON. The callers check the
 * shape; a part that fails either way is damaged and read past.
 */
export function parseStoredJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
