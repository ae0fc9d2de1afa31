/**
 * Runs an installed package's command-line tool (wxt, addons-linter, tsx) with the Node that
 * runs this script: no npx, no shell, so the same call works on Windows, where npx is a .cmd
 * that Node will not start without one.
 */
import { type ExecFileSyncOptions, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The JavaScript file behind `pkg`'s command `command` (default: the package's name). */
export function binScript(root: string, pkg: string, command = pkg): string {
  const dir = path.join(root, 'node_modules', pkg);
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const file = typeof bin === 'string' ? bin : bin?.[command];
  if (!file) throw new Error(`${pkg} has no command ${command}`);
  return path.join(dir, file);
}

export function runBin(root: string, pkg: string, args: string[], options: ExecFileSyncOptions = {}): void {
  execFileSync(process.execPath, [binScript(root, pkg), ...args], options);
}
