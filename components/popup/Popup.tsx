/**
 * The toolbar popup: what this page is about and who is on it, at a glance, with the switches
 * for this site and for Backstory as a whole. Renders what it is given; the entrypoint wires it.
 */
import type { PanelView } from '../../lib/popup-view';
import type { PageEntity } from '../../lib/tab-state';
import { PageNotice } from '../shared/PageNotice';
import { PageEntityList } from './PageEntityList';
import { PopupSwitches, type PopupSwitchesProps } from './PopupSwitches';
import { StorySummaryView } from './StorySummaryView';

export type PopupState = PanelView | { kind: 'loading' };

export interface PopupProps extends PopupSwitchesProps {
  view: PopupState;
  onJump: (entity: PageEntity) => void;
  onOpenBriefing: () => void;
  onReload: () => void;
}

export function Popup(props: PopupProps) {
  const { view } = props;
  return (
    <div class="pp">
      <header class="pp-header">
        <h1 class="pp-brand">
          <span class="pp-logo" aria-hidden="true">
            B
          </span>
          Backstory
        </h1>
        {view.kind === 'story' && (
          <button type="button" class="bs-button bs-button--primary pp-header__briefing" onClick={props.onOpenBriefing}>
            Open briefing
            <span aria-hidden="true">→</span>
          </button>
        )}
      </header>
      <main class="pp-main" aria-busy={view.kind === 'loading' || view.kind === 'reading'}>
        {view.kind === 'loading' ? (
          <p class="pp-loading">Loading…</p>
        ) : view.kind === 'story' ? (
          <>
            <StorySummaryView story={view.story} totalMentions={view.totalMentions} />
            <PageEntityList groups={view.groups} onJump={props.onJump} />
          </>
        ) : (
          <PageNotice view={view} onReload={props.onReload} />
        )}
      </main>
      <footer class="pp-footer">
        <PopupSwitches {...props} />
      </footer>
    </div>
  );
}
