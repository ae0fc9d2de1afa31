/** The keyboard shortcuts from the manifest, and where each browser lets the reader change them. */

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the reader (or a clash with another extension) left it unassigned. */
  shortcut: string;
}

export interface ShortcutListProps {
  /** Null when the browser does not expose the commands API to this page. */
  shortcuts: readonly Shortcut[] | null;
  browserName: 'chrome' | 'firefox';
  /** Present when this browser lets an extension open its shortcut settings. */
  onOpenSettings?: () => void;
}

import { useMessages } from '../shared/messages';

export function ShortcutList({ shortcuts, browserName, onOpenSettings }: ShortcutListProps) {
  const m = useMessages();
  return (
    <div class="op-shortcuts">
      {shortcuts && shortcuts.length > 0 ? (
        <dl class="op-shortcuts__list">
          {shortcuts.map((s) => (
            <div key={s.name} class="op-shortcuts__row">
              <dt>{s.description || s.name}</dt>
              <dd>
                {s.shortcut ? <Keys combo={s.shortcut} /> : <span class="op-muted">{m.t('shortcutNotSet')}</span>}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="op-empty">{m.t('shortcutsNotListed')}</p>
      )}
      <p class="op-field-hint">
        {browserName === 'firefox' ? (
          <>
            {m.t('shortcutsChangeOpen')} <strong>about:addons</strong>
            {m.t('shortcutsFirefoxThen')} <strong>{m.t('shortcutsFirefoxMenu')}</strong>.
          </>
        ) : (
          <>
            {m.t('shortcutsChangeOpen')} <strong>chrome://extensions/shortcuts</strong> {m.t('shortcutsEdge')}
          </>
        )}
      </p>
      {onOpenSettings && (
        <button type="button" class="bs-button" onClick={onOpenSettings}>
          {m.t('changeShortcuts')}
        </button>
      )}
    </div>
  );
}

function Keys({ combo }: { combo: string }) {
  const keys = combo.split('+');
  return (
    <span class="op-keys">
      {keys.map((key, index) => (
        <span key={`${key}-${index}`}>
          {index > 0 && <span aria-hidden="true">+</span>}
          <kbd>{key}</kbd>
        </span>
      ))}
    </span>
  );
}
