/**
 * The toolbar popup: what this page is about and who is on it, at a glance, with the switches
 * for this site and for Backstory as a whole. Renders what it is given; the entrypoint wires it.
 */
import type { PanelView } from '../../lib/views/panel-view';
import type { PageEntity } from '../../lib/views/tab-state';
import { useMessages } from '../shared/messages';
import { PageNotice } from '../shared/PageNotice';
import { PageEntityList } from './PageEntityList';
import { PopupSwitches, type PopupSwitchesProps } from './PopupSwitches';
import { StorySummaryView } from './StorySummaryView';

export type PopupState = PanelView | { kind: 'loading' };

/** "Find names on this page": not asked yet, reading, or read and nothing found. */
export type FindNamesState = 'idle' | 'reading' | 'none-found';

export interface PopupProps extends PopupSwitchesProps {
  view: PopupState;
  onJump: (entity: PageEntity) => void;
  onOpenBriefing: () => void;
  onReload: () => void;
  /** Reads the page as an article on demand; offered where Backstory has not read one. */
  onFindNames?: () => void;
  findNames?: FindNamesState;
}

/** Pages where reading the article on demand can add something. */
function canFindNames(view: PopupState): boolean {
  return view.kind === 'no-mentions' || (view.kind === 'story' && !view.state.article);
}

export function Popup(props: PopupProps) {
  const { view } = props;
  const m = useMessages();
  return (
    <div class="pp-popup">
      <header class="pp-header">
        <h1 class="pp-brand">
          <span class="bs-logo pp-logo" aria-hidden="true">
            B
          </span>
          {m.t('extName')}
        </h1>
        {view.kind === 'story' && (
          <button type="button" class="bs-button bs-button--primary pp-header__briefing" onClick={props.onOpenBriefing}>
            {m.t('openBriefing')}
            <span aria-hidden="true">→</span>
          </button>
        )}
      </header>
      <main class="pp-main" aria-busy={view.kind === 'loading' || view.kind === 'reading'}>
        {view.kind === 'loading' ? (
          <p class="pp-loading">{m.t('loading')}</p>
        ) : view.kind === 'story' ? (
          <>
            <StorySummaryView story={view.story} related={view.related} totalMentions={view.totalMentions} />
            <PageEntityList groups={view.groups} onJump={props.onJump} />
          </>
        ) : (
          <PageNotice view={view} onReload={props.onReload} />
        )}
        {props.onFindNames && canFindNames(view) && (
          <div class="pp-find">
            <button
              type="button"
              class="bs-button pp-find__button"
              onClick={props.onFindNames}
              disabled={props.findNames === 'reading'}
            >
              {props.findNames === 'reading' ? m.t('findReading') : m.t('findNames')}
            </button>
            <p class="pp-find__hint" role="status">
              {props.findNames === 'none-found' ? m.t('findNoneFound') : m.t('findHint')}
            </p>
          </div>
        )}
      </main>
      <footer class="pp-footer">
        <PopupSwitches {...props} />
      </footer>
    </div>
  );
}
