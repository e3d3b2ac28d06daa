// Mutation testing (npm run test:mutation; not part of npm test): does a wrong implementation fail a test?
// Goal: at least 90% of logic mutants killed in shared/planning, electron/core/services and
// electron/core/import. String literals (messages and labels) are left out of that count on purpose:
// their wording is checked where it matters by exact-message tests, and mutating every label would
// bury the logic gaps. Run one folder: npm run test:mutation -- --mutate "shared/planning/**/*.ts"
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['shared/planning/**/*.ts', 'shared/parse/**/*.ts', 'electron/core/services/**/*.ts', 'electron/core/import/**/*.ts'],
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
