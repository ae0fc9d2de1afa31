import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addCorrection,
  CORRECTIONS_KEY,
  CORRECTIONS_VERSIONS,
  type CorrectionDraft,
  clearDamagedCorrections,
  correctionsFor,
  isCorrectionsChange,
  loadCorrections,
  loadCorrectionsFor,
  removeCorrection,
  watchCorrections,
} from '../../../lib/storage/corrections';
import { PACK_INDEX_KEY } from '../../../lib/storage/pack-storage';
import { SETTINGS_KEY } from '../../../lib/storage/settings';
import { fullStorage } from '../../helpers/full-storage';
import { inEnglish, say } from '../../helpers/messages';
import { storedNull } from '../../helpers/stored-null';

const area = () => fakeBrowser.storage.local;
/** Everything stored, to compare before and after an operation. */
const snapshot = async () => JSON.stringify(await area().get(null));
const now = new Date('2026-03-14T10:00:00Z');

const larsNotAName: CorrectionDraft = {
  kind: 'not-a-name',
  text: 'Lars Berg',
  entityId: 'lars-berg',
  entityName: 'Lars Berg',
  scope: 'everywhere',
  site: 'coastal-ledger.example',
};
const bergWrongPerson: CorrectionDraft = {
  kind: 'wrong-person',
  text: 'Berg',
  entityId: 'anna-berg',
  entityName: 'Anna Berg',
  scope: 'site',
  site: 'coastal-ledger.example',
};

async function add(draft: CorrectionDraft) {
  const result = await addCorrection(area(), draft, { now });
  if (!result.ok) throw new Error(say(result.message));
  return result.correction;
}

describe('storing corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a correction under corrections:v1 with its text as printed, folded, entity, kind, scope and date', async () => {
    await add({ ...larsNotAName, text: 'LARS  BERG' });
    const stored = (await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
    expect(stored).toEqual([
      {
        id: expect.any(String),
        kind: 'not-a-name',
        text: 'LARS  BERG',
        folded: 'lars berg',
        entityId: 'lars-berg',
        entityName: 'Lars Berg',
        scope: 'everywhere',
        site: 'coastal-ledger.example',
        createdAt: '2026-03-14T10:00:00.000Z',
      },
    ]);
    expect(await loadCorrections(area())).toEqual({ corrections: stored, damaged: 0 });
  });

  it('lists corrections in the order they were made, and stores the same correction only once', async () => {
    const first = await add(larsNotAName);
    await add(bergWrongPerson);
    // The same choice again, written differently on the page: one correction.
    const again = await add({ ...larsNotAName, text: 'lars berg' });
    expect(again).toEqual(first);
    const { corrections } = await loadCorrections(area());
    expect(corrections.map((c) => c.text)).toEqual(['Lars Berg', 'Berg']);
  });

  it('tells a site correction from an everywhere one, and one entity’s wrong-person from another’s', async () => {
    await add(bergWrongPerson);
    await add({ ...bergWrongPerson, scope: 'everywhere' });
    await add({ ...bergWrongPerson, entityId: 'lars-berg', entityName: 'Lars Berg' });
    expect((await loadCorrections(area())).corrections).toHaveLength(3);
  });

  it('undoes one correction and leaves the others', async () => {
    const lars = await add(larsNotAName);
    await add(bergWrongPerson);
    expect(await removeCorrection(area(), lars.id)).toEqual({ ok: true });
    expect((await loadCorrections(area())).corrections.map((c) => c.text)).toEqual(['Berg']);
    expect(inEnglish(await removeCorrection(area(), lars.id))).toMatchObject({ ok: false, message: /already undone/ });
  });

  it('refuses a site correction made where there is no site', async () => {
    const result = await addCorrection(area(), { ...bergWrongPerson, site: '' });
    expect(result.ok).toBe(false);
    expect((await area().get(null))[CORRECTIONS_KEY]).toBeUndefined();
  });

  it('writes only its own key: settings and packs stay as they were', async () => {
    await area().set({ [SETTINGS_KEY]: { enabled: false }, [PACK_INDEX_KEY]: [] });
    const lars = await add(larsNotAName);
    await removeCorrection(area(), lars.id);
    const stored = await area().get(null);
    expect(stored[SETTINGS_KEY]).toEqual({ enabled: false });
    expect(stored[PACK_INDEX_KEY]).toEqual([]);
  });

  it('reports a quota error and leaves every stored correction (and everything else) intact', async () => {
    await add(larsNotAName);
    await area().set({ [SETTINGS_KEY]: { enabled: false } });
    const before = await snapshot();
    const full = fullStorage(area());
    expect(inEnglish(await addCorrection(full, bergWrongPerson))).toEqual({
      ok: false,
      message: expect.stringMatching(/not enough room left/),
    });
    const lars = (await loadCorrections(area())).corrections[0];
    expect(inEnglish(await removeCorrection(full, lars?.id ?? ''))).toMatchObject({
      ok: false,
      message: /not enough room/,
    });
    expect(await snapshot()).toBe(before);
  });
});

describe('damaged stored corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('skips a damaged entry, reports it, and still gives the others', async () => {
    const lars = await add(larsNotAName);
    await area().set({ [CORRECTIONS_KEY]: [{ id: 42 }, lars] });
    const loaded = await loadCorrections(area());
    expect(loaded.corrections).toEqual([lars]);
    expect(loaded.damaged).toBe(1);
    expect(say(loaded.problem)).toMatch(/One saved correction is damaged/);
  });

  it('never drops a damaged entry when a correction is added or undone, until the reader clears it', async () => {
    const lars = await add(larsNotAName);
    await area().set({ [CORRECTIONS_KEY]: [{ id: 42 }, lars] });
    const berg = await add(bergWrongPerson);
    await removeCorrection(area(), lars.id);
    expect((await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY]).toEqual([{ id: 42 }, berg]);
    expect(await clearDamagedCorrections(area())).toEqual({ ok: true });
    expect((await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY]).toEqual([berg]);
    expect((await loadCorrections(area())).problem).toBeUndefined();
  });

  it('keeps what a newer Backstory added to a correction, and a newer format’s key, through its writes', async () => {
    const lars = await add(larsNotAName);
    const larsLater = { ...lars, note: 'a field from a newer Backstory' };
    await area().set({ [CORRECTIONS_KEY]: [larsLater], 'corrections:v2': ['newer format'] });
    expect((await loadCorrections(area())).corrections).toEqual([larsLater]);
    const berg = await add(bergWrongPerson);
    const stored = await area().get(null);
    expect(stored[CORRECTIONS_KEY]).toEqual([larsLater, berg]);
    expect(stored['corrections:v2']).toEqual(['newer format']);
  });

  it('after a format change, reads the older key through its migration, writes the new one, and never touches the old', async () => {
    const lars = await add(larsNotAName);
    const saved = { ...CORRECTIONS_VERSIONS };
    // What a corrections:v2 would look like: the same list, each entry marked with its format.
    Object.assign(CORRECTIONS_VERSIONS, {
      current: 2,
      migrations: { 1: (value: unknown) => (value as object[]).map((item) => ({ ...item, format: 2 })) },
    });
    try {
      expect((await loadCorrections(area())).corrections).toEqual([{ ...lars, format: 2 }]);
      const berg = await add(bergWrongPerson);
      const stored = await area().get(null);
      expect(stored['corrections:v2']).toEqual([{ ...lars, format: 2 }, berg]);
      expect(stored['corrections:v1']).toEqual([lars]);
      // Clearing damage that came from the old key clears it for good: the new key holds the result.
      await area().remove('corrections:v2');
      await area().set({ 'corrections:v1': [{ id: 42 }] });
      expect(await clearDamagedCorrections(area())).toEqual({ ok: true });
      expect((await loadCorrections(area())).problem).toBeUndefined();
    } finally {
      Object.assign(CORRECTIONS_VERSIONS, saved);
    }
  });

  it('reads a value that is not a list as damaged, refuses to write over it, and clears it on request', async () => {
    await area().set({ [CORRECTIONS_KEY]: 'garbage', [SETTINGS_KEY]: { enabled: false } });
    const loaded = await loadCorrections(area());
    expect(loaded.corrections).toEqual([]);
    expect(say(loaded.problem)).toMatch(/could not be read/);
    const before = await snapshot();
    expect(inEnglish(await addCorrection(area(), larsNotAName))).toMatchObject({
      ok: false,
      message: /could not be read/,
    });
    expect(await snapshot()).toBe(before);
    expect(await clearDamagedCorrections(area())).toEqual({ ok: true });
    const stored = await area().get(null);
    expect(stored[CORRECTIONS_KEY]).toBeUndefined();
    expect(stored[SETTINGS_KEY]).toEqual({ enabled: false });
    expect((await addCorrection(area(), larsNotAName)).ok).toBe(true);
  });
});

describe('which corrections apply, and following them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies a site’s own corrections and those made everywhere, not another site’s', async () => {
    const everywhere = await add(larsNotAName);
    const here = await add(bergWrongPerson);
    const elsewhere = await add({ ...bergWrongPerson, site: 'other.example', text: 'Anna' });
    const all = (await loadCorrections(area())).corrections;
    expect(correctionsFor(all, 'coastal-ledger.example')).toEqual([everywhere, here]);
    expect(correctionsFor(all, 'other.example')).toEqual([everywhere, elsewhere]);
    expect(correctionsFor(all, null)).toEqual([everywhere]);
  });

  it('applies a site’s corrections on every host of that site, not on a sibling site', async () => {
    const everywhere = await add(larsNotAName);
    const here = await add(bergWrongPerson);
    const all = (await loadCorrections(area())).corrections;
    expect(correctionsFor(all, 'www.coastal-ledger.example')).toEqual([everywhere, here]);
    expect(correctionsFor(all, 'news.coastal-ledger.example')).toEqual([everywhere, here]);
    expect(correctionsFor(all, 'notcoastal-ledger.example')).toEqual([everywhere]);
  });

  it('tells its listener about each change to the corrections, and about nothing else', async () => {
    const listener = vi.fn();
    const stop = watchCorrections(area(), listener);
    await add(larsNotAName);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0].corrections.map((c: { text: string }) => c.text)).toEqual(['Lars Berg']);
    await area().set({ [SETTINGS_KEY]: { enabled: false } });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await add(bergWrongPerson);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(isCorrectionsChange({ [CORRECTIONS_KEY]: {} })).toBe(true);
    expect(isCorrectionsChange({ [SETTINGS_KEY]: {} })).toBe(false);
  });

  it('gives a page only the corrections in force on its host, with any damage found', async () => {
    const everywhere = await add(larsNotAName);
    await add({ ...bergWrongPerson, site: 'other.example' });
    expect(await loadCorrectionsFor(area(), 'coastal-ledger.example')).toEqual({ corrections: [everywhere] });
    const stored = (await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY] as unknown[];
    await area().set({ [CORRECTIONS_KEY]: [...stored, { id: 'half' }] });
    const loaded = await loadCorrectionsFor(area(), null);
    expect(loaded.corrections).toEqual([everywhere]);
    expect(say(loaded.problem)).toMatch(/One saved correction is damaged/);
  });
});

describe('what a correction must hold', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads as damaged an entry missing a field, with an empty one, or of an unknown kind or scope', async () => {
    const lars = await add(larsNotAName);
    const damaged: unknown[] = [
      null,
      'Lars Berg',
      ...['id', 'text', 'folded', 'entityId', 'entityName', 'createdAt'].flatMap((field) => [
        { ...lars, [field]: undefined },
        { ...lars, [field]: '' },
        { ...lars, [field]: 7 },
      ]),
      { ...lars, kind: 'not-a-person' },
      { ...lars, kind: undefined },
      { ...lars, scope: 'nowhere' },
      { ...lars, scope: undefined },
      { ...lars, site: undefined },
      { ...lars, site: 7 },
    ];
    await area().set({ [CORRECTIONS_KEY]: [lars, ...damaged, { ...lars, site: '' }] });
    const loaded = await loadCorrections(area());
    expect(loaded.corrections).toEqual([lars, { ...lars, site: '' }]);
    expect(loaded.damaged).toBe(damaged.length);
    expect(say(loaded.problem)).toBe(
      `${damaged.length} saved corrections are damaged and are ignored; the others still apply.`,
    );
  });

  it('stores “not a name” once for a text whatever entity the card showed, and “everywhere” once whatever the site', async () => {
    const first = await add(larsNotAName);
    expect(await add({ ...larsNotAName, entityId: 'someone-else', entityName: 'Someone Else' })).toEqual(first);
    expect(await add({ ...larsNotAName, site: 'other.example' })).toEqual(first);
    const bergHere = await add(bergWrongPerson);
    expect(await add({ ...bergWrongPerson, site: 'other.example' })).not.toEqual(bergHere);
    expect((await loadCorrections(area())).corrections).toHaveLength(3);
  });

  it('keeps the text as printed without the spaces around it, and refuses a correction with no text', async () => {
    expect((await add({ ...larsNotAName, text: '  Lars Berg \n' })).text).toBe('Lars Berg');
    const before = await snapshot();
    expect(inEnglish(await addCorrection(area(), { ...bergWrongPerson, text: '   ' }))).toEqual({
      ok: false,
      message: expect.stringMatching(/names no text/),
    });
    expect(await snapshot()).toBe(before);
  });

  it('clears nothing when nothing is damaged, and says so when the clean-up cannot be saved', async () => {
    await add(larsNotAName);
    const before = await snapshot();
    const refusing = {
      get: area().get.bind(area()),
      set: () => Promise.reject(new Error('no')),
      remove: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    expect(await clearDamagedCorrections(refusing)).toEqual({ ok: true });
    expect(await snapshot()).toBe(before);
    await area().set({ [CORRECTIONS_KEY]: [{ id: 42 }] });
    expect(inEnglish(await clearDamagedCorrections(refusing))).toMatchObject({ ok: false, message: /room/ });
    expect((await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY]).toEqual([{ id: 42 }]);
  });

  it('reads nothing stored, or null, as no corrections and nothing to report', async () => {
    expect(await loadCorrections(area())).toEqual({ corrections: [], damaged: 0 });
    expect(await loadCorrections(storedNull(area(), CORRECTIONS_KEY))).toEqual({ corrections: [], damaged: 0 });
  });

  it('refuses to undo a correction while the stored value is not a list, leaving it as it is', async () => {
    await area().set({ [CORRECTIONS_KEY]: { not: 'a list' } });
    expect(inEnglish(await removeCorrection(area(), 'not-a-name|*||lars berg'))).toEqual({
      ok: false,
      message: expect.stringMatching(/could not be read/),
    });
    expect((await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY]).toEqual({ not: 'a list' });
  });

  it('keeps a correction made everywhere on a page with no site', async () => {
    expect((await add({ ...larsNotAName, site: '' })).site).toBe('');
    expect(inEnglish(await removeCorrection(area(), 'nope'))).toEqual({
      ok: false,
      message: expect.stringMatching(/already undone/),
    });
  });
});
