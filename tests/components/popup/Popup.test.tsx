import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps, type PopupState } from '../../../components/popup/Popup';
import { MessagesProvider } from '../../../components/shared/messages';
import { panelView } from '../../../lib/views/panel-view';
import { deriveTabState } from '../../../lib/views/tab-state';
import { ukrainian } from '../../helpers/messages';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';

const url = 'https://news.example.com/world/istanbul-talks';

function storyView(): PopupState {
  const state = deriveTabState(
    1,
    report([
      mention(0, 'volodymyr-zelensky', 'Zelensky'),
      mention(1, 'vladimir-medinsky', 'Medinsky'),
      mention(2, 'vladimir-medinsky', 'Medinsky'),
      mention(3, 'nato', 'NATO'),
    ]),
    seedCatalog,
    0,
  );
  return panelView({ url, state, contentScriptAnswers: true }, seedCatalog, 'en-GB');
}

function renderPopup(view: PopupState, overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    view,
    site: 'news.example.com',
    settings: { enabled: true, siteEnabled: true },
    onToggleSite: vi.fn(),
    onToggleGlobal: vi.fn(),
    onJump: vi.fn(),
    onOpenBriefing: vi.fn(),
    onReload: vi.fn(),
    ...overrides,
  };
  render(<Popup {...props} />);
  return props;
}

describe('Popup with a story on the page', () => {
  it('shows the story’s headline, source, date and “What you should know”', () => {
    renderPopup(storyView());
    expect(screen.getByRole('heading', { level: 2, name: /Istanbul/ })).toBeTruthy();
    expect(screen.getByText('16 May 2025')).toBeTruthy();
    expect(screen.getByText('4 mentions here')).toBeTruthy();
    const know = screen.getByRole('region', { name: 'What you should know' });
    expect(within(know).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('lists the entities on the page under their side, with mention counts', () => {
    renderPopup(storyView());
    const sides = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sides).toEqual(expect.arrayContaining(['Ukraine', 'Russia', 'Europe']));
    const medinsky = screen.getByRole('button', { name: /Vladimir Medinsky/ });
    expect(medinsky.textContent).toContain('2 mentions on this page');
    expect(screen.getByRole('button', { name: /NATO/ }).textContent).toContain('1 mention on this page');
  });

  it('jumps to an entity’s first mention when the reader picks it', () => {
    const props = renderPopup(storyView());
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Medinsky/ }));
    expect(props.onJump).toHaveBeenCalledWith(
      expect.objectContaining({ entityId: 'vladimir-medinsky', firstMentionIndex: 1 }),
    );
  });

  it('opens the briefing', () => {
    const props = renderPopup(storyView());
    fireEvent.click(screen.getByRole('button', { name: /Open briefing/ }));
    expect(props.onOpenBriefing).toHaveBeenCalledTimes(1);
  });

  it('switches highlights off for this site and Backstory off everywhere', () => {
    const props = renderPopup(storyView());
    const site = screen.getByRole('switch', { name: 'Highlights on news.example.com' });
    expect(site.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(site);
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('switch', { name: 'Backstory on all sites' }));
    expect(props.onToggleGlobal).toHaveBeenCalledWith(false);
  });

  it('greys out the site switch while Backstory is off everywhere', () => {
    renderPopup(storyView(), { settings: { enabled: false, siteEnabled: true } });
    expect((screen.getByRole('switch', { name: /Highlights on/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('switch', { name: 'Backstory on all sites' }).getAttribute('aria-checked')).toBe('false');
  });
});

describe('Popup states without a story', () => {
  it('says when the page mentions no one Backstory knows', () => {
    renderPopup({ kind: 'no-mentions' });
    expect(screen.getByRole('heading', { name: /No one from Backstory’s stories/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /briefing/i })).toBeNull();
  });

  it('explains a page extensions cannot run on, without a site switch', () => {
    const view = panelView(
      { url: 'https://chromewebstore.google.com/detail/x', state: null, contentScriptAnswers: false },
      seedCatalog,
      'en-GB',
    );
    renderPopup(view, { site: null });
    expect(screen.getByRole('heading', { name: 'Backstory can’t read this page' })).toBeTruthy();
    expect(screen.getByText(/extension stores/)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /Highlights on/ })).toBeNull();
  });

  it('explains a PDF', () => {
    renderPopup(
      panelView({ url: 'https://example.com/a.pdf', state: null, contentScriptAnswers: false }, seedCatalog, 'en-GB'),
    );
    expect(screen.getByText(/PDF/)).toBeTruthy();
  });

  it('offers to reload a tab opened before Backstory was installed', () => {
    const props = renderPopup({ kind: 'not-injected' });
    expect(screen.getByRole('heading', { name: /Reload/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload this tab' }));
    expect(props.onReload).toHaveBeenCalledTimes(1);
  });

  it('says Backstory is off for this site', () => {
    renderPopup({ kind: 'off', reason: 'site' }, { settings: { enabled: true, siteEnabled: false } });
    expect(screen.getByRole('heading', { name: 'Backstory is off for this site' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /Highlights on/ }).getAttribute('aria-checked')).toBe('false');
  });

  it('marks the page as busy while it is being read, with the reason in words', () => {
    renderPopup({ kind: 'reading' });
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText(/Reading this page/)).toBeTruthy();
  });

  it('has a banner, a main region and the Backstory heading in every state', () => {
    renderPopup({ kind: 'loading' });
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('heading', { level: 1, name: /Backstory/ })).toBeTruthy();
  });
});

describe('Popup in Ukrainian', () => {
  function renderUkrainian(view: PopupState) {
    render(
      <MessagesProvider value={ukrainian}>
        <Popup
          view={view}
          site="news.example.com"
          settings={{ enabled: true, siteEnabled: true }}
          onToggleSite={vi.fn()}
          onToggleGlobal={vi.fn()}
          onJump={vi.fn()}
          onOpenBriefing={vi.fn()}
          onReload={vi.fn()}
        />
      </MessagesProvider>,
    );
  }

  it('says everything in Ukrainian, with the story’s own translation of its headline and summary', () => {
    renderUkrainian(storyView());
    expect(screen.getByRole('button', { name: /Відкрити огляд/ })).toBeTruthy();
    expect(screen.getByText('Ця сторінка про')).toBeTruthy();
    expect(screen.getByText('4 згадки тут')).toBeTruthy();
    const headline = screen.getByRole('heading', { level: 2, name: /Стамбулі/ });
    expect(headline.getAttribute('lang')).toBe('uk');
    const know = screen.getByRole('region', { name: 'Що варто знати' });
    expect(within(know).getByRole('list').getAttribute('lang')).toBe('uk');
    expect(know.textContent).toContain('трирічної перерви');
    expect(screen.getByRole('switch', { name: 'Підсвічування на news.example.com' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Backstory на всіх сайтах' })).toBeTruthy();
  });

  it('names the sides and counts mentions with Ukrainian plural forms', () => {
    renderUkrainian(storyView());
    const sides = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sides).toEqual(expect.arrayContaining(['Україна', 'Росія', 'Європа']));
    expect(screen.getByRole('button', { name: /Vladimir Medinsky/ }).textContent).toContain('2 згадки на цій сторінці');
    expect(screen.getByRole('button', { name: /NATO/ }).textContent).toContain('1 згадка на цій сторінці');
  });

  it('keeps an untranslated story’s text in English, marked as English', () => {
    renderUkrainian(storyView());
    const role = document.querySelector('.pp-entity__role');
    expect(role?.getAttribute('lang')).toBe('en');
  });

  it('explains a page it cannot read in Ukrainian', () => {
    renderUkrainian({ kind: 'no-mentions' } as PopupState);
    expect(screen.getByRole('heading', { name: 'На цій сторінці немає нікого з історій Backstory' })).toBeTruthy();
  });
});
