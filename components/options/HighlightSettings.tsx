/** Highlight style (with a live preview sentence) and the hover delay. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HighlightPainter } from '../../lib/page/highlights';
import { type HighlightStyle, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../../lib/storage/settings';

function rangeOver(element: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

const STYLE_CHOICES: { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Underline', hint: 'A thin dotted line under each name.' },
  { value: 'tint', label: 'Tint', hint: 'A soft background behind each name.' },
  { value: 'hover', label: 'None until hover', hint: 'Names look like the rest of the text until you point at them.' },
];

export interface HighlightSettingsProps {
  style: HighlightStyle;
  hoverDelayMs: number;
  disabled: boolean;
  onStyleChange: (style: HighlightStyle) => void;
  onHoverDelayChange: (ms: number) => void;
}

export function HighlightSettings({
  style,
  hoverDelayMs,
  disabled,
  onStyleChange,
  onHoverDelayChange,
}: HighlightSettingsProps) {
  const delayId = useId();
  const [delay, setDelay] = useState(hoverDelayMs);
  useEffect(() => setDelay(hoverDelayMs), [hoverDelayMs]);

  // The preview is painted as a page is: the same highlights, styled by the same stylesheet
  // (public/highlights.css, linked by the options page). No Highlight API (tests): plain text.
  const previewText = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const text = previewText.current;
    if (!text) return;
    const painter = new HighlightPainter(undefined, style);
    painter.install();
    painter.paint([...text.querySelectorAll('.op-preview__mention')].map(rangeOver));
    const hovered = text.querySelector('.op-preview__mention--hovered');
    if (style === 'hover' && hovered) painter.setActive(rangeOver(hovered));
    return () => painter.uninstall();
  }, [style]);

  return (
    <div class="op-highlight">
      <fieldset class="op-choices" disabled={disabled}>
        <legend class="op-field-label">Highlight style</legend>
        {STYLE_CHOICES.map((choice) => (
          <label key={choice.value} class="op-choice" data-checked={choice.value === style}>
            <input
              type="radio"
              name="highlight-style"
              value={choice.value}
              checked={choice.value === style}
              onChange={() => onStyleChange(choice.value)}
            />
            <span class="op-choice__text">
              <span class="op-choice__label">{choice.label}</span>
              <span class="op-choice__hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <figure class="op-preview" data-style={style} aria-label="Preview of the highlight style">
        <p class="op-preview__text" ref={previewText}>
          Turkish Foreign Minister <span class="op-preview__mention">Hakan Fidan</span> opened the talks at{' '}
          <span class="op-preview__mention">Dolmabahçe Palace</span>, where{' '}
          <span class="op-preview__mention op-preview__mention--hovered">Vladimir Medinsky</span> led Russia’s
          delegation.
        </p>
        <figcaption class="op-preview__caption">
          Preview{style === 'hover' ? ' — the last name shows how a name looks while you point at it' : ''}
        </figcaption>
      </figure>

      <div class="op-delay">
        <label class="op-field-label" for={delayId}>
          Hover delay
        </label>
        <div class="op-delay__row">
          <input
            id={delayId}
            type="range"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={delay}
            disabled={disabled}
            aria-valuetext={`${delay} milliseconds`}
            onInput={(event) => setDelay(Number(event.currentTarget.value))}
            onChange={(event) => onHoverDelayChange(Number(event.currentTarget.value))}
          />
          <output for={delayId} class="op-delay__value">
            {delay} ms
          </output>
        </div>
        <p class="op-field-hint">How long to rest the pointer on a name before its card opens.</p>
      </div>
    </div>
  );
}
