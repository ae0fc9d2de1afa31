// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextVersion, withLockVersion, withPackageVersion } from '../../../scripts/release/version-bump';

describe('nextVersion', () => {
  it('bumps patch, minor and major as semver does', () => {
    expect(nextVersion('0.1.9', 'patch')).toBe('0.1.10');
    expect(nextVersion('0.1.9', 'minor')).toBe('0.2.0');
    expect(nextVersion('0.1.9', 'major')).toBe('1.0.0');
  });

  it('refuses a version a store manifest would not take', () => {
    expect(() => nextVersion('1.0.0-beta.1', 'patch')).toThrow(/not MAJOR.MINOR.PATCH/);
  });
});

describe('withPackageVersion', () => {
  it('changes only the top-level version, keeping every other byte', () => {
    const text = '{\n  "name": "backstory",\n  "version": "0.1.0",\n  "devDependencies": {\n    "x": "0.1.0"\n  }\n}\n';
    expect(withPackageVersion(text, '0.1.1')).toBe(text.replace('"version": "0.1.0"', '"version": "0.1.1"'));
  });
});

describe('withLockVersion', () => {
  it("changes the lock file's two copies of the root version and keeps npm's layout", () => {
    const lock = `${JSON.stringify(
      {
        name: 'backstory',
        version: '0.1.0',
        lockfileVersion: 3,
        packages: { '': { name: 'backstory', version: '0.1.0' }, 'node_modules/x': { version: '0.1.0' } },
      },
      null,
      2,
    )}\n`;
    const bumped = JSON.parse(withLockVersion(lock, '0.2.0'));
    expect(bumped.version).toBe('0.2.0');
    expect(bumped.packages[''].version).toBe('0.2.0');
    expect(bumped.packages['node_modules/x'].version).toBe('0.1.0');
    expect(withLockVersion(lock, '0.1.0')).toBe(lock);
  });
});
