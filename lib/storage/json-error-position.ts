/**
 * Where a JSON text first goes wrong, and what was expected there. Browsers word JSON.parse
 * errors differently and V8 sometimes gives no position at all (quoting the text instead),
 * so the options page finds the spot itself and names it by line and column.
 * Only called after JSON.parse has failed; it checks syntax without building values.
 */

export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  expected: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    throw new Stop(i, i >= text.length ? `${expected}, but the file ends` : expected);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail('a closing quote (")');
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            fail('four hex digits after \\u');
          }
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) {
          i += 2;
        } else {
          i++;
          fail('a valid escape after a backslash');
        }
        continue;
      }
      if (c < ' ') fail('no line break or control character inside a string');
      i++;
    }
  };
  // Nesting is walked with an explicit stack so a hostile, deeply nested file cannot overflow ours.
  const closers: string[] = [];
  /** Reads one value; true when it opened a non-empty object or array whose contents come next. */
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      ws();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        return false;
      }
      closers.push(close);
      if (close === '}') key();
      return true;
    }
    if (c === '"') {
      string();
      return false;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return false;
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return false;
    }
    return fail('a value (text in double quotes, a number, true, false, null, { or [)');
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail('a property name in double quotes');
    string();
    ws();
    if (text[i] !== ':') fail('":" after a property name');
    i++;
  };

  try {
    let opened = value();
    while (closers.length > 0) {
      if (opened) {
        opened = value();
        continue;
      }
      // A value has just ended inside an object or array: a comma or the closing bracket comes next.
      ws();
      const close = closers[closers.length - 1] as string;
      if (text[i] === ',') {
        i++;
        if (close === '}') key();
        opened = value();
      } else if (text[i] === close) {
        i++;
        closers.pop();
      } else {
        fail(close === '}' ? '"," or "}" after a property value' : '"," or "]" after an item');
      }
    }
    ws();
    if (i < text.length) fail('the end of the file after the value');
    return undefined;
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    const before = text.slice(0, stop.offset);
    const line = before.split('\n').length;
    return { line, column: stop.offset - before.lastIndexOf('\n'), expected: stop.expected };
  }
}
