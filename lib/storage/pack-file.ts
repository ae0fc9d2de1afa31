/**
 * A story pack file as the reader picked it, checked without storing anything: size, JSON
 * syntax (with the line and column of a mistake), keys that could rewrite a prototype, the
 * story format version, then the same validator as `npm run data:check`.
 */
import type { Story } from '../../data/schema';
import { jsonPath, validateStories } from '../../data/validate';
import { locateJsonError } from './json-error-position';
import { errorText, type Notice, notice } from './notice';
import { migratePack } from './pack-migrations';

/** Big enough for a long story with hundreds of entities; small enough to leave room in storage.local's quota. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
/** Keys that can rewrite an object's prototype when code copies a parsed object with spread or assign. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PackProblem {
  /** JSON path inside the file (`$.entities[3].aliases[0].text`); empty for the file as a whole. */
  path: string;
  /**
   * What is wrong: Backstory's own notice, or the story checker's words (`data/validate.ts`,
   * shared with `npm run data:check` and written for a story's editor), which stay English.
   */
  message: Notice | string;
}

export interface PackFile {
  name: string;
  /** Size in bytes as the file picker reports it, checked before the text is read. */
  size: number;
  text: string;
}

/** The size check, separate so the page can refuse a huge file before reading it into memory. */
export function sizeProblem(size: number): PackProblem | undefined {
  if (size <= MAX_PACK_BYTES) return undefined;
  return {
    path: '',
    message: notice('packTooLarge', { bytes: size }, { bytes: MAX_PACK_BYTES }),
  };
}

/** JSON.parse with the error turned into a line and column a reader can find in an editor. */
export function parseJson(text: string): { ok: true; data: unknown } | { ok: false; problem: PackProblem } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: { path: '', message: describeJsonError(errorText(error), text) } };
  }
}

function describeJsonError(raw: string, text: string): Notice {
  let located: ReturnType<typeof locateJsonError>;
  try {
    located = locateJsonError(text);
  } catch {
    located = undefined;
  }
  if (located) return notice('packNotJsonAt', String(located.line), String(located.column), located.expected);
  return notice('packNotJson', raw);
}

/** Every `__proto__`, `constructor` or `prototype` key anywhere in the tree (walked without recursion). */
export function forbiddenKeyProblems(data: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  type Key = string | number;
  const stack: { value: unknown; keys: Key[] }[] = [{ value: data, keys: [] }];
  while (stack.length > 0) {
    const { value, keys } = stack.pop() as { value: unknown; keys: Key[] };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], keys: [...keys, i] });
      continue;
    }
    // JSON.parse makes "__proto__" an own property, so Object.keys sees it.
    for (const key of Object.keys(value).reverse()) {
      const childKeys = [...keys, key];
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: jsonPath(childKeys), message: notice('packForbiddenKey', key) });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], keys: childKeys });
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Checks a file the reader picked, without storing anything: size, JSON syntax, forbidden keys,
 * story format version, then the story validator (with the bundled stories and stored packs as
 * `existing`, so ids and aliases that clash with them are caught).
 */
export function checkPackFile(
  file: PackFile,
  context: {
    bundled: readonly Story[];
    stored: readonly Story[];
    storedIndex: readonly { id: string; title: string }[];
  },
): { ok: true; story: Story; migratedFrom?: number } | { ok: false; problems: PackProblem[] } {
  const tooBig = sizeProblem(Math.max(file.size, file.text.length));
  if (tooBig) return { ok: false, problems: [tooBig] };
  if (file.text.trim() === '') return { ok: false, problems: [{ path: '', message: notice('packEmpty') }] };

  const parsed = parseJson(file.text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };

  const forbidden = forbiddenKeyProblems(parsed.data);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };

  const migrated = migratePack(parsed.data);
  if (!migrated.ok) return { ok: false, problems: [{ path: '$.schemaVersion', message: migrated.reason }] };

  const id = migrated.pack.id;
  if (typeof id === 'string') {
    const bundled = context.bundled.find((story) => story.id === id);
    if (bundled) {
      return {
        ok: false,
        problems: [{ path: '$.id', message: notice('packBundledId', id, bundled.title) }],
      };
    }
    const stored = context.storedIndex.find((pack) => pack.id === id);
    if (stored) {
      return {
        ok: false,
        problems: [
          {
            path: '$.id',
            message: notice('packAlreadyImported', id, stored.title),
          },
        ],
      };
    }
  }

  const { stories, problems } = validateStories([{ file: file.name, data: migrated.pack }], {
    existing: [...context.bundled, ...context.stored],
  });
  const story = stories[0];
  if (problems.length > 0 || !story) {
    return {
      ok: false,
      problems:
        problems.length > 0
          ? problems.map((p) => ({ path: p.path, message: p.message }))
          : [{ path: '', message: notice('packNoStory') }],
    };
  }
  return migrated.migratedFrom === undefined
    ? { ok: true, story }
    : { ok: true, story, migratedFrom: migrated.migratedFrom };
}
