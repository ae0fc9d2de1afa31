import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pingContentScript } from '../../../lib/extension/messages';

/** The tab's content script answering the ping with `reply` (as the messaging library wraps it). */
function contentScriptReplies(reply: unknown) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
}

describe('whether a content script answers in a tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('asks the tab’s top frame in the messaging library’s own format, so the page’s content script hears it and no frame’s answers for it', async () => {
    const send = contentScriptReplies({ res: true });
    expect(await pingContentScript(7)).toBe(true);
    expect(send).toHaveBeenCalledWith(
      7,
      { id: expect.any(Number), type: 'ping', data: undefined, timestamp: expect.any(Number) },
      { frameId: 0 },
    );
  });

  it('asks one top document when given its id, so a document the tab has replaced cannot answer for the new one', async () => {
    const send = contentScriptReplies({ res: true });
    expect(await pingContentScript(7, 'D1')).toBe(true);
    expect(send).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'ping' }), { documentId: 'D1' });
  });

  it('is false when nobody listens in the tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await pingContentScript(7)).toBe(false);
  });

  it('is false for any answer but the content script’s own “true”', async () => {
    for (const reply of [undefined, null, true, 'true', { res: 'true' }, { err: { message: 'no' } }]) {
      contentScriptReplies(reply);
      expect(await pingContentScript(7)).toBe(false);
    }
  });
});
