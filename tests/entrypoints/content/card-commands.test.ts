import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followMentionCommands } from '../../../entrypoints/content/card-commands';

const command = (data: string) =>
  fakeBrowser.runtime.sendMessage({ id: 1, type: 'commandInvoked', data, timestamp: Date.now() });

describe('mention commands', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('steps to the next mention on "next-mention" and back on "previous-mention"', async () => {
    const step = vi.fn();
    stop = followMentionCommands({ step });
    await command('next-mention');
    await command('previous-mention');
    expect(step.mock.calls).toEqual([[1], [-1]]);
  });

  it('stops answering once stopped', async () => {
    const step = vi.fn();
    followMentionCommands({ step })();
    // With nobody listening the fake browser rejects the send, as a real one does.
    await expect(command('next-mention')).rejects.toThrow();
    expect(step).not.toHaveBeenCalled();
  });
});
