/** The two switches: highlights on this site, and Backstory everywhere. */
import { useMessages } from '../shared/messages';
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
  const m = useMessages();
  return (
    <div class="pp-switches">
      {site !== null && (
        <Switch
          label={m.t('highlightsOnSite', site)}
          checked={settings?.siteEnabled ?? true}
          disabled={settings === null || !settings.enabled}
          onChange={onToggleSite}
        />
      )}
      <Switch
        label={m.t('onAllSites')}
        checked={settings?.enabled ?? true}
        disabled={settings === null}
        onChange={onToggleGlobal}
      />
    </div>
  );
}
