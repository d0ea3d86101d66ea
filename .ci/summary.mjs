// Sums the JSON reports of Vitest and Playwright into one line: "N passed, N failed[, N skipped]".
// A missing or unreadable report counts as one failure (the suite did not run to the end).
import { readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, unitStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(file, label) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.log(`${label}: no report (${file}); counted as a failure`);
    failed += 1;
    return null;
  }
}

const vitest = read(vitestFile, 'unit and component tests');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if ((vitest.numTotalTests ?? 0) === 0) {
    console.log('unit and component tests: none ran; counted as a failure');
    failed += 1;
  }
  // A test file that fails to load fails no single test, but the run exits non-zero: count it.
  if ((vitest.numFailedTests ?? 0) === 0 && unitStatus !== '0') {
    console.log('unit and component tests: the run failed outside any single test; counted as a failure');
    failed += 1;
  }
  console.log(`unit and component tests: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}

const playwright = read(playwrightFile, 'browser tests');
if (playwright) {
  const stats = playwright.stats ?? {};
  const e2ePassed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const e2eFailed = stats.unexpected ?? 0;
  passed += e2ePassed;
  failed += e2eFailed;
  skipped += stats.skipped ?? 0;
  if (e2ePassed + e2eFailed === 0) {
    console.log('browser tests: none ran; counted as a failure');
    failed += 1;
  }
  console.log(`browser tests: ${e2ePassed} passed, ${e2eFailed} failed`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
