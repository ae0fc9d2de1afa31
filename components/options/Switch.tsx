/** An on/off switch with a visible label and an optional hint, announced as a switch. */
import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}

export function Switch({ label, hint, checked, disabled, onChange }: SwitchProps) {
  const labelId = useId();
  const hintId = useId();
  return (
    <div class="op-switch">
      <div class="op-switch__text">
        <span id={labelId} class="op-switch__label">
          {label}
        </span>
        {hint && (
          <span id={hintId} class="op-switch__hint">
            {hint}
          </span>
        )}
      </div>
      <button
        type="button"
        role="switch"
        class="op-switch__control"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={hint ? hintId : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="op-switch__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
