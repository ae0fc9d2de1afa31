/**
 * A content script outlives its extension: after an update or a reload in chrome://extensions
 * the old script keeps running in open tabs, `runtime.id` becomes undefined and every
 * extension call throws "Extension context invalidated". This guard lets that orphan notice,
 * run its clean-up once, and stop quietly instead of filling the page's console with errors.
 */

export interface ContextGuard {
  /** False once the extension that injected this script is gone. */
  alive(): boolean;
  /**
   * Runs an extension call. If the context is gone (before or during the call) it resolves to
   * undefined and triggers the clean-up; other errors are passed on unchanged.
   */
  run<T>(call: () => T | Promise<T>): Promise<T | undefined>;
  /** Registers clean-up for when the context dies (runs at once if it already has). Returns an unsubscribe. */
  onInvalidated(cleanup: () => void): () => void;
  /** Checks now (for example on a timer or on a page event) and runs the clean-up if the context is gone. */
  check(): boolean;
}

/** Chromium says "Extension context invalidated."; Firefox throws on dead objects or a missing runtime. */
export function isContextInvalidatedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated|can't access dead object/i.test(message);
}

/**
 * Whether a failed extension call means this script is orphaned, rather than that the call
 * itself failed (a storage quota, a listener that threw). Only the first may stop a script:
 * treating every rejection as orphaning lets one failed save silence a tab for good.
 * `runtimeId` reads `browser.runtime.id`, gone (or throwing) in an orphan.
 */
export function isOrphanedScriptError(error: unknown, runtimeId: () => string | undefined): boolean {
  if (isContextInvalidatedError(error)) return true;
  try {
    return !runtimeId();
  } catch {
    return true;
  }
}

/**
 * @param runtimeId reads `browser.runtime.id` (it throws or returns undefined in an orphan).
 */
export function createContextGuard(runtimeId: () => string | undefined): ContextGuard {
  let dead = false;
  const cleanups = new Set<() => void>();

  const die = () => {
    if (dead) return;
    dead = true;
    for (const cleanup of cleanups) {
      try {
        cleanup();
      } catch {
        // The page must not see our clean-up fail either.
      }
    }
    cleanups.clear();
  };

  const check = () => {
    if (dead) return false;
    let id: string | undefined;
    try {
      id = runtimeId();
    } catch {
      id = undefined;
    }
    if (!id) die();
    return !dead;
  };

  return {
    alive: () => !dead,
    check,
    async run(call) {
      if (!check()) return undefined;
      try {
        return await call();
      } catch (error) {
        if (isContextInvalidatedError(error) || !check()) {
          die();
          return undefined;
        }
        throw error;
      }
    },
    onInvalidated(cleanup) {
      if (dead) {
        cleanup();
        return () => {};
      }
      cleanups.add(cleanup);
      return () => cleanups.delete(cleanup);
    },
  };
}

/**
 * Runs one clean-up step of an orphaned script: removing a listener from a dead extension
 * throws "Extension context invalidated", which must neither reach the page nor stop the
 * remaining steps (the highlights still have to come off).
 */
export function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // The extension is gone; there is nobody left to tell.
  }
}

/** What `trustOnlyOrphaningStarts` changes of WXT's content script context. */
interface ScriptStartedCheck {
  verifyScriptStartedEvent(event: CustomEvent): boolean;
}

/**
 * WXT stops a content script when a DOM event says a newer copy of it started in the page. Any
 * page can dispatch that event (its name is public: the extension id and the entrypoint), and
 * so stop Backstory on itself. A newer copy only ever starts once this one is orphaned (the
 * extension was updated or reloaded, and `runtime.id` is gone), so the event is believed only
 * then; the real reload still stops this copy, through the event or through the context guard.
 * WXT's listener looks the check up on the context at each event, so replacing it on the
 * context it made is enough.
 */
export function trustOnlyOrphaningStarts(context: ScriptStartedCheck, runtimeId: () => string | undefined): void {
  const verify = context.verifyScriptStartedEvent.bind(context);
  context.verifyScriptStartedEvent = (event: CustomEvent) => {
    let orphaned: boolean;
    try {
      orphaned = !runtimeId();
    } catch {
      orphaned = true;
    }
    return orphaned && verify(event);
  };
}
