import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { Popup } from '../../../components/popup/Popup';
import { Switch } from '../../../components/shared/Switch';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';

describe('Switch', () => {
  it('is announced as a switch named by its label, described by its hint', () => {
    render(<Switch label="Backstory on all sites" hint="When off, no page is read." checked onChange={() => {}} />);
    const control = screen.getByRole('switch', { name: 'Backstory on all sites' });
    expect(control.getAttribute('aria-checked')).toBe('true');
    const hint = document.getElementById(control.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('When off, no page is read.');
  });

  it('has no description without a hint', () => {
    render(<Switch label="Highlights on bbc.co.uk" checked={false} onChange={() => {}} />);
    const control = screen.getByRole('switch', { name: 'Highlights on bbc.co.uk' });
    expect(control.getAttribute('aria-checked')).toBe('false');
    expect(control.hasAttribute('aria-describedby')).toBe(false);
  });

  it('asks for the opposite of its state when clicked', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Switch label="On" checked onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenLastCalledWith(false);
    rerender(<Switch label="On" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('does nothing while disabled', () => {
    const onChange = vi.fn();
    render(<Switch label="On" checked disabled onChange={onChange} />);
    const control = screen.getByRole('switch') as HTMLButtonElement;
    expect(control.disabled).toBe(true);
    fireEvent.click(control);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('one switch for the popup and the options page', () => {
  const noop = () => {};

  it('renders the same switch markup on both surfaces', () => {
    const popup = render(
      <Popup
        view={{ kind: 'no-mentions' }}
        site="bbc.co.uk"
        settings={{ enabled: true, siteEnabled: true }}
        onToggleSite={noop}
        onToggleGlobal={noop}
        onJump={noop}
        onOpenBriefing={noop}
        onReload={noop}
      />,
    );
    const popupSwitches = [...popup.container.querySelectorAll('[role="switch"]')];
    expect(popupSwitches).toHaveLength(2);
    popup.unmount();

    const options = render(
      <OptionsPage
        settings={{ ...DEFAULT_SETTINGS }}
        locale="en-GB"
        stories={[]}
        importStatus={{ state: 'idle' }}
        maxPackSizeLabel="2 MB"
        shortcuts={[]}
        browserName="chrome"
        problems={[]}
        onGlobalChange={noop}
        onStyleChange={noop}
        onHoverDelayChange={noop}
        siteKeyOf={async () => ({ ok: false, reason: 'not-a-site' })}
        onAddSite={noop}
        onRemoveSite={noop}
        onToggleStory={noop}
        onExportPack={noop}
        onDeletePack={noop}
        onImportFiles={noop}
        corrections={[]}
        onRemoveCorrection={noop}
        onClearDamagedCorrections={noop}
        reading={{
          status: { articles: 0, bytes: 0 },
          message: null,
          onRememberChange: noop,
          onForgetSite: noop,
          onForgetAll: noop,
          onExport: noop,
          onImportFile: noop,
        }}
      />,
    );
    const optionsSwitches = [...options.container.querySelectorAll('[role="switch"]')];
    expect(optionsSwitches.length).toBeGreaterThan(0);

    for (const control of [...popupSwitches, ...optionsSwitches]) {
      expect(control.className).toBe('bs-switch__control');
      expect(control.closest('.bs-switch')).not.toBeNull();
    }
  });

  it('is styled by one stylesheet: neither surface styles its own switch', () => {
    const css = (file: string) => readFileSync(path.resolve(__dirname, '../../../components', file), 'utf8');
    expect(css('shared/switch.css')).toContain('.bs-switch__control[aria-checked="true"]');
    for (const file of ['popup/popup.css', 'options/options.css']) {
      expect(css(file)).not.toMatch(/switch__(control|thumb)/);
    }
  });
});
