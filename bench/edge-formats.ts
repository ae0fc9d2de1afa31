/**
 * Which stored form of a pack's edge table a page reads fastest, in Chromium (not Node, whose
 * base64 decoder is a loop): the 10,000-entity pack's tables as a page part stores them
 * (packed-tables.ts), and the same edges as 16-bit slots, or as the used slots alone with their
 * places. Each form is read in fresh pages (the cold code a page start runs): the base64 decoded,
 * the three arrays a matcher walks made at the table's size, every edge checked as `unpackTables`
 * does; and a copy of a string as long as the part (`structuredClone`), for what the storage
 * answer's size costs. Wall times (a page has no CPU clock): the least of the pages is the figure
 * a shared machine's waits disturb least. `npx tsx bench/edge-formats.ts` (EDGE_FORMAT_PAGES,
 * default 15).
 * docs/decisions/0028, "the edge table's used slots at 16 bits".
 */
import { chromium } from 'playwright-core';
import { bundledStories } from '../data/stories';
import { rehashedEdges } from '../lib/matching/held-tables';
import type { PackedTables } from '../lib/matching/packed-tables';
import { buildTables } from '../lib/matching/table-builder';
import { makePackPagePart } from '../lib/storage/pack-page';
import { buildCatalog, outlineOf } from '../lib/story/story-model';
import { CHROMIUM_ARGS } from '../tests/e2e/harness';
import { findChromium } from '../tests/e2e/paths';
import { bigPack } from '../tests/helpers/big-pack';
import { median, round } from './stats';

const PAGES = Number(process.env.EDGE_FORMAT_PAGES ?? 15);

const b64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function forms(): { name: string; edges: string; read: string }[] {
  const { aliases } = buildCatalog([...bundledStories.map(outlineOf), outlineOf(bigPack(10_000) as never)]);
  const tables = buildTables(aliases);
  const { edgeFrom, edgeChar, edgeTo } = rehashedEdges(tables, tables.size);
  const slots = edgeFrom.length;
  const wide = new Uint8Array(slots * 10);
  new Int32Array(wide.buffer, 0, slots).set(edgeFrom);
  new Int32Array(wide.buffer, slots * 4, slots).set(edgeTo);
  new Uint16Array(wide.buffer, slots * 8, slots).set(edgeChar);
  const narrow = new Uint8Array(slots * 6);
  new Uint16Array(narrow.buffer, 0, slots).set(edgeFrom);
  new Uint16Array(narrow.buffer, slots * 2, slots).set(edgeTo);
  new Uint16Array(narrow.buffer, slots * 4, slots).set(edgeChar);
  const used: number[] = [];
  for (let slot = 0; slot < slots; slot++) if (edgeFrom[slot] !== 0) used.push(slot);
  const n = used.length;
  const only = new Uint8Array(n * 8);
  const col = (k: number) => new Uint16Array(only.buffer, k * n * 2, n);
  used.forEach((slot, i) => {
    col(0)[i] = slot;
    col(1)[i] = edgeFrom[slot] as number;
    col(2)[i] = edgeTo[slot] as number;
    col(3)[i] = edgeChar[slot] as number;
  });
  const size = tables.size;
  const check = `
    let count = 0;
    for (let slot = 0; slot < from.length; slot++) {
      const f = from[slot]; if (f === 0) continue; count++;
      const t = to[slot]; if (f < 0 || f > ${size} || t < 0 || t >= ${size}) throw new Error('bad');
    }
    if (count * 2 > from.length) throw new Error('full');`;
  return [
    {
      name: 'Int32 slots (as stored now)',
      edges: b64(wide),
      read: `const bytes = Uint8Array.fromBase64(text); const slots = bytes.length / 10;
        const from = new Int32Array(bytes.buffer, 0, slots); const to = new Int32Array(bytes.buffer, slots * 4, slots);
        const ch = new Uint16Array(bytes.buffer, slots * 8, slots); ${check}`,
    },
    {
      name: 'Uint16 slots, widened',
      edges: b64(narrow),
      read: `const bytes = Uint8Array.fromBase64(text); const slots = bytes.length / 6;
        const from = new Int32Array(slots); from.set(new Uint16Array(bytes.buffer, 0, slots));
        const to = new Int32Array(slots); to.set(new Uint16Array(bytes.buffer, slots * 2, slots));
        const ch = new Uint16Array(bytes.buffer, slots * 4, slots); ${check}`,
    },
    {
      name: 'used slots only, Uint16, placed',
      edges: b64(only),
      read: `const bytes = Uint8Array.fromBase64(text); const n = bytes.length / 8; const slots = ${slots};
        const at = new Uint16Array(bytes.buffer, 0, n), f16 = new Uint16Array(bytes.buffer, n * 2, n),
          t16 = new Uint16Array(bytes.buffer, n * 4, n), c16 = new Uint16Array(bytes.buffer, n * 6, n);
        const from = new Int32Array(slots), to = new Int32Array(slots), ch = new Uint16Array(slots);
        if (n * 2 > slots) throw new Error('full');
        for (let i = 0; i < n; i++) {
          const s = at[i], f = f16[i], t = t16[i];
          if (s >= slots || from[s] !== 0 || f === 0 || f > ${size} || t >= ${size}) throw new Error('bad');
          from[s] = f; to[s] = t; ch[s] = c16[i];
        }`,
    },
  ];
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const rows = [];
    const all = forms();
    // What the part holds besides its edge table (its head's other fields, its entities), in characters.
    const part = makePackPagePart(bigPack(10_000) as never, bundledStories.map(outlineOf));
    const rest =
      part.length - (JSON.parse(part.slice(0, part.indexOf('\n'))) as { tables: PackedTables }).tables.edges.length;
    for (const form of all) {
      const reads: number[] = [];
      const copies: number[] = [];
      for (let p = 0; p < PAGES; p++) {
        const page = await browser.newPage();
        const [read, copy] = await page.evaluate(
          ([edges, body, restLength]) => {
            const json = JSON.stringify({ edges });
            const part = json + 'x'.repeat(restLength);
            const t0 = performance.now();
            structuredClone(part);
            const t1 = performance.now();
            new Function('text', body)(JSON.parse(json).edges);
            return [performance.now() - t1, t1 - t0];
          },
          [form.edges, form.read, rest] as const,
        );
        reads.push(read);
        copies.push(copy);
        await page.close();
      }
      rows.push({
        form: form.name,
        'edges base64 chars': form.edges.length,
        // The least of fresh pages: the machine is shared, and a wait for a core only adds.
        'read least ms': round(Math.min(...reads), 2),
        'read median ms': round(median(reads), 2),
        'part copied least ms': round(Math.min(...copies), 2),
        'part copied median ms': round(median(copies), 2),
      });
    }
    console.log(`Chromium ${browser.version()}, ${PAGES} fresh pages a form`);
    console.table(rows);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
