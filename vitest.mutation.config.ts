import { configDefaults, defineConfig } from 'vitest/config';
import unitConfig from './vitest.config';

// The unit config, limited to the tests of the folder under mutation (scripts/mutation.ts sets
// BACKSTORY_MUTATION_TESTS to that folder's mirror in tests/). Stryker re-runs every selected test
// file for a mutant in code run at module load, so a narrow include keeps each folder's run short.
// (Spread, not mergeConfig: mergeConfig would append to the unit config's include.)
const only = process.env.BACKSTORY_MUTATION_TESTS;
const include = only
  ? only
      .split(',')
      .map((dir) =>
        dir.endsWith('.tsx') || dir.endsWith('.ts') ? dir : `${dir.replace(/\/$/, '')}/**/*.test.{ts,tsx}`,
      )
  : unitConfig.test?.include;

// The data-check CLI test runs the checker in a child process, which never sees Stryker's active
// mutant: it cannot kill one and only slows every run.
const exclude = [...configDefaults.exclude, 'tests/data/data-check-cli.test.ts'];

// Stryker's instrumented code counts every branch it passes: a test that walks all 65,536 code units
// can pass vitest's 5 s limit on a loaded machine, which fails the first run. Stryker times each
// mutant itself from that run, so a wider limit here costs nothing. BACKSTORY_MUTATION_TEST_TIMEOUT
// sets a lower one for a run of fast tests: a mutant that leaves a test waiting forever then fails
// it (killed) before Stryker's own limit ends the worker (timeout, and a new worker to start).
const testTimeout = Number(process.env.BACKSTORY_MUTATION_TEST_TIMEOUT) || 30_000;

export default defineConfig({ ...unitConfig, test: { ...unitConfig.test, include, exclude, testTimeout } });
