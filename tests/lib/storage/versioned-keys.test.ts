import { describe, expect, it } from 'vitest';
import { CORRECTIONS_VERSIONS } from '../../../lib/storage/corrections';
import { keysToRead, readVersioned, type VersionedValue, versionedKey } from '../../../lib/storage/versioned-keys';

/** A made-up value in its third format: v1 held a delay in seconds, v2 in ms, v3 adds a style. */
const NOTES: VersionedValue = {
  name: 'notes',
  current: 3,
  migrations: {
    1: (value) => ({ delayMs: ((value as { delay: number }).delay ?? 0) * 1000 }),
    2: (value) => ({ ...(value as object), style: 'underline' }),
  },
};

describe('values stored under versioned keys', () => {
  it('names each version in its key', () => {
    expect(versionedKey('settings', 1)).toBe('settings:v1');
    expect(keysToRead(NOTES)).toEqual(['notes:v3', 'notes:v2', 'notes:v1']);
  });

  it('reads the current key as it is, even when older keys are still stored', () => {
    const stored = { 'notes:v3': { delayMs: 5, style: 'tint' }, 'notes:v1': { delay: 9 } };
    expect(readVersioned(stored, NOTES)).toEqual({ value: { delayMs: 5, style: 'tint' } });
  });

  it('upgrades the newest older value one version at a time', () => {
    expect(readVersioned({ 'notes:v1': { delay: 2 } }, NOTES)).toEqual({
      value: { delayMs: 2000, style: 'underline' },
      migratedFrom: 1,
    });
    expect(readVersioned({ 'notes:v2': { delayMs: 7 }, 'notes:v1': { delay: 2 } }, NOTES)).toEqual({
      value: { delayMs: 7, style: 'underline' },
      migratedFrom: 2,
    });
  });

  it('never reads a key newer than the build knows (after a downgrade, the older build reads its own)', () => {
    const stored = { 'notes:v4': { future: true }, 'notes:v3': { delayMs: 1, style: 'hover' } };
    expect(readVersioned(stored, NOTES)).toEqual({ value: { delayMs: 1, style: 'hover' } });
    expect(readVersioned({ 'notes:v4': { future: true } }, NOTES)).toEqual({ value: undefined });
  });

  it('does not read past a version no migration leads up from', () => {
    const gap: VersionedValue = { ...NOTES, migrations: { 2: NOTES.migrations[2] as (v: unknown) => unknown } };
    expect(keysToRead(gap)).toEqual(['notes:v3', 'notes:v2']);
    expect(readVersioned({ 'notes:v1': { delay: 2 } }, gap)).toEqual({ value: undefined });
  });

  it('reads nothing when nothing is stored', () => {
    expect(readVersioned({}, NOTES)).toEqual({ value: undefined });
  });

  it('has every shipped format reachable: corrections are in their first format', () => {
    // Each version below the current one has its migration, so no reader's older value is stranded.
    for (let version = 1; version < CORRECTIONS_VERSIONS.current; version++) {
      expect(CORRECTIONS_VERSIONS.migrations[version]).toBeTypeOf('function');
    }
    expect(keysToRead(CORRECTIONS_VERSIONS)).toHaveLength(CORRECTIONS_VERSIONS.current);
    expect(CORRECTIONS_VERSIONS.current).toBe(1);
  });
});
