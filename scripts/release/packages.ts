/**
 * Builds the store packages in a folder holding a copy of the project: WXT's Chrome zip, its
 * Firefox zip and the sources zip that goes with it (Mozilla's reviewers rebuild from that).
 * WXT's zip writer already gives every entry the same time and writes them in sorted order, so
 * the same files give the same bytes (docs/decisions/0018).
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { runBin } from '../run-bin';

export interface Packages {
  chrome: string;
  firefox: string;
  sources: string;
}

/** The project's node_modules, seen from a copy of the project elsewhere. */
export function linkNodeModules(root: string, dir: string): void {
  // A junction on Windows needs no special rights; other systems ignore the type.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
}

export function buildPackages(root: string, dir: string): Packages {
  // A production build whatever called us (vitest sets NODE_ENV=test, which brings Preact's
  // devtools hooks into the build), into the copy's own .output/.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.BACKSTORY_OUT_DIR;
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
    runBin(root, 'wxt', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const { name, version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const zip = (suffix: string) => {
    const file = path.join(dir, '.output', `${name}-${version}-${suffix}.zip`);
    if (!existsSync(file)) throw new Error(`wxt made no ${path.basename(file)}`);
    return file;
  };
  return { chrome: zip('chrome'), firefox: zip('firefox'), sources: zip('sources') };
}
