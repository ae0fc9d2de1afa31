/** The two switches: highlights on this site, and Backstory everywhere. */
import { Switch } from '../shared/Switch';

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
