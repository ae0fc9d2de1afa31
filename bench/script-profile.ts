/**
 * V8's sampling profile as Chromium writes it into a trace (category
 * `disabled-by-default-v8.cpu_profiler`): a `Profile` event per profiled thread, then `ProfileChunk`
 * events that add call-tree nodes and samples (each a leaf node and the time since the previous
 * sample). Read back into samples with their stacks, so a load's counted tasks can be split by the
 * code that ran in them (bench/load-profile.ts).
 */
import type { TraceEvent } from './trace-cost';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, as V8 gives them. */
  lineNumber: number;
  columnNumber: number;
}

export interface Sample {
  pid: number;
  tid: number;
  /** On the trace's clock (µs). */
  ts: number;
  /** Time until the thread's next sample (µs), the sample's weight; 0 for the thread's last. */
  dur: number;
  /** Leaf first. */
  stack: CallFrame[];
}

/** The trace's profile events (they carry an id and profile data the other events do not). */
export interface ProfileEvent extends TraceEvent {
  id?: string;
  args?: TraceEvent['args'] & {
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: CallFrame }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

interface Profile {
  pid: number;
  tid: number;
  time: number;
  nodes: Map<number, { parent?: number; callFrame: CallFrame }>;
  samples: { ts: number; node: number }[];
}

/** Every sample of every profiled thread, in time order per thread. */
export function profileSamples(events: readonly ProfileEvent[]): Sample[] {
  const profiles = new Map<string, Profile>();
  const keyOf = (e: ProfileEvent) => `${e.pid}:${e.id ?? ''}`;
  const ordered = events.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts);
  for (const e of ordered) {
    const data = e.args?.data;
    if (e.name === 'Profile') {
      profiles.set(keyOf(e), { pid: e.pid, tid: e.tid, time: data?.startTime ?? e.ts, nodes: new Map(), samples: [] });
      continue;
    }
    const profile = profiles.get(keyOf(e));
    if (!profile) continue;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      profile.nodes.set(node.id, {
        ...(node.parent === undefined ? {} : { parent: node.parent }),
        callFrame: node.callFrame,
      });
    }
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      profile.samples.push({ ts: profile.time, node });
    });
  }
  return [...profiles.values()].flatMap((profile) =>
    profile.samples.map((sample, i) => {
      const stack: CallFrame[] = [];
      for (let id: number | undefined = sample.node; id !== undefined; id = profile.nodes.get(id)?.parent) {
        const node = profile.nodes.get(id);
        if (!node) break;
        stack.push(node.callFrame);
      }
      const next = profile.samples[i + 1];
      return { pid: profile.pid, tid: profile.tid, ts: sample.ts, dur: next ? next.ts - sample.ts : 0, stack };
    }),
  );
}
