/**
 * Story packs the reader imports: checked by the same validator as `npm run data:check`,
 * then stored under versioned keys so an extension update keeps them.
 *
 * Every change is one storage write (or a write followed by a clean-up), so a failure — a bad
 * file, a quota error — leaves what was stored exactly as it was.
 *
 * Layout: `packs:v1:index` lists the packs (what the options page shows, and whether each is on);
 * `pack:v1:<story id>` holds each story.
 */
import * as v from 'valibot';
import { type Story, StorySchema } from '../data/schema';
import { validateStories } from '../data/validate';
import { locateJsonError } from './json-error-position';
import { migratePack } from './pack-migrations';
import { describeStorageError, type StorageAreaLike, type StorageChanges } from './storage-area';

export const PACK_INDEX_KEY = 'packs:v1:index';
const PACK_KEY_PREFIX = 'pack:v1:';
/** Big enough for a long story with hundreds of entities; small enough to leave room in storage.local's 10 MB. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
/** Keys that can rewrite an object's prototype when code copies a parsed object with spread or assign. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const PackMetaSchema = v.object({
  id: v.string(),
  title: v.string(),
  /** The story's date (its article's date), as the story gives it. */
  date: v.string(),
  entityCount: v.number(),
  enabled: v.boolean(),
  importedAt: v.string(),
  fileName: v.string(),
});
export type PackMeta = v.InferOutput<typeof PackMetaSchema>;
const PackIndexSchema = v.array(PackMetaSchema);

export interface PackProblem {
  /** JSON path inside the file (`$.entities[3].aliases[0].text`); empty for the file as a whole. */
  path: string;
  message: string;
}

export interface PackFile {
  name: string;
  /** Size in bytes as the file picker reports it, checked before the text is read. */
  size: number;
  text: string;
}

export type ImportResult = { ok: true; pack: PackMeta; migratedFrom?: number } | { ok: false; problems: PackProblem[] };

export const packKey = (id: string) => `${PACK_KEY_PREFIX}${id}`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The size check, separate so the page can refuse a huge file before reading it into memory. */
export function sizeProblem(size: number): PackProblem | undefined {
  if (size <= MAX_PACK_BYTES) return undefined;
  return {
    path: '',
    message: `The file is ${formatBytes(size)}; a story pack can be at most ${formatBytes(MAX_PACK_BYTES)}.`,
  };
}

/** JSON.parse with the error turned into a line and column a reader can find in an editor. */
export function parseJson(text: string): { ok: true; data: unknown } | { ok: false; problem: PackProblem } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: '', message: describeJsonError(raw, text) } };
  }
}

function describeJsonError(raw: string, text: string): string {
  let located: ReturnType<typeof locateJsonError>;
  try {
    located = locateJsonError(text);
  } catch {
    located = undefined;
  }
  if (located)
    return `The file is not valid JSON at line ${located.line}, column ${located.column}: expected ${located.expected}.`;
  return `The file is not valid JSON: ${raw}`;
}

/** Every `__proto__`, `constructor` or `prototype` key anywhere in the tree (walked without recursion). */
export function forbiddenKeyProblems(data: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '$' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    // JSON.parse makes "__proto__" an own property, so Object.keys sees it.
    for (const key of Object.keys(value).reverse()) {
      const childPath = joinPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: childPath, message: `The key "${key}" is not allowed in a story pack.` });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The same path notation as data/validate.ts: `$.entities[3]["odd key"]`. */
function joinPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Checks a file the reader picked, without storing anything: size, JSON syntax, forbidden keys,
 * story format version, then the story validator (with the bundled stories and stored packs as
 * `existing`, so ids and aliases that clash with them are caught).
 */
function checkPackFile(
  file: PackFile,
  context: { bundled: readonly Story[]; stored: readonly Story[]; storedIndex: readonly PackMeta[] },
): { ok: true; story: Story; migratedFrom?: number } | { ok: false; problems: PackProblem[] } {
  const tooBig = sizeProblem(Math.max(file.size, file.text.length));
  if (tooBig) return { ok: false, problems: [tooBig] };
  if (file.text.trim() === '') return { ok: false, problems: [{ path: '', message: 'The file is empty.' }] };

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
        problems: [
          { path: '$.id', message: `"${id}" is the id of a story that comes with Backstory (${bundled.title}).` },
        ],
      };
    }
    const stored = context.storedIndex.find((pack) => pack.id === id);
    if (stored) {
      return {
        ok: false,
        problems: [
          {
            path: '$.id',
            message: `A pack with the id "${id}" is already imported (${stored.title}). Delete it first to replace it.`,
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
          : [{ path: '', message: 'The file holds no story.' }],
    };
  }
  return migrated.migratedFrom === undefined
    ? { ok: true, story }
    : { ok: true, story, migratedFrom: migrated.migratedFrom };
}

export interface PackList {
  packs: PackMeta[];
  /** Damage found in storage, in words for the reader. */
  problems: string[];
}

/**
 * The stored packs. A damaged index is rebuilt from the packs themselves (and reported) rather
 * than read as empty: an empty list would let the next import overwrite the reader's packs.
 */
export async function listPacks(area: StorageAreaLike): Promise<PackList> {
  const stored = await area.get(PACK_INDEX_KEY);
  const raw = stored[PACK_INDEX_KEY];
  if (raw === undefined || raw === null) return { packs: [], problems: [] };
  const parsed = v.safeParse(PackIndexSchema, raw);
  if (parsed.success) return { packs: parsed.output, problems: [] };

  const everything = await area.get(null);
  const packs: PackMeta[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(PACK_KEY_PREFIX)) continue;
    const story = readStoredStory(value);
    if (story.ok) packs.push(metaFor(story.story, { enabled: true, fileName: `${story.story.id}.json` }));
  }
  return {
    packs,
    problems: ['The list of imported story packs was damaged; it has been rebuilt from the packs themselves.'],
  };
}

function metaFor(story: Story, extra: { enabled: boolean; fileName: string; importedAt?: string }): PackMeta {
  return {
    id: story.id,
    title: story.title,
    date: story.article.date,
    entityCount: story.entities.length,
    enabled: extra.enabled,
    importedAt: extra.importedAt ?? new Date().toISOString(),
    fileName: extra.fileName,
  };
}

/** A stored story, upgraded if an extension update changed the format since it was imported. */
function readStoredStory(value: unknown): { ok: true; story: Story } | { ok: false; reason: string } {
  const migrated = migratePack(value);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const parsed = v.safeParse(StorySchema, migrated.pack);
  if (!parsed.success) return { ok: false, reason: v.summarize(parsed.issues) };
  return { ok: true, story: parsed.output };
}

async function loadStoredStories(
  area: StorageAreaLike,
  ids: readonly string[],
): Promise<{ stories: Story[]; problems: string[] }> {
  if (ids.length === 0) return { stories: [], problems: [] };
  const stored = await area.get(ids.map(packKey));
  const stories: Story[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const value = stored[packKey(id)];
    if (value === undefined) {
      problems.push(`The story pack "${id}" is missing from storage.`);
      continue;
    }
    const read = readStoredStory(value);
    if (read.ok) stories.push(read.story);
    else problems.push(`The story pack "${id}" could not be read: ${read.reason}`);
  }
  return { stories, problems };
}

/** The stories of the packs that are switched on: what the content script and panels add to the bundled ones. */
export async function loadEnabledPackStories(area: StorageAreaLike): Promise<{ stories: Story[]; problems: string[] }> {
  const { packs, problems } = await listPacks(area);
  const loaded = await loadStoredStories(
    area,
    packs.filter((pack) => pack.enabled).map((pack) => pack.id),
  );
  return { stories: loaded.stories, problems: [...problems, ...loaded.problems] };
}

export async function importPack(
  area: StorageAreaLike,
  file: PackFile,
  options: { bundled: readonly Story[]; now?: Date },
): Promise<ImportResult> {
  const { packs } = await listPacks(area);
  const stored = await loadStoredStories(
    area,
    packs.map((pack) => pack.id),
  );
  const checked = checkPackFile(file, { bundled: options.bundled, stored: stored.stories, storedIndex: packs });
  if (!checked.ok) return checked;

  const meta = metaFor(checked.story, {
    enabled: true,
    fileName: file.name,
    importedAt: (options.now ?? new Date()).toISOString(),
  });
  try {
    // One write holding both keys: the browser applies it whole or not at all.
    await area.set({ [packKey(meta.id)]: checked.story, [PACK_INDEX_KEY]: [...packs, meta] });
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: describeStorageError(error) }] };
  }
  return checked.migratedFrom === undefined
    ? { ok: true, pack: meta }
    : { ok: true, pack: meta, migratedFrom: checked.migratedFrom };
}

export type ChangeResult = { ok: true } | { ok: false; message: string };

export async function setPackEnabled(area: StorageAreaLike, id: string, on: boolean): Promise<ChangeResult> {
  const { packs } = await listPacks(area);
  if (!packs.some((pack) => pack.id === id)) return { ok: false, message: `No story pack "${id}" is imported.` };
  try {
    await area.set({ [PACK_INDEX_KEY]: packs.map((pack) => (pack.id === id ? { ...pack, enabled: on } : pack)) });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

export async function deletePack(area: StorageAreaLike, id: string): Promise<ChangeResult> {
  const { packs } = await listPacks(area);
  if (!packs.some((pack) => pack.id === id)) return { ok: false, message: `No story pack "${id}" is imported.` };
  try {
    // The index first: if the clean-up below fails, the pack is gone from the list and a leftover key is harmless.
    await area.set({ [PACK_INDEX_KEY]: packs.filter((pack) => pack.id !== id) });
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  await area.remove(packKey(id)).catch(() => {});
  return { ok: true };
}

/** The pack as a file the reader can keep or share: the stored story, pretty-printed. */
export async function exportPack(
  area: StorageAreaLike,
  id: string,
): Promise<{ ok: true; fileName: string; json: string } | { ok: false; message: string }> {
  const loaded = await loadStoredStories(area, [id]);
  const story = loaded.stories[0];
  if (!story) return { ok: false, message: loaded.problems[0] ?? `No story pack "${id}" is imported.` };
  return { ok: true, fileName: `${id}.backstory.json`, json: `${JSON.stringify(story, null, 2)}\n` };
}

/** Whether a storage change touches the packs (so the content script rebuilds its catalog). */
export function isPackChange(changes: StorageChanges): boolean {
  return Object.keys(changes).some((key) => key === PACK_INDEX_KEY || key.startsWith(PACK_KEY_PREFIX));
}
