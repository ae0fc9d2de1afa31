import { describe, expect, it, vi } from 'vitest';
import {
  type CommandBrowserApi,
  forwardCommand,
  forwardMentionCommands,
} from '../../../lib/extension/command-forwarding';

describe('command forwarding', () => {
  it('sends next / previous mention to the tab the command came from', async () => {
    const send = vi.fn(async () => {});
    const activeTabId = vi.fn(async () => 99);
    expect(await forwardCommand('next-mention', 7, { send, activeTabId })).toBe(true);
    expect(await forwardCommand('previous-mention', 7, { send, activeTabId })).toBe(true);
    expect(send.mock.calls).toEqual([
      [7, 'next-mention'],
      [7, 'previous-mention'],
    ]);
    expect(activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the command arrives without one', async () => {
    const send = vi.fn(async () => {});
    expect(await forwardCommand('next-mention', undefined, { send, activeTabId: async () => 3 })).toBe(true);
    expect(send).toHaveBeenCalledWith(3, 'next-mention');
  });

  it('ignores other commands and tabs without a content script, quietly', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await forwardCommand('_execute_action', 1, { send, activeTabId: async () => 1 })).toBe(false);
    expect(await forwardCommand('next-mention', 1, { send, activeTabId: async () => 1 })).toBe(false);
    expect(await forwardCommand('next-mention', undefined, { send, activeTabId: async () => undefined })).toBe(false);
  });

  it('listens to the browser’s commands and forwards them to the active tab', async () => {
    let listener: ((name: string, tab?: { id?: number }) => void) | undefined;
    const api: CommandBrowserApi = {
      commands: { onCommand: { addListener: (l) => (listener = l) } },
      tabs: { query: async () => [{ id: 12 }] },
    };
    const send = vi.fn(async () => {});
    forwardMentionCommands(api, send);
    listener?.('previous-mention');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(12, 'previous-mention'));
  });
});

describe('command forwarding, what is not sent', () => {
  it('sends nothing for a command that is not about mentions, nor when there is no tab to send to', async () => {
    const send = vi.fn(async () => {});
    expect(await forwardCommand('_execute_action', 1, { send, activeTabId: async () => 1 })).toBe(false);
    expect(await forwardCommand('next-mention', undefined, { send, activeTabId: async () => undefined })).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the browser for the active tab of the current window, and sends nothing when it has none', async () => {
    let listener: ((name: string, tab?: { id?: number }) => void) | undefined;
    const query = vi.fn(async () => [] as { id?: number }[]);
    const api: CommandBrowserApi = {
      commands: { onCommand: { addListener: (l) => (listener = l) } },
      tabs: { query },
    };
    const send = vi.fn(async () => {});
    forwardMentionCommands(api, send);
    listener?.('next-mention');
    await vi.waitFor(() => expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(send).not.toHaveBeenCalled();
  });
});
