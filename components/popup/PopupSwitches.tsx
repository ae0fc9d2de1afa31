/** The two switches: highlights on this site, and Backstory everywhere. */
import { useId } from 'preact/hooks';

export interface PopupSwitchesProps {
  /** Null while loading. */
  settings: { enabled: boolean; siteEnabled: boolean } | null;
  /** The site key ("nytimes.com"), or null on pages that have none. */
  site: string | null;
  onToggleSite: (on: boolean) => void;
  onToggleGlobal: (on: boolean) => void;
}

export function PopupSwitches({ settings, site, onToggleSite, onToggleGlobal }: PopupSwitchesProps) {
  return (
    <div class="pp-switches">
      {site !== null && (
        <Switch
          label={`Highlights on ${site}`}
          checked={settings?.siteEnabled ?? true}
          disabled={settings === null || !settings.enabled}
          onChange={onToggleSite}
        />
      )}
      <Switch
        label="Backstory on all sites"
        checked={settings?.enabled ?? true}
        disabled={settings === null}
        onChange={onToggleGlobal}
      />
    </div>
  );
}

function Switch(props: { label: string; checked: boolean; disabled: boolean; onChange: (on: boolean) => void }) {
  const labelId = useId();
  return (
    <div class="pp-switch">
      <span id={labelId} class="pp-switch__label">
        {props.label}
      </span>
      <button
        type="button"
        role="switch"
        class="pp-switch__control"
        aria-checked={props.checked}
        aria-labelledby={labelId}
        disabled={props.disabled}
        onClick={() => props.onChange(!props.checked)}
      >
        <span class="pp-switch__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
