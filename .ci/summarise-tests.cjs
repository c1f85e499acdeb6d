// Prints one line per vitest JSON result file and a closing total; fails when any run is empty.
const { readFileSync } = require('node:fs');
const total = { passed: 0, failed: 0, skipped: 0 };
let empty = false;
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const node = /node(\d+)/.exec(file)?.[1] ?? '?';
  console.log(`node ${node}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  total.passed += r.numPassedTests;
  total.failed += r.numFailedTests;
  total.skipped += r.numPendingTests;
  if (r.numTotalTests === 0) empty = true;
}
console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
if (empty || total.failed > 0) process.exit(1);
