/**
 * Keyboard commands reach the background only (`commands.onCommand`); the mention they act on
 * lives in the page. This passes the mention commands on to the content script of the active
 * tab. The browser APIs come in as parameters so the forwarding is testable without a browser.
 */
import type { MentionCommand } from './messages';

export const MENTION_COMMANDS: readonly MentionCommand[] = ['next-mention', 'previous-mention'];

export function isMentionCommand(name: string): name is MentionCommand {
  return (MENTION_COMMANDS as readonly string[]).includes(name);
}

export interface CommandForwardingApis {
  /** The active tab of the focused window, when the command arrived without one. */
  activeTabId(): Promise<number | undefined>;
  /** Sends `commandInvoked` to the tab's content script (rejects when none listens). */
  send(tabId: number, command: MentionCommand): Promise<unknown>;
}

/**
 * Forwards one command. Resolves to whether a content script took it; a tab without one
 * (a browser page, a restricted site) is a quiet no-op, not an error.
 */
export async function forwardCommand(
  name: string,
  tabId: number | undefined,
  apis: CommandForwardingApis,
): Promise<boolean> {
  if (!isMentionCommand(name)) return false;
  const target = tabId ?? (await apis.activeTabId());
  if (target === undefined) return false;
  try {
    await apis.send(target, name);
    return true;
  } catch {
    return false;
  }
}

/** The slice of the browser API that listening for commands needs (`browser` fits it). */
export interface CommandBrowserApi {
  commands: { onCommand: { addListener(listener: (name: string, tab?: { id?: number }) => void): void } };
  tabs: { query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
}

/**
 * Wires forwarding up in the background:
 * `forwardMentionCommands(browser, (tabId, command) => sendMessage('commandInvoked', command, tabId))`.
 */
export function forwardMentionCommands(
  api: CommandBrowserApi,
  send: (tabId: number, command: MentionCommand) => Promise<unknown>,
): void {
  api.commands.onCommand.addListener((name, tab) => {
    void forwardCommand(name, tab?.id, {
      activeTabId: async () => (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send,
    });
  });
}
