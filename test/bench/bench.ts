// npm run bench: builds a seeded synthetic estate, runs every rule over it, writes the JSON and
// HTML reports, and prints throughput, wall time and peak RSS. Not a test: figures, not verdicts.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../../rules/index.js';
import { runScan } from '../../src/scan/run-scan.js';
import type { InventorySource } from '../../src/scan/source.js';
import { writeReports } from '../../src/report/index.js';
import { syntheticEstate } from './synthetic-estate.js';

const assetCount = Number(process.env.BENCH_ASSETS ?? 100_000);
const keep = process.env.BENCH_KEEP === '1';

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'mlscan-bench-'));
  const wallStart = performance.now();

  const t0 = performance.now();
  const inventory = syntheticEstate(assetCount);
  const generateMs = performance.now() - t0;
  const source: InventorySource = { name: `synthetic:${assetCount}`, collect: async () => inventory };

  const t1 = performance.now();
  const { result, stats } = await runScan({ sources: [source], rules });
  const scanMs = performance.now() - t1;

  const t2 = performance.now();
  // One folder per format: a folder holds one scan's set, so a second write would remove the first.
  const jsonFiles = await writeReports(result, { formats: ['json'], outDir: join(outDir, 'json'), ruleMeta: new Map(rules.map((r) => [r.meta.id, r.meta])) });
  const jsonMs = performance.now() - t2;

  const t3 = performance.now();
  const htmlFiles = await writeReports(result, { formats: ['html'], outDir: join(outDir, 'html'), ruleMeta: new Map(rules.map((r) => [r.meta.id, r.meta])) });
  const htmlMs = performance.now() - t3;

  const wallMs = performance.now() - wallStart;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const size = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0) / 1024 / 1024;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

  const lines = [
    `mlscan bench: ${fmt(assetCount)} assets, ${fmt(inventory.edges.length)} edges, ${rules.length} rules, node ${process.version}`,
    `  generate estate          ${fmt(generateMs)} ms`,
    `  scan (merge+graph+rules+risk+gap) ${fmt(scanMs)} ms   (collect ${fmt(stats.collectMs)} ms, evaluate ${fmt(stats.evaluateMs)} ms)`,
    `  evaluations              ${fmt(stats.evaluations)} (rule, asset) pairs -> ${fmt(result.findings.length)} findings`,
    `  throughput               ${fmt(assetCount / (scanMs / 1000))} assets/s, ${fmt(stats.evaluations / (stats.evaluateMs / 1000))} evaluations/s`,
    `  JSON report              ${fmt(jsonMs)} ms, ${size(jsonFiles).toFixed(1)} MB`,
    `  HTML report              ${fmt(htmlMs)} ms, ${size(htmlFiles).toFixed(1)} MB`,
    `  scan + JSON report       ${fmt(scanMs + jsonMs)} ms   (target <= 10,000 ms)`,
    `  wall time                ${fmt(wallMs)} ms`,
    `  peak RSS                 ${fmt(peakRssMb)} MB   (target <= 1,536 MB)`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (keep) process.stdout.write(`  reports kept in ${outDir}\n`);
  else rmSync(outDir, { recursive: true, force: true });
}

await main();
