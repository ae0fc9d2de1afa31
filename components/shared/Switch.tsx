/**
 * An on/off switch with a visible label and an optional hint, announced as a switch: the popup's
 * two switches and the options page's. Styles in components/shared/switch.css.
 */
import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  /** The label's language when it is not the interface's (a story's title). */
  labelLang?: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}

export function Switch({ label, labelLang, hint, checked, disabled, onChange }: SwitchProps) {
  const labelId = useId();
  const hintId = useId();
  return (
    <div class="bs-switch">
      <div class="bs-switch__text">
        <span id={labelId} class="bs-switch__label" lang={labelLang}>
          {label}
        </span>
        {hint && (
          <span id={hintId} class="bs-switch__hint">
            {hint}
          </span>
        )}
      </div>
      <button
        type="button"
        role="switch"
        class="bs-switch__control"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={hint ? hintId : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="bs-switch__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
