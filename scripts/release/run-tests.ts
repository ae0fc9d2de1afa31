/**
 * `npm test` in the checkout being released. It runs there rather than in the packages' copy of
 * the project: that copy is no git checkout, and the release's own tests clone the project. In a
 * real release the tree is clean, so what is tested is the commit that is packaged.
 */
import { execFileSync } from 'node:child_process';

export function runTests(root: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The tests choose their own build mode and output folder.
  delete env.NODE_ENV;
  delete env.BACKSTORY_OUT_DIR;
  // Under `npm run`, npm names its own script: no shell needed, on Windows either.
  const npm = process.env.npm_execpath;
  if (npm) execFileSync(process.execPath, [npm, 'test'], { cwd: root, env, stdio: 'inherit' });
  else execFileSync('npm', ['test'], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
}
