import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanel } from '../../../lib/extension/panel-client';
import { seedCatalog } from '../../helpers/panel-test-stories';

const catalog = () => Promise.resolve(seedCatalog);

describe('loadPanel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('says “not a web page” when the tab it was opened for has closed', async () => {
    const loaded = await loadPanel(999, catalog);
    expect(loaded.tab).toBeNull();
    expect(loaded.view).toMatchObject({ kind: 'restricted', restriction: { kind: 'not-a-web-page' } });
  });

  it('says “not a web page” when its window has no active tab', async () => {
    const loaded = await loadPanel(undefined, catalog);
    expect(loaded.tab).toBeNull();
    expect(loaded.view).toMatchObject({ kind: 'restricted', restriction: { kind: 'not-a-web-page' } });
  });

  it('explains a browser page Backstory cannot read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const loaded = await loadPanel(tab.id, catalog);
    expect(loaded.tab).toMatchObject({ tabId: tab.id, url: 'chrome://settings/' });
    expect(loaded.view).toMatchObject({ kind: 'restricted', restriction: { kind: 'browser-page' } });
    expect(loaded.catalog).toBe(seedCatalog);
  });

  it('builds the catalog for the tab’s own address, where the reader’s corrections for that site apply', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const catalogFor = vi.fn(catalog);
    await loadPanel(tab.id, catalogFor);
    expect(catalogFor).toHaveBeenCalledWith({ url: 'https://news.example/story', article: undefined });
  });
});
