/** Where the e2e tests find the project, the built extension and the shared corpus. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPresent } from '../../scripts/shared-corpus';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = path.resolve(ROOT, process.env.BACKSTORY_OUT_DIR ?? '.output');
export const CHROME_BUILD = path.join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = path.join(OUT_DIR, 'firefox-mv3');
export const FIXTURES_DIR = path.join(ROOT, 'tests/e2e/fixtures');
export const DEMO_DIR = path.join(ROOT, 'demo');
/** The saved news pages live beside the project (../shared), never copied into it. */
export const CORPUS_DIR = path.resolve(ROOT, process.env.BACKSTORY_CORPUS_DIR ?? '../shared/corpus/news-pages');

const CHROMIUM_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export function findFirefox(): string | undefined {
  return FIREFOX_CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

/**
 * The corpus sits outside the repository: a checkout without it runs every test that does not
 * need it. In CI a missing corpus throws (scripts/shared-corpus.ts).
 */
export function corpusAvailable(): boolean {
  return sharedPresent(CORPUS_DIR, 'News corpus');
}

export function corpusPages(): string[] {
  if (!corpusAvailable()) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}
