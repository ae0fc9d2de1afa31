/**
 * `npm run lint:firefox`: zip the Firefox build exactly as it would ship and run Mozilla's
 * addons-linter on that zip. Fails on any error; warnings are printed (README explains each).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, ROOT } from '../tests/e2e/paths';

execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const zip = readdirSync(OUT_DIR).find((f) => /-firefox\.zip$/.test(f));
if (!zip) throw new Error(`no Firefox zip in ${OUT_DIR}`);
console.log(`addons-linter ${path.relative(ROOT, path.join(OUT_DIR, zip))}`);
try {
  execFileSync('npx', ['addons-linter', path.join(OUT_DIR, zip)], { cwd: ROOT, stdio: 'inherit' });
} catch {
  process.exit(1);
}
