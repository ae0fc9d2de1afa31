import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CorrectionReaderModule, correctionSource } from '../../../entrypoints/content/correction-source';
import { CORRECTIONS_KEY, type Correction } from '../../../lib/storage/corrections';
import { notice } from '../../../lib/storage/notice';

const area = () => fakeBrowser.storage.local;
const fullAnswer = { corrections: [] as Correction[], problem: notice('correctionsListDamaged') };

function loader() {
  const module: CorrectionReaderModule = { loadCorrectionsFor: vi.fn(async () => fullAnswer) };
  return { module, load: vi.fn(async () => module) };
}

const entry = (scope: 'site' | 'everywhere', site?: string) => ({ id: `${scope}-${site}`, scope, site });

describe('the page’s corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are none, without loading the builder, when nothing is stored or only other sites’ are', async () => {
    const { load } = loader();
    expect(await correctionSource(load)(area(), 'news.example.com')).toEqual({ corrections: [] });
    await area().set({ [CORRECTIONS_KEY]: [entry('site', 'other.org'), entry('site', 'example.net')] });
    expect(await correctionSource(load)(area(), 'news.example.com')).toEqual({ corrections: [] });
    expect(load).not.toHaveBeenCalled();
  });

  it('are read in full by the builder’s module when one may apply here', async () => {
    for (const stored of [[entry('site', 'example.com')], [entry('everywhere')]]) {
      const { module, load } = loader();
      await area().set({ [CORRECTIONS_KEY]: stored });
      expect(await correctionSource(load)(area(), 'news.example.com')).toBe(fullAnswer);
      expect(module.loadCorrectionsFor).toHaveBeenCalledWith(area(), 'news.example.com');
    }
  });

  it('are read in full when what is stored is damaged, so the damage is named', async () => {
    for (const stored of ['not a list', [null], [{ scope: 'site' }]]) {
      const { load } = loader();
      await area().set({ [CORRECTIONS_KEY]: stored });
      expect(await correctionSource(load)(area(), 'news.example.com')).toBe(fullAnswer);
    }
  });

  it('made for a site do not apply on a page with no host', async () => {
    const { load } = loader();
    await area().set({ [CORRECTIONS_KEY]: [entry('site', 'example.com')] });
    expect(await correctionSource(load)(area(), null)).toEqual({ corrections: [] });
    expect(load).not.toHaveBeenCalled();
  });
});
