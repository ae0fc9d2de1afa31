import { describe, expect, it } from 'vitest';
import { parseStoredJson } from '../../../lib/storage/stored-json';

describe('a part stored as one JSON string', () => {
  it('reads back as what it parses to', () => {
    expect(parseStoredJson('{"id":"p","entities":[]}')).toEqual({ id: 'p', entities: [] });
  });

  it('is nothing when missing, not a string or not JSON', () => {
    for (const value of [undefined, null, 42, { id: 'p' }, '{"id": "p', ''])
      expect(parseStoredJson(value)).toBeUndefined();
  });
});
