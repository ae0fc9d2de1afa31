import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as library from '../../../lib/extension/messages';
import * as page from '../../../lib/extension/page-messages';

// The content script's messages cross to and from the library's ends (the background, the
// extension's pages): both must speak the same envelope.
const stops: (() => void)[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('the content script’s messages', () => {
  it('reach a listener of the library and bring back its answer', async () => {
    stops.push(library.onMessage('siteKeyOf', ({ data }) => `key of ${data}`));
    await expect(page.sendMessage('siteKeyOf', 'https://news.example/a')).resolves.toBe(
      'key of https://news.example/a',
    );
  });

  it('bring back the listener’s error as an error with its message', async () => {
    stops.push(
      library.onMessage('siteKeyOf', () => {
        throw new Error('the worker could not read its storage');
      }),
    );
    await expect(page.sendMessage('siteKeyOf', 'https://news.example/a')).rejects.toThrow(
      'the worker could not read its storage',
    );
  });

  it('fail when no listener answers', async () => {
    await expect(page.sendMessage('bundledForPage')).rejects.toThrow();
  });

  it('answer the library’s messages of their own type only, until stopped', async () => {
    const stop = page.onMessage('jumpToMention', ({ data }) => data.index === 2);
    stops.push(page.onMessage('ping', () => true as const));
    await expect(library.sendMessage('jumpToMention', { index: 2, openCard: false })).resolves.toBe(true);
    await expect(library.sendMessage('ping', undefined)).resolves.toBe(true);
    stop();
    await expect(library.sendMessage('jumpToMention', { index: 2, openCard: false })).rejects.toThrow();
  });

  it('send a listener’s failure back as the library’s error', async () => {
    stops.push(
      page.onMessage('findNamesOnPage', async () => {
        throw new Error('no article here');
      }),
    );
    await expect(library.sendMessage('findNamesOnPage', undefined)).rejects.toThrow('no article here');
  });

  it('leave alone a message that is not the library’s envelope, and answer one that is', async () => {
    const answer = vi.fn(() => true as const);
    stops.push(page.onMessage('ping', answer));
    const notEnvelopes = [
      null,
      'ping',
      { type: 'ping' },
      { type: 'ping', timestamp: '1' },
      { timestamp: 1 },
      { type: 7, timestamp: 1 },
    ];
    for (const message of notEnvelopes) await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answer).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'ping', data: undefined, timestamp: 1 }, {}, () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answer).toHaveBeenCalledTimes(1);
  });
});
