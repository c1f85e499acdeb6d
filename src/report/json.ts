/**
 * The JSON report: the complete ScanResult, exactly as src/model/scan-result.ts defines it.
 *
 * Versioning. `schemaVersion` (RESULT_SCHEMA_VERSION) is MAJOR.MINOR. A MINOR bump only adds
 * optional fields or enum values, so a consumer written for 1.0 reads 1.x by ignoring what it
 * doesn't know. A MAJOR bump renames, removes or changes the meaning of a field. The JSON Schema
 * of the current version is published at src/report/schema/scan-result.schema.json (regenerate
 * with `node dist/src/report/schema/generate.js`; a test fails when it is stale).
 *
 * Credential-shaped strings in raw records and evidence are redacted (src/report/redact.ts).
 *
 * The envelope (everything but the three big arrays) is validated against ScanResultSchema while
 * it is written. The rows are validated where they are made: assets when providers hand them to
 * the scan (src/scan/merge.ts, the snapshot loader), findings by the engine's types; checking
 * 600k rows again here cost more than a second at 100k assets. Tests validate whole reports.
 * Rows are serialised a chunk at a time: at 100k assets and 500k findings a single
 * JSON.stringify would build a string of hundreds of megabytes.
 */
import type { z } from 'zod';
import { ScanResultSchema, type ScanResult } from '../model/index.js';
import { redactValue } from './redact.js';
import { ReportError } from './report-error.js';

/** Free-form parts (an asset's raw record, a finding's evidence) pass through the secret filter. */
function redactEntry(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry;
  const record = entry as { raw?: unknown; evidence?: unknown };
  if (record.raw === undefined && record.evidence === undefined) return entry;
  return {
    ...record,
    ...(record.raw !== undefined ? { raw: redactValue(record.raw) } : {}),
    ...(record.evidence !== undefined ? { evidence: redactValue(record.evidence) } : {}),
  };
}

const ROWS_PER_CHUNK = 2_000;

export function* renderJson(result: ScanResult): Generator<string> {
  // The envelope with its big arrays emptied: every other field is checked by the full schema.
  const envelope = ScanResultSchema.safeParse({
    ...result,
    inventory: { assets: [], edges: [] },
    findings: [],
  });
  if (!envelope.success) throw invalid(envelope.error);
  // Keys in schema order; the three big arrays are streamed in place of their empty stand-ins.
  const keys = Object.keys(envelope.data) as (keyof ScanResult)[];
  yield '{';
  for (const [i, key] of keys.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (key === 'inventory') {
      yield '{\n    "assets": ';
      yield* rows(result.inventory.assets);
      yield ',\n    "edges": ';
      yield* rows(result.inventory.edges);
      yield '\n  }';
    } else if (key === 'findings') {
      yield* rows(result.findings);
    } else {
      yield JSON.stringify(envelope.data[key], null, 2).replace(/\n/g, '\n  ');
    }
  }
  yield '\n}\n';
}

function* rows(items: readonly unknown[]): Generator<string> {
  yield '[';
  for (let start = 0; start < items.length; start += ROWS_PER_CHUNK) {
    const lines: string[] = [];
    const end = Math.min(items.length, start + ROWS_PER_CHUNK);
    for (let i = start; i < end; i++) {
      lines.push(JSON.stringify(redactEntry(items[i])));
    }
    yield (start ? ',\n' : '\n') + lines.join(',\n');
  }
  yield items.length ? '\n]' : ']';
}

function invalid(error: z.ZodError, prefix?: string): ReportError {
  const issue = error.issues[0];
  const where = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || '(root)';
  return new ReportError(`scan result does not match its schema at ${where}: ${issue?.message ?? 'invalid'}`);
}
