#!/usr/bin/env node
// Runs the whole vitest suite once, writes a JSON report, and ends with the plain line
// `tests: N passed, N failed[, N skipped]` computed from that report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.test-report.json';
rmSync(report, { force: true });
const result = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', shell: false },
);
if (!existsSync(report)) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(result.status || 1);
}
const {
  numPassedTests = 0,
  numFailedTests = 0,
  numPendingTests = 0,
  numTodoTests = 0,
  numFailedTestSuites = 0,
} = JSON.parse(readFileSync(report, 'utf8'));
// A test file that fails to load counts as a failure even though no test in it ran.
const failed = numFailedTests + (numFailedTests === 0 ? numFailedTestSuites : 0);
const skipped = numPendingTests + numTodoTests;
console.log(`tests: ${numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || result.status !== 0 ? 1 : 0);
