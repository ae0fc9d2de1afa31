import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_COPY_KEY, keepBundledCopy, readBundledCopy } from '../../../lib/storage/bundled-copy';

const area = () => fakeBrowser.storage.local;
const copy = { outlines: [{ id: 'story', title: 'A story', entities: [] }], matcher: null };

describe('the stored copy of the bundled stories', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is read back by a page of the same build', async () => {
    await keepBundledCopy(area(), 'build-1', copy);
    expect(await readBundledCopy(area(), 'build-1')).toEqual(copy);
  });

  it('is not used by a page of another build, nor when missing or damaged', async () => {
    expect(await readBundledCopy(area(), 'build-1')).toBeNull();
    await keepBundledCopy(area(), 'build-1', copy);
    expect(await readBundledCopy(area(), 'build-2')).toBeNull();
    await area().set({ [BUNDLED_COPY_KEY]: { version: 'build-1', outlines: 'not a list', matcher: null } });
    expect(await readBundledCopy(area(), 'build-1')).toBeNull();
    // A copy without its matcher field (null is a dev build's "make them on the page").
    await area().set({ [BUNDLED_COPY_KEY]: { version: 'build-1', outlines: copy.outlines } });
    expect(await readBundledCopy(area(), 'build-1')).toBeNull();
  });

  it('is written once per build: a worker that starts again leaves it alone', async () => {
    await keepBundledCopy(area(), 'build-1', copy);
    const set = vi.spyOn(area(), 'set');
    await keepBundledCopy(area(), 'build-1', copy);
    expect(set).not.toHaveBeenCalled();
    await keepBundledCopy(area(), 'build-2', copy);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await readBundledCopy(area(), 'build-2')).toEqual(copy);
  });
});
