// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changelogEntry, releaseDate, withChangelogEntry } from '../../../scripts/release/changelog';

describe('changelogEntry', () => {
  it('lists the first line of each commit since the last tag, oldest first', () => {
    const entry = changelogEntry({
      version: '0.2.0',
      date: '2026-12-06',
      previousTag: 'v0.1.0',
      subjects: ['Cards in Ukrainian', 'Firefox: sidebar width'],
    });
    expect(entry).toBe(
      '## 0.2.0 (2026-12-06)\n\nSince v0.1.0 (2 commits):\n\n- Cards in Ukrainian\n- Firefox: sidebar width\n',
    );
  });

  it('says the first release covers everything since the first commit', () => {
    const entry = changelogEntry({
      version: '0.1.1',
      date: '2026-12-06',
      previousTag: undefined,
      subjects: ['Scaffold'],
    });
    expect(entry).toContain('Since the first commit (1 commit):');
  });
});

describe('withChangelogEntry', () => {
  const entry = '## 0.2.0 (2026-12-06)\n\n- B\n';

  it('starts CHANGELOG.md when there is none', () => {
    expect(withChangelogEntry(undefined, entry)).toBe(`# Changelog\n\n${entry}`);
  });

  it('puts the new entry above the older ones, under the title', () => {
    const older = '# Changelog\n\n## 0.1.1 (2026-11-01)\n\n- A\n';
    expect(withChangelogEntry(older, entry)).toBe(`# Changelog\n\n${entry}\n## 0.1.1 (2026-11-01)\n\n- A\n`);
  });
});

describe('releaseDate', () => {
  it('is today in UTC, or the day SOURCE_DATE_EPOCH names', () => {
    const now = new Date('2026-12-06T23:30:00-05:00');
    expect(releaseDate({}, now)).toBe('2026-12-07');
    expect(releaseDate({ SOURCE_DATE_EPOCH: '1780000000' }, now)).toBe('2026-05-28');
  });
});
