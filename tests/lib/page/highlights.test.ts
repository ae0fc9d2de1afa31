import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVE_HIGHLIGHT,
  browserHighlightApi,
  HighlightPainter,
  MENTION_HIGHLIGHT,
  mentionHighlightName,
} from '../../../lib/page/highlights';
import type { HighlightStyle } from '../../../lib/storage/settings';
import { FakeHighlight, fakeHighlightApi } from '../../helpers/fake-highlights';

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
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    expect([...registry.keys()].sort()).toEqual([ACTIVE_HIGHLIGHT, MENTION_HIGHLIGHT].sort());
    expect(registry.get(ACTIVE_HIGHLIGHT)?.priority).toBeGreaterThan(registry.get(MENTION_HIGHLIGHT)?.priority ?? 0);
  });

  it('paints exactly the ranges it is given, replacing the previous ones', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const a = rangeOver('Zelensky');
    const b = rangeOver('Putin');
    painter.paint([a, b]);
    painter.paint([b]);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual([b]);
  });

  it('paints a long list in slices, each stopping at its deadline', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const ranges = Array.from({ length: 300 }, (_, i) => rangeOver(`Putin ${i}`));
    const phase = painter.repaint(ranges);
    expect(phase(Number.NEGATIVE_INFINITY)).toBe(false);
    const partly = registry.get(MENTION_HIGHLIGHT)?.size ?? 0;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(300);
    while (phase(Number.NEGATIVE_INFINITY) === false);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual(ranges);
  });

  it('repaints without clearing: only the ranges gone are taken out', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const kept = rangeOver('Zelensky');
    const gone = rangeOver('Putin');
    const added = rangeOver('Medinsky');
    painter.paint([kept, gone]);
    const mention = registry.get(MENTION_HIGHLIGHT) as FakeHighlight;
    const clear = vi.spyOn(mention, 'clear');
    const removed = vi.spyOn(mention, 'delete');
    painter.paint([kept, added]);
    expect(clear).not.toHaveBeenCalled();
    expect(removed.mock.calls).toEqual([[gone]]);
    expect([...mention.ranges]).toEqual([kept, added]);
  });

  it('takes out on the next paint what a paint given up half-way had still to take out', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const old = Array.from({ length: 300 }, (_, i) => rangeOver(`Putin ${i}`));
    painter.paint(old);
    const kept = rangeOver('Zelensky');
    // A newer scan drops this paint after its first slice (the engine's job moved on).
    painter.repaint([kept])(Number.NEGATIVE_INFINITY);
    painter.paint([kept]);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual([kept]);
  });

  it('paints again what a page took out of the highlight itself', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const a = rangeOver('Zelensky');
    const b = rangeOver('Putin');
    painter.paint([a]);
    // What a page's CSS.highlights.get('backstory-mention').clear() does.
    registry.get(MENTION_HIGHLIGHT)?.clear();
    painter.paint([a, b]);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual([a, b]);
  });

  it('puts its highlights back when the page clears the registry, with their ranges', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const a = rangeOver('Zelensky');
    painter.paint([a]);
    const mention = registry.get(MENTION_HIGHLIGHT);
    // What a page's CSS.highlights.clear() does.
    registry.clear();
    painter.restore();
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(mention);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual([a]);
    expect(registry.get(ACTIVE_HIGHLIGHT)).toBeDefined();
    // A hover after a clear brings them back as well.
    registry.clear();
    painter.setActive(a);
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(mention);
    expect([...(registry.get(ACTIVE_HIGHLIGHT)?.ranges ?? [])]).toEqual([a]);
  });

  it('restores nothing before it is installed or after it is uninstalled', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.restore();
    expect(registry.size).toBe(0);
    painter.install();
    painter.uninstall();
    painter.restore();
    expect(registry.size).toBe(0);
  });

  it('says it is installed from install to uninstall, and installs once', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    expect(painter.installed).toBe(false);
    painter.install();
    expect(painter.installed).toBe(true);
    const mention = registry.get(MENTION_HIGHLIGHT);
    const range = rangeOver('Putin');
    painter.paint([range]);
    painter.install();
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(mention);
    expect([...(mention?.ranges ?? [])]).toEqual([range]);
    painter.uninstall();
    expect(painter.installed).toBe(false);
  });

  it('touches no registry before it is installed: uninstall, a style change and a paint do nothing', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    expect(() => painter.uninstall()).not.toThrow();
    painter.setStyle('tint');
    expect(painter.repaint([rangeOver('Putin')])(Number.POSITIVE_INFINITY)).toBe(true);
    expect(registry.size).toBe(0);
  });

  it('repaints a long list over another in slices, ending with exactly the new ranges', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const old = Array.from({ length: 200 }, (_, i) => rangeOver(`Putin ${i}`));
    const next = Array.from({ length: 200 }, (_, i) => rangeOver(`Zelensky ${i}`));
    painter.paint(old);
    const phase = painter.repaint(next);
    let slices = 1;
    while (phase(Number.NEGATIVE_INFINITY) === false) slices++;
    expect(slices).toBeGreaterThan(2);
    expect([...(registry.get(MENTION_HIGHLIGHT)?.ranges ?? [])]).toEqual(next);
  });

  it('adds no stylesheet or element to the page (the manifest stylesheet styles the highlights)', () => {
    const { api } = fakeHighlightApi();
    const head = document.head.innerHTML;
    const painter = new HighlightPainter(api, 'tint');
    painter.install();
    painter.paint([rangeOver('Putin')]);
    painter.setStyle('underline');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.head.innerHTML).toBe(head);
  });

  it("registers the mentions under their style's name and moves them when the style changes", () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api, 'tint');
    painter.install();
    const range = rangeOver('Putin');
    painter.paint([range]);
    const mentions = registry.get(mentionHighlightName('tint'));
    expect([...(mentions?.ranges ?? [])]).toEqual([range]);
    painter.setStyle('hover');
    expect(registry.has(mentionHighlightName('tint'))).toBe(false);
    expect(registry.get(mentionHighlightName('hover'))).toBe(mentions);
    painter.uninstall();
    expect(registry.size).toBe(0);
  });

  it('looks the browser’s API up at the first install, not when it is made', () => {
    const { api, registry } = fakeHighlightApi();
    const reads = vi.fn(() => api.registry);
    // happy-dom has no CSS.highlights: the browser's, stood in for by the fake.
    vi.stubGlobal('CSS', {
      get highlights() {
        return reads();
      },
    });
    vi.stubGlobal('Highlight', FakeHighlight);
    try {
      const painter = new HighlightPainter(undefined, 'tint');
      painter.setStyle('hover');
      painter.paint([]);
      expect(reads).not.toHaveBeenCalled();
      painter.install();
      expect(reads).toHaveBeenCalled();
      expect([...registry.keys()].sort()).toEqual([ACTIVE_HIGHLIGHT, mentionHighlightName('hover')].sort());
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('finds no browser API unless the page has both the highlight registry and the Highlight class', () => {
    const { api } = fakeHighlightApi();
    try {
      vi.stubGlobal('CSS', { highlights: api.registry });
      expect(browserHighlightApi()).toBeNull();
      vi.stubGlobal('Highlight', FakeHighlight);
      const found = browserHighlightApi();
      expect(found?.registry).toBe(api.registry);
      expect(found?.create()).toBeInstanceOf(FakeHighlight);
      vi.stubGlobal('CSS', {});
      expect(browserHighlightApi()).toBeNull();
      vi.stubGlobal('CSS', undefined);
      expect(browserHighlightApi()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes a style set before it was installed', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.setStyle('tint');
    painter.install();
    expect([...registry.keys()].sort()).toEqual([ACTIVE_HIGHLIGHT, mentionHighlightName('tint')].sort());
  });

  it('switching off removes every highlight and leaves the body untouched', () => {
    const { api, registry } = fakeHighlightApi();
    document.body.innerHTML = '<p>Volodymyr Zelensky</p>';
    const html = document.body.outerHTML;
    const painter = new HighlightPainter(api);
    painter.install();
    painter.paint([rangeOver('Putin')]);
    document.body.lastElementChild?.remove();
    painter.uninstall();
    expect(registry.size).toBe(0);
    expect(document.body.outerHTML).toBe(html);
  });

  it('does not remove a highlight the page registered under the same name after us', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const pages = new FakeHighlight();
    registry.set(MENTION_HIGHLIGHT, pages);
    painter.uninstall();
    expect(registry.get(MENTION_HIGHLIGHT)).toBe(pages);
  });

  it('paints the active mention and clears it', () => {
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.install();
    const a = rangeOver('Zelensky');
    painter.setActive(a);
    expect([...(registry.get(ACTIVE_HIGHLIGHT)?.ranges ?? [])]).toEqual([a]);
    painter.setActive(undefined);
    expect(registry.get(ACTIVE_HIGHLIGHT)?.size).toBe(0);
  });

  it('flashes a mention, then returns to the hovered one', () => {
    vi.useFakeTimers();
    const { api, registry } = fakeHighlightApi();
    const painter = new HighlightPainter(api);
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
    const painter = new HighlightPainter(null);
    painter.install();
    painter.paint([rangeOver('Putin')]);
    painter.setActive(undefined);
    painter.uninstall();
    expect(painter.installed).toBe(false);
  });
});

describe('the highlight stylesheet (public/highlights.css)', () => {
  const css = readFileSync(path.resolve(__dirname, '../../../public/highlights.css'), 'utf8');
  /** The declarations of the rule for one highlight name, or undefined when it has none. */
  const ruleFor = (name: string) => new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1];

  it('gives every style its own highlight name', () => {
    // `satisfies` fails to compile when a style is added to the settings and not here.
    const styles = Object.keys({ underline: true, tint: true, hover: true } satisfies Record<HighlightStyle, true>);
    const names = (styles as HighlightStyle[]).map(mentionHighlightName);
    expect(new Set(names).size).toBe(styles.length);
    expect(mentionHighlightName('underline')).toBe(MENTION_HIGHLIGHT);
  });

  it('underlines mentions by default', () => {
    expect(ruleFor(mentionHighlightName('underline'))).toMatch(/text-decoration-line: underline/);
  });

  it('tints mentions with a translucent background', () => {
    expect(ruleFor(mentionHighlightName('tint'))).toMatch(/background-color: rgb\([^)]*\/ 0\.\d+\)/);
  });

  it('leaves mentions unmarked in "hover" style but styles the active one', () => {
    expect(ruleFor(mentionHighlightName('hover'))).toBeUndefined();
    expect(ruleFor(ACTIVE_HIGHLIGHT)).toMatch(/background-color/);
  });
});

describe('HighlightPainter in shadow roots', () => {
  const css = '::highlight(backstory-mention) { text-decoration-line: underline; }';
  function shadowRoot(): ShadowRoot {
    const host = document.createElement('x-host');
    document.body.append(host);
    return host.attachShadow({ mode: 'open' });
  }

  it('gives a shadow root holding mentions the highlight rules, once, beside the page’s own sheets', () => {
    const { api } = fakeHighlightApi();
    const painter = new HighlightPainter(api, 'underline', css);
    const root = shadowRoot();
    const pageSheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [pageSheet];
    painter.install();
    painter.styleShadowRoot(root);
    painter.styleShadowRoot(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(root.adoptedStyleSheets[1]).toBeInstanceOf(CSSStyleSheet);
    expect(root.adoptedStyleSheets[1]).not.toBe(pageSheet);
  });

  it('puts its rules back when the page resets the root’s sheets, and takes them out on uninstall', () => {
    const { api } = fakeHighlightApi();
    const painter = new HighlightPainter(api, 'underline', css);
    const root = shadowRoot();
    painter.install();
    painter.styleShadowRoot(root);
    root.adoptedStyleSheets = [];
    painter.restore();
    expect(root.adoptedStyleSheets).toHaveLength(1);
    // Restored again with its rules still there: once is enough.
    painter.restore();
    expect(root.adoptedStyleSheets).toHaveLength(1);
    painter.uninstall();
    expect(root.adoptedStyleSheets).toEqual([]);
  });

  it('takes out only its own rules on uninstall: sheets the page put in their place stay', () => {
    const { api } = fakeHighlightApi();
    const painter = new HighlightPainter(api, 'underline', css);
    const root = shadowRoot();
    painter.install();
    painter.styleShadowRoot(root);
    const pageSheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [pageSheet];
    painter.uninstall();
    expect(root.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('gives every root the same sheet, and takes it out of each on uninstall', () => {
    const { api } = fakeHighlightApi();
    const painter = new HighlightPainter(api, 'underline', css);
    const [a, b] = [shadowRoot(), shadowRoot()];
    painter.install();
    painter.styleShadowRoot(a);
    painter.styleShadowRoot(b);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    painter.uninstall();
    expect([a.adoptedStyleSheets, b.adoptedStyleSheets]).toEqual([[], []]);
  });

  it('forgets a root whose host left the page: its sheets are not put back', () => {
    const { api } = fakeHighlightApi();
    const painter = new HighlightPainter(api, 'underline', css);
    const root = shadowRoot();
    painter.install();
    painter.styleShadowRoot(root);
    root.host.remove();
    root.adoptedStyleSheets = [];
    painter.restore();
    expect(root.adoptedStyleSheets).toEqual([]);
  });

  it('adds nothing before it is installed, or without rules to add', () => {
    const { api } = fakeHighlightApi();
    const root = shadowRoot();
    new HighlightPainter(api, 'underline', css).styleShadowRoot(root);
    const bare = new HighlightPainter(api);
    bare.install();
    bare.styleShadowRoot(root);
    expect(root.adoptedStyleSheets).toEqual([]);
  });
});
