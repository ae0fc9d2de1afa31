import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import {
  ReadingMemorySettings,
  type ReadingMemorySettingsProps,
} from '../../../components/options/ReadingMemorySettings';
import { notice } from '../../../lib/storage/notice';
import { siteKeyFromInput } from '../../../lib/storage/site-key';

function setup(change: Partial<ReadingMemorySettingsProps> = {}) {
  const props: ReadingMemorySettingsProps = {
    remember: true,
    status: { articles: 12, bytes: 3 * 1024 * 1024 + 200_000 },
    message: null,
    keyOf: async (input) => siteKeyFromInput(input),
    onRememberChange: vi.fn(),
    onForgetSite: vi.fn(),
    onForgetAll: vi.fn(),
    onExport: vi.fn(),
    onImportFile: vi.fn(),
    ...change,
  };
  render(<ReadingMemorySettings {...props} />);
  return props;
}

describe('ReadingMemorySettings', () => {
  it('shows how many articles the archive holds and its size', () => {
    setup();
    expect(screen.getByTestId('reading-usage').textContent).toBe(
      '12 articles remembered, 3.2 MB, on this device only.',
    );
  });

  it('pauses and resumes memory with its switch', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('switch', { name: /Remember the articles I read/ }));
    expect(props.onRememberChange).toHaveBeenCalledWith(false);
  });

  it('forgets one site by its site key, and explains what it wants otherwise', async () => {
    const props = setup();
    const input = screen.getByLabelText('Forget one site');
    fireEvent.input(input, { target: { value: 'nonsense' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget site' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Type a site such as/));
    fireEvent.input(input, { target: { value: 'https://news.bbc.co.uk/news/articles/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget site' }));
    await waitFor(() => expect(props.onForgetSite).toHaveBeenCalledWith('bbc.co.uk'));
  });

  it('forgets everything only after a confirmation, and Cancel forgets nothing', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onForgetAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    expect(screen.getByText(/cannot be undone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    expect(props.onForgetAll).toHaveBeenCalledTimes(1);
  });

  it('says what is wrong with a damaged archive, and has nothing to export when empty', () => {
    setup({ status: { articles: 0, bytes: 0, problem: notice('readingCannotOpen', 'UnknownError: gone') } });
    expect(screen.getByRole('alert').textContent).toBe(
      'The reading archive could not be opened (UnknownError: gone). Your settings and story packs are not affected; "Forget everything" starts a new archive.',
    );
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('hands over an imported file', () => {
    const props = setup();
    const file = new File(['[]'], 'reading.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import…'), { target: { files: [file] } });
    expect(props.onImportFile).toHaveBeenCalledWith(file);
  });
});
