/**
 * The saved news pages and seed articles live beside the project (../shared), never copied into
 * it. A checkout without them still runs every check that does not need them and says what it
 * skipped; CI must have them, because a run that quietly skips its corpus checks passes having
 * checked less (the privacy test would look at the demo page alone).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  process.env.BACKSTORY_SHARED_DIR ?? '../shared',
);

/** Whether `path` (part of ../shared) is there; in CI (`CI=true`) its absence is an error, not a skip. */
export function sharedPresent(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `${what} not found at ${path}: CI runs every corpus check, so ../shared must be beside the project.`,
    );
  }
  return false;
}
