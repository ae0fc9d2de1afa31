/**
 * What a mutation run covers (scripts/mutation.ts): the source folders of lib/ and data/, each
 * mutated against its mirrored tests only, the files a change touched, and the score of a
 * finished folder from Stryker's JSON report. Pure, so that the choice of what to run is tested
 * without running Stryker.
 */

/** The source folders, in the order of the data flow, with the score each should reach. */
export const MUTATION_FOLDERS: readonly { folder: string; target: number }[] = [
  { folder: 'data', target: 90 },
  { folder: 'lib/story', target: 80 },
  { folder: 'lib/matching', target: 90 },
  { folder: 'lib/extraction', target: 80 },
  { folder: 'lib/storage', target: 80 },
  { folder: 'lib/page', target: 90 },
  { folder: 'lib/views', target: 80 },
  { folder: 'lib/extension', target: 80 },
];

/** The folder's tests: tests/ mirrors the source tree. */
export function testsOf(folder: string): string {
  return `tests/${folder}`;
}

/** Where a folder's reports go, under reports/mutation/ ("lib/matching" → "lib-matching"). */
export function reportDirOf(folder: string, mode: 'full' | 'changed'): string {
  const slug = folder.replaceAll('/', '-');
  return mode === 'full' ? `reports/mutation/${slug}` : `reports/mutation/changed/${slug}`;
}

/** The mutation folder a source file belongs to, or null for a file outside them. */
export function folderOf(file: string): string | null {
  return MUTATION_FOLDERS.find(({ folder }) => file.startsWith(`${folder}/`))?.folder ?? null;
}

/** Whether Stryker mutates this file: TypeScript source in a mutation folder, not a declaration. */
export function isMutated(file: string): boolean {
  return /\.ts$/.test(file) && !/\.d\.ts$/.test(file) && !/\.test\.ts$/.test(file) && folderOf(file) !== null;
}

/**
 * The source files a change touched, grouped by folder: changed lib/ and data/ sources, and the
 * mirrored source of each changed test file (a new or weakened test changes what that file's
 * mutants meet). `exists` says whether a path is in the working tree (a deleted file is skipped).
 */
export function changedSources(changed: readonly string[], exists: (path: string) => boolean): Map<string, string[]> {
  const files = new Set<string>();
  for (const path of changed) {
    const source = path.startsWith('tests/') ? path.slice('tests/'.length).replace(/\.test\.tsx?$/, '.ts') : path;
    if (isMutated(source) && exists(source)) files.add(source);
  }
  const byFolder = new Map<string, string[]>();
  for (const { folder } of MUTATION_FOLDERS) {
    const inFolder = [...files].filter((file) => folderOf(file) === folder).sort();
    if (inFolder.length > 0) byFolder.set(folder, inFolder);
  }
  return byFolder;
}

/** Counts of one folder's mutants by Stryker status, and the score. */
export interface FolderScore {
  mutants: number;
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
  errors: number;
  /** Detected / (detected + undetected), in percent; null when no mutant counted. */
  score: number | null;
}

interface ReportMutant {
  status: string;
}

/** The score of a mutation-testing-report-schema report, as Stryker's clear-text table counts it. */
export function scoreOf(report: { files: Record<string, { mutants: readonly ReportMutant[] }> }): FolderScore {
  const count = { mutants: 0, killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, errors: 0 };
  for (const file of Object.values(report.files)) {
    for (const { status } of file.mutants) {
      count.mutants++;
      if (status === 'Killed') count.killed++;
      else if (status === 'Survived') count.survived++;
      else if (status === 'NoCoverage') count.noCoverage++;
      else if (status === 'Timeout') count.timeout++;
      else if (status === 'Ignored') count.ignored++;
      else count.errors++; // CompileError, RuntimeError: not counted in the score
    }
  }
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  return { ...count, score: valid === 0 ? null : (100 * detected) / valid };
}

/** One line per folder, aligned, with a mark where the score is under its target. */
export function scoreTable(
  rows: readonly { folder: string; target: number; score: FolderScore | null; seconds: number; note?: string }[],
): string {
  const header = ['folder', 'score', 'target', 'killed', 'survived', 'no cov.', 'timeout', 'ignored', 'time'];
  const lines = rows.map(({ folder, target, score, seconds, note }) => {
    const time = `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
    if (!score) return [folder, note ?? 'no report', '', '', '', '', '', '', time];
    const pct = score.score === null ? 'n/a' : `${score.score.toFixed(1)}%`;
    const mark = score.score !== null && score.score < target ? ' ✗' : '';
    return [
      folder,
      pct + mark,
      `${target}%`,
      String(score.killed),
      String(score.survived),
      String(score.noCoverage),
      String(score.timeout),
      String(score.ignored),
      time,
    ];
  });
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
