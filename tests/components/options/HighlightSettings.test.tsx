import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HighlightSettings } from '../../../components/options/HighlightSettings';

describe('HighlightSettings', () => {
  it('previews the chosen style and reports a new choice', () => {
    const onStyleChange = vi.fn();
    const { container } = render(
      <HighlightSettings
        style="tint"
        hoverDelayMs={300}
        disabled={false}
        onStyleChange={onStyleChange}
        onHoverDelayChange={() => {}}
      />,
    );
    expect(container.querySelector('.op-preview')?.getAttribute('data-style')).toBe('tint');
    fireEvent.click(screen.getByLabelText(/None until hover/));
    expect(onStyleChange).toHaveBeenCalledWith('hover');
  });

  it('shows the delay while dragging and saves it on release', () => {
    const onHoverDelayChange = vi.fn();
    render(
      <HighlightSettings
        style="underline"
        hoverDelayMs={300}
        disabled={false}
        onStyleChange={() => {}}
        onHoverDelayChange={onHoverDelayChange}
      />,
    );
    const slider = screen.getByLabelText('Hover delay');
    fireEvent.input(slider, { target: { value: '650' } });
    expect(screen.getByText('650 ms')).toBeTruthy();
    expect(onHoverDelayChange).not.toHaveBeenCalled();
    fireEvent.change(slider, { target: { value: '650' } });
    expect(onHoverDelayChange).toHaveBeenCalledWith(650);
  });
});
