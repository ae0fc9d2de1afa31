/** Story data for the data tests: the seed story and the small second story, as raw JSON. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const seedStoryFile = 'data/stories/istanbul-talks-2025.json';
export const secondStoryFile = 'tests/fixtures/stories/alaska-summit-2025.json';

// (happy-dom replaces the global URL, so the path is built with node:path.)
const repoRoot = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;

/** A fresh, mutable copy each call, so tests can break it freely. */
export function readStoryJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${repoRoot}${file}`, 'utf8')) as Record<string, unknown>;
}

export { repoRoot };
