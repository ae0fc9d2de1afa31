// @ts-check
// Mutation testing (`npm run test:mutation`, scripts/mutation.ts): Stryker puts small bugs into
// lib/ and data/ one at a time and checks that a unit test fails for each. scripts/mutation.ts runs
// it one source folder at a time against that folder's mirrored tests, through these variables:
//   BACKSTORY_MUTATION_FOLDER  the source folder (lib/matching, data); reports go to
//                              reports/mutation/<folder>/
//   BACKSTORY_MUTATION_FILES   optional comma-separated files in it to mutate (incremental mode)
//   BACKSTORY_MUTATION_TESTS   the test folders vitest runs (read by vitest.mutation.config.ts)
//   BACKSTORY_MUTATION_REPORT_DIR  where the reports and the incremental file go
// Without them Stryker mutates all of lib/ and data/ against the whole unit suite: correct, but
// hours long. Why: docs/decisions/0019-mutation-testing.md.
const folder = process.env.BACKSTORY_MUTATION_FOLDER?.replace(/\/$/, '');
const files = process.env.BACKSTORY_MUTATION_FILES?.split(',').filter(Boolean);
const out =
  process.env.BACKSTORY_MUTATION_REPORT_DIR ||
  (folder ? `reports/mutation/${folder.replaceAll('/', '-')}` : 'reports/mutation/all');
const notTests = ['!**/*.test.ts', '!**/*.d.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: files?.length
    ? files
    : folder
      ? [`${folder}/**/*.ts`, ...notTests]
      : ['lib/**/*.ts', 'data/**/*.ts', ...notTests],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${out}/mutation.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  incrementalFile: `${out}/stryker-incremental.json`,
  tempDirName: '.stryker-tmp',
  // Not public/: tests read the interface's message tables and the highlight styles from it, and
  // a test file that cannot load is silently absent from a run (its mutants show as not covered).
  // `.stryker-tmp*`: runs started side by side with their own `--tempDirName` would otherwise copy
  // each other's sandboxes into their own.
  ignorePatterns: [
    '.tmp',
    '.output',
    '.output-*',
    'reports',
    'bench-output',
    'demo-output',
    'store',
    'docs',
    '.stryker-tmp*',
  ],
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: true,
};
