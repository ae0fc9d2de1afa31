import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../lib/storage/json-error-position';
import { inEnglish, say } from '../../helpers/messages';

const folder = path.resolve(__dirname, '../../fixtures/malformed-json');
const MALFORMED: { file: string; line: number; column: number; expected: string; about: string }[] = JSON.parse(
  readFileSync(path.join(folder, 'expected.json'), 'utf8'),
).files;

const valid = [
  '{}',
  '[]',
  ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": {}}} ',
  '[[[[]]], {"k": [{}]}]',
  '"just text"',
  '0',
  readFileSync(path.resolve(__dirname, '../../fixtures/packs/valid-pack.json'), 'utf8'),
];

describe('locating a JSON syntax error', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text)).toBeUndefined();
    }
  });

  it.each(MALFORMED)('$file ($about): line $line, column $column', ({ file, line, column, expected }) => {
    const text = readFileSync(path.join(folder, file), 'utf8');
    expect(() => JSON.parse(text)).toThrow();
    const found = locateJsonError(text);
    expect(found).toMatchObject({ line, column });
    expect(say(found?.expected)).toMatch(new RegExp(expected));
  });

  it('says what a comment or a trailing comma is, since strict JSON allows neither', () => {
    expect(inEnglish(locateJsonError('{"a": 1 // why\n}'))).toEqual({
      line: 1,
      column: 9,
      expected: 'no comment (JSON has no comments)',
    });
    expect(inEnglish(locateJsonError('{"a": 1,\n}'))).toEqual({
      line: 2,
      column: 1,
      expected: 'a property name after the comma (JSON allows no comma before "}")',
    });
  });

  it('points inside a string at the character that breaks it, not at the string’s start', () => {
    expect(locateJsonError('{"a": "line\nbreak"}')).toMatchObject({ line: 1, column: 12 });
    expect(locateJsonError('{"a": "tab\there"}')).toMatchObject({ line: 1, column: 11 });
    expect(locateJsonError('{"a": "\\x41"}')).toMatchObject({ line: 1, column: 9 });
  });

  it('counts columns from the last line break, whatever the line endings', () => {
    expect(locateJsonError('{\r\n  "a": 1\r\n  "b": 2\r\n}')).toMatchObject({ line: 3, column: 3 });
  });
});
