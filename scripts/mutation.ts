/**
 * `npm run test:mutation`: Stryker over lib/ and data/, one source folder at a time, each against
 * its mirrored tests (tests/<folder>), then a score table per folder. Reports (HTML to open, JSON
 * for tools) go to reports/mutation/<folder>/. Why per folder: docs/decisions/0019-mutation-testing.md.
 *
 *   npm run test:mutation                        every folder
 *   npm run test:mutation -- lib/matching data   only these folders
 *   npm run test:mutation -- --changed [base]    only the lib/ and data/ files changed against a git
 *                                                base (default: the merge base with origin/main,
 *                                                else HEAD~1), working-tree changes included
 *   --fast            ignore static mutants (code run only at module load); much quicker
 *   --concurrency N   Stryker's test-runner processes (default: the config's)
 *   --max-minutes N   stop after N minutes and say so, exiting 0 (for CI's time budget)
 *   --force           ignore the results Stryker kept from the last run (incremental file)
 *
 * Exits 1 only when Stryker itself fails (e.g. the tests fail before any mutant); scores under
 * target are marked in the table, not failed on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { changedSources, MUTATION_FOLDERS, reportDirOf, scoreOf, scoreTable, testsOf } from './mutation/plan';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

function flag(name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

const changedMode = flag('--changed');
const fast = flag('--fast');
const force = flag('--force');
const concurrency = option('--concurrency');
const maxMinutes = Number(option('--max-minutes') ?? 0);
const unknown = args.find((arg) => arg.startsWith('--'));
if (unknown) {
  console.error(`test:mutation: unknown option ${unknown}`);
  process.exit(2);
}

function git(...gitArgs: string[]): string | null {
  const run = spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** The commit to compare against: the one named, else the merge base with origin/main, else HEAD~1. */
function baseCommit(named: string | undefined): { commit: string; label: string } | null {
  if (named) {
    const commit = git('rev-parse', '--verify', '--quiet', `${named}^{commit}`);
    if (!commit) {
      console.error(`test:mutation: ${named} is not a commit here`);
      process.exit(2);
    }
    return { commit, label: named };
  }
  const head = git('rev-parse', 'HEAD');
  const upstream = git('rev-parse', '--verify', '--quiet', 'origin/main^{commit}');
  const mergeBase = upstream ? git('merge-base', 'HEAD', upstream) : null;
  if (mergeBase && mergeBase !== head) return { commit: mergeBase, label: 'origin/main' };
  const parent = git('rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}');
  return parent ? { commit: parent, label: 'HEAD~1' } : null;
}

interface Job {
  folder: string;
  target: number;
  files?: string[];
}

let jobs: Job[];
if (changedMode) {
  const named = args[0];
  const base = baseCommit(named);
  if (!base) {
    console.log('test:mutation --changed: no commit to compare against (a single-commit clone?); nothing to do.');
    process.exit(0);
  }
  const changed = [
    ...(git('diff', '--name-only', '--diff-filter=ACMR', base.commit) ?? '').split('\n'),
    ...(git('ls-files', '--others', '--exclude-standard', 'lib', 'data', 'tests') ?? '').split('\n'),
  ].filter(Boolean);
  const byFolder = changedSources(changed, (path) => existsSync(join(root, path)));
  if (byFolder.size === 0) {
    console.log(
      `test:mutation --changed: nothing in lib/ or data/ (or their tests) changed since ${base.label}; nothing to do.`,
    );
    process.exit(0);
  }
  jobs = [...byFolder].map(([folder, files]) => ({
    folder,
    target: MUTATION_FOLDERS.find((f) => f.folder === folder)?.target ?? 80,
    files,
  }));
  console.log(`test:mutation --changed since ${base.label}: ${jobs.flatMap((job) => job.files ?? []).join(', ')}`);
} else {
  const unknownFolder = args.find((arg) => !MUTATION_FOLDERS.some(({ folder }) => folder === arg.replace(/\/$/, '')));
  if (unknownFolder) {
    console.error(
      `test:mutation: ${unknownFolder} is not a mutation folder (${MUTATION_FOLDERS.map((f) => f.folder).join(', ')})`,
    );
    process.exit(2);
  }
  const wanted = args.map((arg) => arg.replace(/\/$/, ''));
  jobs = MUTATION_FOLDERS.filter(({ folder }) => wanted.length === 0 || wanted.includes(folder));
}

const started = Date.now();
const deadline = maxMinutes > 0 ? started + maxMinutes * 60_000 : Number.POSITIVE_INFINITY;

/** Runs Stryker for one job; resolves with its exit code, or 'stopped' at the deadline. */
function stryker(job: Job, reportDir: string): Promise<number | 'stopped'> {
  const strykerArgs = ['run', '--incremental'];
  if (force) strykerArgs.push('--force');
  if (fast) strykerArgs.push('--ignoreStatic');
  if (concurrency) strykerArgs.push('--concurrency', concurrency);
  const child = spawn(join(root, 'node_modules/.bin/stryker'), strykerArgs, {
    cwd: root,
    stdio: 'inherit',
    detached: true, // its own process group, so that the deadline stops its test runners too
    env: {
      ...process.env,
      BACKSTORY_MUTATION_FOLDER: job.folder,
      BACKSTORY_MUTATION_FILES: job.files?.join(',') ?? '',
      BACKSTORY_MUTATION_TESTS: testsOf(job.folder),
      BACKSTORY_MUTATION_REPORT_DIR: reportDir,
      // Stryker runs the tests in a copy under .stryker-tmp/, where ../shared is not beside them.
      BACKSTORY_SHARED_DIR: resolve(root, process.env.BACKSTORY_SHARED_DIR ?? '../shared'),
    },
  });
  const stopGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group has already exited.
    }
  };
  // Stopping this script (Ctrl-C, a CI job cancelled) stops Stryker's process group too.
  const stop = () => {
    stopGroup();
    process.exit(130);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return new Promise((resolve) => {
    const left = deadline - Date.now();
    const timer = Number.isFinite(left)
      ? setTimeout(
          () => {
            stopGroup();
            resolve('stopped');
          },
          Math.max(left, 0),
        )
      : undefined;
    child.on('exit', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve(code ?? 1);
    });
  });
}

const rows: Parameters<typeof scoreTable>[0][number][] = [];
let failed = false;
let stopped = false;
for (const job of jobs) {
  if (Date.now() >= deadline) {
    rows.push({ folder: job.folder, target: job.target, score: null, seconds: 0, note: 'not run (time budget)' });
    continue;
  }
  const reportDir = reportDirOf(job.folder, job.files ? 'changed' : 'full');
  console.log(`\n=== ${job.folder}${job.files ? `: ${job.files.join(', ')}` : ''} ===`);
  const t0 = Date.now();
  const code = await stryker(job, reportDir);
  const seconds = (Date.now() - t0) / 1000;
  if (code === 'stopped') {
    stopped = true;
    // A stopped Stryker leaves its sandbox behind.
    rmSync(join(root, '.stryker-tmp'), { recursive: true, force: true });
    rows.push({ folder: job.folder, target: job.target, score: null, seconds, note: 'stopped (time budget)' });
    continue;
  }
  if (code !== 0) failed = true;
  const reportFile = join(root, reportDir, 'mutation.json');
  const score = code === 0 && existsSync(reportFile) ? scoreOf(JSON.parse(readFileSync(reportFile, 'utf8'))) : null;
  rows.push({
    folder: job.folder,
    target: job.target,
    score,
    seconds,
    note: code === 0 ? undefined : 'Stryker failed',
  });
}

console.log(`\nMutation scores${fast ? ' (static mutants ignored)' : ''}:\n`);
console.log(scoreTable(rows));
const total = (Date.now() - started) / 1000;
console.log(
  `\n${Math.floor(total / 60)} min ${Math.round(total % 60)} s. Reports: reports/mutation/<folder>/mutation.html`,
);
if (stopped) console.log(`Stopped at the ${maxMinutes}-minute budget: the folders not finished are not scored.`);
process.exit(failed ? 1 : 0);
