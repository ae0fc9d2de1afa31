/**
 * The content scripts' context, in place of WXT's `ContentScriptContext` in the scripts that run
 * in pages (scripts/page-bundle-config.ts aliases `wxt/utils/content-script-context` here for
 * them): the same class, constructor and orphaning event, with only what Backstory uses (no
 * `wxt:locationchange` watcher, logger, intervals, idle callbacks or `block`), and timers that keep
 * nothing on the context. Every page and every frame evaluates this class, so its size is paid on
 * each load (docs/decisions/0029). The scripts in pages take this type, so that they cannot call
 * what it left out; WXT's own class (unit tests, `wxt dev`) has all of it.
 *
 * Compatible both ways with WXT's: a new copy of a script announces its start with the same DOM
 * event (`<extension id>:<entrypoint>:wxt:content-script-started`, its `detail` naming the script
 * and the copy), so an orphan built with either stops when the other starts.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/** What the scripts in pages may use of their context: this class's and WXT's alike. */
export type PageScriptContext = Pick<
  WxtContext,
  | 'signal'
  | 'abort'
  | 'isInvalid'
  | 'isValid'
  | 'onInvalidated'
  | 'setTimeout'
  | 'requestAnimationFrame'
  | 'notifyInvalidated'
  | 'verifyScriptStartedEvent'
>;

/** What WXT passes to the constructor (the content script's definition, without `main`). */
interface ContextOptions {
  /** Always true for Backstory's scripts; this context posts no message either way. */
  noScriptStartedPostMessage?: boolean;
}

/** WXT's name for the event, unique to the extension and the script. */
const startedEvent = (scriptName: string) => `${browser?.runtime?.id}:${scriptName}:wxt:content-script-started`;

export class ContentScriptContext implements PageScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: ContextOptions,
  ) {
    this.stopOldScripts();
    this.listenForNewerScripts();
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /**
   * Fires `handler` unless the script is orphaned by then, and keeps nothing on the context. WXT's
   * own adds an "abort" listener to the signal on every call and never takes it off: the card sets
   * a timer per mention the pointer rests on, so each left a listener behind for as long as the
   * page stayed open (issue 25, finding 6). Checking when it fires stops an orphan's callback just
   * as surely. Why: docs/decisions/0020.
   */
  setTimeout(handler: () => void, timeout?: number): number {
    return setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
  }

  /** As `setTimeout`, for the next frame. */
  requestAnimationFrame(callback: FrameRequestCallback): number {
    return requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  stopOldScripts(): void {
    const detail = { contentScriptName: this.contentScriptName, messageId: this.id };
    const type = startedEvent(this.contentScriptName);
    // Never WXT's window.postMessage as well: it is only for copies built by WXT versions before the
    // DOM event, and every message listener of the page would see it with our id (0003).
    document.dispatchEvent(new CustomEvent(type, { detail }));
  }

  verifyScriptStartedEvent(event: CustomEvent): boolean {
    return event.detail?.contentScriptName === this.contentScriptName && event.detail?.messageId !== this.id;
  }

  listenForNewerScripts(): void {
    const started = (event: Event) => {
      if (event instanceof CustomEvent && this.verifyScriptStartedEvent(event)) this.notifyInvalidated();
    };
    const type = startedEvent(this.contentScriptName);
    document.addEventListener(type, started);
    this.onInvalidated(() => document.removeEventListener(type, started));
  }
}
