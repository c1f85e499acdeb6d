// npm run bench:html: writes the HTML report of a seeded synthetic estate (BENCH_ASSETS, default
// 100,000), prints its size, then opens it BENCH_RUNS times (default 3) in the Debian Chromium and
// prints medians: `load`, the script's first drawing, one severity filter, the JS heap.
// Not a test: figures, not verdicts. Targets (issue 10): ≤ 40 MB, interactive ≤ 5 s.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { rules } from '../../rules/index.js';
import { runScan } from '../../src/scan/run-scan.js';
import { writeReports } from '../../src/report/index.js';
import { CHROMIUM_PATH, launchChromium } from '../support/browser.js';
import { syntheticEstate } from './synthetic-estate.js';

const assetCount = Number(process.env.BENCH_ASSETS ?? 100_000);
const runCount = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const PAGE_TIMEOUT_MS = 180_000;
const SIZE_TARGET_BYTES = 40_000_000;
const INTERACTIVE_TARGET_MS = 5_000;

interface PageRun {
  loadMs: number;
  readyMs: number;
  filterMs: number;
  filterSummary: string;
  heapUsedBytes: number;
  heapAfterGcBytes: number;
  pageErrors: string[];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
/** Decimal megabytes (10^6 bytes), the unit of the 40 MB target. */
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * Installed before the page's own scripts: notes performance.now() (ms since navigation start) at
 * the first moment both texts only report.js writes are filled, the inventory pager ("Page 1 of …",
 * written once the first inventory page is drawn) and the findings summary ("Showing all … findings.").
 * A MutationObserver runs right after the script that made the change.
 */
const READY_PROBE = `(() => {
  const filled = (id) => { const node = document.getElementById(id); return !!(node && node.textContent); };
  const observer = new MutationObserver(() => {
    if (window.__benchReadyMs === undefined && filled('inv-info') && filled('f-summary')) {
      window.__benchReadyMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/**
 * Picks a severity in the findings filter (critical when the report has it), and returns the ms
 * from the change until the summary text changed and the next frame was drawn.
 */
const APPLY_SEVERITY_FILTER = `(async () => {
  const select = document.getElementById('f-severity');
  const summary = document.getElementById('f-summary');
  if (!select || !summary) throw new Error('no #f-severity or #f-summary in the report');
  const values = Array.from(select.options, (o) => o.value).filter(Boolean);
  const value = values.includes('critical') ? 'critical' : values[0];
  if (!value) throw new Error('#f-severity offers no severity');
  const before = summary.textContent;
  const start = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const ms = performance.now() - start;
  if (summary.textContent === before) throw new Error('the summary did not change after filtering on ' + value);
  return { ms, summary: summary.textContent };
})()`;

/** Scans the synthetic estate in-process and writes the HTML report alone into outDir. */
async function writeHtmlReport(outDir: string) {
  const inventory = syntheticEstate(assetCount);
  const { result } = await runScan({ sources: [{ name: `synthetic:${assetCount}`, collect: async () => inventory }], rules });
  const start = performance.now();
  const [file] = await writeReports(result, { formats: ['html'], outDir, ruleMeta: new Map(rules.map((r) => [r.meta.id, r.meta])) });
  const writeMs = performance.now() - start;
  return { file: file!, bytes: statSync(file!).size, writeMs, findings: result.findings.length };
}

/** JS heap of the page from the DevTools protocol: as it stands, and after a full garbage collection. */
async function heapUsage(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');
    return { heapUsedBytes: usedSize, heapAfterGcBytes: after.usedSize };
  } finally {
    await cdp.detach();
  }
}

/** One cold page load in a fresh browser context (no cache shared with the previous run). */
async function measurePage(browser: Browser, url: string): Promise<PageRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({ content: READY_PROBE });
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    await page.waitForFunction('window.__benchReadyMs !== undefined', undefined, { timeout: PAGE_TIMEOUT_MS });
    const loadMs = (await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")) as number;
    const readyMs = (await page.evaluate('window.__benchReadyMs')) as number;
    const heap = await heapUsage(page);
    const filter = (await page.evaluate(APPLY_SEVERITY_FILTER)) as { ms: number; summary: string };
    return { loadMs, readyMs, filterMs: filter.ms, filterSummary: filter.summary, ...heap, pageErrors };
  } finally {
    await context.close();
  }
}

async function measurePageRuns(file: string): Promise<PageRun[]> {
  const browser = await launchChromium();
  try {
    const runs: PageRun[] = [];
    for (let run = 0; run < runCount; run++) runs.push(await measurePage(browser, pathToFileURL(file).href));
    return runs;
  } finally {
    await browser.close();
  }
}

function pageLines(runs: PageRun[]): string[] {
  const median = (pick: (r: PageRun) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const all = (pick: (r: PageRun) => number) => runs.map((r) => fmt(pick(r))).join(', ');
  const readyMs = median((r) => r.readyMs);
  const errors = [...new Set(runs.flatMap((r) => r.pageErrors))];
  return [
    `  load event               ${fmt(median((r) => r.loadMs))} ms   (runs: ${all((r) => r.loadMs)} ms)`,
    `  interactive              ${fmt(readyMs)} ms   (first inventory page and findings summary drawn; runs: ${all((r) => r.readyMs)} ms)`,
    `    target <= ${fmt(INTERACTIVE_TARGET_MS)} ms     ${readyMs <= INTERACTIVE_TARGET_MS ? 'met' : 'NOT met'}`,
    `  severity filter          ${fmt(median((r) => r.filterMs))} ms   (change to next frame; "${runs[0]!.filterSummary}"; runs: ${all((r) => r.filterMs)} ms)`,
    `  JS heap                  ${mb(median((r) => r.heapUsedBytes))} MB used, ${mb(median((r) => r.heapAfterGcBytes))} MB after a full GC`,
    `  page errors              ${errors.length === 0 ? 'none' : errors.join(' | ')}`,
  ];
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'mlscan-bench-html-'));
  try {
    const report = await writeHtmlReport(join(outDir, 'html'));
    (globalThis as { gc?: () => void }).gc?.();
    const lines = [
      `mlscan bench:html: ${fmt(assetCount)} assets, ${fmt(report.findings)} findings, node ${process.version}`,
      `  HTML report              ${fmt(report.bytes)} bytes = ${mb(report.bytes)} MB (${(report.bytes / 1024 / 1024).toFixed(1)} MiB), written in ${fmt(report.writeMs)} ms`,
      `    target <= 40 MB        ${report.bytes <= SIZE_TARGET_BYTES ? 'met' : 'NOT met'}`,
    ];
    if (!existsSync(CHROMIUM_PATH)) {
      lines.push(`  Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH): page figures skipped`);
    } else {
      lines.push(`  Chromium ${CHROMIUM_PATH}, median of ${runCount} cold page load(s), times from navigation start:`);
      lines.push(...pageLines(await measurePageRuns(report.file)));
    }
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
