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
import { scrubKeepsFlatRecord } from '../lib/scrub.js';
import { redactValue } from './redact.js';
import { ReportError } from './report-error.js';
import { GluedText, type TextChunk } from './text-chunk.js';

/**
 * The secret filter for report rows: free-form parts (an asset's raw record, a finding's
 * evidence) are filtered, everything else is passed as is. One per report: it caches evidence.
 */
export function createRowRedactor(): <T>(entry: T) => T {
  const evidenceCache = new Map<string, unknown>();
  return <T>(entry: T): T => {
    if (!entry || typeof entry !== 'object') return entry;
    const record = entry as { raw?: unknown; evidence?: unknown };
    if (record.raw === undefined && record.evidence === undefined) return entry;
    const evidence = record.evidence === undefined ? undefined : redactEvidence(record.evidence, evidenceCache);
    // Most evidence holds no secret: the row is then written as it is, without a copy.
    if (record.raw === undefined && evidence === UNCHANGED) return entry;
    const copy = { ...record };
    if (record.raw !== undefined) copy.raw = redactValue(record.raw);
    if (evidence !== undefined) copy.evidence = evidence === UNCHANGED ? record.evidence : evidence;
    return copy as T;
  };
}

/** What redactEvidence answers when the filter found nothing to remove. */
const UNCHANGED = Symbol('unchanged');
const CACHED_EVIDENCE_CHARS = 200;
const CACHED_EVIDENCE_ENTRIES = 20_000;

/**
 * Evidence is a few facts, and the same few values repeat across hundreds of thousands of
 * findings: the filter's answer depends only on the value, so small ones are filtered once per
 * distinct JSON text (the cached copy is only ever serialised, never changed). UNCHANGED when the
 * filtered value serialises to the same text.
 */
function redactEvidence(evidence: unknown, cache: Map<string, unknown>): unknown {
  // Most evidence is a few flat facts the filter provably keeps: no JSON text, no lookup.
  if (scrubKeepsFlatRecord(evidence)) return UNCHANGED;
  const text = JSON.stringify(evidence);
  if (text === undefined || text.length > CACHED_EVIDENCE_CHARS) return redactValue(evidence);
  let redacted = cache.get(text);
  if (redacted === undefined) {
    redacted = redactValue(evidence);
    if (JSON.stringify(redacted) === text) redacted = UNCHANGED;
    if (cache.size < CACHED_EVIDENCE_ENTRIES) cache.set(text, redacted);
  }
  return redacted;
}

const ROWS_PER_CHUNK = 2_000;

export function* renderJson(result: ScanResult): Generator<TextChunk> {
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

function* rows(items: readonly unknown[]): Generator<TextChunk> {
  const redact = createRowRedactor();
  yield '[';
  for (let start = 0; start < items.length; start += ROWS_PER_CHUNK) {
    yield chunkLines(redactedChunk(items, start, ROWS_PER_CHUNK, redact), start ? ',\n' : '\n');
  }
  yield items.length ? '\n]' : ']';
}

/** Up to `size` rows from `start`, redacted: one array filled in place (slice + map made two). */
export function redactedChunk(items: readonly unknown[], start: number, size: number, redact: (row: unknown) => unknown): unknown[] {
  const end = Math.min(items.length, start + size);
  const chunk: unknown[] = new Array(end - start);
  for (let i = start; i < end; i++) chunk[i - start] = redact(items[i]);
  return chunk;
}

/** `lead`, then the rows' JSON texts joined by `,\n` (see rowTexts, which ndjson.ts uses too). */
function chunkLines(chunk: readonly unknown[], lead: string): TextChunk {
  return rowTexts(chunk, { before: lead, between: ',\n', after: '' });
}

/**
 * `before`, the rows' JSON texts with `between` between them, then `after`. One JSON.stringify of
 * the whole chunk costs a third less than one per row; its row boundaries are then found by the
 * text `},{"<first key>":`. Every boundary has that text when every row is an object with that
 * first key, so when it occurs exactly once per boundary, it occurs nowhere else and each
 * occurrence is a boundary. The text is then cut there and given as pieces with the boundary
 * (with `between` in it) as glue, for the writer to encode one after the other: joining them
 * copied the text once more (`before` and `after` ride in the first and last piece). Otherwise
 * (nested objects with the same key, rows of other shapes) the rows are written one by one.
 */
export function rowTexts(chunk: readonly unknown[], glue: { before: string; between: string; after: string }): TextChunk {
  const firstKey = chunk.length > 1 ? sharedFirstKey(chunk) : undefined;
  if (firstKey !== undefined) {
    const key = JSON.stringify(firstKey);
    const lines = JSON.stringify(chunk).split(`},{${key}:`);
    if (lines.length === chunk.length) {
      const last = lines.length - 1;
      lines[0] = glue.before + lines[0]!.slice(1); // without the array's `[`
      lines[last] = lines[last]!.slice(0, -1) + glue.after; // and its `]`
      return new GluedText(lines, `}${glue.between}{${key}:`);
    }
  }
  return glue.before + chunk.map((row) => JSON.stringify(row)).join(glue.between) + glue.after;
}

const PLAIN_KEY = /^[\w$-]+$/;

/** The first key every row would be written with, when all rows are plain objects that share it. */
function sharedFirstKey(chunk: readonly unknown[]): string | undefined {
  let shared: string | undefined;
  for (const row of chunk) {
    if (!row || typeof row !== 'object' || Object.getPrototypeOf(row) !== Object.prototype || 'toJSON' in row) return undefined;
    const first = firstWrittenKey(row as Record<string, unknown>);
    if (first === undefined || (shared !== undefined && first !== shared)) return undefined;
    // A key of word characters only: the boundary text then cannot overlap itself.
    if (shared === undefined && !PLAIN_KEY.test(first)) return undefined;
    shared = first;
  }
  return shared;
}

/** The key JSON.stringify writes first: the first own enumerable key whose value it does not skip. */
function firstWrittenKey(row: Record<string, unknown>): string | undefined {
  for (const key in row) {
    if (!Object.prototype.hasOwnProperty.call(row, key)) return undefined;
    const value = row[key];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    return key;
  }
  return undefined;
}

function invalid(error: z.ZodError, prefix?: string): ReportError {
  const issue = error.issues[0];
  const where = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || '(root)';
  return new ReportError(`scan result does not match its schema at ${where}: ${issue?.message ?? 'invalid'}`);
}
