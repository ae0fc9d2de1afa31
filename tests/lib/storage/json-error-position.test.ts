import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../lib/storage/json-error-position';
import { notice } from '../../../lib/storage/notice';
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

  it('finds an empty file wrong: it ends before any value', () => {
    for (const text of ['', '  \n']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(locateJsonError(text)?.expected).toEqual(notice('jsonButFileEnds', notice('jsonValue')));
    }
  });

  it('asks for a comma after an item or a property by what the missing comma sits in, not what closed before it', () => {
    expect(locateJsonError('[{"a": 1} {"b": 2}]')).toEqual({ line: 1, column: 11, expected: notice('jsonAfterItem') });
    expect(locateJsonError('{"a": [1] "b": 2}')).toEqual({
      line: 1,
      column: 11,
      expected: notice('jsonAfterProperty'),
    });
  });

  it('asks for the closing brace or bracket a file ends without', () => {
    expect(locateJsonError('{"a": 1')).toEqual({
      line: 1,
      column: 8,
      expected: notice('jsonButFileEnds', notice('jsonAfterProperty')),
    });
    expect(locateJsonError('[1, 2')).toEqual({
      line: 1,
      column: 6,
      expected: notice('jsonButFileEnds', notice('jsonAfterItem')),
    });
  });

  it('points at the end of a string that a line break cuts, with Windows or old Mac line endings too', () => {
    for (const text of ['{"a": "abc\r\n}', '{"a": "abc\r}', '{"a": "abc\n}']) {
      expect(locateJsonError(text)).toEqual({ line: 1, column: 11, expected: notice('jsonQuoteBeforeLineEnd') });
    }
  });

  it('asks for a digit where a number stops short', () => {
    expect(locateJsonError('[1.]')).toEqual({ line: 1, column: 4, expected: notice('jsonDigit') });
    expect(locateJsonError('[1e]')).toEqual({ line: 1, column: 4, expected: notice('jsonDigit') });
  });

  it('names a comma before a closing sign only when a comma is what comes before it', () => {
    expect(locateJsonError('[1, }')).toEqual({
      line: 1,
      column: 5,
      expected: notice('jsonValueAfterComma', notice('jsonValue'), '}'),
    });
    expect(locateJsonError('{"a": ]}')).toEqual({ line: 1, column: 7, expected: notice('jsonValue') });
    expect(locateJsonError('[1, :]')).toEqual({ line: 1, column: 5, expected: notice('jsonValue') });
  });

  it('asks for a property name or a value by where a stray word stands', () => {
    expect(locateJsonError('{1: 2}')).toEqual({ line: 1, column: 2, expected: notice('jsonPropertyName') });
    expect(locateJsonError('{"a": 1, x}')).toEqual({ line: 1, column: 10, expected: notice('jsonPropertyName') });
    expect(locateJsonError('[1, x]')).toEqual({ line: 1, column: 5, expected: notice('jsonValue') });
  });

  it('asks for double quotes where a text opens with a single one, however it ends', () => {
    expect(locateJsonError("{'a b': 1}")).toEqual({ line: 1, column: 2, expected: notice('jsonDoubleQuotes') });
    expect(locateJsonError("{a': 1}")).toEqual({ line: 1, column: 2, expected: notice('jsonPropertyName') });
  });
});
