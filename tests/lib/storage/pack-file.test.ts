import { describe, expect, it } from 'vitest';
import {
  checkPackFile,
  forbiddenKeyProblems,
  MAX_PACK_BYTES,
  parseJson,
  sizeProblem,
} from '../../../lib/storage/pack-file';
import { say, sayInUkrainian } from '../../helpers/messages';

describe('checking a pack file before anything is stored', () => {
  it('names the line and column whatever wording the browser uses', () => {
    const result = parseJson('{"a": }');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.problem.message)).toMatch(/at line 1, column \d+/);
  });

  it('says where the JSON goes wrong and what belongs there in Ukrainian, the file’s end included', () => {
    const missing = parseJson('{"a": }');
    expect(missing.ok ? '' : sayInUkrainian(missing.problem.message)).toBe(
      'Файл не є коректним JSON: рядок 1, позиція 7. Тут очікується значення (текст у подвійних лапках, число, true, false, null, { або [).',
    );
    const cut = parseJson('{"a": [1, 2');
    expect(cut.ok ? '' : say(cut.problem.message)).toBe(
      'The file is not valid JSON at line 1, column 12: expected "," or "]" after an item, but the file ends.',
    );
    expect(cut.ok ? '' : sayInUkrainian(cut.problem.message)).toBe(
      'Файл не є коректним JSON: рядок 1, позиція 12. Тут очікується "," або "]" після елемента, але файл закінчується.',
    );
  });

  it('still says the file is not valid JSON, in the browser’s words, when it is nested too deep to locate', () => {
    const result = parseJson(`${'['.repeat(200_000)}x`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.problem.message)).toMatch(/^The file is not valid JSON: \S/);
  });

  it('finds forbidden keys deep in arrays, and in keys that need quoting', () => {
    const data = JSON.parse('{"a":[{"b":{"prototype":1}}],"odd key":{"__proto__":{}}}');
    expect(forbiddenKeyProblems(data).map((p) => p.path)).toEqual(['$.a[0].b.prototype', '$["odd key"].__proto__']);
  });

  it('refuses a file over the size limit before reading it, saying both sizes', () => {
    expect(sizeProblem(2 * 1024 * 1024)).toBeUndefined();
    const problem = sizeProblem(3 * 1024 * 1024);
    expect(problem && say(problem.message)).toBe('The file is 3.0 MB; a story pack can be at most 2.0 MB.');
    expect(problem && sayInUkrainian(problem.message)).toBe(
      'Розмір файлу — 3,0 МБ, а пакет історії може займати щонайбільше 2,0 МБ.',
    );
  });

  it('lists forbidden keys in path order, whatever order it finds them in, constructor included', () => {
    const data = JSON.parse('{"a":{"prototype":1},"constructor":{"b":1},"list":[{"__proto__":1}]}');
    expect(forbiddenKeyProblems(data).map((p) => p.path)).toEqual([
      '$.a.prototype',
      '$.constructor',
      '$.list[0].__proto__',
    ]);
    expect(forbiddenKeyProblems([1, 'text', null])).toEqual([]);
  });

  it('refuses a file whose text is over the limit even when the picker reported it small', () => {
    const text = ' '.repeat(MAX_PACK_BYTES + 1);
    const result = checkPackFile({ name: 'p.json', size: 10, text }, { bundled: [], stored: [], storedIndex: [] });
    expect(result.ok ? '' : say(result.problems[0]?.message)).toMatch(
      /^The file is 2\.0 MB; a story pack can be at most/,
    );
  });

  it('parses a valid file whole, and puts a syntax error or an empty file on the file as a whole', () => {
    expect(parseJson('{"a": [1, "b"]}')).toEqual({ ok: true, data: { a: [1, 'b'] } });
    const broken = parseJson('{"a": }');
    expect(broken.ok ? undefined : broken.problem.path).toBe('');
    const empty = checkPackFile({ name: 'e.json', size: 1, text: ' ' }, { bundled: [], stored: [], storedIndex: [] });
    expect(empty.ok ? undefined : empty.problems.map((p) => p.path)).toEqual(['']);
  });
});
