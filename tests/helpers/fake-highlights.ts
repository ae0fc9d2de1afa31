/**
 * An in-memory stand-in for the CSS Custom Highlight API (happy-dom has none). It has no iteration:
 * the painter must not read a highlight back (Firefox content scripts cannot rely on it), so no
 * test can pass by doing so.
 */
import type { HighlightApi, HighlightLike } from '../../lib/page/highlights';

export class FakeHighlight implements HighlightLike {
  priority = 0;
  readonly ranges = new Set<AbstractRange>();
  get size() {
    return this.ranges.size;
  }
  add(range: AbstractRange) {
    this.ranges.add(range);
  }
  delete(range: AbstractRange) {
    return this.ranges.delete(range);
  }
  clear() {
    this.ranges.clear();
  }
}

/** The API, and the registry behind it for the test to read. */
export function fakeHighlightApi(): { api: HighlightApi; registry: Map<string, FakeHighlight> } {
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
