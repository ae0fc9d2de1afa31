// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { chromiumInstallPlan, linuxFamily, type MachineFacts } from '../../../scripts/demo/chromium-install-plan';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=41\n';
const ROCKY = 'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n';

function facts(overrides: Partial<MachineFacts>): MachineFacts {
  return {
    platform: 'linux',
    osRelease: DEBIAN,
    hasAptGet: true,
    isRoot: false,
    passwordlessSudo: () => false,
    ...overrides,
  };
}

describe('chromiumInstallPlan', () => {
  it("installs Debian's chromium itself when running as root", () => {
    const plan = chromiumInstallPlan(facts({ isRoot: true }));
    expect(plan).toMatchObject({ kind: 'install' });
    expect(plan.kind === 'install' && plan.commands).toEqual([
      ['apt-get', 'update', '-q'],
      ['apt-get', 'install', '-y', '-q', 'chromium', 'fonts-dejavu-core'],
    ]);
  });

  it('installs it through sudo when sudo asks for no password, and never lets sudo prompt', () => {
    const plan = chromiumInstallPlan(facts({ osRelease: UBUNTU, passwordlessSudo: () => true }));
    expect(
      plan.kind === 'install' && plan.commands.every((command) => command[0] === 'sudo' && command[1] === '-n'),
    ).toBe(true);
  });

  it('does not ask sudo when already root', () => {
    const passwordlessSudo = vi.fn(() => true);
    chromiumInstallPlan(facts({ isRoot: true, passwordlessSudo }));
    expect(passwordlessSudo).not.toHaveBeenCalled();
  });

  it('says in one line what to run when it may not install', () => {
    const plan = chromiumInstallPlan(facts({}));
    expect(plan).toEqual({ kind: 'advise', message: expect.stringContaining('`sudo apt-get install -y chromium`') });
    expect(plan.kind === 'advise' && plan.message).not.toContain('\n');
  });

  it("names each other platform's own command", () => {
    const advice = (overrides: Partial<MachineFacts>) => {
      const plan = chromiumInstallPlan(facts(overrides));
      return plan.kind === 'advise' ? plan.message : plan.display;
    };
    expect(advice({ osRelease: FEDORA, hasAptGet: false, isRoot: true })).toContain('`sudo dnf install -y chromium`');
    expect(advice({ platform: 'darwin', osRelease: undefined })).toContain('`brew install --cask google-chrome`');
    expect(advice({ platform: 'win32', osRelease: undefined })).toContain('`winget install Google.Chrome`');
  });

  it('never installs on a Debian-like system without apt-get', () => {
    expect(chromiumInstallPlan(facts({ hasAptGet: false, isRoot: true })).kind).toBe('advise');
  });
});

describe('linuxFamily', () => {
  it('reads ID and ID_LIKE from /etc/os-release', () => {
    expect(linuxFamily(DEBIAN)).toBe('debian');
    expect(linuxFamily(UBUNTU)).toBe('debian');
    expect(linuxFamily(ROCKY)).toBe('fedora');
    expect(linuxFamily('ID=alpine\n')).toBe('other');
    expect(linuxFamily(undefined)).toBe('other');
  });
});
