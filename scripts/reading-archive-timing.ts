/**
 * The reading archive's questions timed in Node on fake-indexeddb, over the synthetic reading
 * (scripts/reading-archive-synthetic.ts): the card's `earlier()` for the most-read person, a
 * typical one and a bare surname, the briefing's `storySoFar()` and `people()`, and a save once
 * the archive is full. fake-indexeddb is a JavaScript model of IndexedDB, slower than a browser's;
 * the figures bound the store's own work, and the bench times the real one in Chromium.
 * Recorded in docs/decisions (reading archive store).
 *
 *   npx tsx scripts/reading-archive-timing.ts [count] [--reps N]
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { EntityNames } from '../lib/storage/reading-archive/archive-contract';
import { openReadingArchive } from '../lib/storage/reading-archive/open-archive';
import { trimStory } from '../lib/storage/reading-archive/trim-story';
import { syntheticReading } from './reading-archive-synthetic';

const args = process.argv.slice(2);
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5_000);
const repsAt = args.indexOf('--reps');
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 50;

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms (${times.length} runs)`;
}

async function timed<T>(run: () => Promise<T>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

const reading = syntheticReading({ count: count + 50 });
const archive = await openReadingArchive(new IDBFactory());
let started = performance.now();
for (const { story, visit } of reading.slice(0, count)) await archive.save(story, visit);
console.log(`saved ${count} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const usage = await archive.usage();
const full = reading.slice(0, count).reduce((sum, { story }) => sum + JSON.stringify(story).length, 0);
const trimmed = reading.slice(0, count).reduce((sum, { story }) => sum + JSON.stringify(trimStory(story)).length, 0);
console.log(
  `usage: ${usage.articles} articles, ${(usage.bytes / 1024 / 1024).toFixed(1)} MB, ${Math.round(usage.bytes / usage.articles)} bytes an article ` +
    `(story JSON ${Math.round(full / count)} chars whole, ${Math.round(trimmed / count)} trimmed)`,
);

// Who to ask about: the most-read person, the one at the median of article counts, a bare surname.
const counts = new Map<string, { names: EntityNames; articles: number }>();
for (const { story } of reading.slice(0, count)) {
  for (const entity of story.entities) {
    if (entity.type !== 'person' || !entity.name.includes(' ')) continue;
    const known = counts.get(entity.name) ?? {
      names: { type: 'person', name: entity.name, aliases: entity.aliases.map((a) => a.text) },
      articles: 0,
    };
    known.articles++;
    counts.set(entity.name, known);
  }
}
const ranked = [...counts.values()].sort((a, b) => b.articles - a.articles);
const head = ranked[0] as { names: EntityNames; articles: number };
const typical = ranked[Math.floor(ranked.length / 2)] as { names: EntityNames; articles: number };
const surname = head.names.name.split(' ').pop() as string;
const page = reading[count] as (typeof reading)[number];
const except = { exceptUrl: page.visit.url, limit: 5 };
const pageNames: EntityNames[] = page.story.entities.map((e) => ({
  type: e.type,
  name: e.name,
  aliases: e.aliases.map((a) => a.text),
}));

console.log(
  `earlier(), most-read person (${head.articles} articles): ${summary(await timed(() => archive.earlier(head.names, except)))}`,
);
console.log(
  `earlier(), typical person (${typical.articles} articles): ${summary(await timed(() => archive.earlier(typical.names, except)))}`,
);
console.log(
  `earlier(), bare surname "${surname}": ${summary(await timed(() => archive.earlier({ type: 'person', name: surname, aliases: [surname] }, except)))}`,
);
console.log(
  `earlier(), someone never read about: ${summary(await timed(() => archive.earlier({ type: 'person', name: 'Nobody Atall', aliases: ['Nobody Atall'] }, except)))}`,
);
console.log(
  `storySoFar(), a page's ${pageNames.length} entities: ${summary(await timed(() => archive.storySoFar(pageNames, { ...except, limit: 20 })))}`,
);
console.log(`people('', 50): ${summary(await timed(() => archive.people('', 50)))}`);
console.log(
  `people('${surname.slice(0, 3).toLowerCase()}', 50): ${summary(await timed(() => archive.people(surname.slice(0, 3), 50)))}`,
);

const saves: number[] = [];
for (const { story, visit } of reading.slice(count)) {
  started = performance.now();
  await archive.save(story, visit);
  saves.push(performance.now() - started);
}
console.log(`save() into a full archive (each forgets the oldest): ${summary(saves)}`);
archive.close();
