import { describe, expect, it } from 'vitest';
import { type ProfileEvent, profileSamples } from '../../bench/script-profile';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
const OURS = 'chrome-extension://abc/content-scripts/content.js';

describe("V8's sampling profile in a trace", () => {
  it('gives each sample its stack, leaf first, and the time until the next sample, across chunks', () => {
    const events: ProfileEvent[] = [
      { name: 'Profile', ph: 'P', pid: 1, tid: 5, ts: 900, id: '0x1', args: { data: { startTime: 1_000 } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: 1,
        tid: 9,
        ts: 2_000,
        id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: frame('(root)') },
                { id: 2, parent: 1, callFrame: frame('scan', OURS) },
                { id: 3, parent: 2, callFrame: frame('next', OURS) },
              ],
              samples: [3, 2],
            },
            timeDeltas: [100, 250],
          },
        },
      },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: 1,
        tid: 9,
        ts: 3_000,
        id: '0x1',
        args: {
          data: {
            cpuProfile: { nodes: [{ id: 4, parent: 1, callFrame: frame('(garbage collector)') }], samples: [4] },
            timeDeltas: [50],
          },
        },
      },
      // Another process's profile with the same id is another profile.
      { name: 'Profile', ph: 'P', pid: 2, tid: 5, ts: 900, id: '0x1', args: { data: { startTime: 0 } } },
    ];
    const samples = profileSamples(events);
    expect(samples.map((s) => [s.pid, s.tid, s.ts, s.dur, s.stack.map((f) => f.functionName)])).toEqual([
      [1, 5, 1_100, 250, ['next', 'scan', '(root)']],
      [1, 5, 1_350, 50, ['scan', '(root)']],
      [1, 5, 1_400, 0, ['(garbage collector)', '(root)']],
    ]);
  });
});
