/** Highlight style (with a live preview sentence) and the hover delay. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HighlightPainter } from '../../lib/page/highlights';
import { type HighlightStyle, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../../lib/storage/settings';
import type { MessageKey } from '../../lib/views/messages';
import { useMessages } from '../shared/messages';

function rangeOver(element: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

const STYLE_CHOICES: { value: HighlightStyle; label: MessageKey; hint: MessageKey }[] = [
  { value: 'underline', label: 'styleUnderline', hint: 'styleUnderlineHint' },
  { value: 'tint', label: 'styleTint', hint: 'styleTintHint' },
  { value: 'hover', label: 'styleHover', hint: 'styleHoverHint' },
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
  const m = useMessages();
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
        <legend class="op-field-label">{m.t('highlightStyle')}</legend>
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
              <span class="op-choice__label">{m.t(choice.label)}</span>
              <span class="op-choice__hint">{m.t(choice.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <figure class="op-preview" data-style={style} aria-label={m.t('previewLabel')}>
        <p class="op-preview__text" ref={previewText}>
          {m.t('previewText1')} <span class="op-preview__mention">{m.t('previewName1')}</span> {m.t('previewText2')}{' '}
          <span class="op-preview__mention">{m.t('previewName2')}</span>
          {m.t('previewText3')}{' '}
          <span class="op-preview__mention op-preview__mention--hovered">{m.t('previewName3')}</span>{' '}
          {m.t('previewText4')}
        </p>
        <figcaption class="op-preview__caption">
          {m.t('previewCaption')}
          {style === 'hover' ? m.t('previewCaptionHover') : ''}
        </figcaption>
      </figure>

      <div class="op-delay">
        <label class="op-field-label" for={delayId}>
          {m.t('hoverDelay')}
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
            aria-valuetext={m.count('milliseconds', delay)}
            onInput={(event) => setDelay(Number(event.currentTarget.value))}
            onChange={(event) => onHoverDelayChange(Number(event.currentTarget.value))}
          />
          <output for={delayId} class="op-delay__value">
            {m.t('millisecondsShort', delay)}
          </output>
        </div>
        <p class="op-field-hint">{m.t('hoverDelayHint')}</p>
      </div>
    </div>
  );
}
