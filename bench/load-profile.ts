/**
 * Where the product's counted per-load CPU goes, by the code that ran: the bench's traced loads
 * (extension-cost.ts `tracedLoads`) with V8's sampling profiler in the same trace, a build with
 * source maps, and each sample that falls in a task the bench counts (trace-cost.ts `counted`)
 * given to the source file of the innermost frame of ours on its stack, or, with none of ours on
 * it, to what V8 was doing (the garbage collector, the browser's own work: "(program)") or to the
 * page's script. Sampling proportions, not thread CPU: set them against the counted CPU of the
 * same loads (docs/decisions/0029, section of 2026-12-07 "A do-nothing baseline").
 *
 * `npx tsx bench/load-profile.ts` (PROFILE_PAGES=a.html,b.html, PROFILE_REPS=3; PROFILE_PACK=1 with
 * the hostile bench's 10,000-entity pack imported first; BENCH_EXTENSION_DIR: a build made with
 * BACKSTORY_SOURCEMAP=1, for a before and after).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// A dependency of Vite's, used here only to read the build's source maps.
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { buildExtension, type ExtensionBuild, tracedLoads } from './extension-cost';
import { openExtensionSession } from './extension-session';
import { importBigPack } from './hostile-cost';
import { type ProfileEvent, profileSamples, type Sample } from './script-profile';
import { round } from './stats';
import type { CountedTask, TraceEvent } from './trace-cost';

const PAGES = (
  process.env.PROFILE_PAGES ??
  'wikipedia.html,heise.html,aktualne.html,bbc-1.html,nytimes-1.html,cnn.html,guardian-1.html'
).split(',');
const REPS = Number(process.env.PROFILE_REPS ?? 3);
/** PROFILE_TASKS=1 lists the counted tasks of at least this much CPU (ms): smaller ones are noise. */
const TASK_FLOOR_MS = 3;
const WITH_PACK = process.env.PROFILE_PACK === '1';
const BY_TASK = process.env.PROFILE_TASKS === '1';
const END_MARK = 'backstory-bench-load-end';
const EXTENSION = /^chrome-extension:\/\/[^/]+\/(.*)$/;

function sourceMaps(dir: string) {
  const maps = new Map<string, TraceMap | null>();
  return (file: string): TraceMap | null => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new TraceMap(readFileSync(path.join(dir, `${file}.map`), 'utf8')));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file) ?? null;
  };
}

/** The pieces of a load that issue 23's breakdown names, by the source file (and function) a sample is in. */
const PIECES: [RegExp, string][] = [
  [
    /storage\/|start-page\.ts:\d+ (askForBundled|pageCatalog)|correction-source|pack-source|table-source/,
    'storage answers',
  ],
  [
    /story\/|matcher-tables|matcher\.ts:\d+ (compilePatterns|startsFor)|candidate-pattern|text-fold|aliases/,
    'engine set-up',
  ],
  [/page-scanner|shadow-roots|scan-scheduler|matcher\.ts|mention-engine|declension|run-reader/, 'scan'],
  [/highlights|paint-window/, 'highlights'],
  [/bridge|page-messages|mention-list|report/, 'report'],
  [/page-observer|pointer-tracker|card-trigger|card-commands|hover-intent|reading-signal/, 'observers'],
  [/article-reading|article-detection|article-check/, 'article check'],
];
const pieceOf = (kind: string, fn: string): string => {
  if (kind === 'evaluate') return 'evaluation';
  return PIECES.find(([pattern]) => pattern.test(fn))?.[1] ?? fn.split(':')[0] ?? fn;
};

async function main(): Promise<void> {
  process.env.BACKSTORY_SOURCEMAP = '1';
  const given = process.env.BENCH_EXTENSION_DIR;
  const product: ExtensionBuild = given ? { dir: path.resolve(given), remove: () => {} } : buildExtension();
  const mapOf = sourceMaps(product.dir);
  /** The source file (and function) of our frame, through the build's source map. */
  const whereIs = (url: string, line: number, column: number, name: string): [string, string] => {
    const file = EXTENSION.exec(url)?.[1] ?? url;
    const map = mapOf(file);
    if (!map) return [file, name];
    const at = originalPositionFor(map, { line: line + 1, column });
    const source = (at.source ?? file)
      .replace(/^(\.\.\/)+/, '')
      .replace(/^.*?\/(lib|entrypoints|data|node_modules)\//, '$1/');
    return [source, `${source}:${at.line} ${at.name ?? name}`];
  };
  console.log(`load average ${os.loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()}; ${REPS} loads a page`);
  try {
    for (const name of PAGES) {
      const session = await openExtensionSession(product.dir, [name]);
      try {
        if (WITH_PACK) await importBigPack(session);
        let events: TraceEvent[] = [];
        const loads = await tracedLoads(session, name, REPS, undefined, {
          categories: ['disabled-by-default-v8.cpu_profiler'],
          trace: (all) => {
            events = all;
          },
        });
        const samples = profileSamples(events as ProfileEvent[]);
        const deltas = samples
          .map((s) => s.dur)
          .filter((d) => d > 0)
          .sort((a, b) => a - b);
        /** A sample stands for at most two sampling intervals: a longer gap is the thread idle or the sampler late. */
        const cap = 2 * (deltas[Math.floor(deltas.length / 2)] ?? 0);
        console.log(
          `  ${samples.length} samples, interval median ${deltas[Math.floor(deltas.length / 2)]} µs, threads ${new Set(samples.map((s) => `${s.pid}:${s.tid}`)).size}`,
        );
        const ends = events
          .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === END_MARK)
          .sort((a, b) => a.ts - b.ts);
        const files = new Map<string, number>();
        const pieces = new Map<string, number>();
        const functions = new Map<string, number>();
        /** PROFILE_TASKS=1: each counted task of the last load over TASK_FLOOR_MS, with its busiest functions. */
        const perTask = new Map<CountedTask, Map<string, number>>();
        let counted = 0;
        let sampled = 0;
        loads.forEach((load, i) => {
          const end = ends[i];
          if (!end) return;
          counted += load.cost.cpuWithAnswers ?? 0;
          const taskOf = (s: Sample) =>
            s.pid === end.pid && s.tid === end.tid
              ? load.cost.counted.find((task) => s.ts >= task.ts && s.ts < task.ts + task.dur)
              : undefined;
          for (const sample of samples) {
            const task = taskOf(sample);
            if (!task) continue;
            const ours = sample.stack.find((f) => EXTENSION.test(f.url));
            const leaf = sample.stack[0];
            const [file, fn] = ours
              ? whereIs(ours.url, ours.lineNumber, ours.columnNumber, ours.functionName)
              : leaf?.url
                ? ['(page script)', leaf.url]
                : [leaf?.functionName ?? '(none)', leaf?.functionName ?? '(none)'];
            const ms = Math.min(sample.dur, cap) / 1000;
            sampled += ms;
            files.set(file, (files.get(file) ?? 0) + ms);
            const piece = pieceOf(task.kind, fn);
            pieces.set(piece, (pieces.get(piece) ?? 0) + ms);
            functions.set(fn, (functions.get(fn) ?? 0) + ms);
            if (BY_TASK && i === loads.length - 1) {
              const inTask = perTask.get(task) ?? new Map<string, number>();
              inTask.set(fn, (inTask.get(fn) ?? 0) + ms);
              perTask.set(task, inTask);
            }
          }
        });
        const top = (map: Map<string, number>, n: number) =>
          [...map]
            .sort((a, b) => b[1] - a[1])
            .slice(0, n)
            .map(([k, ms]) => `${k} ${round(ms / REPS, 2)}`)
            .join('; ');
        console.log(
          `${name}: counted cpu ${round(counted / REPS, 1)} ms a load, sampled in counted tasks ${round(sampled / REPS, 1)} ms a load (wall); load average ${os.loadavg()[0]?.toFixed(1)}`,
        );
        const share = (map: Map<string, number>) =>
          [...map]
            .sort((a, b) => b[1] - a[1])
            .map(
              ([k, ms]) =>
                `${k} ${Math.round((100 * ms) / sampled)}% (${round((ms / sampled) * (counted / REPS), 1)} ms)`,
            )
            .join('; ');
        console.log(`  by piece, share of the samples and of the counted cpu: ${share(pieces)}`);
        console.log(`  by file: ${top(files, 25)}`);
        console.log(`  by function: ${top(functions, 30)}`);
        for (const [task, inTask] of perTask) {
          if (task.cpu < TASK_FLOOR_MS) continue;
          const busiest = [...inTask]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 8)
            .map(([fn, ms]) => `${fn} ${round(ms, 2)}`)
            .join('; ');
          console.log(
            `  last load, +${Math.round(task.at)} ${task.kind} ${round(task.cpu, 1)} ms CPU (samples, wall): ${busiest}`,
          );
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    product.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
