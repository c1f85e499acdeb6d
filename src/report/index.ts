import { join, resolve } from 'node:path';
import type { ScanResult } from '../model/index.js';
import { asOutputPathError, checkOutDir, makeDirs } from '../lib/out-path.js';
import { writeFileAtomic } from './atomic-write.js';
import { REPORT_FILE_NAMES, REPORT_FORMATS, REPORT_RENDERERS, isReportFormat, type ReportFormat } from './formats.js';
import { DEFAULT_LOCK_WAIT_MS, lockOutDir, type LockOwner } from './out-lock.js';
import { ReportError } from './report-error.js';
import { createStaging, pauseForTests, sweepLeftovers, swapIn } from './staging.js';
import { buildViewModel, type ReportRuleMeta, type ReportViewModel } from './view-model.js';

export { buildViewModel } from './view-model.js';
export type * from './view-model-types.js';
export { ReportError } from './report-error.js';
export { DEFAULT_LOCK_WAIT_MS, type LockOwner } from './out-lock.js';

export {
  DEFAULT_REPORT_FORMATS,
  REPORT_FILE_NAMES,
  REPORT_FORMATS,
  REPORT_RENDERERS,
  isReportFormat,
  type RenderInput,
  type ReportFormat,
  type ReportRenderer,
} from './formats.js';

export interface WriteReportsOptions {
  formats: readonly ReportFormat[];
  outDir: string;
  /** Rule metadata by rule id (title, remediation, mapped controls); findings of rules not in it still render. */
  ruleMeta: ReadonlyMap<string, ReportRuleMeta>;
  /** Defaults to the scan's finish time, so the same result renders byte-identical reports. */
  generatedAt?: string;
  /** Attestations older than this many days are flagged stale in the HTML gap tables (default 365). */
  attestationMaxAgeDays?: number;
  /** How long to wait while another mlscan writes into `outDir` (default 60 s); 0 fails at once. */
  lockWaitMs?: number;
  /** Called once when another mlscan holds `outDir` and waiting starts. */
  onLockWait?: (owner: LockOwner | undefined) => void;
}

/**
 * Writes the requested reports into `outDir` (created if missing) as one set and returns their
 * paths, in the order given: under the folder's lock, every file is rendered into a staging
 * folder, then all are swapped in together (staging.ts says exactly what that guarantees). If
 * rendering fails or the process is interrupted, the previous set stays as it was. A problem with
 * the folder itself (a file in the way, no permission, no space) is a user error naming it.
 */
export async function writeReports(result: ScanResult, options: WriteReportsOptions): Promise<string[]> {
  const formats = [...new Set(options.formats)];
  // Library callers are not type-checked at run time; the CLI and config file were already checked.
  const unknown = formats.find((format) => !isReportFormat(format));
  if (unknown !== undefined) throw new ReportError(`unknown report format '${unknown}' (expected one of: ${REPORT_FORMATS.join(', ')})`);
  const outDir = resolve(options.outDir);
  try {
    checkOutDir(outDir);
    makeDirs(outDir);
    const lock = await lockOutDir(outDir, { waitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, onWait: options.onLockWait });
    try {
      sweepLeftovers(outDir);
      await writeSet(result, options, formats, outDir);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw asOutputPathError(options.outDir, error, outDir);
  }
  return formats.map((format) => join(outDir, REPORT_FILE_NAMES[format]));
}

async function writeSet(result: ScanResult, options: WriteReportsOptions, formats: readonly ReportFormat[], outDir: string): Promise<void> {
  const staging = createStaging(outDir);
  try {
    // The view model is built once, and only when a human-readable format needs it.
    let vm: ReportViewModel | undefined;
    const viewModel = () =>
      (vm ??= buildViewModel(result, {
        ruleMeta: options.ruleMeta,
        ...(options.generatedAt !== undefined ? { generatedAt: options.generatedAt } : {}),
        ...(options.attestationMaxAgeDays !== undefined ? { attestationMaxAgeDays: options.attestationMaxAgeDays } : {}),
      }));
    const reportFiles = formats.map((format) => REPORT_FILE_NAMES[format]);
    for (const format of formats) {
      await writeFileAtomic(join(staging.dir, REPORT_FILE_NAMES[format]), REPORT_RENDERERS[format].render({ result, viewModel, reportFiles, ruleMeta: options.ruleMeta }));
      // Let a progress spinner or a signal handler run between large files.
      await new Promise<void>((done) => setImmediate(done));
      await pauseForTests(`staging ${REPORT_FILE_NAMES[format]}`);
    }
    swapIn(staging.dir, outDir, formats.map((format) => REPORT_FILE_NAMES[format]), Object.values(REPORT_FILE_NAMES));
  } finally {
    staging.discard();
  }
}
