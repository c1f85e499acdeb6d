import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScanResult } from '../model/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { ReportError } from './report-error.js';
import { buildViewModel, type ReportRuleMeta } from './view-model.js';

export { buildViewModel } from './view-model.js';
export type * from './view-model-types.js';
export { ReportError } from './report-error.js';

export const REPORT_FORMATS = ['html', 'md', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FILE_NAMES: Record<ReportFormat, string> = {
  html: 'mlscan-report.html',
  md: 'mlscan-report.md',
  json: 'mlscan-report.json',
  csv: 'mlscan-inventory.csv',
};

export interface WriteReportsOptions {
  formats: readonly ReportFormat[];
  outDir: string;
  /** Rule metadata by rule id (title, remediation, mapped controls); findings of rules not in it still render. */
  ruleMeta: ReadonlyMap<string, ReportRuleMeta>;
  /** Defaults to the scan's finish time, so the same result renders byte-identical reports. */
  generatedAt?: string;
}

/**
 * Writes the requested reports into `outDir` (created if missing) and returns their paths, in
 * the order given. Each file is written atomically: if rendering fails, no partial file remains.
 */
export async function writeReports(result: ScanResult, options: WriteReportsOptions): Promise<string[]> {
  const formats = [...new Set(options.formats)];
  mkdirSync(options.outDir, { recursive: true });
  // The view model is built once, and only when a human-readable format needs it.
  let vm: ReturnType<typeof buildViewModel> | undefined;
  const viewModel = () =>
    (vm ??= buildViewModel(result, {
      ruleMeta: options.ruleMeta,
      ...(options.generatedAt !== undefined ? { generatedAt: options.generatedAt } : {}),
    }));
  const written: string[] = [];
  for (const format of formats) {
    const file = resolve(join(options.outDir, REPORT_FILE_NAMES[format]));
    switch (format) {
      case 'html':
        writeFileAtomic(file, renderHtml(viewModel()));
        break;
      case 'md':
        writeFileAtomic(file, renderMarkdown(viewModel()));
        break;
      case 'json':
        writeFileAtomic(file, renderJson(result));
        break;
      case 'csv':
        writeFileAtomic(file, renderCsv(result));
        break;
      default:
        throw new ReportError(`unknown report format '${String(format satisfies never)}'`);
    }
    written.push(file);
    // Let a progress spinner or signal handler run between large files.
    await new Promise<void>((done) => setImmediate(done));
  }
  return written;
}
