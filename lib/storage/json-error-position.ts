/**
 * Where a JSON text first goes wrong, and what was expected there, for the options page to name
 * by line and column: browsers word JSON.parse errors differently, and V8 often gives no position
 * at all (it quotes the text instead). Only called after JSON.parse has failed, so strict JSON is
 * still what JSON.parse accepts; this only finds the spot.
 *
 * jsonc-parser scans and parses (comments and trailing commas reported as errors, as strict JSON
 * has neither); this file words its first error for a reader, and narrows an error inside a
 * string or a number, which the parser reports at the token's start, to the character itself
 * (docs/decisions/0016-registrable-domains-json-locations-and-dates-from-libraries.md).
 */
import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { type Notice, notice } from './notice';

export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** What should stand there, for the reader (in JSON's own signs where it names them). */
  expected: Notice;
}

const A_VALUE = notice('jsonValue');
const AFTER_PROPERTY = notice('jsonAfterProperty');
const AFTER_ITEM = notice('jsonAfterItem');

interface FirstError {
  code: ParseErrorCode;
  offset: number;
  length: number;
  /** The innermost object or array the error is in, if any. */
  container: '{' | '[' | undefined;
}

class Found {
  constructor(readonly error: FirstError) {}
}

export function locateJsonError(text: string): JsonSyntaxError | undefined {
  const first = firstError(text);
  if (!first) return undefined;
  const { offset, expected } = describe(text, first);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), expected };
}

function firstError(text: string): FirstError | undefined {
  const containers: ('{' | '[')[] = [];
  try {
    visit(
      text,
      {
        onObjectBegin: () => void containers.push('{'),
        onObjectEnd: () => void containers.pop(),
        onArrayBegin: () => void containers.push('['),
        onArrayEnd: () => void containers.pop(),
        // Thrown to stop at the first error: the parser would go on, recovering.
        onError: (code, offset, length) => {
          throw new Found({ code, offset, length, container: containers.at(-1) });
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (stop) {
    if (stop instanceof Found) return stop.error;
    throw stop;
  }
  return undefined;
}

/** The error's spot and what a reader should put there. */
function describe(text: string, error: FirstError): { offset: number; expected: Notice } {
  const { code, offset, length, container } = error;
  const token = text.slice(offset, offset + length);
  const end = offset + length;
  const atEnd = (spot: number, expected: Notice) => ({
    offset: spot,
    expected: spot >= text.length ? notice('jsonButFileEnds', expected) : expected,
  });
  const previous = previousSignificant(text, offset);
  const afterComma = previous === ',';
  // The code's name: ParseErrorCode is a const enum, which isolated modules cannot read.
  switch (printParseErrorCode(code)) {
    case 'UnexpectedEndOfString':
      // The string token stops at the line break or at the end of the file.
      return text[end] === '\n' || text[end] === '\r'
        ? { offset: end, expected: notice('jsonQuoteBeforeLineEnd') }
        : atEnd(end, notice('jsonClosingQuote'));
    case 'InvalidCharacter':
      return {
        // The first character below U+0020.
        offset: offset + Math.max(token.search(/[^ -\uffff]/), 0),
        expected: notice('jsonNoControl'),
      };
    case 'InvalidEscapeCharacter': {
      const backslash = token.search(/\\[^"\\/bfnrtu]/);
      return { offset: offset + Math.max(backslash, 0) + 1, expected: notice('jsonValidEscape') };
    }
    case 'InvalidUnicode': {
      const unicode = /\\u[0-9a-fA-F]{0,3}(?![0-9a-fA-F])/.exec(token);
      const spot = unicode ? offset + unicode.index + unicode[0].length : offset;
      return atEnd(spot, notice('jsonHexDigits'));
    }
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return atEnd(end, notice('jsonDigit'));
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset, expected: notice('jsonNoComment') };
    case 'ValueExpected':
      if (afterComma && (token === ']' || token === '}')) {
        return { offset, expected: notice('jsonValueAfterComma', A_VALUE, token) };
      }
      return atEnd(offset, A_VALUE);
    case 'PropertyNameExpected':
      if (afterComma && token === '}') {
        return { offset, expected: notice('jsonNameAfterComma') };
      }
      return atEnd(offset, notice('jsonPropertyName'));
    case 'ColonExpected':
      return atEnd(offset, notice('jsonColon'));
    case 'CommaExpected':
      return atEnd(offset, container === '[' ? AFTER_ITEM : AFTER_PROPERTY);
    case 'CloseBraceExpected':
      return atEnd(offset, AFTER_PROPERTY);
    case 'CloseBracketExpected':
      return atEnd(offset, AFTER_ITEM);
    case 'EndOfFileExpected':
      return { offset, expected: notice('jsonEndOfFile') };
    case 'InvalidSymbol':
      if (token.startsWith("'")) return { offset, expected: notice('jsonDoubleQuotes') };
      return {
        offset,
        expected: container === '{' && (afterComma || previous === '{') ? notice('jsonPropertyName') : A_VALUE,
      };
    default:
      return atEnd(offset, A_VALUE);
  }
}

/** The last character before `offset` that is not JSON whitespace. */
function previousSignificant(text: string, offset: number): string | undefined {
  let i = offset - 1;
  while (i >= 0 && ' \t\n\r'.includes(text[i] as string)) i--;
  return i >= 0 ? text[i] : undefined;
}
