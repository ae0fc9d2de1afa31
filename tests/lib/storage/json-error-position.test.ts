import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../lib/storage/json-error-position';

const valid = [
  '{}',
  '[]',
  ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": {}}} ',
  '[[[[]]], {"k": [{}]}]',
  '"just text"',
  '0',
];

describe('locating a JSON syntax error', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text)).toBeUndefined();
    }
  });

  it('points at a missing comma between properties', () => {
    expect(locateJsonError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      expected: '"," or "}" after a property value',
    });
  });

  it('points at a trailing comma, single quotes, a missing value and a cut-off file', () => {
    expect(locateJsonError('[1, 2, ]')).toMatchObject({
      line: 1,
      column: 8,
      expected: expect.stringMatching(/a value/),
    });
    expect(locateJsonError("{'a': 1}")).toMatchObject({ column: 2, expected: 'a property name in double quotes' });
    expect(locateJsonError('{"a": }')).toMatchObject({ column: 7, expected: expect.stringMatching(/a value/) });
    expect(locateJsonError('{"a": [1, 2')).toMatchObject({ expected: expect.stringMatching(/the file ends$/) });
    expect(locateJsonError('{"a": "line\nbreak"}')).toMatchObject({ line: 1, column: 12 });
    expect(locateJsonError('{} {}')).toMatchObject({ column: 4, expected: 'the end of the file after the value' });
  });

  it('survives a hostile, very deeply nested file', () => {
    expect(locateJsonError(`${'['.repeat(200_000)}x`)).toMatchObject({ line: 1, column: 200_001 });
  });
});
