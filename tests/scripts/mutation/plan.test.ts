// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changedSources, folderOf, reportDirOf, scoreOf, scoreTable } from '../../../scripts/mutation/plan';

const everyFileExists = () => true;

describe('what a mutation run covers', () => {
  it('maps a source file to its layer folder, and data/ files to data', () => {
    expect(folderOf('lib/matching/matcher.ts')).toBe('lib/matching');
    expect(folderOf('data/validate.ts')).toBe('data');
    expect(folderOf('entrypoints/background.ts')).toBeNull();
  });

  it('runs only the changed lib/ and data/ sources, grouped by folder', () => {
    const byFolder = changedSources(
      [
        'lib/matching/matcher.ts',
        'README.md',
        'data/stories/seed.json',
        'data/validate.ts',
        'lib/matching/text-fold.ts',
      ],
      everyFileExists,
    );
    expect([...byFolder]).toEqual([
      ['data', ['data/validate.ts']],
      ['lib/matching', ['lib/matching/matcher.ts', 'lib/matching/text-fold.ts']],
    ]);
  });

  it("runs a changed test file's mirrored source, and skips deleted sources", () => {
    const byFolder = changedSources(
      ['tests/lib/page/page-scanner.test.ts', 'tests/helpers/story-fixtures.ts', 'lib/story/gone.ts'],
      (path) => path !== 'lib/story/gone.ts',
    );
    expect([...byFolder]).toEqual([['lib/page', ['lib/page/page-scanner.ts']]]);
  });

  it('finds nothing to run when only documentation and other code changed', () => {
    expect(changedSources(['README.md', 'components/Card.tsx', 'lib/README.md'], everyFileExists).size).toBe(0);
  });

  it('keeps the reports of a changed-files run apart from the full run of the folder', () => {
    expect(reportDirOf('lib/matching', 'full')).toBe('reports/mutation/lib-matching');
    expect(reportDirOf('lib/matching', 'changed')).toBe('reports/mutation/changed/lib-matching');
  });
});

describe('the score table', () => {
  const report = {
    files: {
      'a.ts': { mutants: [{ status: 'Killed' }, { status: 'Killed' }, { status: 'Survived' }, { status: 'Ignored' }] },
      'b.ts': { mutants: [{ status: 'Timeout' }, { status: 'NoCoverage' }, { status: 'CompileError' }] },
    },
  };

  it("counts killed and timed-out mutants as detected, ignored and compile errors as neither, like Stryker's table", () => {
    expect(scoreOf(report)).toEqual({
      mutants: 7,
      killed: 2,
      survived: 1,
      noCoverage: 1,
      timeout: 1,
      ignored: 1,
      errors: 1,
      score: 60,
    });
  });

  it('marks a folder under its target and says when a folder has no report', () => {
    const table = scoreTable([
      { folder: 'lib/matching', target: 90, score: scoreOf(report), seconds: 75 },
      { folder: 'data', target: 90, score: null, seconds: 3, note: 'Stryker failed' },
    ]);
    expect(table).toContain('60.0% ✗');
    expect(table).toContain('1m 15s');
    expect(table).toMatch(/data\s+Stryker failed/);
  });
});
