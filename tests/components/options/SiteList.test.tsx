import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SiteList } from '../../../components/options/SiteList';

const type = (value: string) => {
  fireEvent.input(screen.getByLabelText('Turn Backstory off on a site'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
};

describe('SiteList', () => {
  it('adds a site from a pasted address, as its site key', () => {
    const onAdd = vi.fn();
    render(<SiteList sites={[]} onAdd={onAdd} onRemove={() => {}} />);
    type('https://www.theguardian.com/world/2025/may/16/x');
    expect(onAdd).toHaveBeenCalledWith('theguardian.com');
  });

  it('explains what it wants when the text is not a site, and refuses duplicates', () => {
    const onAdd = vi.fn();
    render(<SiteList sites={['bbc.co.uk']} onAdd={onAdd} onRemove={() => {}} />);
    type('hello');
    expect(screen.getByRole('alert').textContent).toMatch(/Type a site such as/);
    type('www.bbc.co.uk');
    expect(screen.getByRole('alert').textContent).toMatch(/already in the list/);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('removes a site', () => {
    const onRemove = vi.fn();
    render(<SiteList sites={['bbc.co.uk', 'cnn.com']} onAdd={() => {}} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Backstory on again for cnn.com' }));
    expect(onRemove).toHaveBeenCalledWith('cnn.com');
  });
});
