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

export function ShortcutList({ shortcuts, browserName, onOpenSettings }: ShortcutListProps) {
  return (
    <div class="op-shortcuts">
      {shortcuts && shortcuts.length > 0 ? (
        <dl class="op-shortcuts__list">
          {shortcuts.map((s) => (
            <div key={s.name} class="op-shortcuts__row">
              <dt>{s.description || s.name}</dt>
              <dd>{s.shortcut ? <Keys combo={s.shortcut} /> : <span class="op-muted">Not set</span>}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="op-empty">This browser does not list the shortcuts here; see below to view and change them.</p>
      )}
      <p class="op-field-hint">
        {browserName === 'firefox' ? (
          <>
            To change them, open <strong>about:addons</strong>, click the gear menu and choose{' '}
            <strong>Manage Extension Shortcuts</strong>.
          </>
        ) : (
          <>
            To change them, open <strong>chrome://extensions/shortcuts</strong> (in Edge: edge://extensions/shortcuts).
          </>
        )}
      </p>
      {onOpenSettings && (
        <button type="button" class="bs-button" onClick={onOpenSettings}>
          Change shortcuts…
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
