/**
 * The "hostile and huge" table alone: `npx tsx bench/hostile.ts` (`npm run bench` prints it too).
 * Builds the extension from this checkout, or measures the one built in BENCH_EXTENSION_DIR (its
 * chrome-mv3 folder: another commit's build, for a before and after). BENCH_HOSTILE_REPS loads a
 * case (default 3); BENCH_HOSTILE_PAGE the corpus page of the reference and pack cases. Writes
 * bench-output/hostile.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../tests/e2e/paths';
import { buildExtension, type ExtensionBuild } from './extension-cost';
import { HOSTILE_PAGE, HOSTILE_REPS, measureHostile, printHostileTable } from './hostile-cost';

async function main(): Promise<void> {
  const given = process.env.BENCH_EXTENSION_DIR;
  const build: ExtensionBuild = given ? { dir: path.resolve(given), remove: () => {} } : buildExtension();
  try {
    const { cases, chromium } = await measureHostile(build, HOSTILE_REPS, HOSTILE_PAGE);
    printHostileTable(cases, HOSTILE_REPS, chromium);
    const outDir = path.join(ROOT, 'bench-output');
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, 'hostile.json');
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), chromium, extension: build.dir, reps: HOSTILE_REPS, cases }, null, 2)}\n`,
    );
    console.log(`Wrote ${path.relative(ROOT, file)}`);
  } finally {
    build.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
