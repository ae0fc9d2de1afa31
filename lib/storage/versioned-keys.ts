/**
 * The reader's corrections are stored under one key that names their format's version
 * (`corrections:v1`): a list has no room for a version of its own. When the format changes, the
 * new version is stored under the next key (`corrections:v2`): this build reads the newest key it
 * knows, and when only an older one is there, reads that through the migrations, one version at a
 * time. Reading writes nothing; the reader's next change writes the current key. An older key is
 * never rewritten or removed, so a Backstory downgraded after an update still finds its own value,
 * and a key newer than this build knows is never read (docs/decisions/0015).
 *
 * Settings carry their version inside the value (`version`, settings-migrations.ts), and story
 * packs theirs (`schemaVersion`, pack-migrations.ts): a pack is also a file that travels.
 */

/**
 * Turns a value stored in version `from` into the format of version `from + 1`. It gets whatever
 * was stored, damaged or not, and must not throw: it carries over what it can, and the reader's
 * own check then names the damage, as for any stored value.
 */
export type ValueMigration = (value: unknown) => unknown;

export interface VersionedValue {
  /** The key without its version: `corrections`. */
  name: string;
  /** The version this build writes. */
  current: number;
  /** Keyed by the version a migration upgrades from. */
  migrations: Readonly<Record<number, ValueMigration>>;
}

export const versionedKey = (name: string, version: number): string => `${name}:v${version}`;

/** The key this build writes. */
export const currentKey = (spec: VersionedValue): string => versionedKey(spec.name, spec.current);

/** The current key, then each older key that an unbroken chain of migrations leads up from. */
export function keysToRead(spec: VersionedValue): string[] {
  const keys = [versionedKey(spec.name, spec.current)];
  for (let version = spec.current - 1; version >= 1 && spec.migrations[version]; version--) {
    keys.push(versionedKey(spec.name, version));
  }
  return keys;
}

export interface VersionedRead {
  /** The value in the current format; undefined when nothing is stored. */
  value: unknown;
  /** The version it was stored in, when that was older than the current one. */
  migratedFrom?: number;
}

/**
 * The value to use, from what `area.get(keysToRead(spec))` answered: the current key's, else the
 * newest older key's, migrated up.
 */
export function readVersioned(stored: Record<string, unknown>, spec: VersionedValue): VersionedRead {
  const current = stored[versionedKey(spec.name, spec.current)];
  if (current !== undefined) return { value: current };
  // Down from the current version for as long as a migration leads back up: the steps to apply.
  const steps: ValueMigration[] = [];
  for (let version = spec.current - 1; version >= 1; version--) {
    const step = spec.migrations[version];
    if (!step) break;
    steps.unshift(step);
    const value = stored[versionedKey(spec.name, version)];
    if (value === undefined) continue;
    return { value: steps.reduce<unknown>((migrated, next) => next(migrated), value), migratedFrom: version };
  }
  return { value: undefined };
}
