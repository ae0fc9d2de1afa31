import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CorrectionList } from '../../../components/options/CorrectionList';
import type { Correction } from '../../../lib/storage/corrections';
import { countedNotice } from '../../../lib/storage/notice';

const larsNotAName: Correction = {
  id: 'not-a-name|*||lars berg',
  kind: 'not-a-name',
  text: 'Lars Berg',
  folded: 'lars berg',
  entityId: 'lars-berg',
  entityName: 'Lars Berg',
  scope: 'everywhere',
  site: 'coastal-ledger.example',
  // Midday UTC: the same day in every time zone the tests may run in.
  createdAt: '2026-03-14T12:00:00.000Z',
};
const bergWrongPerson: Correction = {
  id: 'wrong-person|coastal-ledger.example|anna-berg|berg',
  kind: 'wrong-person',
  text: 'Berg',
  folded: 'berg',
  entityId: 'anna-berg',
  entityName: 'Anna Berg',
  scope: 'site',
  site: 'coastal-ledger.example',
  createdAt: '2026-03-15T12:00:00.000Z',
};

describe('the options page’s corrections', () => {
  it('lists each correction with its text, entity, kind, where it applies and the day it was made', () => {
    render(
      <CorrectionList
        locale="en-GB"
        corrections={[bergWrongPerson, larsNotAName]}
        onRemove={vi.fn()}
        onClearDamaged={vi.fn()}
      />,
    );
    const rows = within(screen.getByRole('list', { name: 'Your corrections' })).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      '“Berg”Wrong person · was linked to Anna BergOne sitecoastal-ledger.example·15 March 2026Undo',
      '“Lars Berg”Not a name · was shown as Lars BergEverywhere·14 March 2026Undo',
    ]);
  });

  it('undoes the correction whose button is pressed', () => {
    const onRemove = vi.fn();
    render(
      <CorrectionList
        locale="en-GB"
        corrections={[bergWrongPerson, larsNotAName]}
        onRemove={onRemove}
        onClearDamaged={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo: “Lars Berg” is not a name' }));
    expect(onRemove).toHaveBeenCalledWith(larsNotAName);
    fireEvent.click(screen.getByRole('button', { name: 'Undo: “Berg” is not Anna Berg' }));
    expect(onRemove).toHaveBeenLastCalledWith(bergWrongPerson);
  });

  it('says how to make a correction when there is none', () => {
    render(<CorrectionList locale="en-GB" corrections={[]} onRemove={vi.fn()} onClearDamaged={vi.fn()} />);
    expect(screen.getByText(/No corrections yet/).textContent).toContain('choose “Not right?” on the card');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('names damaged stored corrections with a way to clear them, and still lists the others', () => {
    const onClearDamaged = vi.fn();
    render(
      <CorrectionList
        locale="en-GB"
        corrections={[larsNotAName]}
        damage={countedNotice('correctionsDamaged', 1)}
        onRemove={vi.fn()}
        onClearDamaged={onClearDamaged}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('One saved correction is damaged');
    fireEvent.click(screen.getByRole('button', { name: 'Clear damaged corrections' }));
    expect(onClearDamaged).toHaveBeenCalled();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
