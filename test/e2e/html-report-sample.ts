// The bundled sample estate (providers/snapshot/sample) scanned in-process with its attestations
// and rendered as the HTML report: what the report browser tests look at.
import { join } from 'node:path';
import { ruleMetaById } from '../../src/cli/compose.js';
import { loadAttestations } from '../../src/frameworks/attestations.js';
import { scan, snapshotSource } from '../../src/index.js';
import type { ScanResult } from '../../src/model/index.js';
import { packageRoot } from '../../src/package-root.js';
import { writeReports, type ReportFormat } from '../../src/report/index.js';

const SAMPLE = join(packageRoot(), 'providers', 'snapshot', 'sample');

export function sampleScan(): Promise<ScanResult> {
  return scan({
    sources: [snapshotSource(join(SAMPLE, 'estate.json'))],
    attestations: loadAttestations(join(SAMPLE, 'attestations.yaml')),
    now: () => new Date('2026-11-23T03:00:00.000Z'),
  });
}

/** Writes the sample's reports into `outDir` and returns their paths (HTML first by default). */
export async function writeSampleReports(outDir: string, formats: readonly ReportFormat[] = ['html']): Promise<string[]> {
  return writeReports(await sampleScan(), { formats, outDir, ruleMeta: ruleMetaById() });
}
