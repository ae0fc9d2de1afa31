/**
 * Story packs the reader imports: checked by the same validator as `npm run data:check`,
 * then stored under versioned keys so an extension update keeps them.
 *
 * Every change is one storage write (or a write followed by a clean-up), so a failure — a bad
 * file, a quota error — leaves what was stored exactly as it was.
 *
 * Where they are stored: `pack-keys.ts`.
 */
import * as v from 'valibot';
import { type Story, StorySchema } from '../../data/schema';
import { outlineOf } from '../story/story-model';
import { type Notice, notice } from './notice';
import { makePackDetailsParts, packDetailsKeys } from './pack-details';
import { checkPackFile, type PackFile, type PackProblem } from './pack-file';
import { olderPackPageKeys, PACK_INDEX_KEY, packIdOfKey, packKey, packPageKey, packPanelKey } from './pack-keys';
import { migratePack } from './pack-migrations';
import { makePackPagePart } from './pack-page';
import { makePackPanelPart, readPackPanelPart } from './pack-panel';
import { type EnabledPacks, readStoredPacks } from './pack-reading';
import { describeStorageError, type StorageAreaLike } from './storage-area';

export { isPackChange, PACK_INDEX_KEY, packIdOfKey, packKey, packPageKey, packPanelKey } from './pack-keys';

// Loose: a field a newer Backstory adds to an entry is kept through this build's writes (a downgrade loses nothing).
const PackMetaSchema = v.looseObject({
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

export type ImportResult = { ok: true; pack: PackMeta; migratedFrom?: number } | { ok: false; problems: PackProblem[] };

/** The stored index, or undefined when it is damaged (absent reads as empty). */
export function parsePackIndex(raw: unknown): PackMeta[] | undefined {
  if (raw === undefined || raw === null) return [];
  const parsed = v.safeParse(PackIndexSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

/**
 * An index entry for a stored pack whose story cannot be read: switched off (nothing to load),
 * named by its id, and with no count, since nothing in it can be trusted.
 */
export function damagedPackMeta(id: string): PackMeta {
  return { id, title: id, date: '', entityCount: 0, enabled: false, importedAt: '', fileName: '' };
}

export interface PackList {
  packs: PackMeta[];
  /** Damage found in storage: what to tell the reader. */
  problems: Notice[];
}

/**
 * The stored packs, each once. A damaged index is rebuilt from the packs themselves (and
 * reported) rather than read as empty: an empty list would let the next import overwrite the
 * reader's packs, and a pack left off it would sit in storage unseen. `pack-health.ts` repairs
 * what is stored; this only reads.
 */
export async function listPacks(area: StorageAreaLike): Promise<PackList> {
  const stored = await area.get(PACK_INDEX_KEY);
  const index = parsePackIndex(stored[PACK_INDEX_KEY]);
  if (index) return { packs: uniquePacks(index), problems: [] };
  return {
    packs: rebuildPackIndex(await area.get(null)),
    problems: [notice('packIndexRebuilt')],
  };
}

/** Index entries for every pack in `everything` (all of storage); a damaged one is kept, switched off. */
export function rebuildPackIndex(everything: Record<string, unknown>): PackMeta[] {
  const packs: PackMeta[] = [];
  for (const [key, value] of Object.entries(everything)) {
    const id = packIdOfKey(key);
    if (id === undefined) continue;
    const story = readStoredStory(value);
    packs.push(
      story.ok ? metaFor(story.story, { enabled: true, fileName: `${story.story.id}.json` }) : damagedPackMeta(id),
    );
  }
  return packs;
}

/** The first entry for each id: an index listing a pack twice must not load or show it twice. */
function uniquePacks(index: readonly PackMeta[]): PackMeta[] {
  const seen = new Set<string>();
  return index.filter((meta) => !seen.has(meta.id) && seen.add(meta.id));
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
export function readStoredStory(value: unknown): { ok: true; story: Story } | { ok: false; reason: Notice | string } {
  const migrated = migratePack(value);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const parsed = v.safeParse(StorySchema, migrated.pack);
  // Valibot's summary names the fields: words for the story's editor, kept as they are.
  if (!parsed.success) return { ok: false, reason: v.summarize(parsed.issues) };
  return { ok: true, story: parsed.output };
}

function loadStoredStories(area: StorageAreaLike, ids: readonly string[]): Promise<EnabledPacks> {
  return readStoredPacks(area, ids, readStoredStory);
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
  const whole = { [packKey(meta.id)]: checked.story, [PACK_INDEX_KEY]: [...packs, meta] };
  const panelPart = { [packPanelKey(meta.id)]: makePackPanelPart(checked.story) };
  const pagePart = () => ({
    [packPageKey(meta.id)]: makePackPagePart(checked.story, options.bundled.map(outlineOf)),
  });
  // Each write holds every key it names: the browser applies it whole or not at all. The parts
  // (the page's outline and tables, the panels' lists, the entries' details) are made now, once,
  // rather than on every page and panel (docs/decisions/0028). A pack that fits without them is
  // still the reader's: pages, panels and entries then read it whole.
  const writes = [
    () => ({ ...whole, ...panelPart, ...pagePart(), ...makePackDetailsParts(checked.story) }),
    () => ({ ...whole, ...panelPart, ...pagePart() }),
    () => ({ ...whole, ...panelPart }),
    () => whole,
  ];
  let firstError: unknown;
  let written = false;
  for (const items of writes) {
    try {
      await area.set(items());
      written = true;
      break;
    } catch (error) {
      firstError ??= error;
    }
  }
  if (!written) return { ok: false, problems: [{ path: '', message: describeStorageError(firstError) }] };
  return checked.migratedFrom === undefined
    ? { ok: true, pack: meta }
    : { ok: true, pack: meta, migratedFrom: checked.migratedFrom };
}

export type ChangeResult = { ok: true } | { ok: false; message: Notice };

export async function setPackEnabled(area: StorageAreaLike, id: string, on: boolean): Promise<ChangeResult> {
  const { packs } = await listPacks(area);
  if (!packs.some((pack) => pack.id === id)) return { ok: false, message: notice('packNotImported', id) };
  try {
    await area.set({ [PACK_INDEX_KEY]: packs.map((pack) => (pack.id === id ? { ...pack, enabled: on } : pack)) });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

export async function deletePack(area: StorageAreaLike, id: string): Promise<ChangeResult> {
  const { packs } = await listPacks(area);
  const meta = packs.find((pack) => pack.id === id);
  if (!meta) return { ok: false, message: notice('packNotImported', id) };
  // A damaged pack's entry counts no entities: its panel part, when it reads, says how many chunks it has.
  const panel = await area.get(packPanelKey(id)).then(
    (stored) => readPackPanelPart(stored[packPanelKey(id)], id),
    () => null,
  );
  const chunks = packDetailsKeys(id, Math.max(meta.entityCount, panel?.entities.length ?? 0));
  try {
    // The index first: if the clean-up below fails, the pack is gone from the list and a leftover key is harmless.
    await area.set({ [PACK_INDEX_KEY]: packs.filter((pack) => pack.id !== id) });
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  await area
    .remove([packKey(id), packPageKey(id), ...olderPackPageKeys(id), packPanelKey(id), ...chunks])
    .catch(() => {});
  return { ok: true };
}

/**
 * The pack as a file the reader can keep or share: the stored story, pretty-printed. A damaged
 * pack is exported as it is stored, so that the reader can keep it before removing it.
 */
export async function exportPack(
  area: StorageAreaLike,
  id: string,
): Promise<{ ok: true; fileName: string; json: string } | { ok: false; message: Notice }> {
  const stored = (await area.get(packKey(id)))[packKey(id)];
  if (stored === undefined) return { ok: false, message: notice('packMissing', id) };
  const read = readStoredStory(stored);
  const [fileName, data] = read.ok ? [`${id}.backstory.json`, read.story] : [`${id}.damaged.json`, stored];
  return { ok: true, fileName, json: `${JSON.stringify(data, null, 2)}\n` };
}
