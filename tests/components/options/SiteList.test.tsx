import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SiteList } from '../../../components/options/SiteList';
import { siteKeyFromInput } from '../../../lib/storage/site-key';

const type = (value: string) => {
  fireEvent.input(screen.getByLabelText('Turn Backstory off on a site'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
};

/** As the background answers. */
const keyOf = async (input: string) => siteKeyFromInput(input);

describe('SiteList', () => {
  it('adds a site from a pasted address, as its registrable domain', async () => {
    const onAdd = vi.fn();
    render(<SiteList sites={[]} keyOf={keyOf} onAdd={onAdd} onRemove={() => {}} />);
    type('https://www.theguardian.com/world/2025/may/16/x');
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('theguardian.com'));
    type('https://news.bbc.co.uk/2/hi/europe/default.stm');
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('bbc.co.uk'));
  });

  it('explains what it wants when the text is not a site, and refuses duplicates', async () => {
    const onAdd = vi.fn();
    render(<SiteList sites={['bbc.co.uk']} keyOf={keyOf} onAdd={onAdd} onRemove={() => {}} />);
    type('hello');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Type a site such as/));
    type('news.bbc.co.uk');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/bbc\.co\.uk is already in the list/));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses a suffix that many sites share, saying which one to type', async () => {
    const onAdd = vi.fn();
    render(<SiteList sites={[]} keyOf={keyOf} onAdd={onAdd} onRemove={() => {}} />);
    type('github.io');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Many separate sites end in github.io: type the one you mean, such as example.github.io.',
      ),
    );
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('says so when the site cannot be checked', async () => {
    const onAdd = vi.fn();
    render(
      <SiteList
        sites={[]}
        keyOf={() => Promise.reject(new Error('no background'))}
        onAdd={onAdd}
        onRemove={() => {}}
      />,
    );
    type('nytimes.com');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not check that site/));
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('removes a site', () => {
    const onRemove = vi.fn();
    render(<SiteList sites={['bbc.co.uk', 'cnn.com']} keyOf={keyOf} onAdd={() => {}} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Backstory on again for cnn.com' }));
    expect(onRemove).toHaveBeenCalledWith('cnn.com');
  });
});
