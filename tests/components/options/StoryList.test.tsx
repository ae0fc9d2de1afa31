import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StoryList, type StoryRow } from '../../../components/options/StoryList';
import { MessagesProvider } from '../../../components/shared/messages';
import { ukrainian } from '../../helpers/messages';

const rows: StoryRow[] = [
  { id: 'bundled-one', title: 'Bundled story', date: '2025-05-16', entityCount: 32, origin: 'bundled', enabled: true },
  {
    id: 'my-pack',
    title: '<img src=x onerror="window.__pwned=1"> pack',
    date: '2023-04',
    entityCount: 1,
    origin: 'imported',
    enabled: false,
    fileName: 'mine.json',
  },
];

describe('StoryList', () => {
  it('shows each story with its date, entity count and switch', () => {
    const { container } = render(
      <StoryList locale="en-GB" rows={rows} onToggle={() => {}} onExport={() => {}} onDelete={() => {}} />,
    );
    expect(container.textContent).toContain('16 May 2025');
    expect(container.textContent).toContain('32 names');
    expect(container.textContent).toContain('1 name');
    const switches = screen.getAllByRole('switch');
    expect(switches.map((s) => s.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    expect(container.querySelector('img')).toBeNull();
  });

  it('switches a story on', () => {
    const onToggle = vi.fn();
    render(<StoryList locale="en-GB" rows={rows} onToggle={onToggle} onExport={() => {}} onDelete={() => {}} />);
    fireEvent.click(screen.getAllByRole('switch')[1] as HTMLElement);
    expect(onToggle).toHaveBeenCalledWith(rows[1], true);
  });

  it('offers export and delete only for imported packs, and deletes only after confirmation', () => {
    const onDelete = vi.fn();
    const onExport = vi.fn();
    render(<StoryList locale="en-GB" rows={rows} onToggle={() => {}} onExport={onExport} onDelete={onDelete} />);
    expect(screen.queryByRole('button', { name: 'Delete Bundled story' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Export / }));
    expect(onExport).toHaveBeenCalledWith('my-pack');

    fireEvent.click(screen.getByRole('button', { name: /^Delete / }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: /^Delete / }));
    const confirm = screen.getByRole('button', { name: 'Delete pack' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(onDelete).toHaveBeenCalledWith('my-pack');
  });
});

describe('StoryList with a damaged pack', () => {
  const damaged: StoryRow = {
    id: 'broken-pack',
    title: 'Broken pack',
    date: '',
    entityCount: 12,
    origin: 'imported',
    enabled: false,
    fileName: 'broken.json',
    damage: 'Invalid type: Expected Array but received undefined',
  };

  it('says it is damaged and why, with no switch and no name count', () => {
    const { container } = render(
      <StoryList locale="en-GB" rows={[damaged]} onToggle={() => {}} onExport={() => {}} onDelete={() => {}} />,
    );
    expect(container.textContent).toContain('Damaged');
    expect(container.textContent).toContain('Broken pack');
    expect(container.textContent).toContain('Invalid type: Expected Array but received undefined');
    expect(container.textContent).not.toMatch(/12 names/);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('removes it only after the reader confirms, and offers to export it first', () => {
    const onDelete = vi.fn();
    const onExport = vi.fn();
    render(<StoryList locale="en-GB" rows={[damaged]} onToggle={() => {}} onExport={onExport} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export what is stored for Broken pack' }));
    expect(onExport).toHaveBeenCalledWith('broken-pack');
    fireEvent.click(screen.getByRole('button', { name: 'Remove damaged pack Broken pack' }));
    expect(onDelete).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Remove pack' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(onDelete).toHaveBeenCalledWith('broken-pack');
  });
});

describe('StoryList in Ukrainian', () => {
  it('writes dates, name counts, badges and actions in Ukrainian; a translated title says its language', () => {
    const translated: StoryRow = {
      ...(rows[0] as StoryRow),
      title: 'Переговори в Стамбулі',
      titleLang: 'uk',
      entityCount: 22,
    };
    const { container } = render(
      <MessagesProvider value={ukrainian}>
        <StoryList
          locale="uk"
          rows={[translated, rows[1] as StoryRow]}
          onToggle={() => {}}
          onExport={() => {}}
          onDelete={() => {}}
        />
      </MessagesProvider>,
    );
    expect(container.textContent).toContain('16 травня 2025');
    expect(container.textContent).toContain('22 імені');
    expect(container.textContent).toContain('1 ім’я');
    expect(container.textContent).toContain('Вбудована');
    expect(container.textContent).toContain('З файлу mine.json');
    expect(screen.getByRole('switch', { name: 'Переговори в Стамбулі' })).toBeTruthy();
    expect(screen.getByText('Переговори в Стамбулі').getAttribute('lang')).toBe('uk');
    expect(screen.getByText(/pack$/).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: /^Видалити «/ })).toBeTruthy();
  });
});
