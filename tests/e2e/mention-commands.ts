/**
 * The keyboard's next / previous mention commands, sent to a page's content script as the
 * background sends them: headless Chromium cannot press extension shortcuts.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './harness';

export async function sendCommand(
  browser: ChromiumSession,
  page: Page,
  name: 'next-mention' | 'previous-mention',
): Promise<void> {
  const tabId = await browser.tabIdOf(page);
  // What the background's command forwarding sends (lib/extension/command-forwarding.ts), in the
  // messaging library's envelope.
  await browser.serviceWorker.evaluate(
    async ([id, command]) => {
      // Runs in the service worker, where `chrome` exists; the test's own types do not know it.
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
      };
      await chrome.tabs.sendMessage(id as number, {
        id: Date.now(),
        type: 'commandInvoked',
        data: command,
        timestamp: Date.now(),
      });
    },
    [tabId, name] as const,
  );
}
