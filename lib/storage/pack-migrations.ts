/**
 * Story packs carry the story format version they were written in (`schemaVersion`).
 * A pack from an older format is upgraded one step at a time by the migrations below, or
 * refused with the reason; a pack from a newer Backstory is refused rather than half-read.
 */
import { STORY_SCHEMA_VERSION } from '../../data/schema-version';
import { type Notice, notice } from './notice';

/** Upgrades a pack from version `from` to `from + 1`. Receives a parsed JSON object; returns a new one. */
export type Migration = (pack: Record<string, unknown>) => Record<string, unknown>;

/**
 * Keyed by the version a migration upgrades from. Story format 1 is the first published
 * format, so there is nothing older to upgrade yet; the next format change adds `1: (pack) => ...`.
 */
export const PACK_MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

export type MigrationResult =
  | { ok: true; pack: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; reason: Notice };

export interface MigrationOptions {
  current?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

export function migratePack(data: unknown, options: MigrationOptions = {}): MigrationResult {
  const current = options.current ?? STORY_SCHEMA_VERSION;
  const migrations = options.migrations ?? PACK_MIGRATIONS;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: notice('packNotObject') };
  }
  const record = data as Record<string, unknown>;
  const version = record.schemaVersion;
  if (version === undefined) {
    return { ok: false, reason: notice('packNoVersion', current) };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: notice('packBadVersion') };
  }
  if (version > current) {
    return { ok: false, reason: notice('packFromNewer', version, current) };
  }
  let pack = record;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (!step) {
      return { ok: false, reason: notice('packTooOld', version, oldestMigratable(migrations, current)) };
    }
    pack = { ...step(pack), schemaVersion: from + 1 };
  }
  return version === current ? { ok: true, pack } : { ok: true, pack, migratedFrom: version };
}

/** The oldest version from which an unbroken chain of migrations reaches `current`. */
function oldestMigratable(migrations: Readonly<Record<number, Migration>>, current: number): number {
  let oldest = current;
  while (migrations[oldest - 1]) oldest--;
  return oldest;
}
