import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PackImport } from '../../../components/options/PackImport';

const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_SCRIPT = '<script>window.__pwned=2</script>';

describe('PackImport', () => {
  it('lists every problem with its JSON path under an alert summary', () => {
    render(
      <PackImport
        maxSizeLabel="2.0 MB"
        onFiles={() => {}}
        status={{
          state: 'failed',
          fileName: 'bad.json',
          problems: [
            { path: '$.entities[0].type', message: 'type must be person, place, organisation or country' },
            { path: '$.title', message: 'title must not be empty' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/bad\.json was not imported\. There are 2 problems/);
    const items = screen.getByRole('list', { name: 'Problems in bad.json' }).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      '$.entities[0].typetype must be person, place, organisation or country',
      '$.titletitle must not be empty',
    ]);
  });

  it('shows markup from a file name or problem as plain text', () => {
    const { container } = render(
      <PackImport
        maxSizeLabel="2.0 MB"
        onFiles={() => {}}
        status={{
          state: 'failed',
          fileName: `${HOSTILE_IMG}.json`,
          problems: [{ path: `$[${JSON.stringify(HOSTILE_SCRIPT)}]`, message: HOSTILE_IMG }],
        }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(HOSTILE_IMG);
  });

  it('hands picked files to the page and confirms a successful import', () => {
    const onFiles = vi.fn();
    const { rerender } = render(<PackImport maxSizeLabel="2.0 MB" onFiles={onFiles} status={{ state: 'idle' }} />);
    const input = screen.getByLabelText('Choose a file…') as HTMLInputElement;
    const file = new File(['{}'], 'story.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(onFiles).toHaveBeenCalledWith([file]);

    rerender(
      <PackImport
        maxSizeLabel="2.0 MB"
        onFiles={onFiles}
        status={{ state: 'imported', fileName: 'story.json', title: 'A story' }}
      />,
    );
    expect(screen.getByTestId('import-success').textContent).toMatch(/Imported “A story” from story\.json/);
  });

  it('accepts a dropped file', () => {
    const onFiles = vi.fn();
    const { container } = render(<PackImport maxSizeLabel="2.0 MB" onFiles={onFiles} status={{ state: 'idle' }} />);
    const file = new File(['{}'], 'dropped.json');
    const zone = container.querySelector('.op-dropzone') as HTMLElement;
    // happy-dom has no DataTransfer: give the event the one property the drop handler reads.
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    fireEvent(zone, drop);
    expect(onFiles).toHaveBeenCalledWith([file]);
  });
});
