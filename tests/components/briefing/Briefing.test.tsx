import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Briefing, type BriefingProps } from '../../../components/briefing/Briefing';
import { MENTION_PAGE } from '../../../components/briefing/OnThisPage';
import { MessagesProvider } from '../../../components/shared/messages';
import { briefingView, mentionRows } from '../../../lib/views/briefing-view';
import { frameMentions } from '../../../lib/views/frame-mentions';
import { panelView } from '../../../lib/views/panel-view';
import { deriveTabState, pageEntities } from '../../../lib/views/tab-state';
import { ukrainian } from '../../helpers/messages';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';
import { allContents } from '../../helpers/person-contents';

const state = deriveTabState(
  1,
  report([
    mention(0, 'volodymyr-zelensky', 'Zelensky'),
    mention(1, 'vladimir-medinsky', 'Medinsky'),
    mention(2, 'hakan-fidan', 'Fidan'),
  ]),
  seedCatalog,
  0,
);

function renderBriefing(overrides: Partial<BriefingProps> = {}) {
  const props: BriefingProps = {
    view: panelView({ url: state.url, state, contentScriptAnswers: true }, seedCatalog, 'en-GB'),
    briefing: briefingView(
      seedCatalog,
      'istanbul-talks-2025',
      pageEntities(state, seedCatalog, 'istanbul-talks-2025', 'en'),
      'en-GB',
    ),
    mentions: mentionRows(state, seedCatalog, 'istanbul-talks-2025'),
    contents: allContents(seedCatalog, 'istanbul-talks-2025'),
    onOpenPerson: vi.fn(),
    onJump: vi.fn(),
    onReload: vi.fn(),
    ...overrides,
  };
  const result = render(<Briefing {...props} />);
  return { props, ...result };
}

const region = (name: string) => screen.getByRole('region', { name });

describe('Briefing', () => {
  it('has every section, each a named region, with a nav to reach them', () => {
    renderBriefing();
    for (const name of [
      'What you should know',
      'Where each side stands',
      'Who’s who',
      'On this page',
      'Timeline',
      'Key quotes',
      'Key figures',
      'Sources',
    ]) {
      expect(region(name)).toBeTruthy();
    }
    const nav = screen.getByRole('navigation', { name: 'Briefing sections' });
    expect(within(nav).getAllByRole('link').length).toBe(8);
    expect(screen.getByRole('heading', { level: 1, name: /Istanbul/ })).toBeTruthy();
  });

  it('shows each side’s position with its cited sentence on demand', () => {
    renderBriefing();
    const positions = region('Where each side stands');
    const russia = within(positions).getByText('Russia').closest('li') as HTMLElement;
    const toggle = within(russia).getByRole('button', { name: 'Source' });
    const quote = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(quote.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(quote.hidden).toBe(false);
    expect(quote.textContent).toMatch(/“.+”/);
  });

  it('filters who’s who by name, spelling or role as the reader types', () => {
    renderBriefing();
    const people = region('Who’s who');
    const search = within(people).getByRole('searchbox', { name: /Search people/ });
    const before = within(people).getAllByRole('button', { expanded: false }).length;
    fireEvent.input(search, { target: { value: 'zelenskyy' } });
    const shown = within(people).getAllByRole('button', { expanded: false });
    expect(shown.length).toBeLessThan(before);
    expect(shown.map((b) => b.getAttribute('data-entity-id'))).toContain('volodymyr-zelensky');
    expect(within(people).getByText(/of 32 match/)).toBeTruthy();
    fireEvent.input(search, { target: { value: 'qwxz' } });
    expect(within(people).getByText('No one matches “qwxz”')).toBeTruthy();
  });

  it('expands an entry to the full card content, and jumps to its first mention', () => {
    const { props } = renderBriefing();
    const people = region('Who’s who');
    const entry = within(people).getByRole('button', { name: /^Vladimir Medinsky/, expanded: false });
    fireEvent.click(entry);
    expect(entry.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(entry.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(panel.hidden).toBe(false);
    expect(within(panel).getByText('What the story says')).toBeTruthy();
    expect(within(panel).getByText('In their words')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Go to first mention on the page' }));
    expect(props.onJump).toHaveBeenCalledWith(1, undefined);
  });

  it('lands on the entity a card asked for: expanded and focused', () => {
    renderBriefing({ focus: { entityId: 'nato', nonce: 1 } });
    const entry = screen.getByRole('button', { name: /^NATO/ });
    expect(entry.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(entry);
  });

  it('clears a search that would hide the entity a card asked for', () => {
    const { props, rerender } = renderBriefing();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'medinsky' } });
    rerender(<Briefing {...props} focus={{ entityId: 'nato', nonce: 2 }} />);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: /^NATO/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lists the mentions on this page in page order with their snippets, and jumps to one', () => {
    const { props } = renderBriefing();
    const onPage = region('On this page');
    const rows = within(onPage).getAllByRole('button');
    expect(rows.map((r) => r.getAttribute('data-mention-index'))).toEqual(['0', '1', '2']);
    expect(rows[1]?.textContent).toContain('words before Medinsky');
    expect(rows[1]?.querySelector('mark')?.textContent).toBe('Medinsky');
    fireEvent.click(rows[2] as HTMLElement);
    expect(props.onJump).toHaveBeenCalledWith(2, undefined);
  });

  it('lists a frame’s mentions after the top frame’s and sends a jump to the frame holding it', () => {
    const frame = frameMentions(4, report([mention(0, 'marco-rubio', 'Rubio')]), (id) => seedCatalog.entities.has(id));
    const framed = deriveTabState(1, state, seedCatalog, 0, undefined, frame ? [frame] : []);
    const onJump = vi.fn();
    renderBriefing({ mentions: mentionRows(framed, seedCatalog, 'istanbul-talks-2025'), onJump });
    const rows = within(region('On this page')).getAllByRole('button');
    expect(rows.map((r) => [r.getAttribute('data-mention-index'), r.getAttribute('data-frame-id')])).toEqual([
      ['0', null],
      ['1', null],
      ['2', null],
      ['0', '4'],
    ]);
    fireEvent.click(rows[3] as HTMLElement);
    expect(onJump).toHaveBeenCalledWith(0, 4);
  });

  it('names the article and each background reference under Sources', () => {
    renderBriefing();
    const sources = region('Sources');
    expect(within(sources).getByText('The article')).toBeTruthy();
    expect(within(sources).getAllByText('Background').length).toBeGreaterThan(0);
  });

  it('explains a page with nothing to brief on, and offers a reload where that helps', () => {
    const onReload = vi.fn();
    renderBriefing({ view: { kind: 'not-injected' }, briefing: undefined, mentions: [], onReload });
    expect(screen.getByRole('main')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload this tab' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('explains a restricted page', () => {
    renderBriefing({
      view: panelView({ url: 'chrome://newtab', state: null, contentScriptAnswers: false }, seedCatalog, 'en-GB'),
      briefing: undefined,
      mentions: [],
    });
    expect(screen.getByRole('heading', { name: 'Backstory can’t read this page' })).toBeTruthy();
  });
});

describe('Briefing on a page with more mentions than the report lists', () => {
  // Two distinctive names, so the page counts as about the story.
  const page = Array.from({ length: 250 }, (_, i) =>
    i === 0 ? mention(i, 'volodymyr-zelensky', 'Zelensky') : mention(i, 'vladimir-medinsky', 'Medinsky'),
  );
  const capped = deriveTabState(1, report(page, {}, 200), seedCatalog, 0);
  const props = () => ({
    view: panelView({ url: capped.url, state: capped, contentScriptAnswers: true }, seedCatalog, 'en-GB'),
    briefing: briefingView(
      seedCatalog,
      'istanbul-talks-2025',
      pageEntities(capped, seedCatalog, 'istanbul-talks-2025', 'en'),
      'en-GB',
    ),
    mentions: mentionRows(capped, seedCatalog, 'istanbul-talks-2025'),
  });

  it('lists the first mentions and says how many the page has', () => {
    renderBriefing(props());
    const onPage = region('On this page');
    expect(within(onPage).getAllByRole('listitem')).toHaveLength(MENTION_PAGE);
    expect(within(onPage).getByText('First 200 of 250 in page order')).toBeTruthy();
    expect(within(onPage).getByRole('note').textContent).toMatch(
      /This page has 250 mentions; only the first 200 are listed here/,
    );
    const nav = screen.getByRole('navigation', { name: 'Briefing sections' });
    expect(within(nav).getByRole('link', { name: /On page/ }).textContent).toMatch(/250/);
  });

  it('shows a long list a page at a time, and "show more" moves focus to the first row it added', () => {
    renderBriefing(props());
    const onPage = region('On this page');
    const more = within(onPage).getByRole('button', { name: 'Show 50 more (150 not shown yet)' });
    fireEvent.click(more);
    const rows = within(onPage).getAllByRole('listitem');
    expect(rows).toHaveLength(2 * MENTION_PAGE);
    expect(document.activeElement).toBe(within(rows[MENTION_PAGE] as HTMLElement).getByRole('button'));
    fireEvent.click(within(onPage).getByRole('button', { name: 'Show 50 more (100 not shown yet)' }));
    fireEvent.click(within(onPage).getByRole('button', { name: 'Show 50 more (50 not shown yet)' }));
    expect(within(onPage).getAllByRole('listitem')).toHaveLength(200);
    expect(within(onPage).queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('says nothing about a cap when every mention is listed', () => {
    renderBriefing();
    expect(within(region('On this page')).queryByRole('note')).toBeNull();
    expect(within(region('On this page')).getByText('3 in page order')).toBeTruthy();
  });
});

describe('Briefing in Ukrainian', () => {
  function renderUkrainian(overrides: Partial<BriefingProps> = {}) {
    const props: BriefingProps = {
      view: panelView({ url: state.url, state, contentScriptAnswers: true }, seedCatalog, 'uk'),
      briefing: briefingView(
        seedCatalog,
        'istanbul-talks-2025',
        pageEntities(state, seedCatalog, 'istanbul-talks-2025', 'en'),
        'uk',
      ),
      mentions: mentionRows(state, seedCatalog, 'istanbul-talks-2025'),
      contents: allContents(seedCatalog, 'istanbul-talks-2025', 'uk'),
      onOpenPerson: vi.fn(),
      onJump: vi.fn(),
      onReload: vi.fn(),
      ...overrides,
    };
    return render(
      <MessagesProvider value={ukrainian}>
        <Briefing {...props} />
      </MessagesProvider>,
    );
  }

  it('labels background references, their access date and a person’s connections in Ukrainian', () => {
    renderUkrainian();
    // The first entry that has connections is enough; expanding all of them is slow in happy-dom.
    for (const entry of screen.getAllByRole('button', { expanded: false })) {
      fireEvent.click(entry);
      if (document.body.textContent?.includes('Зв’язки')) break;
    }
    const text = document.body.textContent ?? '';
    expect(text).toContain('Довідка');
    expect(text).toContain('переглянуто');
    expect(text).toContain('Зв’язки');
    expect(text).not.toMatch(/\b(Background|accessed|Connections|Loading)\b/);
  });

  it('says it is loading in Ukrainian', () => {
    renderUkrainian({ view: { kind: 'loading' }, briefing: undefined, mentions: [] });
    expect(screen.getByText('Завантаження…')).toBeTruthy();
  });
});
