import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext as PageContext } from '../../../lib/extension/page-script-context';

describe("the pages' lean content-script context", () => {
  const made: { abort(): void }[] = [];
  const track = <C extends { abort(): void }>(ctx: C) => {
    made.push(ctx);
    return ctx;
  };
  afterEach(() => {
    for (const ctx of made.splice(0)) ctx.abort();
  });

  // WXT names its event after the entrypoint being built (fixed when its module loads), which its
  // wrapper also passes as the script's name: here, whatever this test run's is.
  // (WXT keeps the name private; the test reads it to build both copies under the same one.)
  const entrypoint = () =>
    (WxtContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE.split(
      ':',
    )[1] as string;

  it("stops a copy built with WXT's context when it starts, so an update leaves no orphan running", () => {
    const old = track(new WxtContext(entrypoint()));
    track(new PageContext(entrypoint()));
    expect(old.signal.aborted).toBe(true);
  });

  it("is stopped by a newer copy built with WXT's context", () => {
    const old = track(new PageContext(entrypoint()));
    track(new WxtContext(entrypoint()));
    expect(old.signal.aborted).toBe(true);
  });

  it('is stopped by a newer copy of the same script only, never by itself or by another script', () => {
    const first = track(new PageContext('content'));
    expect(first.signal.aborted).toBe(false);
    track(new PageContext('frame-gate'));
    expect(first.signal.aborted).toBe(false);
    track(new PageContext('content'));
    expect(first.signal.aborted).toBe(true);
  });

  it('sends the page no postMessage when told not to (docs/decisions/0003), and WXT’s when not', () => {
    const posted = vi.spyOn(window, 'postMessage');
    track(new PageContext('content', { noScriptStartedPostMessage: true }));
    expect(posted).not.toHaveBeenCalled();
    track(new PageContext('content'));
    expect(posted).toHaveBeenCalledTimes(1);
    posted.mockRestore();
  });

  it('runs clean-ups once orphaned, and skips a timer that fires after that', async () => {
    const ctx = track(new PageContext('content'));
    const cleanup = vi.fn();
    ctx.onInvalidated(cleanup);
    let ran = false;
    ctx.setTimeout(() => {
      ran = true;
    }, 5);
    ctx.notifyInvalidated();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(ran).toBe(false);
    expect(ctx.isValid).toBe(false);
  });

  it('keeps nothing on the context for a timer or a frame', async () => {
    const ctx = track(new PageContext('content'));
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    let ran = 0;
    ctx.setTimeout(() => ran++, 0);
    ctx.requestAnimationFrame(() => ran++);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ran).toBe(2);
    expect(added).not.toHaveBeenCalled();
  });
});
