import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReadPeopleSection } from '../../../components/briefing/ReadPeopleSection';
import { StorySoFarSection } from '../../../components/briefing/StorySoFarSection';
import type { ArchivedPerson } from '../../../lib/storage/reading-archive/archive-contract';
import type { StorySoFarView } from '../../../lib/views/story-so-far';

const may = { url: 'https://a.example/may', headline: 'Talks open in Istanbul', label: 'A News · 16 May 2025' };

describe('StorySoFarSection', () => {
  const view: StorySoFarView = {
    timeline: [{ article: may, date: '2025-05-16', shared: ['Hakan Fidan', 'Rustem Umerov'] }],
    newSince: [
      {
        entityId: 'rustem-umerov',
        name: 'Rustem Umerov',
        lastRead: may,
        lines: [
          { text: 'Secretary of the Security Council', sentence: 'Umerov, now Secretary of the Security Council, …' },
        ],
      },
    ],
  };

  it('lists the earlier articles, dated and linked, with the people they share and what is new since', () => {
    render(<StorySoFarSection view={view} />);
    const section = screen.getByRole('region', { name: 'Story so far' });
    const link = within(section).getByRole('link', { name: 'Talks open in Istanbul' });
    expect(link.getAttribute('href')).toBe(may.url);
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe('2025-05-16');
    expect(section.textContent).toContain('Also named: Hakan Fidan, Rustem Umerov');
    expect(within(section).getByRole('heading', { name: 'New since you last read about Rustem Umerov' })).toBeTruthy();
    expect(within(section).getByText('Secretary of the Security Council')).toBeTruthy();
  });

  it('is left out when no earlier article shares anyone with the page', () => {
    const { container } = render(<StorySoFarSection view={{ timeline: [], newSince: [] }} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('ReadPeopleSection', () => {
  const people: ArchivedPerson[] = [
    {
      name: 'Rustem Umerov',
      type: 'person',
      role: 'Defence Minister',
      articleCount: 3,
      lastRead: {
        url: 'https://a.example/may',
        headline: 'Talks open',
        outlet: 'A News',
        date: '2025-05-16',
        readAt: 1,
      },
    },
  ];

  it('lists everyone read about with their latest role and articles, and passes on a search', () => {
    const onQuery = vi.fn();
    render(<ReadPeopleSection locale="en-GB" query="" people={people} onQuery={onQuery} />);
    const section = screen.getByRole('region', { name: 'People you’ve read about' });
    expect(section.textContent).toContain('Rustem Umerov');
    expect(section.textContent).toContain('Defence Minister');
    expect(section.textContent).toContain('3 articles · last');
    fireEvent.input(within(section).getByLabelText('Search your earlier reading'), { target: { value: 'ume' } });
    expect(onQuery).toHaveBeenCalledWith('ume');
  });

  it('says when a search finds no one, and is left out when nothing was ever read', () => {
    const { container, rerender } = render(
      <ReadPeopleSection locale="en-GB" query="" people={[]} onQuery={() => {}} />,
    );
    expect(container.innerHTML).toBe('');
    rerender(<ReadPeopleSection locale="en-GB" query="zz" people={[]} onQuery={() => {}} />);
    expect(screen.getByText('No one matches “zz”')).toBeTruthy();
  });
});
