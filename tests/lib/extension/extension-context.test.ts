import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createContextGuard,
  isContextInvalidatedError,
  isOrphanedScriptError,
  quietly,
  trustOnlyOrphaningStarts,
} from '../../../lib/extension/extension-context';

describe('orphaned content script guard', () => {
  it('runs extension calls while the extension is alive', async () => {
    const guard = createContextGuard(() => 'abc');
    expect(await guard.run(() => Promise.resolve(42))).toBe(42);
    expect(guard.alive()).toBe(true);
  });

  it('stops quietly when a call throws "Extension context invalidated"', async () => {
    const cleanup = vi.fn();
    const guard = createContextGuard(() => 'abc');
    guard.onInvalidated(cleanup);
    const result = await guard.run(() => Promise.reject(new Error('Extension context invalidated.')));
    expect(result).toBeUndefined();
    expect(guard.alive()).toBe(false);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('skips calls and cleans up once when runtime.id has disappeared', async () => {
    let id: string | undefined = 'abc';
    const cleanup = vi.fn();
    const call = vi.fn();
    const guard = createContextGuard(() => id);
    guard.onInvalidated(cleanup);
    id = undefined;
    expect(await guard.run(call)).toBeUndefined();
    expect(await guard.run(call)).toBeUndefined();
    expect(call).not.toHaveBeenCalled();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('treats a runtime that throws on access as gone', () => {
    const guard = createContextGuard(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(guard.check()).toBe(false);
  });

  it('passes other errors on to the caller', async () => {
    const guard = createContextGuard(() => 'abc');
    await expect(guard.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(guard.alive()).toBe(true);
  });

  it('runs clean-up registered after death at once, and swallows clean-up errors', async () => {
    const guard = createContextGuard(() => undefined);
    guard.check();
    const late = vi.fn();
    guard.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);

    const guard2 = createContextGuard(() => undefined);
    const after = vi.fn();
    guard2.onInvalidated(() => {
      throw new Error('cleanup failed');
    });
    guard2.onInvalidated(after);
    expect(() => guard2.check()).not.toThrow();
    expect(after).toHaveBeenCalled();
  });

  it('recognises the browsers’ invalidation messages', () => {
    expect(isContextInvalidatedError(new Error('Extension context invalidated.'))).toBe(true);
    expect(isContextInvalidatedError(new TypeError("can't access dead object"))).toBe(true);
    expect(isContextInvalidatedError(new Error('Could not establish connection'))).toBe(false);
  });
});

describe('telling an orphaned script from a failed call', () => {
  const alive = () => 'extension-id';
  it('calls a quota error from a live extension a failed call, not orphaning', () => {
    expect(isOrphanedScriptError(new Error('Resource::kQuotaBytes quota exceeded'), alive)).toBe(false);
    expect(
      isOrphanedScriptError(new Error('Could not establish connection. Receiving end does not exist.'), alive),
    ).toBe(false);
  });

  it('calls "Extension context invalidated" orphaning, and so any error once runtime.id is gone', () => {
    expect(isOrphanedScriptError(new Error('Extension context invalidated.'), alive)).toBe(true);
    expect(isOrphanedScriptError(new Error('Resource::kQuotaBytes quota exceeded'), () => undefined)).toBe(true);
    expect(
      isOrphanedScriptError(new Error('anything'), () => {
        throw new Error('dead object');
      }),
    ).toBe(true);
  });
});

describe('a forged "newer copy started" event', () => {
  /** WXT's event name for this script, as a page could work it out (extension id, entrypoint). */
  const startedEvent = (messageId: string) =>
    new CustomEvent(
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
      { detail: { contentScriptName: 'content', messageId } },
    );

  it('no longer stops a script whose extension is alive, and still stops an orphan', () => {
    let runtimeId: string | undefined = 'abc';
    const ctx = new ContentScriptContext('content');
    trustOnlyOrphaningStarts(ctx, () => runtimeId);
    document.dispatchEvent(startedEvent('forged-by-the-page'));
    expect(ctx.signal.aborted).toBe(false);
    // The extension was reloaded: this copy is an orphan, and the newer copy's event stops it.
    runtimeId = undefined;
    document.dispatchEvent(startedEvent('the-newer-copy'));
    expect(ctx.signal.aborted).toBe(true);
  });
});

describe('the guard and the clean-up, beyond the first death', () => {
  it('does not run a clean-up that was taken back before the extension went away', async () => {
    let id: string | undefined = 'abc';
    const guard = createContextGuard(() => id);
    const kept = vi.fn();
    const takenBack = vi.fn();
    guard.onInvalidated(kept);
    const unsubscribe = guard.onInvalidated(takenBack);
    unsubscribe();
    id = undefined;
    expect(guard.check()).toBe(false);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(takenBack).not.toHaveBeenCalled();
  });

  it('runs every clean-up step, quietly, even when one throws', () => {
    const steps: string[] = [];
    quietly(() => {
      steps.push('listener');
      throw new Error('Extension context invalidated.');
    });
    quietly(() => steps.push('highlights'));
    expect(steps).toEqual(['listener', 'highlights']);
  });

  it('believes a newer copy’s start when reading runtime.id throws, as it does in an orphan', () => {
    const ctx = new ContentScriptContext('content');
    trustOnlyOrphaningStarts(ctx, () => {
      throw new Error('Extension context invalidated.');
    });
    document.dispatchEvent(
      new CustomEvent(
        (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
        { detail: { contentScriptName: 'content', messageId: 'the-newer-copy' } },
      ),
    );
    expect(ctx.signal.aborted).toBe(true);
  });
});
