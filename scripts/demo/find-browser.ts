/**
 * Where the demo looks for a Chromium-based browser: `CHROME_PATH` first, then Chromium, Chrome
 * for Testing, Google Chrome and Microsoft Edge in the places their installers put them on
 * Linux, macOS and Windows. Pure: the platform, the environment and a file test are parameters,
 * so every platform's list is unit-tested on any machine.
 *
 * Chromium comes first because it is the brand that still loads an unpacked extension from the
 * command line; branded Chrome (137+) and Edge ignore `--load-extension`, and the demo loads the
 * extension into them over the DevTools protocol instead (tests/e2e/harness.ts).
 */
import path from 'node:path';

export type BrowserBrand = 'chromium' | 'chrome' | 'edge';

export interface FoundBrowser {
  path: string;
  brand: BrowserBrand;
  /** Set when the path came from CHROME_PATH rather than the search. */
  fromEnv?: boolean;
}

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists: (file: string) => boolean;
}

interface Candidate {
  path: string;
  brand: BrowserBrand;
}

/** The first browser that exists, in the order of `browserCandidates`. */
export function findBrowser({ platform, env, exists }: BrowserSearch): FoundBrowser | undefined {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv && exists(fromEnv)) return { path: fromEnv, brand: brandOf(fromEnv), fromEnv: true };
  return browserCandidates(platform, env).find((candidate) => exists(candidate.path));
}

/** Every place looked at, best first (CHROME_PATH aside). */
export function browserCandidates(platform: NodeJS.Platform, env: BrowserSearch['env']): Candidate[] {
  if (platform === 'darwin') return macCandidates(env);
  if (platform === 'win32') return windowsCandidates(env);
  return linuxCandidates(env);
}

/** A guess from the file name, good enough to say what was found and to pick how to load the extension. */
export function brandOf(file: string): BrowserBrand {
  const name = file.toLowerCase();
  if (name.includes('msedge') || name.includes('microsoft-edge') || name.includes('microsoft edge')) return 'edge';
  if (name.includes('chromium') || name.includes('chrome for testing')) return 'chromium';
  return 'chrome';
}

export const BRAND_NAMES: Record<BrowserBrand, string> = {
  chromium: 'Chromium',
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
};

const LINUX_COMMANDS: Candidate[] = [
  { path: 'chromium', brand: 'chromium' },
  { path: 'chromium-browser', brand: 'chromium' },
  { path: 'google-chrome-stable', brand: 'chrome' },
  { path: 'google-chrome', brand: 'chrome' },
  { path: 'microsoft-edge-stable', brand: 'edge' },
  { path: 'microsoft-edge', brand: 'edge' },
];

// Installed outside PATH by their packages (snap, Google's and Microsoft's .deb/.rpm).
const LINUX_FIXED: Candidate[] = [
  { path: '/usr/bin/chromium', brand: 'chromium' },
  { path: '/snap/bin/chromium', brand: 'chromium' },
  { path: '/opt/google/chrome/chrome', brand: 'chrome' },
  { path: '/opt/microsoft/msedge/msedge', brand: 'edge' },
];

function linuxCandidates(env: BrowserSearch['env']): Candidate[] {
  const dirs = (env.PATH ?? '').split(path.posix.delimiter).filter((dir) => dir.startsWith('/'));
  const onPath = LINUX_COMMANDS.flatMap((command) =>
    dirs.map((dir) => ({ path: path.posix.join(dir, command.path), brand: command.brand })),
  );
  return unique([...onPath, ...LINUX_FIXED]);
}

const MAC_APPS: Candidate[] = [
  { path: 'Chromium.app/Contents/MacOS/Chromium', brand: 'chromium' },
  {
    path: 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    brand: 'chromium',
  },
  { path: 'Google Chrome.app/Contents/MacOS/Google Chrome', brand: 'chrome' },
  { path: 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', brand: 'edge' },
];

function macCandidates(env: BrowserSearch['env']): Candidate[] {
  const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
  return MAC_APPS.flatMap((app) => roots.map((root) => ({ path: path.posix.join(root, app.path), brand: app.brand })));
}

const WINDOWS_APPS: Candidate[] = [
  { path: 'Chromium\\Application\\chrome.exe', brand: 'chromium' },
  { path: 'Google\\Chrome\\Application\\chrome.exe', brand: 'chrome' },
  { path: 'Microsoft\\Edge\\Application\\msedge.exe', brand: 'edge' },
];

function windowsCandidates(env: BrowserSearch['env']): Candidate[] {
  // Per-user installs go to LOCALAPPDATA, machine-wide ones to either Program Files.
  const roots = unique(
    [
      env.LOCALAPPDATA,
      env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files',
      env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
    ].filter((root): root is string => !!root),
  );
  return WINDOWS_APPS.flatMap((app) =>
    roots.map((root) => ({ path: path.win32.join(root, app.path), brand: app.brand })),
  );
}

function unique<T extends string | Candidate>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = typeof item === 'string' ? item : item.path;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
