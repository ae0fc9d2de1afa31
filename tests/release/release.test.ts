/**
 * `npm run release` end to end in a throwaway clone: a dry run from a tree with uncommitted work
 * packages only what is committed and changes nothing; the real run then commits and tags, and
 * its packages are byte-for-byte the dry run's. Each run also rebuilds every package from the
 * sources zip alone and requires the same bytes, so a build that is not reproducible fails here.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../../scripts/release/zip-entries';
import { type ReleaseClone, releaseClone } from '../helpers/release-clone';

describe('npm run release', () => {
  let clone: ReleaseClone;
  let head: string;
  let version: string;
  let next: string;
  const zips = (kind: 'chrome' | 'firefox' | 'sources') =>
    path.join(clone.dir, '.output/release', `backstory-${next}-${kind}.zip`);
  const dryRunZips: Record<string, Buffer> = {};

  beforeAll(() => {
    clone = releaseClone();
    head = clone.git('rev-parse', 'HEAD');
    version = JSON.parse(readFileSync(path.join(clone.dir, 'package.json'), 'utf8')).version;
    const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
    next = `${major}.${minor}.${patch + 1}`;
  });
  afterAll(() => clone?.remove());

  it('--dry-run packages the committed tree, checks it rebuilds to the same bytes, and changes nothing', () => {
    // Work in progress that must reach no package: changed files, one the release rewrites, and a new one.
    writeFileSync(path.join(clone.dir, 'README.md'), 'work in progress\n');
    const packageJson = path.join(clone.dir, 'package.json');
    writeFileSync(packageJson, readFileSync(packageJson, 'utf8').replace('"private": true', '"private": false'));
    writeFileSync(path.join(clone.dir, 'notes.txt'), 'draft\n');

    const run = clone.release('patch', '--dry-run');
    expect(run.stderr).not.toMatch(/^release:/m);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ rebuild from the sources zip alone and compare bytes');
    expect(run.stdout).toContain(`## ${next} (`);

    const manifest = zipEntries(readFileSync(zips('chrome'))).find((entry) => entry.name === 'manifest.json');
    expect(JSON.parse(String(manifest?.data)).version).toBe(next);
    const sources = new Map(zipEntries(readFileSync(zips('sources'))).map((entry) => [entry.name, String(entry.data)]));
    expect(sources.get('README.md')).toBe(clone.git('show', 'HEAD:README.md'));
    expect(sources.has('notes.txt')).toBe(false);
    expect(sources.get('CHANGELOG.md')).toMatch(new RegExp(`^# Changelog\\n\\n## ${next.replaceAll('.', '\\.')} \\(`));
    expect(sources.get('package.json')).toBe(
      clone.git('show', 'HEAD:package.json').replace(`"version": "${version}"`, `"version": "${next}"`),
    );

    expect(clone.git('rev-parse', 'HEAD')).toBe(head);
    expect(clone.git('tag', '--list')).toBe('');
    expect(clone.git('status', '--porcelain')).toBe(' M README.md\n M package.json\n?? notes.txt\n');
    for (const kind of ['chrome', 'firefox', 'sources'] as const) dryRunZips[kind] = readFileSync(zips(kind));
  });

  it('commits the version and changelog, tags it, and ships the dry run’s packages byte for byte', () => {
    clone.git('checkout', '--', 'README.md', 'package.json');
    rmSync(path.join(clone.dir, 'notes.txt'));
    rmSync(path.join(clone.dir, '.output'), { recursive: true, force: true });

    const run = clone.release('patch');
    expect(run.stderr).not.toMatch(/^release:/m);
    expect(run.code).toBe(0);

    expect(clone.git('log', '-1', '--format=%s')).toBe(`Release v${next}\n`);
    expect(clone.git('rev-parse', 'HEAD~1')).toBe(head);
    expect(clone.git('rev-parse', `v${next}^{commit}`)).toBe(clone.git('rev-parse', 'HEAD'));
    expect(clone.git('show', '--format=', '--name-only', 'HEAD')).toBe(
      'CHANGELOG.md\npackage-lock.json\npackage.json\n',
    );
    expect(clone.git('status', '--porcelain')).toBe('');
    expect(JSON.parse(clone.git('show', 'HEAD:package.json')).version).toBe(next);
    expect(JSON.parse(clone.git('show', 'HEAD:package-lock.json')).version).toBe(next);
    for (const kind of ['chrome', 'firefox', 'sources'] as const) {
      expect(readFileSync(zips(kind)).equals(dryRunZips[kind] as Buffer), `${kind} zip`).toBe(true);
    }
  });
});
