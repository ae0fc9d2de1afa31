import { describe, expect, it } from 'vitest';
import { STORY_SCHEMA_VERSION } from '../../../data/schema';
import { migratePack, PACK_MIGRATIONS } from '../../../lib/storage/pack-migrations';
import { inEnglish, say } from '../../helpers/messages';

describe('story pack format versions', () => {
  it('passes a pack of the current version through untouched', () => {
    const pack = { schemaVersion: STORY_SCHEMA_VERSION, id: 'x' };
    expect(inEnglish(migratePack(pack))).toEqual({ ok: true, pack });
  });

  it('refuses a pack made by a newer Backstory', () => {
    const result = migratePack({ schemaVersion: STORY_SCHEMA_VERSION + 1 });
    expect(inEnglish(result)).toEqual({ ok: false, reason: expect.stringMatching(/made by a newer Backstory/) });
  });

  it('refuses a pack older than any format this version can upgrade, saying why', () => {
    const result = migratePack({ schemaVersion: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.reason)).toMatch(/format 0 is too old.*only from format 1/);
  });

  it('refuses a pack with no version or a version that is not a whole number', () => {
    expect(inEnglish(migratePack({ id: 'x' }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/no "schemaVersion"/),
    });
    expect(inEnglish(migratePack({ schemaVersion: '1' }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/whole number/),
    });
    expect(inEnglish(migratePack({ schemaVersion: 1.5 }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/whole number/),
    });
    expect(inEnglish(migratePack({ schemaVersion: -1 }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/whole number/),
    });
  });

  it('refuses anything that is not one JSON object', () => {
    expect(inEnglish(migratePack([{ schemaVersion: 1 }]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/JSON object/),
    });
    expect(inEnglish(migratePack(null))).toMatchObject({ ok: false, reason: expect.stringMatching(/JSON object/) });
    expect(inEnglish(migratePack('{"schemaVersion": 1}'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/JSON object/),
    });
  });

  it('upgrades an old pack step by step through each migration', () => {
    const migrations = {
      1: (p: Record<string, unknown>) => ({ ...p, title: p.name, name: undefined }),
      2: (p: Record<string, unknown>) => ({ ...p, entities: p.people }),
    };
    const result = migratePack({ schemaVersion: 1, name: 'Old story', people: [1] }, { current: 3, migrations });
    expect(inEnglish(result)).toEqual({
      ok: true,
      migratedFrom: 1,
      pack: { schemaVersion: 3, title: 'Old story', name: undefined, people: [1], entities: [1] },
    });
  });

  it('names the oldest format it can upgrade when the chain is broken', () => {
    const migrations = { 2: (p: Record<string, unknown>) => p };
    const result = migratePack({ schemaVersion: 1 }, { current: 3, migrations });
    expect(inEnglish(result)).toMatchObject({ ok: false, reason: expect.stringMatching(/only from format 2/) });
  });

  it('has a migration for every format between the oldest it reads and the current one', () => {
    for (const from of Object.keys(PACK_MIGRATIONS).map(Number)) {
      expect(from).toBeLessThan(STORY_SCHEMA_VERSION);
    }
  });
});
