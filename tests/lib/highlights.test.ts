import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVE_HIGHLIGHT,
  type HighlightApi,
  type HighlightLike,
  HighlightPainter,
  highlightCss,
  MENTION_HIGHLIGHT,
} from '../../lib/highlights';

class FakeHighlight implements HighlightLike {
  priority = 0;
  readonly ranges = new Set<AbstractRange>();
  get size() {
    return this.ranges.size;
  }
  add(range: AbstractRange) {
    this.ranges.add(range);
  }
  clear() {
    this.ranges.clear();
  }
}

function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as FakeHighlight),
      get: (name) => registry.get(name),
      delete: (name) => registry.delete(name),
    },
    create: () => new FakeHighlight(),
  };
  return { api, registry };
}

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return range;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
  vi.useRealTimers();
});

describe('HighlightPainter', () => {
  it('registers the mention and active highlights under distinctive names', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter(document, api);
    painter.install();
    expect([...registry.keys()].sort()).toEqual([ACTIVE_HIGHLIGHT, MENTION_HIGHLIGHT].sort());
    expect(registry.get(ACTIVE_HIGHLIGHT)?.priority).toBeGreaterThan(registry.get(MENTION_HIGHLIGHT)?.priority ?? 0);
  });

  it('paints exactly the ranges it is given, replacing the previous ones', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter(document, api);
    painter.install();
    const a = rangeOver('Zelensky');
    const b = rangeOver('Putin');
    painter.paint([a, b]);
    painter.paint([b]);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual([b]);
  });

  it('adds one page-level stylesheet with the ::highlight rules and removes it on uninstall', () => {
    const { api } = fakeApi();
    const before = document.adoptedStyleSheets.length;
    const painter = new HighlightPainter(document, api);
    painter.install();
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    painter.uninstall();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('switching off removes every highlight and leaves the body untouched', () => {
    const { api, registry } = fakeApi();
    document.body.innerHTML = '<p>Volodymyr Zelensky</p>';
    const html = document.body.outerHTML;
    const painter = new HighlightPainter(document, api);
    painter.install();
    painter.paint([rangeOver('Putin')]);
    document.body.lastElementChild?.remove();
    painter.uninstall();
    expect(registry.size).toBe(0);
    expect(document.body.outerHTML).toBe(html);
  });

  it('does not remove a highlight the page registered under the same name after us', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter(document, api);
    painter.install();
    const pages = new FakeHighlight();
    registry.set(MENTION_HIGHLIGHT, pages);
    painter.uninstall();
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(pages);
  });

  it('paints the active mention and clears it', () => {
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter(document, api);
    painter.install();
    const a = rangeOver('Zelensky');
    painter.setActive(a);
    expect([...(registry.get(ACTIVE_HIGHLIGHT)?.ranges ?? [])]).toEqual([a]);
    painter.setActive(undefined);
    expect(registry.get(ACTIVE_HIGHLIGHT)?.size).toBe(0);
  });

  it('flashes a mention, then returns to the hovered one', () => {
    vi.useFakeTimers();
    const { api, registry } = fakeApi();
    const painter = new HighlightPainter(document, api);
    painter.install();
    const hovered = rangeOver('Putin');
    const jumped = rangeOver('Medinsky');
    painter.setActive(hovered);
    painter.flash(jumped, 1000);
    expect([...(registry.get(ACTIVE_HIGHLIGHT)?.ranges ?? [])]).toEqual([jumped]);
    vi.advanceTimersByTime(1000);
    expect([...(registry.get(ACTIVE_HIGHLIGHT)?.ranges ?? [])]).toEqual([hovered]);
  });

  it('does nothing (and throws nothing) where the Highlight API is missing', () => {
    const painter = new HighlightPainter(document, null);
    painter.install();
    painter.paint([rangeOver('Putin')]);
    painter.setActive(undefined);
    painter.uninstall();
    expect(painter.installed).toBe(false);
  });
});

describe('highlight styles', () => {
  it('underlines mentions by default', () => {
    expect(highlightCss('underline')).toMatch(
      /::highlight\(backstory-mention\)\s*\{[^}]*text-decoration-line: underline/,
    );
  });

  it('tints mentions with a translucent background', () => {
    expect(highlightCss('tint')).toMatch(
      /::highlight\(backstory-mention\)\s*\{[^}]*background-color: rgb\([^)]*\/ 0\.\d+\)/,
    );
  });

  it('leaves mentions unmarked in "hover" style but still styles the active one', () => {
    const css = highlightCss('hover');
    expect(css).not.toContain(`::highlight(${MENTION_HIGHLIGHT})`);
    expect(css).toContain(`::highlight(${ACTIVE_HIGHLIGHT})`);
  });
});
