/**
 * What the popup and the briefing say when there is no story to show for the tab: a page
 * extensions cannot read, a tab opened before Backstory was installed, a page still being read,
 * Backstory switched off, or a page that mentions nobody Backstory knows.
 */
import type { MessageKey, Messages } from '../../lib/views/messages';
import type { PanelView } from '../../lib/views/panel-view';
import { camelCase, useMessages } from './messages';

export type NoticeView = Exclude<PanelView, { kind: 'story' }>;

export interface PageNoticeProps {
  view: NoticeView;
  /** Offered for a tab opened before installation: reloading it starts Backstory there. */
  onReload?: () => void;
  /** Where the reader turns Backstory back on: below (the popup) or in the toolbar popup (the briefing). */
  switchesAre?: 'below' | 'popup';
  headingLevel?: 2 | 3;
}

const ICONS: Record<NoticeView['kind'], string> = {
  restricted: 'M12 3a5 5 0 0 0-5 5v2H6v11h12V10h-1V8a5 5 0 0 0-5-5Zm-3 7V8a3 3 0 0 1 6 0v2Z',
  'not-injected': 'M12 4a8 8 0 1 0 8 8h-2a6 6 0 1 1-1.8-4.3L14 10h6V4l-2.4 2.4A8 8 0 0 0 12 4Z',
  reading: 'M4 5h16v2H4zm0 6h16v2H4zm0 6h10v2H4z',
  off: 'M11 3h2v9h-2zM7.05 6.05l1.41 1.41a6 6 0 1 0 7.08 0l1.41-1.41a8 8 0 1 1-9.9 0Z',
  'no-mentions': 'M10 4a6 6 0 1 0 3.9 10.6l4.8 4.8 1.4-1.4-4.8-4.8A6 6 0 0 0 10 4Zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z',
};

export function PageNotice({ view, onReload, switchesAre = 'below', headingLevel = 2 }: PageNoticeProps) {
  const m = useMessages();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { title, body } = words(m, view, m.t(switchesAre === 'below' ? 'switchesBelow' : 'switchesInPopup'));
  return (
    <section class="bs-notice" data-state={view.kind} aria-labelledby="bs-notice-title">
      <span class="bs-notice__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d={ICONS[view.kind]} fill="currentColor" />
        </svg>
      </span>
      <Heading id="bs-notice-title">{title}</Heading>
      <p>{body}</p>
      {view.kind === 'not-injected' && onReload && (
        <p>
          <button type="button" class="bs-button bs-button--primary" onClick={onReload}>
            {m.t('reloadTab')}
          </button>
        </p>
      )}
    </section>
  );
}

function words(m: Messages, view: NoticeView, switchesAre: string): { title: string; body: string } {
  switch (view.kind) {
    case 'restricted':
      return {
        title: m.t('noticeRestrictedTitle'),
        body: m.t(`restricted${camelCase(view.restriction.kind)}` as MessageKey),
      };
    case 'not-injected':
      return { title: m.t('noticeNotInjectedTitle'), body: m.t('noticeNotInjectedBody') };
    case 'reading':
      return { title: m.t('noticeReadingTitle'), body: m.t('noticeReadingBody') };
    case 'off':
      return view.reason === 'global'
        ? { title: m.t('noticeOffTitle'), body: m.t('noticeOffBody', switchesAre) }
        : { title: m.t('noticeSiteOffTitle'), body: m.t('noticeSiteOffBody', switchesAre) };
    case 'no-mentions':
      return { title: m.t('noticeNoMentionsTitle'), body: m.t('noticeNoMentionsBody') };
  }
}
