/**
 * What the demo does when it finds no browser: on Debian or Ubuntu it installs Debian's
 * `chromium` itself when it may without asking anyone (running as root, or sudo without a
 * password, as .ci/run does); everywhere else it says in one line exactly what to run. Pure: the
 * machine's facts are parameters (scripts/demo/install-chromium.ts gathers them).
 */

export interface MachineFacts {
  platform: NodeJS.Platform;
  /** The text of /etc/os-release, when there is one. */
  osRelease?: string;
  hasAptGet: boolean;
  isRoot: boolean;
  /** `sudo -n true` succeeded: sudo would not prompt. Only asked when it matters. */
  passwordlessSudo: () => boolean;
}

export type InstallPlan =
  | { kind: 'install'; commands: string[][]; display: string }
  | { kind: 'advise'; message: string };

/** Debian's package, and the fonts .ci/run adds so that pages do not render as empty boxes. */
export const APT_PACKAGES = ['chromium', 'fonts-dejavu-core'];

const NOT_FOUND = 'No Chrome, Chromium or Edge found.';
const OR_ENV = '(or set CHROME_PATH to a Chromium-based browser)';

export function chromiumInstallPlan(facts: MachineFacts): InstallPlan {
  if (facts.platform === 'darwin') {
    return {
      kind: 'advise',
      message: `${NOT_FOUND} Run \`brew install --cask google-chrome\` (or install Chrome from https://www.google.com/chrome/), then \`npm run demo\` ${OR_ENV}.`,
    };
  }
  if (facts.platform === 'win32') {
    return {
      kind: 'advise',
      message: `${NOT_FOUND} Run \`winget install Google.Chrome\`, then \`npm run demo\` ${OR_ENV}.`,
    };
  }
  const family = linuxFamily(facts.osRelease);
  if (family === 'debian' && facts.hasAptGet) {
    const apt = ['apt-get', 'install', '-y', '-q', ...APT_PACKAGES];
    const update = ['apt-get', 'update', '-q'];
    if (facts.isRoot) return { kind: 'install', commands: [update, apt], display: apt.join(' ') };
    if (facts.passwordlessSudo()) {
      const sudo = (command: string[]) => ['sudo', '-n', ...command];
      return { kind: 'install', commands: [sudo(update), sudo(apt)], display: `sudo ${apt.join(' ')}` };
    }
    return {
      kind: 'advise',
      message: `${NOT_FOUND} Run \`sudo apt-get install -y chromium\`, then \`npm run demo\` ${OR_ENV}.`,
    };
  }
  const command = LINUX_COMMANDS[family];
  return {
    kind: 'advise',
    message: command
      ? `${NOT_FOUND} Run \`${command}\`, then \`npm run demo\` ${OR_ENV}.`
      : `${NOT_FOUND} Install Chromium with your package manager, then \`npm run demo\` ${OR_ENV}.`,
  };
}

type LinuxFamily = 'debian' | 'fedora' | 'arch' | 'suse' | 'other';

const LINUX_COMMANDS: Partial<Record<LinuxFamily, string>> = {
  debian: 'sudo apt-get install -y chromium',
  fedora: 'sudo dnf install -y chromium',
  arch: 'sudo pacman -S --noconfirm chromium',
  suse: 'sudo zypper install -y chromium',
};

/** The distribution family from /etc/os-release's ID and ID_LIKE (Ubuntu says ID_LIKE=debian). */
export function linuxFamily(osRelease: string | undefined): LinuxFamily {
  if (!osRelease) return 'other';
  const ids = ['ID', 'ID_LIKE']
    .flatMap((key) => osRelease.match(new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm'))?.[1]?.split(/\s+/) ?? [])
    .map((id) => id.toLowerCase());
  if (ids.some((id) => id === 'debian' || id === 'ubuntu')) return 'debian';
  if (ids.some((id) => id === 'fedora' || id === 'rhel' || id === 'centos')) return 'fedora';
  if (ids.includes('arch')) return 'arch';
  if (ids.some((id) => id.startsWith('opensuse') || id === 'suse' || id === 'sles')) return 'suse';
  return 'other';
}
