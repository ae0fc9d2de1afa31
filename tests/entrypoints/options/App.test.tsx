import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledStories } from '../../../data/stories/index';
import { App } from '../../../entrypoints/options/App';
import { addCorrection, CORRECTIONS_KEY, loadCorrections } from '../../../lib/storage/corrections';
import { importPack, PACK_INDEX_KEY, packKey } from '../../../lib/storage/pack-storage';
import { setGlobalEnabled } from '../../../lib/storage/settings';

const area = () => fakeBrowser.storage.local;
const packText = readFileSync(path.resolve(__dirname, '../../fixtures/packs/valid-pack.json'), 'utf8');

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows a switch flipped in the popup, without a reload', async () => {
    render(<App />);
    const global = await screen.findByRole('switch', { name: 'Backstory on all sites' });
    expect(global.getAttribute('aria-checked')).toBe('true');
    await act(async () => {
      await setGlobalEnabled(area(), false);
    });
    await waitFor(() => expect(global.getAttribute('aria-checked')).toBe('false'));
  });

  it('lists a pack imported in another options tab, without a reload', async () => {
    const { container } = render(<App />);
    await screen.findByRole('switch', { name: 'Backstory on all sites' });
    const rows = () => container.querySelectorAll('.op-story').length;
    expect(rows()).toBe(bundledStories.length);
    await act(async () => {
      const result = await importPack(
        area(),
        { name: 'valid-pack.json', size: packText.length, text: packText },
        { bundled: bundledStories },
      );
      expect(result.ok).toBe(true);
    });
    await waitFor(() => expect(rows()).toBe(bundledStories.length + 1));
  });

  it('lists a correction made from a card while it is open, and undoes it', async () => {
    render(<App />);
    await screen.findByText(/No corrections yet/);
    await act(async () => {
      await addCorrection(area(), {
        kind: 'not-a-name',
        text: 'Lars Berg',
        entityId: 'lars-berg',
        entityName: 'Lars Berg',
        scope: 'everywhere',
        site: 'coastal-ledger.example',
      });
    });
    const undo = await screen.findByRole('button', { name: 'Undo: “Lars Berg” is not a name' });
    await act(async () => {
      fireEvent.click(undo);
    });
    await screen.findByText(/No corrections yet/);
    expect((await loadCorrections(area())).corrections).toEqual([]);
  });

  it('names damaged stored corrections and clears them on request', async () => {
    await area().set({ [CORRECTIONS_KEY]: 'garbage' });
    render(<App />);
    const clear = await screen.findByRole('button', { name: 'Clear damaged corrections' });
    expect(screen.getByText(/saved corrections could not be read/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(clear);
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Clear damaged corrections' })).toBeNull());
    expect((await area().get(CORRECTIONS_KEY))[CORRECTIONS_KEY]).toBeUndefined();
  });

  it('lists a damaged pack as damaged and removes it, with what is stored for it, only on the reader’s click', async () => {
    const text = packText;
    await importPack(area(), { name: 'valid-pack.json', size: text.length, text }, { bundled: bundledStories });
    const key = packKey('artemis-ii-crew-2023');
    await area().set({ [key]: { schemaVersion: 1, id: 'artemis-ii-crew-2023' } });
    const { container } = render(<App />);
    const remove = await screen.findByRole('button', { name: /^Remove damaged pack / });
    expect(container.querySelector('[data-story-id="artemis-ii-crew-2023"]')?.textContent).toMatch(/Damaged/);
    expect((await area().get(key))[key]).toBeDefined();
    await act(async () => {
      fireEvent.click(remove);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remove pack' }));
    });
    await waitFor(() => expect(container.querySelector('[data-story-id="artemis-ii-crew-2023"]')).toBeNull());
    expect((await area().get(key))[key]).toBeUndefined();
  });

  it('repairs a list that names a pack twice and keeps saying so after the repair', async () => {
    await importPack(
      area(),
      { name: 'valid-pack.json', size: packText.length, text: packText },
      { bundled: bundledStories },
    );
    const index = (await area().get(PACK_INDEX_KEY))[PACK_INDEX_KEY] as unknown[];
    await area().set({ [PACK_INDEX_KEY]: [...index, ...index] });
    const { container } = render(<App />);
    await screen.findByText(/was listed twice; the repeat has been taken off the list/);
    await waitFor(async () => expect((await area().get(PACK_INDEX_KEY))[PACK_INDEX_KEY]).toHaveLength(1));
    expect(container.querySelectorAll('[data-story-id="artemis-ii-crew-2023"]')).toHaveLength(1);
    // Any later reload (here a switch flipped in the popup) finds nothing to repair: the notice stays.
    await act(async () => {
      await setGlobalEnabled(area(), false);
    });
    const global = screen.getByRole('switch', { name: 'Backstory on all sites' });
    await waitFor(() => expect(global.getAttribute('aria-checked')).toBe('false'));
    expect(screen.getByText(/was listed twice/)).toBeTruthy();
  });
});
