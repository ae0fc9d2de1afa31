import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../../components/card/EntityCard';
import { buildCatalog } from '../../../lib/story/story-model';
import { type CardContent, cardContent } from '../../../lib/views/card-content';
import type { EarlierReadingView } from '../../../lib/views/earlier-reading';
import { articleTestStory } from '../../helpers/article-test-story';

const catalog = buildCatalog([articleTestStory]);
function content(entityId: string): CardContent {
  const c = cardContent(catalog, entityId, articleTestStory.id, 'en-GB');
  if (!c) throw new Error(`no card for ${entityId}`);
  return c;
}

const earlier: EarlierReadingView = {
  roles: [
    {
      text: 'Kremlin aide',
      sentence: 'Kremlin aide Vladimir Medinsky arrived.',
      article: { url: 'https://a.example/may', headline: 'Talks open', label: 'A News · 12 May 2025' },
    },
  ],
  statements: [
    {
      kind: 'quote',
      text: 'We are ready',
      sentence: '“We are ready,” Medinsky said.',
      article: { url: 'https://a.example/may', headline: 'Talks open', label: 'A News · 12 May 2025' },
    },
  ],
  count: 1,
};

describe('EntityCard: earlier reading', () => {
  it('lists what earlier articles said, each line opening its article in a new tab', () => {
    render(<EntityCard content={content('hakan-fidan')} mentions={{ ordinal: 1, count: 1 }} earlier={earlier} />);
    const section = screen.getByRole('region', { name: 'Earlier in your reading' });
    expect(within(section).getByText('“We are ready”')).toBeTruthy();
    expect(within(section).getByText('Named in 1 earlier article you read')).toBeTruthy();
    const links = within(section).getAllByRole('link', { name: 'A News · 12 May 2025' });
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.getAttribute('href')).toBe('https://a.example/may');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('says who a name is from earlier reading when this article never says', () => {
    // This article gives Medinsky no role; Fidan has one of his own.
    render(<EntityCard content={content('vladimir-medinsky')} mentions={{ ordinal: 1, count: 1 }} earlier={earlier} />);
    const dialog = screen.getByRole('dialog', { name: 'Vladimir Medinsky' });
    expect(dialog.querySelector('.bs-card__role')?.textContent).toBe('Kremlin aide');
    expect(dialog.textContent).toContain('From your earlier reading:');
    // The quoted sentence is this article's, not the earlier one's: it says so.
    const description = dialog.querySelector('.bs-card__description');
    expect(description?.previousElementSibling?.textContent).toBe('In this article');
    // Not listed again under "Earlier in your reading".
    const section = screen.getByRole('region', { name: 'Earlier in your reading' });
    expect(within(section).queryByText('Kremlin aide')).toBeNull();
  });

  it('keeps the article’s own role over an earlier one', () => {
    render(<EntityCard content={content('hakan-fidan')} mentions={{ ordinal: 1, count: 1 }} earlier={earlier} />);
    const dialog = screen.getByRole('dialog', { name: 'Hakan Fidan' });
    expect(dialog.querySelector('.bs-card__role')?.textContent).toBe('Turkey’s Foreign Minister');
    expect(dialog.textContent).not.toContain('From your earlier reading');
    expect(dialog.querySelector('.bs-card__description-label')).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'Earlier in your reading' })).getByText('Kremlin aide'),
    ).toBeTruthy();
  });

  it('shows the first card’s line about reading memory, and “Got it” dismisses it', () => {
    const onDismiss = vi.fn();
    render(
      <EntityCard
        content={content('hakan-fidan')}
        mentions={{ ordinal: 1, count: 1 }}
        rememberNotice={{ onDismiss }}
      />,
    );
    expect(screen.getByRole('note').textContent).toContain(
      'Backstory remembers the names in articles you read, on this device only.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('shows no section without an answer from the archive', () => {
    render(<EntityCard content={content('hakan-fidan')} mentions={{ ordinal: 1, count: 1 }} />);
    expect(screen.queryByRole('region', { name: 'Earlier in your reading' })).toBeNull();
  });
});
