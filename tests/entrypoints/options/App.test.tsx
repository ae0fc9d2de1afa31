import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledStories } from '../../../data/stories/index';
import { App } from '../../../entrypoints/options/App';
import { importPack } from '../../../lib/storage/pack-storage';
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
});
