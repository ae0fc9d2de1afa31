import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, DEFAULT_DWELL_MS, DEFAULT_GRACE_MS } from '../../../lib/page/hover-intent';

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    open: (target, how) => events.push(`open ${target} ${how}`),
    close: () => events.push('close'),
  });
  return { intent, events };
}

describe('hover intent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens a card once the pointer rests on a mention for the dwell time', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS - 1);
    expect(events).toEqual([]);
    // Further pointer moves inside the same mention do not restart the dwell.
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open medinsky hover']);
    expect(intent.current()).toBe('medinsky');
  });

  it('reads a dwell given as a function at each hover, so a changed setting applies live', () => {
    let delay = 600;
    const events: string[] = [];
    const intent = createHoverIntent<string>({
      open: (target) => events.push(`open ${target}`),
      close: () => events.push('close'),
      dwellMs: () => delay,
    });
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(599);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open medinsky']);
    intent.closeNow();
    intent.pointerOver(undefined);
    delay = 100;
    intent.pointerOver('umerov');
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open medinsky', 'close', 'open umerov']);
  });

  it('opens nothing when the pointer only crosses a mention', () => {
    const { intent, events } = setup();
    intent.pointerOver(undefined);
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(120);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('opens nothing while the pointer sweeps across several mentions in a row', () => {
    const { intent, events } = setup();
    for (const name of ['putin', 'trump', 'putin', 'zelensky']) {
      intent.pointerOver(name);
      vi.advanceTimersByTime(150);
    }
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('keeps the card open while the pointer travels from the mention into the card', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerOver(undefined); // the gap between mention and card
    vi.advanceTimersByTime(DEFAULT_GRACE_MS - 50);
    intent.pointerInCard(true);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open medinsky hover']);
  });

  it('closes the card a grace period after the pointer leaves the mention', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(DEFAULT_GRACE_MS - 1);
    expect(events).toEqual(['open medinsky hover']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open medinsky hover', 'close']);
    expect(intent.current()).toBeUndefined();
  });

  it('closes the card a grace period after the pointer leaves the card', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerInCard(true);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(DEFAULT_GRACE_MS);
    expect(events).toEqual(['open medinsky hover', 'close']);
  });

  it('keeps the card when the pointer comes back to its mention within the grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(DEFAULT_GRACE_MS / 2);
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open medinsky hover']);
  });

  it('switches to another mention’s card after resting on it', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    expect(events).toEqual(['open medinsky hover', 'open putin hover']);
    vi.advanceTimersByTime(5000);
    expect(intent.current()).toBe('putin');
  });

  it('keeps a pinned card open when the pointer wanders off', () => {
    const { intent, events } = setup();
    intent.openPinned('medinsky');
    intent.pointerOver(undefined);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open medinsky pinned']);
    expect(intent.isPinned()).toBe(true);
    intent.closeNow();
    expect(events).toEqual(['open medinsky pinned', 'close']);
    expect(intent.isPinned()).toBe(false);
  });

  it('keeps a hover card open once the reader clicks inside it', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerInCard(true);
    intent.pin();
    intent.pointerInCard(false);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open medinsky hover']);
  });

  it('does not open a pending card after it was closed at once', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    intent.closeNow();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });

  it('uses the caller’s idea of sameness for re-created mentions', () => {
    const events: string[] = [];
    const intent = createHoverIntent<{ index: number }>({
      open: (t) => events.push(`open ${t.index}`),
      close: () => events.push('close'),
      same: (a, b) => a.index === b.index,
    });
    intent.pointerOver({ index: 3 });
    vi.advanceTimersByTime(DEFAULT_DWELL_MS / 2);
    intent.pointerOver({ index: 3 });
    vi.advanceTimersByTime(DEFAULT_DWELL_MS / 2);
    expect(events).toEqual(['open 3']);
  });
});

describe('hover intent: the pointer’s way between mentions, card and page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has nothing open, pending or pinned before the pointer rests anywhere, and pins nothing without a card', () => {
    const { intent } = setup();
    expect([intent.current(), intent.pending(), intent.isPinned()]).toEqual([undefined, undefined, false]);
    intent.pin();
    expect(intent.isPinned()).toBe(false);
  });

  it('tells which mention the pointer rests on while its dwell runs', () => {
    const { intent } = setup();
    intent.pointerOver('medinsky');
    expect(intent.pending()).toBe('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    expect(intent.pending()).toBeUndefined();
    expect(intent.current()).toBe('medinsky');
  });

  it('takes the time the pointer already rested off the dwell', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky', DEFAULT_DWELL_MS - 100);
    vi.advanceTimersByTime(99);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open medinsky hover']);
  });

  it('keeps the card when the pointer, having crossed the page for a while, comes back within the grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    // Each hit-test over no mention reports it again: the grace period started at the first.
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(100);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(100);
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open medinsky hover']);
  });

  it('ignores what lies under the card while the pointer is in it', () => {
    const { intent, events } = setup();
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerInCard(true);
    intent.pointerOver(undefined);
    intent.pointerOver('putin');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open medinsky hover']);
    expect(intent.pending()).toBeUndefined();
  });

  it('still opens a card by hover after the pointer crossed where a closed card was', () => {
    const { intent, events } = setup();
    intent.pointerInCard(true);
    intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    expect(events).toEqual(['open medinsky hover']);
  });

  it('never asks the caller’s sameness about no mention', () => {
    const events: string[] = [];
    const intent = createHoverIntent<{ index: number }>({
      open: (t) => events.push(`open ${t.index}`),
      close: () => events.push('close'),
      same: (a, b) => a.index === b.index,
    });
    intent.pointerOver({ index: 3 });
    intent.pointerOver(undefined);
    intent.pointerOver({ index: 3 });
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(DEFAULT_GRACE_MS);
    expect(events).toEqual(['open 3', 'close']);
  });

  it('opens and closes nothing more once disposed, pinned card or pending dwell alike', () => {
    const { intent, events } = setup();
    intent.openPinned('medinsky');
    intent.pointerOver('putin');
    intent.dispose();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open medinsky pinned']);
    expect([intent.current(), intent.pending(), intent.isPinned()]).toEqual([undefined, undefined, false]);
    const hovered = setup();
    hovered.intent.pointerOver('medinsky');
    vi.advanceTimersByTime(DEFAULT_DWELL_MS);
    hovered.intent.pointerOver(undefined);
    hovered.intent.dispose();
    vi.advanceTimersByTime(10_000);
    expect(hovered.events).toEqual(['open medinsky hover']);
  });
});
