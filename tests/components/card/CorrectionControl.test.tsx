import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import {
  type CardCorrectionProps,
  type CorrectionStatus,
  confirmationText,
} from '../../../components/card/CorrectionControl';
import { EntityCard } from '../../../components/card/EntityCard';
import { notice } from '../../../lib/storage/notice';
import { buildCatalog } from '../../../lib/story/story-model';
import { type CardContent, cardContent } from '../../../lib/views/card-content';
import { cardTestStory } from '../../helpers/card-test-story';
import { english } from '../../helpers/messages';

const content = cardContent(buildCatalog([cardTestStory]), 'vladimir-medinsky', 'test-talks', 'en-GB') as CardContent;

function renderCard(over: Partial<CardCorrectionProps> = {}) {
  const correction: CardCorrectionProps = {
    text: 'Medinsky',
    name: 'Vladimir Medinsky',
    siteAvailable: true,
    status: { state: 'idle' },
    onCorrect: vi.fn(),
    onUndo: vi.fn(),
    ...over,
  };
  const onClose = vi.fn();
  const view = render(
    <EntityCard content={content} mentions={{ ordinal: 1, count: 2 }} onClose={onClose} correction={correction} />,
  );
  const card = screen.getByRole('dialog');
  const rerender = (status: CorrectionStatus) =>
    view.rerender(
      <EntityCard
        content={content}
        mentions={{ ordinal: 1, count: 2 }}
        onClose={onClose}
        correction={{ ...correction, status }}
      />,
    );
  return { card, correction, onClose, rerender };
}

/** A click as a mouse makes it (the keyboard's Enter or Space gives a click with no count). */
const mouseClick = (element: HTMLElement) => fireEvent.click(element, { detail: 1 });

describe('the card’s “Not right?”', () => {
  it('is a quiet link below the provenance line, and only there when the card is given one', () => {
    const { card } = renderCard();
    const toggle = within(card).getByRole('button', { name: 'Not right?' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(card.querySelector('.bs-card__provenance + .bs-correct')).not.toBeNull();
    render(<EntityCard content={content} mentions={{ ordinal: 1, count: 1 }} />);
    expect(screen.getAllByRole('dialog')[1]?.querySelector('.bs-correct')).toBeNull();
  });

  it('asks what is wrong, then where, and reports the choice made with the pointer', () => {
    const { card, correction } = renderCard();
    mouseClick(within(card).getByRole('button', { name: 'Not right?' }));
    const menu = within(card).getByRole('group', { name: 'What’s wrong with “Medinsky”?' });
    mouseClick(within(menu).getByRole('button', { name: /^Not a name/ }));
    const where = within(card).getByRole('group', { name: 'Stop marking “Medinsky”' });
    mouseClick(within(where).getByRole('button', { name: 'Everywhere' }));
    expect(correction.onCorrect).toHaveBeenCalledWith({ kind: 'not-a-name', scope: 'everywhere' }, 'pointer');
  });

  it('works from the keyboard: focus moves into each step, Esc leaves the menu before it closes the card', () => {
    const { card, correction, onClose } = renderCard();
    fireEvent.click(within(card).getByRole('button', { name: 'Not right?' }));
    const notAName = within(card).getByRole('button', { name: /^Not a name/ });
    expect(document.activeElement).toBe(notAName);
    fireEvent.keyDown(notAName, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Not right?' }));

    fireEvent.click(within(card).getByRole('button', { name: 'Not right?' }));
    fireEvent.click(within(card).getByRole('button', { name: /^Wrong person/ }));
    const onThisSite = within(card).getByRole('button', { name: 'On this site' });
    expect(document.activeElement).toBe(onThisSite);
    expect(within(card).getByRole('group', { name: 'Stop linking “Medinsky” to Vladimir Medinsky' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Back' }));
    expect(within(card).getByRole('group', { name: 'What’s wrong with “Medinsky”?' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /^Wrong person/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'On this site' }));
    expect(correction.onCorrect).toHaveBeenCalledWith({ kind: 'wrong-person', scope: 'site' }, 'keyboard');
  });

  it('offers only “Everywhere” on a page that has no site', () => {
    const { card } = renderCard({ siteAvailable: false });
    fireEvent.click(within(card).getByRole('button', { name: 'Not right?' }));
    fireEvent.click(within(card).getByRole('button', { name: /^Not a name/ }));
    expect(within(card).queryByRole('button', { name: 'On this site' })).toBeNull();
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Everywhere' }));
  });

  it('confirms a saved correction in a status line, with an Undo that takes focus after a keyboard choice', () => {
    const { card, correction, rerender } = renderCard();
    fireEvent.click(within(card).getByRole('button', { name: 'Not right?' }));
    fireEvent.click(within(card).getByRole('button', { name: /^Not a name/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'On this site' }));
    rerender({ state: 'saving' });
    expect(within(card).getByRole('status').textContent).toBe('Saving…');
    rerender({ state: 'saved', kind: 'not-a-name', scope: 'site' });
    expect(within(card).getByRole('status').textContent).toBe('“Medinsky” won’t be marked on this site.');
    const undo = within(card).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(correction.onUndo).toHaveBeenCalled();
    rerender({ state: 'saving' });
    rerender({ state: 'idle', undone: true });
    expect(within(card).getByRole('status').textContent).toBe('Undone: “Medinsky” is marked again.');
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Not right?' }));
  });

  it('says why a correction could not be saved', () => {
    const { card } = renderCard({ status: { state: 'failed', message: notice('storageFull') } });
    expect(within(card).getByRole('alert').textContent).toBe(
      "There is not enough room left in the extension's storage. Delete a story pack you no longer need and try again.",
    );
    expect(within(card).getByRole('button', { name: 'Not right?' })).toBeTruthy();
  });

  it('words the confirmation for each kind and scope, naming a namesake as “this …”', () => {
    expect(confirmationText(english, 'Lars Berg', 'Lars Berg', 'not-a-name', 'everywhere')).toBe(
      '“Lars Berg” won’t be marked anywhere.',
    );
    expect(confirmationText(english, 'Lars Berg', 'Lars Berg', 'wrong-person', 'site')).toBe(
      '“Lars Berg” won’t be linked to this Lars Berg on this site.',
    );
    expect(confirmationText(english, 'Berg', 'Anna Berg', 'wrong-person', 'everywhere')).toBe(
      '“Berg” won’t be linked to Anna Berg anywhere.',
    );
  });
});
