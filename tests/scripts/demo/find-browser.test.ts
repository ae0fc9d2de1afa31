// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type BrowserSearch, brandOf, findBrowser } from '../../../scripts/demo/find-browser';

/** A search over a machine where exactly `files` exist. */
function machine(platform: NodeJS.Platform, files: string[], env: BrowserSearch['env'] = {}): BrowserSearch {
  const present = new Set(files);
  return { platform, env, exists: (file) => present.has(file) };
}

describe('findBrowser on Linux', () => {
  const PATH = '/usr/local/bin:/usr/bin:/bin';

  it("finds Debian's chromium", () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium'], { PATH }))).toEqual({
      path: '/usr/bin/chromium',
      brand: 'chromium',
    });
  });

  it('prefers Chromium to Google Chrome and Edge when several are installed', () => {
    const files = ['/usr/bin/google-chrome', '/usr/bin/microsoft-edge', '/usr/bin/chromium-browser'];
    expect(findBrowser(machine('linux', files, { PATH }))?.path).toBe('/usr/bin/chromium-browser');
  });

  it('finds Google Chrome and Edge where their packages put them, off PATH', () => {
    expect(findBrowser(machine('linux', ['/opt/google/chrome/chrome'], { PATH: '/bin' }))).toEqual({
      path: '/opt/google/chrome/chrome',
      brand: 'chrome',
    });
    expect(findBrowser(machine('linux', ['/opt/microsoft/msedge/msedge'], {}))?.brand).toBe('edge');
  });

  it('finds the snap chromium on Ubuntu', () => {
    expect(findBrowser(machine('linux', ['/snap/bin/chromium'], { PATH }))?.path).toBe('/snap/bin/chromium');
  });

  it('finds a browser in any PATH folder (NixOS, Homebrew on Linux)', () => {
    const file = '/run/current-system/sw/bin/chromium';
    expect(findBrowser(machine('linux', [file], { PATH: `/run/current-system/sw/bin:${PATH}` }))?.path).toBe(file);
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/firefox-esr'], { PATH }))).toBeUndefined();
  });
});

describe('findBrowser on macOS', () => {
  it('finds Google Chrome in /Applications', () => {
    const file = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine('darwin', [file], { HOME: '/Users/ana' }))).toEqual({ path: file, brand: 'chrome' });
  });

  it("finds a browser in the reader's own ~/Applications", () => {
    const file = '/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(machine('darwin', [file], { HOME: '/Users/ana' }))).toEqual({ path: file, brand: 'edge' });
  });

  it('prefers Chromium and Chrome for Testing, which load unpacked extensions from the command line', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const testing = '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(findBrowser(machine('darwin', [chrome, testing], {}))).toEqual({ path: testing, brand: 'chromium' });
  });
});

describe('findBrowser on Windows', () => {
  it('finds Edge, which every Windows 10 and 11 has', () => {
    const file = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(machine('win32', [file], {}))).toEqual({ path: file, brand: 'edge' });
  });

  it('finds a per-user Chrome under LOCALAPPDATA before Edge', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', ProgramFiles: 'D:\\Apps' };
    const chrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(machine('win32', [edge, chrome], env))?.path).toBe(chrome);
  });

  it('uses the Program Files folder the environment names', () => {
    const file = 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser(machine('win32', [file], { ProgramFiles: 'D:\\Apps' }))?.path).toBe(file);
  });
});

describe('CHROME_PATH', () => {
  it('wins over every installed browser', () => {
    const env = { CHROME_PATH: '/home/ana/chrome-linux64/chrome', PATH: '/usr/bin' };
    expect(findBrowser(machine('linux', ['/usr/bin/chromium', env.CHROME_PATH], env))).toEqual({
      path: env.CHROME_PATH,
      brand: 'chrome',
      fromEnv: true,
    });
  });

  it('is passed over when it names a file that does not exist', () => {
    const env = { CHROME_PATH: '/nowhere/chrome', PATH: '/usr/bin' };
    expect(findBrowser(machine('linux', ['/usr/bin/chromium'], env))?.path).toBe('/usr/bin/chromium');
  });
});

describe('brandOf', () => {
  it('tells the three brands apart by their file names', () => {
    expect(brandOf('/usr/lib/chromium/chromium')).toBe('chromium');
    expect(brandOf('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe')).toBe('edge');
    expect(brandOf('/usr/bin/google-chrome-stable')).toBe('chrome');
  });
});
