// npm run faults: scans loopback AWS and ARM emulators (real SDKs, real wire formats and page sizes)
// with faults injected, and prints for each scenario what the scan lost and whether it said so.
// Not a test: figures, not verdicts (test/e2e/faults.test.ts holds the verdicts).
import type { Asset } from '../../src/model/index.js';
import { CLOUDS, FIGURE_SCENARIOS, figuresOf, runScenario, type Figures } from '../support/emulator/scenarios.js';

const callTimeoutMs = Number(process.env.FAULTS_CALL_TIMEOUT_MS ?? 1_000);
const seed = Number(process.env.FAULTS_SEED ?? 12);

function row(name: string, f: Figures, budgetSpent: boolean): string {
  const covered = f.unexplained.length === 0 ? 'yes' : `**no: ${f.unexplained.length} silent**`;
  const ended = budgetSpent ? ' (stopped by the call budget)' : '';
  const cells = [name, f.expected, f.collected, f.lost.length, f.gaps, covered, `${f.calls.toLocaleString('en-US')}${ended}`, f.faulted, `${(f.ms / 1000).toFixed(1)} s`, `${f.code}${f.partial ? ' (partial)' : ''}`];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const started = performance.now();
  process.stdout.write(`mlscan fault figures: call timeout ${callTimeoutMs} ms, timeouts held ${Math.round(callTimeoutMs * 1.5)} ms, seed ${seed}, node ${process.version}\n`);
  for (const cloud of CLOUDS) {
    process.stdout.write(`\n${cloud.name.toUpperCase()}\n\n| scenario | expected | collected | lost | gaps | every loss in a gap | calls | faulted | wall | exit |\n|---|---|---|---|---|---|---|---|---|---|\n`);
    let complete: Asset[] = [];
    for (const scenario of FIGURE_SCENARIOS) {
      const run = await runScenario(cloud, scenario.plan(cloud), { callTimeoutMs, seed });
      if (scenario.name === 'none') {
        complete = run.outcome.result?.inventory.assets ?? [];
        if (complete.length !== run.expected.length) process.stdout.write(`(the fault-free scan reported ${complete.length} of ${run.expected.length} assets: losses below are counted against what it saw)\n`);
      }
      process.stdout.write(row(scenario.name, figuresOf(run, complete), run.budgetSpent) + '\n');
    }
  }
  process.stdout.write(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

await main();
